"""Articles as people receive them, converted once to UTF-8 Markdown: Word, PDF, saved web pages, text in
any common encoding, and (through LibreOffice, when installed) .doc/.wps/.rtf/.odt.

`convert(path)` reads the file (within the limits of `briefing_app.bounds`), and returns the Markdown the
quotes of a pack are checked against, what the source says about itself (title, date, publisher) and the
sha256 of the original bytes. The same file always gives the same bytes. No Qt, no python-pptx, no model:
this layer only reads.
"""

from __future__ import annotations

from .convert import SUFFIXES, Converted, convert, converted_name
from .errors import ConversionError

__all__ = ["SUFFIXES", "ConversionError", "Converted", "convert", "converted_name"]
