"""How much of a file the app will read: every limit on files people hand it, in one place.

A 2 MB zip may describe a 2 GB part; a 1 kB YAML may nest ten thousand levels; a "pack" may be a named
pipe that never ends. Each limit is checked before anything is decompressed or built, and a refusal is one
line (a `FileLimitError`) that names the file, the limit and what was found, so a person knows what to do.

Zip archives (pptx, docx, xlsx, odt) are checked in three steps, each before the next reads more:
1. the end record: how many parts and how long their list is, before Python's `zipfile` builds that list
   (a directory of a million empty parts costs more memory than any part);
2. the central directory: each part's declared size and compression ratio, and the total;
3. each compressed part, inflated as a stream 1 MB at a time and thrown away, to confirm it holds no more
   than its directory declares. `zipfile.read` (python-pptx reads every part with it) inflates a part's
   whole compressed data in one call and only then cuts it to the declared size: a directory that claims
   1 kB for 2 MB of compressed zeros would otherwise cost 2 GB there.
Only stored and deflated parts are read (what Office writes); bzip2 and lzma inflate without a bound in
`zipfile`.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import UserError

MB = 2**20


@dataclass(frozen=True)
class Limits:
    """Generous for real documents (a 300-page report, a corporate template), far below what hurts: a file
    at every limit at once is read in well under 300 MB of memory."""

    file_bytes: int = 100 * MB  # any file read whole (an article, a PDF, a template)
    text_bytes: int = 20 * MB  # a pack, talk or plain-text article
    settings_bytes: int = 1 * MB  # the app's settings file (a few kB in use)
    zip_parts: int = 5_000  # members of a .pptx/.docx/.xlsx/.odt
    zip_directory_bytes: int = 4 * MB  # the archive's list of parts (~100 bytes a part)
    zip_total_bytes: int = 300 * MB  # all members, uncompressed
    zip_part_bytes: int = 100 * MB  # one member, uncompressed
    zip_ratio: int = 200  # uncompressed ÷ compressed, per member over 1 MB and for the whole archive
    yaml_depth: int = 64  # nested mappings and lists (a pack nests ~6 deep)
    yaml_nodes: int = 200_000  # scalars, mappings and lists in one YAML file (a 1,000-figure pack has ~25,000)
    library_files: int = 20_000  # files looked at when a folder is scanned for packs
    library_packs: int = 1_000  # packs loaded from one folder


LIMITS = Limits()

#: Members that are themselves archives (a zip inside a zip multiplies every limit).
_NESTED = (".zip", ".docx", ".xlsx", ".pptx", ".xlsm", ".docm", ".pptm", ".odt", ".ods", ".odp", ".jar", ".gz",
           ".7z", ".rar")
#: Office formats embed other Office files (a chart's workbook) under these folders: allowed one level deep,
#: and checked with the same limits.
_EMBEDDED_FOLDERS = ("/embeddings/",)


_CHUNK = MB  # how much of a part is inflated at a time while it is checked
_LOCAL_HEADER = struct.Struct("<4s2x2x2x2x2x4x4x4xHH")  # signature … name length, extra length (30 bytes)


class FileLimitError(UserError):
    """A file over one of the limits above; the message names the limit."""


def _mb(n: int) -> str:
    return f"{n / MB:,.0f} MB" if n >= MB else f"{n:,} bytes"


def check_file_size(path: Path, what: str = "file", limit: int | None = None) -> int:
    """The file's size, or FileLimitError when it is over `limit` (default: any file read whole) or is not
    a regular file (a named pipe or a device never ends)."""
    limit = LIMITS.file_bytes if limit is None else limit
    st = Path(path).stat()
    if not stat.S_ISREG(st.st_mode):
        raise FileLimitError(f"{path}: the {what} is not a regular file")
    if st.st_size > limit:
        raise FileLimitError(f"{path}: the {what} is {_mb(st.st_size)}; at most {_mb(limit)} is read")
    return st.st_size


def read_file(path: Path, what: str = "file", limit: int | None = None) -> bytes:
    """The file's bytes, never more than `limit` of them, even when it grows while it is read."""
    limit = LIMITS.file_bytes if limit is None else limit
    check_file_size(path, what, limit)
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise FileLimitError(f"{path}: the {what} grew past {_mb(limit)} while it was read; at most that is read")
    return data


def check_zip(path: Path, what: str = "file") -> None:
    """Refuse a zip-based file (pptx, docx, xlsx, odt) whose parts would expand past the limits, or that
    holds more than its directory declares (see the module's docstring). Office files embedded in it (a
    chart's workbook) are checked the same way; an archive inside those is refused."""
    path = Path(path)
    size = check_file_size(path, what)
    with open(path, "rb") as f:
        _check_archive(f, size, f"{path}: ", f"the {what}", nested_ok=True)


