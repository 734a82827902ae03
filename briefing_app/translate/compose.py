"""English for formulaic labels composed from termbase entries only: an indicator with its modifiers
(规模以上 + 工业 + 增加值 + 增长), a place and period around it (全市…, 年末…), a share of a named total
(A占B的比重) and a list (A、B和C). Every part must be a termbase entry: when any part is not covered the
answer is None, never a word-by-word guess.

Chinese puts modifiers before their head, so the label is read left to right: modifiers wait for the next
noun, and a head such as 增加值 ("value added of {}") takes everything read so far as its complement.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..model.glossary import Entry, termbase
from .words import singular

LIST_SEPARATORS = ("以及", "、", "和", "及", "与")
SHARE_WORDS = ("的比重", "比重", "的比例", "比例", "的份额")
NOUNS = ("term", "field", "title", "place")
_YEAR = re.compile(r"^(\d{4})年(?:度)?")
_SEP = object()  # a list separator among the pieces


def normal(text: str) -> str:
    """The form texts are compared in: full-width letters and digits as ASCII, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=1)
def _entries() -> tuple[dict[str, Entry], int]:
    entries = {normal(zh): entry for zh, entry in termbase().items()}
    return entries, max(map(len, entries))


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def compose(zh: str, places: dict[str, str] | None = None) -> str | None:
    """English for `zh` built from termbase entries (and `places`: the pack's own names, zh → en), or None."""
    text = normal(zh)
    if not text:
        return None
    entries, _ = _entries()
    whole = entries.get(text)
    if whole is not None and whole.role not in ("period", "unit", "skip"):
        return sentence_case(_bare(whole) if whole.role == "head" else whole.en)
    en = _with_context(text, {normal(k): v for k, v in (places or {}).items()})
    return sentence_case(en) if en else None


def _with_context(text: str, places: dict[str, str]) -> str | None:
    """A body with any leading year, period and place words around it ("… at year-end", "… in 2023")."""
    entries, _ = _entries()
    wraps: list[str] = []
    while True:
        year = _YEAR.match(text)
        if year:
            wraps.append("{} in " + year.group(1))
            text = text[year.end():]
            continue
        found = _prefix(text, entries, places)
        if found is None:
            break
        size, pattern = found
        wraps.append(pattern)
        text = text[size:]
    if not text:
        return None
    body = _share(text, places) if "占" in text else _list(text)
    if body is None:
        return None
    for pattern in reversed(wraps):
        body = pattern.replace("{}", body)
    return body


def _prefix(text: str, entries: dict[str, Entry], places: dict[str, str]):
    """(length, pattern) of a leading period or place word that leaves something after it."""
    for size in range(min(len(text) - 1, 12), 1, -1):
        piece = text[:size]
        entry = entries.get(piece)
        if entry is not None and entry.role == "period":
            return size, entry.en
        if entry is not None and entry.role == "skip":
            return size, "{}"
        if entry is not None and entry.role == "place":
            return size, "{} in " + entry.en
        if piece in places:
            return size, "{} in " + places[piece]
    return None


def _share(text: str, places: dict[str, str]) -> str | None:
    """A占B的比重: "A as a share of B" (B a whole area's total or an indicator such as GDP)."""
    part, _, whole = text.partition("占")
    for word in SHARE_WORDS:
        if whole.endswith(word):
            whole = whole[: -len(word)]
            break
    else:
        return None
    subject = _list(part) if part else None
    entries, _ = _entries()
    area = entries.get(whole)
    if area is not None and area.role == "place":
        total = ("the " if not area.en.startswith("the ") and area.en[:1].islower() else "") + area.en
        total = (total + " total") if area.en == "China" else total + "'s total"
        total = "the national total" if area.en == "China" else total
    elif whole in places:
        total = places[whole] + "'s total"
    else:
        total = _list(whole)
    if subject is None or total is None:
        return None
    return f"{subject} as a share of {total}"


def _list(text: str) -> str | None:
    """A phrase, or a list of phrases (A、B和C → "A, B and C"), each composed on its own."""
    pieces = _segment(text)
    if pieces is None:
        return None
    items: list[list[Entry]] = [[]]
    for piece in pieces:
        if piece is _SEP:
            items.append([])
        else:
            items[-1].append(piece)
    if any(not item for item in items):
        return None
    if len(items) == 1:
        return _phrase(items[0])
    items = _shared_modifiers(items)
    tail = _shared_tail(items)
    phrases = [_phrase(item) for item in items[:-1]] + [_phrase(items[-1][:len(items[-1]) - len(tail)])]
    if any(p is None for p in phrases):
        return None
    joined = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
    return _phrase(tail, joined) if tail else joined


