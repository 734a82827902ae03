"""The app as a user installs it: a wheel built from a clean copy of the source, installed (with its
dependencies) into a fresh venv, and run from an unrelated folder with no checkout in sight.

Also: PDFs use the bundled fonts even where fontconfig knows no CJK font, and the list of covered code
points matches the fonts. The installed-copy tests take about a minute (venv, install, LibreOffice); the
pip cache makes the install quick after the first run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from briefing_app.model.lint import covered
from briefing_app.resources import CJK_BOLD, CJK_REGULAR, COVERAGE, LATIN_BOLD, LATIN_REGULAR, fonts_dir

from .conftest import FICTIONAL, ROOT

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
#: Folders whose fonts stand for a machine without any CJK font: the Arial-metric family and DejaVu.
LATIN_ONLY_DIRS = [d for d in ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/dejavu")
                   if Path(d).is_dir()]
SEEDS_IN_WHEEL = {"songjiang-g60.yaml", "000_54ee800359b404e4.txt", "README.md"}
FONTS_IN_WHEEL = {CJK_REGULAR, CJK_BOLD, LATIN_REGULAR, LATIN_BOLD, "OFL.txt", "README.md", COVERAGE}
_SKIP = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                               "shots", "out", "*.pptx", "*.pdf")


def _run(cmd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, check=False, **kw)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """`python -m build` on a clean copy of the source: the sdist, and the wheel built from that sdist."""
    work = tmp_path_factory.mktemp("build")
    src = work / "src"
    shutil.copytree(ROOT, src, ignore=_SKIP, symlinks=True)
    done = _run([sys.executable, "-m", "build", "--outdir", work / "dist", src])
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    (sdist,) = (work / "dist").glob("briefing_app-*.tar.gz")
    (wheel,) = (work / "dist").glob("briefing_app-*.whl")
    with tarfile.open(sdist) as tar:
        sdist_names = tar.getnames()
    return {"sdist": sdist_names, "wheel": wheel}


def test_wheel_and_sdist_carry_the_pack_the_fonts_and_every_module(built):
    with zipfile.ZipFile(built["wheel"]) as whl:
        names = set(whl.namelist())
    assert {f"briefing_app/_seeds/{n}" for n in SEEDS_IN_WHEEL} <= names
    assert {f"briefing_app/_fonts/{n}" for n in FONTS_IN_WHEEL} <= names
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "briefing_app").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    assert "briefing_app/model/glossary.yaml" in names
    assert not [n for n in names if n.startswith(("seeds/", "assets/", "tests/"))]  # nothing loose in site-packages
    top = built["sdist"][0].split("/")[0]
    sdist = {n.removeprefix(top + "/") for n in built["sdist"]}
    assert {f"seeds/{n}" for n in SEEDS_IN_WHEEL} | {f"assets/fonts/{n}" for n in FONTS_IN_WHEEL} <= sdist


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory):
    """A fresh venv (no system site-packages) with the wheel and its dependencies; returns its bin folder."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    assert _run([sys.executable, "-m", "venv", venv]).returncode == 0
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    done = _run([bin_dir / "python", "-m", "pip", "install", "-q", "--no-compile", built["wheel"]])
    assert done.returncode == 0, done.stderr[-3000:]
    return bin_dir


