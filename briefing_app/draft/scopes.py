"""Who the figures are about: the document's own place (the one its title or publisher names; else the
district or city it names most) and a collective it counts (九城市, 三省…), found from how the article names
them. 全市 in a city's bulletin is the city."""

from __future__ import annotations

import re
from collections import Counter

from ..model.glossary import termbase
from .frame import level_of

_NOT_NAMES = set("全本该各城园社政范发新我贵此其每两一二三四五六七八九十")
_LEVEL = {"区": 0, "县": 0, "镇": 0, "市": 1, "州": 1, "省": 2}
_COLLECTIVE = re.compile(r"([两二三四五六七八九十]+)(城市|个城市|地市|省市|城|市|省)")


def main_place(text: str) -> tuple[str, str] | None:
    """(bare name, full name) of the place the article is about: 松江, 松江区."""
    counts: Counter = Counter()
    full: dict[str, str] = {}
    for m in re.finditer(r"[区县镇市州省](?![场域间份值民])", text):  # not 市场, 区域, 区间, 省份, 市值, 市民
        for size in (2, 3):
            name = text[max(0, m.start() - size): m.start()]
            if len(name) != size or not all("\u4e00" <= c <= "\u9fff" for c in name):
                continue
            if any(c in _NOT_NAMES for c in name) or name[0] in _LEVEL or _is_word(name):
                continue  # 全市…, 市地区 cut from 全市地区生产总值, 建成 of 建成区 (a built-up area)
            counts[name] = text.count(name)
            full.setdefault(name, name + m.group())
    if not counts:
        return None
    best = max(counts, key=lambda n: (counts[n] >= 3, -_LEVEL[full[n][-1]], counts[n], -len(n)))
    return best, full[best]


def _is_word(name: str) -> bool:
    """A word the termbase knows as something other than a place (建成 "built", 城区 "urban area")."""
    entry = termbase().get(name)
    return entry is not None and entry.role != "place"


def collective(text: str) -> str | None:
    """A counted group of places named at least twice (九城市), or None."""
    found = Counter(m.group() for m in _COLLECTIVE.finditer(text))
    named = [name for name, n in found.most_common() if n >= 2]
    return named[0] if named else None


def own_place(frame) -> tuple[str, str] | None:
    """(bare name, full name) of the place the document's frame names (its title or publisher): 南州, 南州市."""
    if frame is None or frame.place is None:
        return None
    return frame.place[:-len(level_of(frame.place))], frame.place
