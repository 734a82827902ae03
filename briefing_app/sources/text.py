"""Plain text and Markdown in whatever encoding it was saved: UTF-8 (with or without BOM), UTF-16/32,
GB18030/GBK, Big5… The encoding is detected from the bytes (charset-normalizer), never guessed from the file
name, and the characters are kept as written: traditional stays traditional."""

from __future__ import annotations

import codecs
import unicodedata

from .errors import ConversionError

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
#: GB2312 and GBK files often hold characters only their superset has; Big5 files those of Windows' cp950.
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}


def decode_text(raw: bytes, name: str) -> tuple[str, str]:
    """(text with \\n line ends and no BOM, encoding) or ConversionError when the bytes are not text."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _checked(_decode(raw[len(bom):], encoding, name), name), encoding
    try:
        return _checked(raw.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ConversionError(f"{name}: is not text in any encoding it could recognise (a binary file?)")
    encoding = best.encoding.replace("_", "-")
    wider = _SUPERSET.get(encoding)
    if wider:
        try:
            return _checked(raw.decode(wider), name), wider
        except UnicodeDecodeError:
            pass
    return _checked(_decode(raw, encoding, name), name), encoding


def _decode(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ConversionError(f"{name}: is not valid {encoding} text (byte offset {exc.start})") from None


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file that happened to decode)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\t\f")
    if "\x00" in text or controls > max(2, len(text) // 1000):
        raise ConversionError(f"{name}: is not text (it holds control characters: a binary file?)")
    return text
