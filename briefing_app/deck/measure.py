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
from pathlib import Path

from PIL import ImageFont

FONTS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
_FILES = {
    ("cjk", False): "NotoSansSC-Regular-subset.otf",
    ("cjk", True): "NotoSansSC-Bold-subset.otf",
    ("latin", False): "LiberationSans-Regular.ttf",
    ("latin", True): "LiberationSans-Bold.ttf",
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
    return ImageFont.truetype(str(FONTS / _FILES[(kind, bold)]), 100 * _SCALE)


@lru_cache(maxsize=20000)
def _char_width(ch: str, bold: bool) -> float:
    """Advance width of one character at 1 pt (kerning is ignored; it only ever narrows text)."""
    return _font("cjk" if is_cjk(ch) else "latin", bold).getlength(ch) / (100 * _SCALE)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set at `size` points."""
    return sum(_char_width(ch, bold) for ch in text) * size


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
    return lines


def fit(text: str, sizes, width: float, height: float, bold: bool = False,
        line_height: float = 1.2) -> tuple[float, list[str]] | None:
    """The largest size from `sizes` at which the wrapped text fits the box, or None."""
    for size in sizes:
        lines = wrap(text, size, width, bold)
        if len(lines) * size * line_height <= height:
            return size, lines
    return None


def block_height(lines: int, size: float, line_height: float = 1.2) -> float:
    return lines * size * line_height


def unwrap(lines) -> str:
    """The text before wrapping: lines rejoined, with the space back where words were split."""
    out = ""
    for line in lines:
        if out and not is_cjk(out[-1]) and line and not is_cjk(line[0]):
            out += " "
        out += line
    return out
