"""`briefing-app export`: one line on success or failure, never a traceback, no Qt, atomic writes, PDF."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from briefing_app.atomic import OutputError
from briefing_app.errors import UserError
from briefing_app.export import deck as deck_export
from briefing_app.export.deck import export_deck, write_deck

from .test_pptx_package import make_template

ROOT = Path(__file__).resolve().parents[2]


def _args(output, **kw):
    return dict(pack_path=None, output=Path(output), **kw)


def _cli(*argv, cwd=None):
    return subprocess.run([sys.executable, "-m", "briefing_app", *argv], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=120)


def test_cli_writes_one_line_and_imports_no_qt(tmp_path):
    out = tmp_path / "deck.pptx"
    code = (
        "import sys\n"
        "from briefing_app.cli import main\n"
        f"rc = main(['export', '-o', {str(out)!r}, '--slides', '1,3-5'])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print('QT:', bad)\n"
        "sys.exit(rc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"wrote 4 slides to {out}"
    assert lines[1] == "QT: []"
    from pptx import Presentation

    assert len(Presentation(str(out)).slides) == 4


@pytest.mark.parametrize("argv, message", [
    (["--slides", "2-1"], "runs backwards"),
    (["--slides", "1,99"], "outside"),
    (["--template", "missing.pptx"], "template not found"),
])
def test_cli_errors_are_one_line_exit_1(tmp_path, argv, message):
    done = _cli("export", "-o", str(tmp_path / "x.pptx"), *argv, cwd=tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]
    assert not list(tmp_path.glob("*.pptx*"))


def _write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def test_bad_outputs_and_templates_raise_output_error(tmp_path):
    good = make_template(tmp_path / "corporate.pptx", slides=0)
    pptm = tmp_path / "macro.pptm"
    shutil.copy(good, pptm)
    with zipfile.ZipFile(good) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    macro_entries = dict(entries)
    macro_entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"presentationml.presentation.main+xml", b"presentationml.presentation.macroEnabled.main+xml")
    macro = _write_zip(tmp_path / "macro.pptx", macro_entries)
    corrupt = tmp_path / "corrupt.pptx"
    corrupt.write_bytes(b"PK\x03\x04 not really a zip")
    word = _write_zip(tmp_path / "word.pptx", {
        "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               b'<Override PartName="/word/document.xml" ContentType="application/vnd.'
                               b'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'})
    broken = dict(entries)
    broken["ppt/presentation.xml"] = b"<not-xml"
    damaged = _write_zip(tmp_path / "damaged.pptx", broken)
    folder = tmp_path / "folder.pptx"
    folder.mkdir()
    cases = [
        (_args(folder), "is a folder"),
        (_args(tmp_path / "nowhere" / "x.pptx"), "does not exist"),
        (_args(tmp_path / "x.key"), "must end in"),
        (_args(tmp_path / "x.pptx", template=tmp_path / "missing.pptx"), "template not found"),
        (_args(tmp_path / "x.pptx", template=pptm), "macro-enabled"),
        (_args(tmp_path / "x.pptx", template=macro), "macro-enabled"),
        (_args(tmp_path / "x.pptx", template=corrupt), "the template is damaged"),
        (_args(tmp_path / "x.pptx", template=word), "not a PowerPoint presentation"),
        (_args(tmp_path / "x.pptx", template=damaged), "cannot be read"),
        (_args(tmp_path / "x.pptx", template=tmp_path), "is a folder"),
        (_args(tmp_path / "x.pptx", slides="0"), "outside"),
        (_args(tmp_path / "x.pptx", slides="a-b"), "not a slide number"),
    ]
    for args, message in cases:
        with pytest.raises(UserError, match=message):
            export_deck(**args)
    assert not (tmp_path / "x.pptx").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_unwritable_folder(unwritable_folder):
    with pytest.raises(OutputError, match="not writable"):
        export_deck(**_args(unwritable_folder / "x.pptx"))
    assert not list(unwritable_folder.iterdir())


def test_a_failed_export_leaves_the_existing_file_untouched(pack, tmp_path, monkeypatch):
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"the old deck")

    def explode(deck, path, prs=None, progress=None):
        Path(path).write_bytes(b"half a dec")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("briefing_app.export.pptx.writer.write_pptx", explode)
    with pytest.raises(OutputError, match="No space left"):
        write_deck(pack, target)
    assert target.read_bytes() == b"the old deck"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def test_pdf_without_libreoffice_says_so(pack, tmp_path, monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(OutputError, match="needs LibreOffice"):
        write_deck(pack, tmp_path / "deck.pdf")
    assert not (tmp_path / "deck.pdf").exists()


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")) or not shutil.which("pdfinfo"),
                    reason="LibreOffice and pdfinfo are needed")
def test_pdf_has_one_page_per_slide_and_cjk_fonts(written, tmp_path):
    out = tmp_path / "deck.pdf"
    done = _cli("export", "-o", str(out), "--lang", "zh")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote {len(written['zh'].deck.slides)} slides to {out}"
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == len(written["zh"].deck.slides)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts  # Chinese drawn with a CJK font, not boxes
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pdf"]
    assert deck_export.SUFFIXES == (".pptx", ".pdf")


def test_byte_identical_across_processes(tmp_path):
    import os

    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"d{seed}.pptx"
        done = subprocess.run([sys.executable, "-m", "briefing_app", "export", "-o", str(out), "--lang", "en"],
                              capture_output=True, text=True, cwd=ROOT, timeout=120,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_write_deck_checks_slide_numbers(pack, tmp_path):
    with pytest.raises(OutputError, match="no slide chosen"):
        write_deck(pack, tmp_path / "x.pptx", slides=[])
    with pytest.raises(OutputError, match="99 is outside 1-"):
        write_deck(pack, tmp_path / "x.pptx", slides=[1, 99])
    assert not list(tmp_path.iterdir())
