"""Writing files so that a failure never leaves a partial file or damages the existing one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import UserError


class OutputError(UserError):
    """The output path cannot be written; the message is one line for the user."""


def check_output_path(path: Path, suffixes: tuple[str, ...]) -> Path:
    """Refuse, before any work, paths that cannot take the output."""
    path = Path(path)
    if path.suffix.lower() not in suffixes:
        raise OutputError(f"{path}: the file name must end in {' or '.join(suffixes)}")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{path}: the folder {folder} is not writable")
    return path


def check_output_folder(path: Path) -> Path:
    """Refuse, before any work, a folder that neither exists writable nor can be created; then create it."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path}: is a file, not a folder")
    if not path.exists():
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise OutputError(f"{path}: the folder {parent} does not exist")
        if not os.access(parent, os.W_OK):
            raise OutputError(f"{path}: cannot create the folder here ({parent} is not writable)")
        try:
            path.mkdir()
        except OSError as exc:
            raise OutputError(f"{path}: cannot create the folder ({exc.strerror or exc})") from None
    elif not os.access(path, os.W_OK):
        raise OutputError(f"{path}: the folder is not writable")
    return path


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(tmp)` on a temporary file beside `path`, then move it into place in one step."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
