"""The best English suggestion for a Chinese text, with where it comes from:

1. "glossary": the whole text is a termbase (or glossary) entry;
2. "from X.yaml": the same Chinese already has English in pack X of the Library (translation memory);
3. "composed": built from termbase entries only (compose.py); "composed, romanised 川城区" when a place name
   in it is romanised (places.py), and "romanised" for a place name on its own (a scope, a place entity);
4. "from X.yaml, adapted": a fuzzy memory match whose differing parts are termbase entries, swapped;
5. "from X.yaml, adapted, romanised 朔原" / "…, adapted, years": a fuzzy memory match that differs only in the
   pack's own place name and years, both swapped;
6. "from X.yaml, 82% match": a fuzzy memory match kept as it was, the differing part marked, to edit.

The first three are `sure` (every part covered) unless a name was romanised: `draft` writes the sure ones;
the others only a person accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Pack
from ..model.glossary import counted_noun, counter, term
from ..model.untranslated import UNTRANSLATED
from .compose import composition, normal, sentence_case
from .memory import Memory, Unit, differing_regions
from .places import SUFFIXES, pinyin, romanise, stem_of
from .texts import Text, get


@dataclass(frozen=True)
class Suggestion:
    en: str
    origin: str
    sure: bool  # every part covered (glossary, an exact memory match, composed): no guess in it
    note: str = ""  # a fuzzy match's Chinese with the differing part marked: 【全年→上半年】规模以上…


class Suggester:
    def __init__(self, memory: Memory | None = None, places: dict[str, str] | None = None,
                 place_names: tuple[str, ...] = (), scopes: tuple[str, ...] = ()):
        """`places`: the pack's place names with their English; `place_names`: every name the pack says is a
        place (its scopes and place entities, translated or not), which may be romanised; `scopes`: the
        places the pack is about, whose names are names whatever their stem (栖川 of 栖川市, 栖川港)."""
        self.memory = memory or Memory([])
        self.places = dict(places or {})
        self.place_names = frozenset(place_names)
        self.known_stems = frozenset(stem_of(n) for n in scopes)

    @classmethod
    def for_pack(cls, pack: Pack, library: list[Pack] = ()) -> "Suggester":
        """Suggestions for `pack`: its own English so far and the Library's packs as memory, its scopes' and
        place entities' English as place names."""
        named = [*pack.data.scopes.values(), *(e.name for e in pack.data.entities if e.kind == "place")]
        places = {s.zh: s.en for s in named if s.en != UNTRANSLATED}
        others = [p for p in library if p.path.resolve() != pack.path.resolve()]
        return cls(Memory.from_packs([pack, *others]), places, tuple(s.zh for s in named),
                   tuple(s.zh for s in pack.data.scopes.values()))

    def learn(self, zh: str, en: str, source: str) -> None:
        """Remember an accepted English (the next identical Chinese gets it as an exact match)."""
        self.memory.add(Unit(zh, en, source))

    def suggest(self, zh: str) -> Suggestion | None:
        whole = composition(zh, self.places) if _is_entry(zh) else None
        if whole or term(zh.strip()):
            return Suggestion(whole.en if whole else sentence_case(term(zh.strip())), "glossary", True)
        unit = self.memory.exact(zh)
        if unit is not None:
            return Suggestion(unit.en, f"from {unit.source}", True)
        if zh.strip() in self.place_names:  # a scope's or place entity's name, romanised as a whole
            name = romanise(zh.strip(), self.known_stems)
            if name:
                return Suggestion(name, "romanised", False)
        composed = composition(zh, self.places, self.known_stems)
        if composed and composed.romanised:
            return Suggestion(composed.en, "composed, romanised " + "、".join(composed.romanised), False)
        if composed:
            return Suggestion(composed.en, "composed", True)
        match = self.memory.fuzzy(zh)
        if match is not None and match.adapted:
            return Suggestion(match.adapted, f"from {match.unit.source}, adapted", False, match.marked)
        renamed = self._renamed(match, zh) if match is not None else None
        if renamed:
            english, name = renamed
            return Suggestion(english, f"from {match.unit.source}, adapted, " + (f"romanised {name}" if name else "years"),
                              False, match.marked)
        if match is not None and not any(_NUMERAL.search(old + new) for old, new in match.changes):
            return Suggestion(match.unit.en, f"from {match.unit.source}, {match.score:.0f}% match", False,
                              match.marked)
        return None  # a match whose difference is a number (三大 for 六大, 4A级) would put another number in the label

    def _renamed(self, match, zh: str) -> tuple[str, str] | None:
        """(English, name) of a fuzzy match that differs only in the pack's own place name and in years
        (澄川市2024年…公报 for 朔原市2025年…公报): the other place's romanised name and the years swapped in its
        English, all at once; None when anything else differs or the English does not hold what it swaps."""
        key, query = normal(match.unit.zh), normal(zh)
        swaps: dict[str, str] = {}
        name = ""
        for a0, a1, b0, b1 in differing_regions(key, query):
            if a1 - a0 != b1 - b0:
                return None  # so far every difference kept its length: the key's part stands where the query's does
            year = _within(query, b0, b1, _YEARS)
            stem = next((s for s in self.known_stems if _within(query, b0, b1, re.compile(re.escape(s)))), None)
            if year is not None:
                swaps[key[year[0]:year[1]]] = query[year[0]:year[1]]
            elif stem is not None:
                at = query.find(stem)
                swaps[pinyin(key[at:at + len(stem)])] = self._stem_english(stem)
                name = stem
            else:
                return None
        if not swaps or not all(old in match.unit.en for old in swaps):
            return None
        english = re.sub("|".join(map(re.escape, swaps)), lambda m: swaps[m.group()], match.unit.en)
        return english, name

    def _stem_english(self, stem: str) -> str:
        """A place name's stem in English: as the pack writes the place (呼和浩特市 "Hohhot City" → Hohhot), else
        in Pinyin."""
        for zh, en in self.places.items():
            suffix = dict(SUFFIXES).get(zh[len(stem):]) if zh.startswith(stem) else None
            if suffix and en.endswith(" " + suffix):
                return en[:-len(suffix) - 1]
        return pinyin(stem)

    def suggest_text(self, pack: Pack, text: Text) -> Suggestion | None:
        """The suggestion for one untranslated text of `pack` (a counted noun from its figure's label)."""
        if text.loc[-1] == "unit_en":
            figure = get(pack.data, text.owner)
            base = text.zh.removeprefix("万亿").removeprefix("亿").removeprefix("万")
            noun = counter(base) or counted_noun(figure.label.zh)
            return Suggestion(noun, "glossary", True) if noun else None
        return self.suggest(text.zh)


_YEARS = re.compile(r"(?:19|20)\d\d")
#: Digits and Chinese numerals: a close match that differs in one says another number.
_NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿两]")


def _within(text: str, start: int, end: int, pattern: re.Pattern) -> tuple[int, int] | None:
    """The span of a match of `pattern` in `text` holding [start, end), or None."""
    return next(((m.start(), m.end()) for m in pattern.finditer(text) if m.start() <= start and end <= m.end()), None)


def _is_entry(zh: str) -> bool:
    from .compose import _entries

    entry = _entries()[0].get(normal(zh))
    return entry is not None and entry.role not in ("period", "area", "unit")


__all__ = ["Suggester", "Suggestion", "sentence_case"]
