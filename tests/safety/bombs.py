"""Files built to hurt, for the bounded-reading tests. Each is real: read without the limits of
`briefing_app.bounds`, it would cost gigabytes (the zips) or a million Python objects (the YAML).

The zips are written by hand (local headers, central directory, end record) so that a 2 GB part costs
2 MB to make: its deflate stream is one 1 MB block of zeros, flushed so that it stands alone, repeated.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

MB = 2**20
_ZEROS = bytes(MB)
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_DOS_DATE = 0x21  # 1980-01-01


@dataclass(frozen=True)
class Deflated:
    """A part's bytes as written in the zip, its CRC and its true size."""

    raw: bytes
    crc: int
    size: int


def zeros(mb: int) -> Deflated:
    """`mb` megabytes of zeros, deflated to about 1 kB a megabyte."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(_ZEROS) + packer.flush(zlib.Z_FULL_FLUSH)  # stands alone: the same every time
    crc = 0
    for _ in range(mb):
        crc = zlib.crc32(_ZEROS, crc)
    return Deflated(block * mb + packer.flush(), crc, mb * MB)


def deflated(data: bytes) -> Deflated:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Deflated(packer.compress(data) + packer.flush(), zlib.crc32(data), len(data))


def write_zip(path: Path, parts: dict[str, bytes | Deflated], declare: dict[str, int] | None = None,
              store: tuple[str, ...] = ()) -> Path:
    """A zip of `parts`; `declare` makes the headers claim another uncompressed size for some parts (a lying
    directory); parts named in `store` are stored uncompressed."""
    path.write_bytes(zip_bytes(parts, declare, store))
    return path


def zip_bytes(parts: dict[str, bytes | Deflated], declare: dict[str, int] | None = None,
              store: tuple[str, ...] = ()) -> bytes:
    declare = declare or {}
    central = []
    with io.BytesIO() as f:
        for name, part in parts.items():
            method = 0 if name in store else 8
            if method == 0:
                part = Deflated(part, zlib.crc32(part), len(part))  # "deflated" here: as written
            elif not isinstance(part, Deflated):
                part = deflated(part)
            size = declare.get(name, part.size)
            encoded = name.encode()
            offset = f.tell()
            f.write(_LOCAL.pack(b"PK\x03\x04", 20, 0, method, 0, _DOS_DATE, part.crc, len(part.raw), size,
                                len(encoded), 0))
            f.write(encoded)
            f.write(part.raw)
            central.append(_CENTRAL.pack(b"PK\x01\x02", 20, 20, 0, method, 0, _DOS_DATE, part.crc, len(part.raw),
                                         size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
        start = f.tell()
        directory = b"".join(central)
        f.write(directory)
        f.write(_END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), start, 0))
        return f.getvalue()


def template_parts() -> dict[str, bytes]:
    """Every part of a plain, valid .pptx (python-pptx's default template, saved)."""
    from pptx import Presentation

    buffer = io.BytesIO()
    Presentation().save(buffer)
    with zipfile.ZipFile(buffer) as z:
        return {name: z.read(name) for name in z.namelist()}


def _refer(parts: dict[str, bytes], target: str, reltype: str, extension: str, content_type: str) -> None:
    """Make the slide master refer to `target` (so python-pptx loads it and a deck saved from it carries it)."""
    rels = "ppt/slideMasters/_rels/slideMaster1.xml.rels"
    parts[rels] = parts[rels].replace(
        b"</Relationships>",
        f'<Relationship Id="rId999" Type="{reltype}" Target="{target}"/></Relationships>'.encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"<Default ", f'<Default Extension="{extension}" ContentType="{content_type}"/><Default '.encode(), 1)


IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
PACKAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def referenced_huge_part(path: Path, mb: int = 2048) -> Path:
    """A ~2 MB template whose slide master refers to a 2 GB image (the issue's template)."""
    parts = template_parts()
    _refer(parts, "../media/image99.png", IMAGE, "png", "image/png")
    return write_zip(path, {**parts, "ppt/media/image99.png": zeros(mb)})


def many_parts(path: Path, count: int = 60_000) -> Path:
    """A template with 60,000 extra (tiny) parts."""
    empty = deflated(b"")
    return write_zip(path, {**template_parts(), **{f"ppt/customXml/item{i}.xml": empty for i in range(count)}})


def many_expanding_parts(path: Path, count: int = 4_000) -> Path:
    """A template with 4,000 parts of 1 MB of zeros each (each just under the per-part ratio check): 4 GB."""
    one = zeros(1)
    return write_zip(path, {**template_parts(), **{f"ppt/media/image{1000 + i}.png": one for i in range(count)}})


def nested_zip(path: Path, mb: int = 1024) -> Path:
    """A template embedding a workbook (as a chart's data is embedded) that holds a 1 GB sheet: the deck
    writer re-zips embedded workbooks, which would inflate it."""
    inner = zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/worksheets/sheet1.xml": zeros(mb)})
    parts = template_parts()
    _refer(parts, "../embeddings/Microsoft_Excel_Worksheet1.xlsx", PACKAGE, "xlsx", XLSX)
    name = "ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx"
    return write_zip(path, {**parts, name: inner}, store=(name,))  # stored, as zips inside zips usually are


def lying_directory(path: Path, mb: int = 2048) -> Path:
    """A template whose directory says a referenced image is 1 kB; its data inflates to 2 GB."""
    parts = template_parts()
    _refer(parts, "../media/image99.png", IMAGE, "png", "image/png")
    return write_zip(path, {**parts, "ppt/media/image99.png": zeros(mb)}, declare={"ppt/media/image99.png": 1024})


def deep_yaml(path: Path, levels: int = 100_000) -> Path:
    """A pack-looking YAML nested 100,000 levels deep in 200 kB."""
    path.write_text("format: briefing-pack/1\nid: deep\nfigures:\n" + "- " * levels + "1\n", encoding="utf-8")
    return path


def wide_yaml(path: Path, nodes: int = 3_000_000) -> Path:
    """A pack-looking YAML of three million values in 6 MB (1.2 GB once built)."""
    path.write_text("format: briefing-pack/1\nid: wide\nfigures: [" + "1," * nodes + "1]\n", encoding="utf-8")
    return path


def deep_talk(path: Path, levels: int = 100_000) -> Path:
    path.write_text("format: briefing-talk/1\nslides:\n" + "- " * levels + "x\n", encoding="utf-8")
    return path


def wide_talk(path: Path, nodes: int = 3_000_000) -> Path:
    path.write_text("format: briefing-talk/1\nslides: [" + "a," * nodes + "a]\n", encoding="utf-8")
    return path
