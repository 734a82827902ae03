"""Where lines may break: Chinese per character with kinsoku, English per word, never an orphan.

`wrap` takes the width function of whoever draws the text (Pillow metrics for the slide model, Qt's font
metrics for the painter), so every renderer breaks with the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from .script import _CJK_RANGES, AMBIGUOUS_WIDE, is_cjk, is_wide

#: Characters that must not start a line (kinsoku) and ones that must not end it.
NO_LINE_START = set("，。、；：？！）】》」』”’%…·,.;:?!)]}>")
NO_LINE_END = set("（【《「『“‘([{<")
ELLIPSIS = "…"

#: A no-break space (U+00A0) glues the words around it into one token; every other space is a break.
NBSP = "\u00a0"
_TOKEN = re.compile(rf"(?:[^\s{_CJK_RANGES}{AMBIGUOUS_WIDE}]|{NBSP})+[^\S{NBSP}]*|[^\S{NBSP}]+|.")

Measure = Callable[[str], float]


#: Chinese units and counters that stay on the line of the number before them (2024年3月4日, 196亿元,
#: 1633家): a date, or a number with its unit, is never split.
ZH_UNITS = set("年月日号时分秒万亿千百十元角家个项座条场次人名位平方米公顷里亩吨箱辆片件台所批期届倍户套间层")
_NUMBER = re.compile(r"[+\-−]?\d[\d.,/]*%?\s*")
ZH_MAGNITUDES = set("万亿千百十")
#: English words that belong to the number before them: its magnitude (2.8 million m², CNY 19.6 billion).
_MAGNITUDES = ("thousand", "million", "billion", "trillion")


_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "than", "the", "to",
                "with", "per", "is", "was", "were", "are", "be", "up", "down"}
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_FRACTION = re.compile(rf"\b({_NUMBER_WORDS}) (halves|half|thirds?|quarters?|[a-z]+ths?)\b", re.IGNORECASE)
_BEFORE_NUMBER = re.compile(r"\b(CNY|RMB|USD|HKD|EUR|GBP|JPY|No\.|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) (?=\d)")
_AFTER_NUMBER = re.compile(rf"(?<=\d)(%?) (?=([^\s\d][^\s]*))|\b({'|'.join(('thousand', 'million', 'billion', 'trillion'))}) (?=([^\s\d][^\s]*))")


def no_break(text: str) -> str:
    """English text with U+00A0 where a line must not break, so any viewer that rewraps it (PowerPoint or
    LibreOffice under font substitution) keeps the pieces together: a number and its unit or magnitude
    ("about 2.8 million m²", "1,500 mu", "70 projects"), a currency or "No." and its number ("CNY 19.6",
    "No. 12"), a day, month and year ("22 Sep 2023"), and a spelled-out fraction ("one seventh"). A number
    is not glued to a following small word ("in 2023 the", "80 of them"). Chinese needs none: `tokens`
    keeps its numbers and units together."""
    if " " not in text:
        return text

    def after(m: re.Match) -> str:
        word = (m.group(2) or m.group(4) or "").lower().strip(".,;:)")
        keep = m.group(0)
        return keep if word in _SMALL_WORDS else keep.replace(" ", NBSP)

    text = _FRACTION.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    text = text.replace(" →", NBSP + "→")  # an arrow never starts a line: "one twelfth →" / "one seventh"
    text = _BEFORE_NUMBER.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    return _AFTER_NUMBER.sub(after, text)


#: The Chinese words kept whole while a deck is laid out (typography/words.py), set by `keeping_words`.
_WORDS: ContextVar[frozenset[str]] = ContextVar("words", default=frozenset())


@contextmanager
def keeping_words(words: frozenset[str]):
    """Within this block, `tokens` keeps these Chinese words on one line (走廊, never 走 / 廊)."""
    mark = _WORDS.set(frozenset(words))
    try:
        yield
    finally:
        _WORDS.reset(mark)


@lru_cache(maxsize=64)
def _by_first(words: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """First character → the lengths of the words it starts, longest first."""
    out: dict[str, set[int]] = {}
    for w in words:
        out.setdefault(w[0], set()).add(len(w))
    return {c: tuple(sorted(n, reverse=True)) for c, n in out.items()}


def _join_words(toks: list[str], words: frozenset[str]) -> list[str]:
    """Single-character Chinese tokens that spell a known word, joined into one (longest word first). The
    first may carry an opening quote (“灯), the last its closing punctuation (厂”)."""
    starts = _by_first(words)
    opening, closing = "".join(NO_LINE_END), "".join(NO_LINE_START)

    def core(tok: str, first: bool, last: bool) -> str | None:
        c = tok.lstrip(opening) if first else tok
        c = c.rstrip(closing) if last else c
        return c if len(c) == 1 and is_cjk(c) else None

    out: list[str] = []
    i = 0
    while i < len(toks):
        head = core(toks[i], True, True)
        for n in starts.get(head, ()) if head else ():
            run = toks[i:i + n]
            if len(run) == n:
                chars = [core(t, k == 0, k == n - 1) for k, t in enumerate(run)]
                if None not in chars and "".join(chars) in words:
                    out.append("".join(run))
                    i += n
                    break
        else:
            out.append(toks[i])
            i += 1
    return out


def tokens(text: str) -> list[str]:
    """Units that stay together on a line (see `_tokens`), Chinese words of `keeping_words` joined."""
    return list(_tokens(text, _WORDS.get()))


@lru_cache(maxsize=16384)  # the layout wraps the same text at several sizes and widths
def _tokens(text: str, words: frozenset[str]) -> tuple[str, ...]:
    """Units that stay together on a line: one CJK character, a Latin word with its trailing space,
    punctuation glued to its neighbour, and a number glued to its unit (no-break: 2024年3月4日, 196亿元,
    '2.8 million m²', '1,500 mu')."""
    out: list[str] = []
    wants = None  # what the last token still waits for: "unit" after a number, "number" after 年/月
    for tok in _TOKEN.findall(text):
        if out and (tok[0] in NO_LINE_START or out[-1][-1] in NO_LINE_END):
            out[-1] += tok
            continue
        if wants == "unit" and (tok in ZH_UNITS or (tok[:1].isalpha() and not is_wide(tok[0]))):
            out[-1] += tok  # the unit joins its number
            wants = ("number" if tok in ("年", "月") else
                     "unit" if tok in ZH_MAGNITUDES or tok.strip() in _MAGNITUDES else None)
            continue
        if wants == "number" and _NUMBER.fullmatch(tok):
            out[-1] += tok  # 2024年 + 3 (+ 月 + 4 + 日): one date
            wants = "unit"
            continue
        out.append(tok)
        wants = "unit" if _NUMBER.fullmatch(tok) and not tok.rstrip().endswith("%") else None
    return tuple(_join_words(out, words) if words else out)




def wrap(text: str, width: float, measure: Measure, max_lines: int | None = None) -> list[str]:
    """Break `text` into lines no wider than `width` as `measure` counts it (explicit newlines kept).

    With `max_lines`, what does not fit is cut and the last line ends in an ellipsis.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(paragraph, width, measure)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and measure(last + ELLIPSIS) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    return lines