def _shared_tail(items: list[list[Entry]]) -> list[Entry]:
    """The heads after the last item that belong to every item (粮食、棉花和油料产量: output of all three).
    Only when every item is a field (a product or an industry): 规模以上工业总产值、工业投资 are two
    indicators, not the investment in both."""
    if any(len(item) != 1 or item[0].role != "field" for item in items[:-1]):
        return []
    last = items[-1]
    if len(last) == 1:  # a whole entry that ends in a head: 第三产业增加值 = 第三产业 + 增加值
        last = items[-1] = _split_head(last[0]) or last
    cut = len(last)
    while cut > 1 and last[cut - 1].role in ("head", "modifier", "after"):
        cut -= 1
    tail = last[cut:]
    return tail if last[0].role == "field" and any(p.role == "head" for p in tail) else []


def _split_head(entry: Entry) -> list[Entry] | None:
    entries, _ = _entries()
    zh = normal(entry.zh)
    for cut in range(1, len(zh)):
        first, head = entries.get(zh[:cut]), entries.get(zh[cut:])
        if first is not None and head is not None and head.role == "head" and first.role in NOUNS:
            return [first, head]
    return None


def _shared_modifiers(items: list[list[Entry]]) -> list[list[Entry]]:
    """Items made only of modifiers join the next item's (城镇和农村居民 → urban and rural residents)."""
    out: list[list[Entry]] = []
    waiting: list[str] = []
    for item in items:
        if all(p.role == "modifier" for p in item) and item is not items[-1]:
            waiting.append(" ".join(p.en for p in item))
            continue
        if waiting:
            lead = next((i for i, p in enumerate(item) if p.role != "modifier"), len(item))
            if lead == 0:
                return items  # nothing to share the modifiers with: leave it to fail
            own = " ".join(p.en for p in item[:lead])
            joined = ", ".join(waiting) + " and " + own if len(waiting) > 1 else f"{waiting[0]} and {own}"
            joined = joined.replace(", and", " and") if len(waiting) > 1 else joined
            item = [Entry("", joined, "modifier", "", "")] + item[lead:]
            waiting = []
        out.append(item)
    return out if not waiting else items


def _segment(text: str) -> list | None:
    """The fewest termbase entries (and list separators) that make up `text` exactly, or None."""
    entries, longest = _entries()
    n = len(text)
    best: list[tuple[int, list] | None] = [None] * (n + 1)
    best[n] = (0, [])
    for i in range(n - 1, -1, -1):
        options = []
        for size in range(min(longest, n - i), 0, -1):
            piece = text[i:i + size]
            entry = entries.get(piece)
            rest = best[i + size]
            if rest is None:
                continue
            if entry is not None and entry.role in NOUNS + ("modifier", "after", "head", "skip"):
                options.append((rest[0] + 1, -size, [entry] + rest[1]))
            elif piece in LIST_SEPARATORS and 0 < i and i + size < n:
                options.append((rest[0] + 1, -size, [_SEP] + rest[1]))
        if options:
            count, _, pieces = min(options, key=lambda o: (o[0], o[1]))
            best[i] = (count, pieces)
    return best[0][1] if best[0] else None


def _bare(entry: Entry) -> str:
    """A head's English without its complement: 'value added of {}' → 'value added'."""
    return re.sub(r"\s*\b(of|in|by|for|from)?\s*\{\}\s*", " ", entry.en).strip()


def _attributive(entry: Entry) -> str:
    """A field noun before another noun: its `attr`, else its singular (new-energy vehicles → new-energy vehicle)."""
    if entry.attr:
        return entry.attr
    words = entry.en.removeprefix("the ").split(" ")
    return " ".join(words[:-1] + [singular(words[-1])])


def _phrase(pieces: list[Entry], np: str | None = None) -> str | None:
    """Fold one phrase left to right (see the module's docstring), after `np` if given; None when a part has
    nothing to attach to."""
    field: Entry | None = None  # the last noun when it was a bare field that may modify the next noun
    pre: list[str] = []
    post: list[str] = []
    for entry in pieces:
        role = entry.role
        if role == "skip":
            continue
        if role == "modifier":
            pre.append(entry.en)
        elif role == "after":
            post.append(entry.en)
        elif role in NOUNS:
            if np is not None:
                if field is None or pre or post:
                    return None
                np = _attributive(field) + " " + entry.en
            else:
                np = " ".join(pre + [entry.en] + post)
            field = entry if role == "field" and not pre and not post and np == entry.en else None
            pre, post = [], []
        elif role == "head":
            if np is None:
                np = " ".join(pre + [_bare(entry)] + post)
            else:
                np = " ".join(pre + [entry.en.replace("{}", np)] + post)
            field, pre, post = None, [], []
        else:
            return None
    if np is not None and post and not pre:  # a qualifier after the noun in Chinese too: 家禽出栏
        np, post = np + " " + " ".join(post), []
    if np is None or pre or post:
        return None
    return np