def _check_archive(f: BinaryIO, size: int, where: str, what: str, nested_ok: bool) -> None:
    def refuse(message: str) -> FileLimitError:
        return FileLimitError(f"{where}{what} {message}")

    try:
        end = zipfile._EndRecData(f)  # the record zipfile itself reads first; no part is listed yet
    except OSError:
        end = None
    if end is None:
        raise refuse("is damaged (not a readable zip archive)")
    if end[zipfile._ECD_ENTRIES_TOTAL] > LIMITS.zip_parts:
        raise refuse(f"has {end[zipfile._ECD_ENTRIES_TOTAL]:,} parts; at most {LIMITS.zip_parts:,} are read")
    if end[zipfile._ECD_SIZE] > LIMITS.zip_directory_bytes:
        raise refuse(f"lists its parts in {_mb(end[zipfile._ECD_SIZE])}; "
                     f"at most {_mb(LIMITS.zip_directory_bytes)} of list is read")
    try:
        f.seek(0)
        with zipfile.ZipFile(f) as z:
            infos = z.infolist()
            if len(infos) > LIMITS.zip_parts:  # the end record under-counted
                raise refuse(f"has {len(infos):,} parts; at most {LIMITS.zip_parts:,} are read")
            total = 0
            for info in infos:
                total += _check_part(info, refuse)
                if total > LIMITS.zip_total_bytes:
                    raise refuse(f"expands to more than {_mb(LIMITS.zip_total_bytes)}; at most that is read")
            if total > MB and total > LIMITS.zip_ratio * max(size, 1):
                raise refuse(f"expands {total // max(size, 1):,} times (to {_mb(total)}); "
                             f"at most {LIMITS.zip_ratio} times is read (a zip bomb?)")
            for info in infos:
                if info.compress_type == zipfile.ZIP_DEFLATED and _inflated_size(f, info) > info.file_size:
                    raise refuse(f"has a part {info.filename} that holds more than the {_mb(info.file_size)} "
                                 "its directory declares (a zip bomb?)")
            for info in infos:
                if info.filename.lower().endswith(_NESTED):
                    embedded = any(folder in "/" + info.filename for folder in _EMBEDDED_FOLDERS)
                    if not (nested_ok and embedded):
                        raise refuse(f"holds another archive ({info.filename}); nested archives are not read")
                    inner = read_zip_member(z, info.filename, what.removeprefix("the "))
                    _check_archive(io.BytesIO(inner), len(inner), where, f"{what}'s part {info.filename}",
                                   nested_ok=False)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError,
            zlib.error, struct.error):
        raise refuse("is damaged (not a readable zip archive)") from None


def _check_part(info: zipfile.ZipInfo, refuse) -> int:
    name = info.filename
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise refuse(f"has a part {name} compressed with method {info.compress_type}; "
                     "only stored and deflated parts are read")
    if info.file_size > LIMITS.zip_part_bytes:
        raise refuse(f"has a part {name} that expands to {_mb(info.file_size)}; "
                     f"a part may be at most {_mb(LIMITS.zip_part_bytes)}")
    if info.file_size > MB and info.file_size > LIMITS.zip_ratio * max(info.compress_size, 1):
        raise refuse(f"has a part {name} compressed {info.file_size // max(info.compress_size, 1):,} to 1; "
                     f"at most {LIMITS.zip_ratio} to 1 is read (a zip bomb?)")
    return info.file_size


def _inflated_size(f: BinaryIO, info: zipfile.ZipInfo) -> int:
    """How many bytes a deflated part really inflates to, counted 1 MB at a time; stops once past the
    declared size (the caller only needs to know that it is)."""
    f.seek(info.header_offset)
    signature, name_length, extra_length = _LOCAL_HEADER.unpack(f.read(_LOCAL_HEADER.size))
    if signature != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    f.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    left, size, pending = info.compress_size, 0, b""
    while not inflater.eof and size <= info.file_size:
        if not pending:
            pending = f.read(min(left, _CHUNK)) if left > 0 else b""
            left -= len(pending)
            if not pending:
                break
        size += len(inflater.decompress(pending, _CHUNK))
        pending = inflater.unconsumed_tail
    return size


def read_zip_member(z: zipfile.ZipFile, name: str, what: str = "file") -> bytes:
    """One member's bytes, stopping at the per-part limit whatever the archive declared."""
    with z.open(name) as member:
        data = member.read(LIMITS.zip_part_bytes + 1)
    if len(data) > LIMITS.zip_part_bytes:
        raise FileLimitError(f"{z.filename or 'archive'}: part {name} of the {what} expands past "
                             f"{_mb(LIMITS.zip_part_bytes)}; a part may be at most that")
    return data
