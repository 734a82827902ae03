"""Word's automatic numbering and heading styles, read from numbering.xml and styles.xml.

A paragraph numbered 一、 or （三） by Word holds only its text; the number exists only while Word counts.
It is counted here the same way, so the converted text says 一、 where the page showed it (the drafter reads
Chinese section numbering), bullets become `-` and plain 1. 2. 3. become a Markdown list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .joining import is_wide

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "〇一二三四五六七八九"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Label:
    prefix: str  # what Word shows before the text ("一、", "(a) "), "" for bullets and Markdown lists
    marker: str  # "-" or "3." when the label is a Markdown list marker, else ""
    depth: int


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting, up to 9999)."""
    if n <= 0 or n >= 10000:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + name
            zero = False
        elif out:
            zero = True
    return out


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += letters * count
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
               "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting"):
        return chinese_number(n)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _TRADITIONAL[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(node, child: str) -> str | None:
    found = node.find(W + child) if node is not None else None
    return found.get(W + "val") if found is not None else None


class Numbering:
    """Counts numbered paragraphs in document order, as Word does, and knows each style's heading level."""

    def __init__(self, styles_root, numbering_root):
        self.styles = {}
        if styles_root is not None:
            for style in styles_root.iterchildren(W + "style"):
                if style.get(W + "type") == "paragraph":
                    self.styles[style.get(W + "styleId")] = style
        self.levels: dict[str, dict[int, object]] = {}  # numId -> ilvl -> w:lvl
        self.starts: dict[str, dict[int, int]] = {}
        if numbering_root is not None:
            abstract = {a.get(W + "abstractNumId"): a for a in numbering_root.iterchildren(W + "abstractNum")}
            for num in numbering_root.iterchildren(W + "num"):
                definition = abstract.get(_val(num, "abstractNumId"))
                if definition is None:
                    continue
                num_id = num.get(W + "numId")
                self.levels[num_id] = {int(lvl.get(W + "ilvl", "0")): lvl for lvl in definition.iterchildren(W + "lvl")}
                self.starts[num_id] = {int(o.get(W + "ilvl", "0")): int(_val(o, "startOverride"))
                                       for o in num.iterchildren(W + "lvlOverride") if _val(o, "startOverride")}
        self.counters: dict[str, list[int | None]] = {}

    @classmethod
    def of(cls, word) -> Numbering:
        part = word.part
        styles = part._styles_part.element if _has(part, "_styles_part") else None
        try:
            numbering = part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            numbering = None
        return cls(styles, numbering)

    # --- headings -------------------------------------------------------------------------------
    def style_level(self, style_id: str | None, depth: int = 0) -> int | None:
        """0 for a title style, n for heading n (by name or outline level), following `basedOn`."""
        style = self.styles.get(style_id)
        if style is None or depth > 20:
            return None
        name = (_val(style, "name") or "").strip().lower()
        if name in ("title", "标题"):
            return 0
        m = re.fullmatch(r"(?:heading|标题)\s*([1-9])", name)
        if m:
            return int(m.group(1))
        outline = _val(style.find(W + "pPr"), "outlineLvl")
        if outline is not None and outline.isdigit() and int(outline) < 9:
            return int(outline) + 1
        return self.style_level(_val(style, "basedOn"), depth + 1)

    def _style_numbering(self, style_id: str | None, depth: int = 0):
        style = self.styles.get(style_id)
        if style is None or depth > 20:
            return None, None
        numpr = style.find(W + "pPr/" + W + "numPr")
        if numpr is not None:
            return _val(numpr, "numId"), _val(numpr, "ilvl")
        return self._style_numbering(_val(style, "basedOn"), depth + 1)

    # --- numbering -----------------------------------------------------------------------------
    def label(self, p) -> Label | None:
        """The paragraph's number or bullet, counted; None when it has none."""
        ppr = p.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        style_id = _val(ppr, "pStyle")
        num_id, ilvl = self._style_numbering(style_id)
        if numpr is not None:
            num_id = _val(numpr, "numId") or num_id
            ilvl = _val(numpr, "ilvl") or ilvl
        if not num_id or num_id == "0" or num_id not in self.levels:
            return None
        level = int(ilvl or 0) if str(ilvl or 0).isdigit() else 0
        levels = self.levels[num_id]
        lvl = levels.get(level)
        if lvl is None:
            return None
        fmt = _val(lvl, "numFmt") or "decimal"
        if fmt == "bullet":
            return Label("", "-", level)
        counters = self.counters.setdefault(num_id, [None] * 9)
        start = self.starts[num_id].get(level) or int(_val(lvl, "start") or 1)
        counters[level] = start if counters[level] is None else counters[level] + 1
        for deeper in range(level + 1, 9):
            counters[deeper] = None
        if fmt == "none":
            return None
        text = _val(lvl, "lvlText") or ""

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lvl_k = levels.get(k)
            fmt_k = _val(lvl_k, "numFmt") or "decimal"
            if lvl.find(W + "isLgl") is not None:
                fmt_k = "decimal"
            value = counters[k] if k < 9 and counters[k] is not None else int(_val(lvl_k, "start") or 1)
            return format_number(value, fmt_k)

        shown = re.sub(r"%([1-9])", number, text)
        if fmt == "decimal" and re.fullmatch(r"%[1-9][.)]", text):
            return Label("", shown.rstrip(")").rstrip(".") + ".", level)
        if not shown:
            return None
        suffix = _val(lvl, "suff") or "tab"
        space = "" if suffix == "nothing" or is_wide(shown[-1]) else " "
        return Label(shown + space, "", level)


def _has(part, attr: str) -> bool:
    try:
        getattr(part, attr)
    except Exception:
        return False
    return True
