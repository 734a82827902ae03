"""The series of a Library: every `series` key its packs name, each built on demand (deck/series.py), and
the key to propose for a new figure.

The figures naming a key are gathered once when the Library is indexed; a series is then built from its own
figures only, so asking for one over 100 packs takes milliseconds (bench/library_search.py measures it).

A proposal matches an indicator by what it is, never by how its id is spelled: the same label (without the
year, 全年/年末/全市-style words or a parenthesis, and for a change without its verb), the same unit family
(万元 and 亿元 are one; a growth rate is not a level) and the same scope (its name, in Chinese).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..deck.series import Series, family, series_from
from ..model.units import parse_unit
from .catalogue import PackEntry

_NOISE = re.compile(r"\s+|（[^）]*）|\([^)]*\)|\d{4}年(?:末|底)?|^(?:年末|年底|全年|本年|今年|上年|截至)+"
                    r"|^(?:全市|全区|全县|全省|全国|全镇|市区)")
_VERBS = re.compile(r"(?:比上年|同比)?(?:增长|下降|增加|减少|提高|降低|回落|上升|上涨|下跌|增速|增幅|降幅)$")


def indicator_name(label: str, kind: str) -> str:
    """A label reduced to the indicator it names: 年末全市常住人口 → 常住人口; 2023年地区生产总值（最终核实）→
    地区生产总值; for a change, 固定资产投资下降 → 固定资产投资."""
    name = label
    for _ in range(3):  # 年末全市…: the leading words come in any order
        name = _NOISE.sub("", name)
    if kind == "change":
        name = _VERBS.sub("", name)
    return name.casefold()


def indicator(kind: str, label: str, unit: str | None, scope: str, of: str = "") -> tuple:
    """What makes two figures the same indicator (see the module's docstring)."""
    base = parse_unit(unit).base if unit else ""
    return indicator_name(label, kind), kind, base, of if kind == "share" else "", scope


def source_keys(entries: list[PackEntry]) -> list[tuple[str, PackEntry]]:
    """A short, unique name for each loaded pack, used in figure ids (`qingcen-2024:gdp`): its pack id."""
    out, seen = [], set()
    for entry in entries:
        if entry.pack is None:
            continue
        key, n = entry.pack.data.id, 2
        while key in seen:
            key, n = f"{entry.pack.data.id}-{n}", n + 1
        seen.add(key)
        out.append((key, entry))
    return out


@dataclass(frozen=True)
class Proposal:
    key: str
    existing: bool  # the Library's figures already use this key (else it is the matching figure's id)
    matches: tuple[tuple[Path, str], ...]  # (pack file, figure id) of the figures it matches


class SeriesIndex:
    """Every series named in the Library, and every figure by indicator (for proposals)."""

    def __init__(self, entries: list[PackEntry]):
        self.sources = source_keys(entries)
        self.found: dict[str, list] = {}  # key → [(order, source, pack, figure)]
        self.indicators: dict[tuple, list] = {}  # indicator → [(entry, figure)]
        for order, (source, entry) in enumerate(self.sources):
            pack = entry.pack
            for fig in pack.data.figures:
                if fig.series:
                    self.found.setdefault(fig.series, []).append((order, source, pack, fig))
                ident = indicator(fig.type, fig.label.zh, getattr(fig, "unit", None), pack.data.scopes[fig.scope].zh,
                                  family(fig)[2])
                self.indicators.setdefault(ident, []).append((entry, fig))

    def keys(self) -> list[tuple[str, int]]:
        """(key, number of figures) of every series, by key."""
        return sorted((key, len(found)) for key, found in self.found.items())

    def label(self, key: str, lang: str) -> str:
        """The indicator's name without building its series: the label of its latest figure (latest period,
        then latest article), as `Series.label` gives it for an ordinary series."""
        _order, _source, _pack, fig = max(self.found[key], key=lambda f: (f[3].period.sort_key,
                                                                          f[2].data.article.year, f[0]))
        return fig.label(lang)

    def series(self, key: str) -> Series | None:
        found = self.found.get(key)
        return series_from(key, found) if found else None

    def propose(self, kind: str, label: str, unit: str | None, scope: str, of: str = "",
                exclude: Path | None = None, skip: tuple[Path, str] | None = None) -> Proposal | None:
        """The series key for a figure of this indicator: the key its matches use (the most used), else the
        id of the figure it matches (a new key); None when the Library has no such indicator. Figures of the
        pack `exclude` (a draft of the same article) and the figure `skip` (pack, id: the one being edited)
        do not count."""
        ident = indicator(kind, label, unit, scope, of)
        if not ident[0]:
            return None
        gone = Path(exclude).resolve() if exclude is not None else None
        matches = [(e, f) for e, f in self.indicators.get(ident, [])
                   if e.path.resolve() != gone
                   and not (skip and f.id == skip[1] and e.path.resolve() == Path(skip[0]).resolve())]
        if not matches:
            return None
        keys = [f.series for _e, f in matches if f.series]
        where = tuple((e.path, f.id) for e, f in matches)
        if keys:
            return Proposal(max(dict.fromkeys(keys), key=keys.count), True, where)
        return Proposal(matches[-1][1].id, False, where)
