"""PDF through LibreOffice: the written PPTX converted by `soffice --headless --convert-to pdf`.

Why LibreOffice rather than drawing a PDF ourselves: the PDF then shows exactly what the PPTX shows (same
native charts, tables and fonts), with one drawing path to keep right. The cost is a dependency that is
not a Python package, so without LibreOffice, PDF export stops with a one-line error saying what to
install, and PPTX export still works. Each conversion uses its own throwaway LibreOffice profile, so it
neither collides with a running LibreOffice nor leaves state behind.

Fonts: on Linux LibreOffice finds fonts through fontconfig, which knows nothing of the fonts bundled with
the app, so on a machine without a CJK font every Chinese character would come out as a box. Each
conversion therefore gets a private fontconfig file that includes the system's configuration (or the one
FONTCONFIG_FILE already names) and adds the bundled font folder. Windows and macOS LibreOffice do not use
fontconfig; there the system's own CJK fonts (Microsoft YaHei, PingFang) serve.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from ...atomic import OutputError
from ...resources import fonts_dir

TIMEOUT = 300
#: Where LibreOffice's installers put soffice when it is not on PATH.
_USUAL_PLACES = {
    "darwin": ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
    "win32": [r"C:\Program Files\LibreOffice\program\soffice.exe",
              r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"],
}
SYSTEM_FONTCONFIG = "/etc/fonts/fonts.conf"


def soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in _USUAL_PLACES.get(sys.platform, []) if Path(p).is_file()), None)


def require_soffice() -> str:
    exe = soffice()
    if exe is None:
        raise OutputError("PDF export needs LibreOffice, and no soffice was found: install LibreOffice Impress "
                          "(Debian/Ubuntu: apt-get install libreoffice-impress) or export .pptx instead")
    return exe


def private_fontconfig(folder: Path, base: str | None = None) -> Path:
    """Write `folder/fonts.conf`: the system's fontconfig (or `base`) plus the bundled fonts; return its path.

    Its cache goes to `folder/cache`, so the bundled fonts are indexed there and not in the user's cache.
    """
    base = base if base is not None else os.environ.get("FONTCONFIG_FILE") or SYSTEM_FONTCONFIG
    cache = folder / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
        f"  <cachedir>{escape(str(cache))}</cachedir>\n"
        f'  <include ignore_missing="yes">{escape(str(base))}</include>\n'
        f"  <dir>{escape(str(fonts_dir()))}</dir>\n"
        "</fontconfig>\n", encoding="utf-8")
    return conf


def convert_to_pdf(pptx: Path, pdf: Path) -> None:
    """Write `pdf` from `pptx`; raises OutputError when LibreOffice is missing or fails."""
    exe = require_soffice()
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as work:
        work_dir = Path(work)
        profile = (work_dir / "profile").as_uri()
        env = dict(os.environ, FONTCONFIG_FILE=str(private_fontconfig(work_dir / "fontconfig")))
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", str(work_dir), str(pptx)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False, env=env)
        except subprocess.TimeoutExpired:
            raise OutputError(f"LibreOffice did not finish converting to PDF within {TIMEOUT} s") from None
        except OSError as exc:
            raise OutputError(f"LibreOffice could not be started ({exc.strerror or exc})") from None
        produced = work_dir / (Path(pptx).stem + ".pdf")
        if done.returncode != 0 or not produced.is_file():
            detail = (done.stderr or done.stdout or "").strip().splitlines()
            raise OutputError("LibreOffice failed to convert the deck to PDF"
                              + (f": {detail[-1]}" if detail else ""))
        shutil.copyfile(produced, pdf)
