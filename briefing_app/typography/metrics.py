"""Measuring slide text with the real metrics of the fonts the deck names.

PowerPoint applies `auto_size` only when text is edited, and python-pptx's `fit_text` breaks lines only
at spaces, so Chinese would never wrap. We measure with Pillow: wide characters with the bundled Noto Sans
CJK SC (full-width like Microsoft YaHei, the East Asian font the deck names), everything else with
Liberation Sans (metric-compatible with Arial, the Latin font named).
"""

from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont

from ..resources import CJK_BOLD, CJK_REGULAR, LATIN_BOLD, LATIN_REGULAR, font_file
from . import breaking
from .script import is_cjk, is_wide

_FILES = {
    ("cjk", False): CJK_REGULAR,
    ("cjk", True): CJK_BOLD,
    ("latin", False): LATIN_REGULAR,
    ("latin", True): LATIN_BOLD,
}
_SCALE = 10  # measure at 10× the point size for sub-point precision

#: Extra room at each switch between CJK and Latin letters or digits: LibreOffice (and Word-style
#: "autospace") insert about a quarter em there, so lines are measured as if it were always added.
AUTOSPACE = 0.25


@lru_cache(maxsize=16)
def _font(kind: str, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(_FILES[(kind, bold)])), 100 * _SCALE)


@lru_cache(maxsize=20000)
def _char_width(ch: str, bold: bool) -> float:
    """Advance width of one character at 1 pt (kerning is ignored; it only ever narrows text)."""
    return _font("cjk" if is_wide(ch) else "latin", bold).getlength(ch) / (100 * _SCALE)


@lru_cache(maxsize=65536)  # the layout measures the same strings again while it tries sizes and breaks
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set at `size` points."""
    width = sum(_char_width(ch, bold) for ch in text)
    switches = sum(1 for a, b in zip(text, text[1:])
                   if is_wide(a) != is_wide(b) and (a.isalnum() or b.isalnum()) and not (a.isspace() or b.isspace()))
    return (width + AUTOSPACE * switches) * size


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Break `text` into lines no wider than `width` points at `size` points (explicit newlines kept)."""
    return breaking.wrap(text, width, lambda s: text_width(s, size, bold))


__all__ = ["AUTOSPACE", "is_cjk", "text_width", "wrap"]
