"""Measuring and wrapping slide text with the real metrics of the fonts the deck names.

PowerPoint applies `auto_size` only when text is edited, and python-pptx's `fit_text` breaks lines only
at spaces, so Chinese would never wrap. We measure with Pillow: CJK characters with the bundled Noto Sans
CJK SC (full-width like Microsoft YaHei, the East Asian font the deck names), everything else with
Liberation Sans (metric-compatible with Arial, the Latin font named). Chinese wraps per character, with
closing punctuation never starting a line; English wraps per word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PIL import ImageFont

from ..resources import CJK_BOLD, CJK_REGULAR, LATIN_BOLD, LATIN_REGULAR, font_file

_FILES = {
    ("cjk", False): CJK_REGULAR,
    ("cjk", True): CJK_BOLD,
    ("latin", False): LATIN_REGULAR,
    ("latin", True): LATIN_BOLD,
}
_SCALE = 10  # measure at 10× the point size for sub-point precision

#: Characters that must not start a line (kinsoku) and ones that must not end it.
NO_LINE_START = set("，。、；：？！）】》」』”’%…·,.;:?!)]}>")
NO_LINE_END = set("（【《「『“‘([{<")


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
            or 0x3000 <= code <= 0x303F or ch in "“”‘’…·")


@lru_cache(maxsize=16)
def _font(kind: str, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(_FILES[(kind, bold)])), 100 * _SCALE)


@lru_cache(maxsize=20000)
def _char_width(ch: str, bold: bool) -> float:
    """Advance width of one character at 1 pt (kerning is ignored; it only ever narrows text)."""
    return _font("cjk" if is_cjk(ch) else "latin", bold).getlength(ch) / (100 * _SCALE)


#: Extra room at each switch between CJK and Latin letters or digits: LibreOffice (and Word-style
#: "autospace") insert about a quarter em there, so lines are measured as if it were always added.
AUTOSPACE = 0.25


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set at `size` points."""
    width = sum(_char_width(ch, bold) for ch in text)
    switches = sum(1 for a, b in zip(text, text[1:])
                   if is_cjk(a) != is_cjk(b) and (a.isalnum() or b.isalnum()) and not (a.isspace() or b.isspace()))
    return (width + AUTOSPACE * switches) * size


def _tokens(text: str) -> list[str]:
    """Units that stay together on a line: one CJK character, a Latin word with its trailing space."""
    raw = re.findall(r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’…·]+\s*|\s+|.", text)
    tokens: list[str] = []
    for tok in raw:
        if tokens and (tok[0] in NO_LINE_START or tokens[-1][-1] in NO_LINE_END):
            tokens[-1] += tok  # keep punctuation with its neighbour
        else:
            tokens.append(tok)
    return tokens


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Break `text` into lines no wider than `width` points (explicit newlines are kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(paragraph, size, width, bold)
    return lines


def _wrap_paragraph(paragraph: str, size: float, width: float, bold: bool) -> list[str]:
    lines: list[str] = []
    line = ""
    for tok in _tokens(paragraph):
        candidate = line + tok
        if line and text_width(candidate.rstrip(), size, bold) > width:
            lines.append(line.rstrip())
            line = tok.lstrip()
        else:
            line = candidate
        while text_width(line.rstrip(), size, bold) > width and len(line) > 1:
            # a single token wider than the box (a long number or word): break it by characters
            cut = len(line) - 1
            while cut > 1 and (text_width(line[:cut], size, bold) > width or line[cut] in NO_LINE_START):
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line.rstrip())
    _avoid_orphan(lines, size, width, bold)
    return lines


def _avoid_orphan(lines: list[str], size: float, width: float, bold: bool) -> None:
    """Never leave one Chinese character alone on the last line: bring one more down with it."""
    if len(lines) < 2 or len(lines[-1]) != 1 or not is_cjk(lines[-1]):
        return
    tokens = _tokens(lines[-2])
    if len(tokens) < 3:
        return
    moved = tokens[-1]
    if text_width(moved + lines[-1], size, bold) <= width:
        lines[-2], lines[-1] = "".join(tokens[:-1]).rstrip(), moved + lines[-1]


def unwrap(lines) -> str:
    """The text before wrapping: lines rejoined, with the space back where words were split."""
    out = ""
    for line in lines:
        if out and not is_cjk(out[-1]) and line and not is_cjk(line[0]):
            out += " "
        out += line
    return out
