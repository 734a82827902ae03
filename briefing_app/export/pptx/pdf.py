"""PDF through LibreOffice: the written PPTX converted by `soffice --headless --convert-to pdf`.

Why LibreOffice rather than drawing a PDF ourselves: the PDF then shows exactly what the PPTX shows (same
native charts, tables and fonts), with one drawing path to keep right. The cost is a dependency that is
not a Python package, so without `soffice` (or `libreoffice`) on PATH, PDF export stops with a one-line
error saying LibreOffice is needed, and PPTX export still works. Each conversion uses its own throwaway
LibreOffice profile, so it neither collides with a running LibreOffice nor leaves state behind.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ...atomic import OutputError

TIMEOUT = 300


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    exe = soffice()
    if exe is None:
        raise OutputError("PDF export needs LibreOffice (soffice) on PATH; install it or export .pptx")
    return exe


def convert_to_pdf(pptx: Path, pdf: Path) -> None:
    """Write `pdf` from `pptx`; raises OutputError when LibreOffice is missing or fails."""
    exe = require_soffice()
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as work:
        work_dir = Path(work)
        profile = (work_dir / "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", str(work_dir), str(pptx)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT, check=False)
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
