"""Older and other office formats (.doc, .wps, .rtf, .odt) through LibreOffice headless, as .docx first.

LibreOffice runs with a private, throw-away profile (a LibreOffice the person has open is left alone) in a
temporary folder, and is stopped after `TIMEOUT` seconds.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .errors import ConversionError

TIMEOUT = 120
INSTALL = "install LibreOffice Writer (Debian/Ubuntu: apt-get install libreoffice-writer; elsewhere libreoffice.org)"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(path: Path, folder: Path) -> Path:
    """`path` converted to .docx inside `folder` (a temporary folder the caller removes)."""
    program = soffice()
    if program is None:
        raise ConversionError(f"{path}: {path.suffix} files are read through LibreOffice, which is not installed; "
                              + INSTALL)
    source = folder / ("source" + path.suffix.lower())
    shutil.copyfile(path, source)
    profile = Path(tempfile.mkdtemp(prefix="profile-", dir=folder))
    command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder), str(source)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                               env={**os.environ, "HOME": str(profile)})
    try:
        _, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ConversionError(f"{path}: LibreOffice did not finish converting it within {TIMEOUT} s") from None
    result = folder / "source.docx"
    if process.returncode != 0 or not result.exists():
        reason = (err or b"").decode("utf-8", "replace").strip().splitlines()
        raise ConversionError(f"{path}: LibreOffice could not read it"
                              + (f" ({reason[-1][:200]})" if reason else " (damaged, or not a document?)"))
    return result
