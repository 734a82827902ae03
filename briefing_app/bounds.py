"""How much of a file the app will read: every limit on files people hand it, in one place.

A 2 MB zip may describe a 2 GB part; a 1 kB YAML may nest ten thousand levels. Each limit is checked
before anything is decompressed or built, and a refusal is one line (a `FileLimitError`) that names the
file, the limit and what was found, so a person knows what to do about it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import UserError

MB = 2**20


@dataclass(frozen=True)
class Limits:
    """Generous for real documents (a 300-page report, a corporate template), far below what hurts."""

    file_bytes: int = 100 * MB  # any file read whole (an article, a PDF, a template)
    text_bytes: int = 20 * MB  # a pack, talk, settings file or plain-text article
    zip_parts: int = 5_000  # members of a .pptx/.docx/.xlsx/.odt
    zip_total_bytes: int = 300 * MB  # all members, uncompressed
    zip_part_bytes: int = 100 * MB  # one member, uncompressed
    zip_ratio: int = 200  # uncompressed ÷ compressed, per member over 1 MB (text XML compresses ~10-30×)
    yaml_depth: int = 64  # nested mappings and lists
    yaml_nodes: int = 2_000_000  # scalars, mappings and lists in one YAML file


LIMITS = Limits()

#: Members that are themselves archives (a zip inside a zip multiplies every limit).
_NESTED = (".zip", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".jar", ".gz", ".7z", ".rar")
#: Office formats embed other Office files as OLE objects under these folders: allowed, but bounded.
_EMBEDDED_FOLDERS = ("/embeddings/",)


class FileLimitError(UserError):
    """A file over one of the limits above; the message names the limit."""


def _mb(n: int) -> str:
    return f"{n / MB:,.0f} MB" if n >= MB else f"{n:,} bytes"


def check_file_size(path: Path, what: str = "file", limit: int | None = None) -> int:
    """The file's size, or FileLimitError when it is over `limit` (default: any file read whole)."""
    limit = LIMITS.file_bytes if limit is None else limit
    size = Path(path).stat().st_size
    if size > limit:
        raise FileLimitError(f"{path}: the {what} is {_mb(size)}; at most {_mb(limit)} is read")
    return size


def check_zip(path: Path, what: str = "file") -> None:
    """Refuse a zip-based file (pptx, docx, xlsx, odt) whose parts would expand past the limits.

    Reads only the central directory (sizes as the archive declares them); `read_zip_member` enforces the
    same sizes while decompressing, so an archive that lies about its sizes is caught too."""
    path = Path(path)
    check_file_size(path, what)
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise FileLimitError(f"{path}: the {what} is damaged (not a readable zip archive)") from None
    if len(infos) > LIMITS.zip_parts:
        raise FileLimitError(f"{path}: the {what} has {len(infos):,} parts; at most {LIMITS.zip_parts:,} are read")
    total = 0
    for info in infos:
        name = info.filename
        if info.file_size > LIMITS.zip_part_bytes:
            raise FileLimitError(f"{path}: part {name} of the {what} expands to {_mb(info.file_size)}; "
                                 f"a part may be at most {_mb(LIMITS.zip_part_bytes)}")
        if info.file_size > MB and info.file_size > LIMITS.zip_ratio * max(info.compress_size, 1):
            raise FileLimitError(f"{path}: part {name} of the {what} is compressed "
                                 f"{info.file_size // max(info.compress_size, 1):,} to 1; "
                                 f"at most {LIMITS.zip_ratio} to 1 is read (a zip bomb?)")
        if name.lower().endswith(_NESTED) and not any(f in "/" + name for f in _EMBEDDED_FOLDERS):
            raise FileLimitError(f"{path}: the {what} holds another archive ({name}); nested archives are not read")
        total += info.file_size
        if total > LIMITS.zip_total_bytes:
            raise FileLimitError(f"{path}: the {what}'s parts expand to more than {_mb(LIMITS.zip_total_bytes)}; "
                                 "at most that is read")


def read_zip_member(z: zipfile.ZipFile, name: str, what: str = "file") -> bytes:
    """One member's bytes, stopping at the per-part limit whatever the archive declared."""
    with z.open(name) as member:
        data = member.read(LIMITS.zip_part_bytes + 1)
    if len(data) > LIMITS.zip_part_bytes:
        raise FileLimitError(f"{z.filename}: part {name} of the {what} expands past "
                             f"{_mb(LIMITS.zip_part_bytes)}; a part may be at most that")
    return data
