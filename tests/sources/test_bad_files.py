"""Bad files: one line, exit 1, nothing written, within 500 MB of memory and 30 s, measured on the real
command in a child process (its own peak RSS from wait4, an address-space and CPU limit as a backstop)."""

from __future__ import annotations

import io
import os
import random
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from .make_files import bulletin_docx

MB = 2**20
PEAK_RSS_LIMIT = 500 * MB
SECONDS = 30


def _encrypted_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    writer.write(path)


def _scanned_pdf(path: Path) -> None:
    """A page that is only a picture of text, as a scanner makes it."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for y in range(200, 1500, 60):
        draw.rectangle((150, y, 1090, y + 25), fill=30)  # lines of "text"
    page.save(path, "PDF", resolution=150)


def _zip_bomb(path: Path) -> None:
    """A .docx whose document part expands 1000-fold: 64 MB from a few dozen kB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b"<w:document>")
            block = b"<w:p/>" * (MB // 6)
            for _ in range(64):
                part.write(block)


def _damaged_docx(path: Path, folder: Path) -> None:
    whole = bulletin_docx(folder / "whole.docx").read_bytes()
    (folder / "whole.docx").unlink()
    path.write_bytes(whole[: len(whole) // 2])


def _no_article_page(path: Path) -> None:
    links = "".join(f'<li><a href="/n/{i}">栏目{i}</a></li>' for i in range(40))
    path.write_text(f"<html><head><title>首页</title><script>var n = 1633;</script></head><body>"
                    f"<nav><ul>{links}</ul></nav><div class='login'><form><input name='u'></form></div>"
                    "<footer>版权所有</footer></body></html>", encoding="utf-8")


def _binary_txt(path: Path) -> None:
    rng = random.Random(19)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(200_000))


def _huge(path: Path) -> None:
    with path.open("wb") as f:
        f.truncate(200 * MB)  # sparse: 200 MB as far as any reader is concerned


def _run_limited(args: list[str], cwd: Path) -> tuple[int, str, str, int, float]:
    """(exit code, stdout, stderr, peak RSS in bytes, seconds) of the command in a child process."""
    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (4096 * MB, 4096 * MB))
        resource.setrlimit(resource.RLIMIT_CPU, (SECONDS, SECONDS))

    out, err = cwd / ".out", cwd / ".err"
    with out.open("wb") as o, err.open("wb") as e:
        start = time.monotonic()
        child = subprocess.Popen(args, cwd=cwd, stdout=o, stderr=e, preexec_fn=limits)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    texts = out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")
    out.unlink()
    err.unlink()
    return child.returncode, *texts, usage.ru_maxrss * 1024, seconds


BAD = {
    "encrypted.pdf": (_encrypted_pdf, "is encrypted"),
    "scanned.pdf": (_scanned_pdf, "looks scanned"),
    "damaged.docx": (_damaged_docx, "damaged"),
    "bomb.docx": (_zip_bomb, "zip bomb"),
    "huge.pdf": (_huge, "at most 100 MB is read"),
    "navigation.html": (_no_article_page, "no article found in the page"),
    "binary.txt": (_binary_txt, "is not text"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_file_is_one_line_exit_1_nothing_written_bounded(tmp_path, name):
    make, words = BAD[name]
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / name
    make(path, folder) if make is _damaged_docx else make(path)
    before = sorted(p.name for p in folder.iterdir())
    code, out, err, rss, seconds = _run_limited([sys.executable, "-m", "briefing_app", "draft", name], folder)
    print(f"{name}: exit {code}, peak RSS {rss / MB:.0f} MB, {seconds:.1f} s: {err.strip()}")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and words in err and "Traceback" not in err, err
    assert sorted(p.name for p in folder.iterdir()) == before
    assert rss < PEAK_RSS_LIMIT and seconds < SECONDS