def _wrap_paragraph(paragraph: str, width: float, measure: Measure) -> list[str]:
    lines: list[str] = []
    line = ""
    for tok in tokens(paragraph):
        candidate = line + tok
        if line and measure(candidate.rstrip()) > width:
            lines.append(line.rstrip())
            line = tok.lstrip()
        else:
            line = candidate
        while measure(line.rstrip()) > width and len(line) > 1:
            # a single token wider than the box (a long number or word): break it by characters
            lo, hi = 1, len(line) - 1  # the longest head that fits (found by halving: tokens may be 10 kB)
            while lo < hi:
                mid = (lo + hi + 1) // 2
                lo, hi = (mid, hi) if measure(line[:mid]) <= width else (lo, mid - 1)
            cut = lo
            hyphen = line.rfind("-", 1, cut)
            if hyphen > 0 and line[hyphen - 1].isalnum():  # after a word's hyphen, as PowerPoint and LibreOffice do
                cut = hyphen + 1
            while cut > 1 and line[cut] in NO_LINE_START:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    lines.append(line.rstrip())
    _avoid_orphan(lines, width, measure)
    return lines


def _avoid_orphan(lines: list[str], width: float, measure: Measure) -> None:
    """Never leave one Chinese character alone on the last line: bring one more down with it."""
    if len(lines) < 2 or len(lines[-1]) != 1 or not is_wide(lines[-1]):
        return
    toks = tokens(lines[-2])
    if len(toks) < 3:
        return
    moved = toks[-1]
    if measure(moved + lines[-1]) <= width:
        lines[-2], lines[-1] = "".join(toks[:-1]).rstrip(), moved + lines[-1]


def unwrap(lines) -> str:
    """The text before wrapping: lines rejoined, with the space back where English words were split (none
    after a word's hyphen: integrated- / circuit)."""
    out = ""
    for line in lines:
        hyphenated = out.endswith("-") and len(out) > 1 and out[-2].isalnum()
        if out and not is_wide(out[-1]) and line and not is_wide(line[0]) and not hyphenated:
            out += " "
        out += line
    return out


__all__ = ["NBSP", "NO_LINE_END", "NO_LINE_START", "is_cjk", "keeping_words", "no_break", "tokens", "unwrap",
           "wrap"]