@pytest.fixture
def user_env(installed):
    """The environment of a user who installed the wheel: its venv on PATH, no checkout, no dev venv."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = os.pathsep.join([str(installed), "/usr/local/bin", "/usr/bin", "/bin"])
    return env


def test_installed_copy_uses_its_own_data(installed, user_env, tmp_path):
    done = _run([installed / "python", "-c", "import briefing_app.resources as r, briefing_app; "
                 "print(briefing_app.__file__); print(r.bundled_pack()); print(r.fonts_dir())"],
                cwd=tmp_path, env=user_env)
    assert done.returncode == 0, done.stderr
    for line in done.stdout.splitlines():
        assert "site-packages" in line and str(ROOT) not in line, line


def test_installed_commands_work_from_any_folder(installed, user_env, tmp_path):
    app = installed / "briefing-app"
    done = _run([app, "--version"], cwd=tmp_path, env=user_env)
    assert done.returncode == 0 and re.fullmatch(r"briefing-app \d+\.\d+\.\d+\s*", done.stdout), done
    done = _run([app, "check"], cwd=tmp_path, env=user_env)
    assert done.returncode == 0, done.stdout + done.stderr
    done = _run([installed / "python", "-m", "briefing_app", "check"], cwd=tmp_path, env=user_env)
    assert done.returncode == 0, done.stdout + done.stderr
    done = _run([app, "data", "-o", "figures.csv"], cwd=tmp_path, env=user_env)
    assert done.returncode == 0, done.stderr
    assert "songjiang" in (tmp_path / "figures.csv").read_text(encoding="utf-8-sig").lower()
    done = _run([app, "export", "-o", "deck.pptx", "--lang", "en"], cwd=tmp_path, env=user_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wrote ") and zipfile.is_zipfile(tmp_path / "deck.pptx")
    done = _run([app, "--quit-after-first-paint"], cwd=tmp_path, env=user_env)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx", "figures.csv"]
    # Another pack, with the global flag after the command.
    done = _run([app, "open", FICTIONAL, "--quit-after-first-paint"], cwd=tmp_path, env=user_env)
    assert done.returncode == 0, done.stderr


def _restricted_fontconfig(folder: Path) -> Path:
    """A fontconfig file that knows only Latin fonts: a machine with no CJK font."""
    folder.mkdir(parents=True, exist_ok=True)
    dirs = "".join(f"  <dir>{d}</dir>\n" for d in LATIN_ONLY_DIRS)
    conf = folder / "latin-only.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
                    f"<fontconfig>\n{dirs}  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n")
    return conf


needs_fc = pytest.mark.skipif(not shutil.which("fc-match") or not LATIN_ONLY_DIRS,
                              reason="fontconfig's fc-match and Liberation or DejaVu fonts are needed")


def _fc_chinese(conf: Path) -> str:
    """The font file fontconfig picks for Chinese under `conf`, and the families it has for Chinese."""
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    picked = _run(["fc-match", "-f", "%{file}", ":lang=zh-cn"], env=env).stdout
    families = _run(["fc-list", ":lang=zh-cn", "family"], env=env).stdout
    return picked, families


@needs_fc
def test_private_fontconfig_adds_the_bundled_fonts_to_a_machine_without_cjk(tmp_path):
    from briefing_app.export.pptx.pdf import private_fontconfig

    latin_only = _restricted_fontconfig(tmp_path / "system")
    picked, families = _fc_chinese(latin_only)
    assert families.strip() == "" and not picked.startswith(str(fonts_dir()))  # really no CJK font
    private = private_fontconfig(tmp_path / "private", base=str(latin_only))
    picked, families = _fc_chinese(private)
    assert Path(picked).parent == fonts_dir() and Path(picked).name in (CJK_REGULAR, CJK_BOLD)
    assert "Noto Sans CJK SC" in families
    # The system's Latin fonts are still there.
    env = dict(os.environ, FONTCONFIG_FILE=str(private))
    assert "Liberation Sans" in _run(["fc-list", ":family=Liberation Sans", "family"], env=env).stdout \
        or "DejaVu Sans" in _run(["fc-list", ":family=DejaVu Sans", "family"], env=env).stdout


def test_missing_libreoffice_names_what_to_install(monkeypatch):
    from briefing_app.atomic import OutputError
    from briefing_app.export.pptx import pdf

    monkeypatch.setattr(pdf, "soffice", lambda: None)
    with pytest.raises(OutputError, match=r"install LibreOffice Impress \(Debian/Ubuntu: apt-get install "
                                          r"libreoffice-impress\)"):
        pdf.require_soffice()


@needs_fc
@pytest.mark.skipif(not SOFFICE or not shutil.which("pdffonts") or not shutil.which("pdftotext"),
                    reason="LibreOffice and poppler-utils are needed")
def test_installed_zh_pdf_embeds_the_bundled_font_without_system_cjk_fonts(installed, user_env, tmp_path):
    env = dict(user_env, FONTCONFIG_FILE=str(_restricted_fontconfig(tmp_path / "fc")))
    out = tmp_path / "work"
    out.mkdir()
    done = _run([installed / "briefing-app", "export", "-o", "deck.pdf", "--lang", "zh"], cwd=out, env=env)
    assert done.returncode == 0, done.stderr
    fonts = _run(["pdffonts", out / "deck.pdf"]).stdout
    cjk = [line for line in fonts.splitlines() if "NotoSansCJK" in line]
    assert cjk, fonts
    assert all(" yes " in line for line in cjk), fonts  # embedded (and subset)
    # No boxes: the only CJK font fontconfig has here is the bundled one, and it maps every Chinese
    # character of the deck.
    text = _run(["pdftotext", out / "deck.pdf", "-"]).stdout
    chinese = {ord(c) for c in text if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"}
    assert len(chinese) > 100, text[:500]
    assert not {chr(c) for c in chinese - covered()}


def test_coverage_file_lists_what_both_weights_of_the_bundled_fonts_map():
    ttLib = pytest.importorskip("fontTools.ttLib")
    listed = covered()  # what `check` reads
    in_fonts = set()
    for regular, bold in ((CJK_REGULAR, CJK_BOLD), (LATIN_REGULAR, LATIN_BOLD)):
        maps = [set(ttLib.TTFont(fonts_dir() / name).getBestCmap()) for name in (regular, bold)]
        in_fonts |= maps[0] & maps[1]
    assert listed == {c for c in in_fonts if c >= 0x20}
    # The whole CJK Unified Ideographs block as far as Noto Sans CJK goes (U+9FF0-9FFF are Unicode 14
    # additions it lacks), CJK punctuation and the full-width forms.
    assert set(range(0x4E00, 0x9FF0)) <= listed
    assert set(range(0x3000, 0x3040)) <= listed
    assert set(range(0xFF01, 0xFF5F)) | set(range(0xFFE0, 0xFFE7)) <= listed
