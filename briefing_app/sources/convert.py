"""`convert(path)`: one entry point for every format; which reader runs is decided by what the file is
(its first bytes), then by its name."""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..bounds import LIMITS, check_file_size, check_zip
from .document import Document, to_markdown
from .errors import ConversionError

TEXT = (".txt", ".md", ".markdown")
WORD = (".docx",)
PDF = (".pdf",)
WEB = (".html", ".htm", ".xhtml", ".mhtml", ".mht")
OFFICE = (".doc", ".wps", ".rtf", ".odt")
SUFFIXES = TEXT + WORD + PDF + WEB + OFFICE


@dataclass(frozen=True)
class Converted:
    """The article as UTF-8 Markdown and what its source says about itself."""

    markdown: str
    sha256: str  # of the original file's bytes
    kind: str  # text, docx, pdf, html, or the LibreOffice format (doc, wps, rtf, odt)
    title: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) when the source states one
    publisher: str | None = None
    encoding: str | None = None  # of a text file
    scanned_pages: tuple[int, ...] = ()  # pages (1-based) that are pictures with no text: left out of the Markdown


def converted_name(original: Path) -> str:
    """The Markdown file's name beside the original: report.docx → report.md (report.md in GB18030 →
    report.utf8.md, so the original is kept)."""
    name = original.stem + ".md"
    return original.stem + ".utf8.md" if name == original.name else name


def _kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # an OLE file: Word 97-2003, WPS
        return suffix.lstrip(".") if suffix in (".doc", ".wps") else "doc"
    if suffix in WORD or (head.startswith(b"PK\x03\x04") and suffix in (".doc", ".wps")):
        return "docx"
    if suffix in OFFICE:
        return suffix.lstrip(".")
    if suffix in WEB:
        return "html"
    if suffix in PDF:
        return "pdf"
    if suffix in TEXT:
        return "text"
    raise ConversionError(f"{path}: cannot read {suffix or 'files without an extension'}; give "
                          + ", ".join(SUFFIXES))


def convert(path: Path) -> Converted:
    """The article in `path` as Markdown; ConversionError (one line) when it cannot be read."""
    path = Path(path)
    if path.is_dir():
        raise ConversionError(f"{path}: is a folder, not a file")
    try:
        check_file_size(path, "article", LIMITS.text_bytes if path.suffix.lower() in TEXT else None)
        with path.open("rb") as f:
            sha256 = hashlib.file_digest(f, "sha256").hexdigest()
            f.seek(0)
            head = f.read(8)
    except FileNotFoundError:
        raise ConversionError(f"{path}: no such file") from None
    except PermissionError:
        raise ConversionError(f"{path}: permission denied") from None
    kind = _kind(path, head)
    encoding = None
    if kind == "text":
        from .text import decode_text

        markdown, encoding = decode_text(path.read_bytes(), str(path))
        if not markdown.strip():
            raise ConversionError(f"{path}: the article is empty")
        doc = None
    elif kind == "docx":
        doc = _docx(path)
    elif kind == "pdf":
        from .pdf import read_pdf

        doc = read_pdf(path)
    elif kind == "html":
        from .web import read_html

        doc = read_html(path, path.read_bytes())
    else:
        if kind == "odt":
            check_zip(path, "document")
        from .office import to_docx

        with tempfile.TemporaryDirectory(prefix="briefing-convert-") as folder:
            doc = _docx(to_docx(path, Path(folder)), shown=path)
    if doc is not None:
        if not doc.has_text():
            raise ConversionError(f"{path}: holds no text")
        markdown = to_markdown(doc)
    return Converted(markdown=markdown, sha256=sha256, kind=kind, encoding=encoding,
                     title=doc.title if doc else None, date=doc.date if doc else None,
                     publisher=doc.publisher if doc else None,
                     scanned_pages=tuple(doc.scanned_pages) if doc else ())


def _docx(path: Path, shown: Path | None = None) -> Document:
    from .word import read_docx

    check_zip(path, "Word document")
    try:
        return read_docx(path)
    except ConversionError as exc:
        raise ConversionError(str(exc).replace(str(path), str(shown or path))) from None
