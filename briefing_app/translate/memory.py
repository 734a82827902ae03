"""A translation memory: every {zh, en} pair of the Library's packs (and the bundled one), found exactly or
fuzzily (rapidfuzz), with the part of the Chinese that differs marked.

A fuzzy match keeps the stored English, so it is only a suggestion to edit; when every differing part is a
termbase entry whose English appears in the stored English, that English is swapped for the new entry's
("adapted", e.g. 全年 → 上半年: "for the year" → "in the first half of the year").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ..model.glossary import termbase
from ..model.untranslated import UNTRANSLATED
from .compose import headed, normal, sentence_case
from .places import FACILITIES, SUFFIXES

#: A fuzzy match below this similarity (0-100, rapidfuzz's normalised Indel ratio) is not offered: below it, on
#: labels of 6-12 characters, the stored English is more often about something else than a start to edit.
FUZZY_CUTOFF = 80


@dataclass(frozen=True)
class Unit:
    zh: str
    en: str
    source: str  # the pack file's name


@dataclass(frozen=True)
class FuzzyMatch:
    unit: Unit
    score: float
    changes: tuple[tuple[str, str], ...]  # (stored Chinese part, new Chinese part) for each difference
    adapted: str | None = None  # the stored English with every difference swapped through the termbase
    marked: str = ""  # the new Chinese with each differing part as 【stored→new】: 【全年→上半年】规模以上…


def pairs(data: BaseModel):
    """Every (zh, en) a pack states in both languages: {zh, en} texts and the article's title/title_en."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, BaseModel):
            fields = type(node).model_fields
            if "zh" in fields and "en" in fields:
                yield node.zh, node.en
                continue
            if "title_en" in fields:
                yield node.title, node.title_en
            stack.extend(getattr(node, name) for name in fields)
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


class Memory:
    def __init__(self, units: Iterable[Unit]):
        """Where the Library translated one Chinese text differently, the English most of its packs use is
        remembered (the first pack listed wins a tie: the pack being translated comes first)."""
        found: dict[str, list[Unit]] = {}
        for unit in units:
            if unit.en != UNTRANSLATED and unit.zh.strip():
                found.setdefault(normal(unit.zh), []).append(unit)
        self.exact_units: dict[str, Unit] = {}
        for key, options in found.items():
            votes = Counter(u.en for u in options)
            self.exact_units[key] = next(u for u in options if votes[u.en] == max(votes.values()))
        self.keys = list(self.exact_units)

    @classmethod
    def from_packs(cls, packs) -> "Memory":
        """From loaded packs (model.Pack); the pack's file name is each unit's source."""
        return cls(Unit(zh, en, pack.path.name) for pack in packs for zh, en in pairs(pack.data))

    def add(self, unit: Unit) -> None:
        key = normal(unit.zh)
        if key and key not in self.exact_units and unit.en != UNTRANSLATED:
            self.exact_units[key] = unit
            self.keys.append(key)

    def __len__(self) -> int:
        return len(self.keys)

    def exact(self, zh: str) -> Unit | None:
        return self.exact_units.get(normal(zh))

    def fuzzy(self, zh: str, cutoff: float = FUZZY_CUTOFF) -> FuzzyMatch | None:
        query = normal(zh)
        if not self.keys or not query:
            return None
        for key, score, _ in process.extract(query, self.keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5):
            match = self._match(key, score, query)
            if match.adapted or _kind(key) == _kind(query):
                return match
        return None  # only matches of another kind: a level as a change (投资额 "Investment growth"), a count as a rate

    def _match(self, key: str, score: float, query: str) -> FuzzyMatch:
        regions = differing_regions(key, query)
        changes = tuple((key[a0:a1], query[b0:b1]) for a0, a1, b0, b1 in regions)
        marked, at = [], 0
        for a0, a1, b0, b1 in regions:
            marked += [query[at:b0], f"【{key[a0:a1]}→{query[b0:b1]}】"]
            at = b1
        unit = self.exact_units[key]
        adapted = _adapt(unit.en, changes) or _headed_after(unit.en, key, query)
        return FuzzyMatch(unit, score, changes, adapted, "".join(marked) + query[at:])


#: Heads that name a change of what precedes them, and those that name a share, rank or rise of it.
CHANGES = ("growth in", "change in")
MEASURES_OF = (*CHANGES, "share of", "rank by", "rise in", "net increase in")


def _ends_in_head(text: str, starts: tuple[str, ...]) -> bool:
    """The text ends in a termbase head whose English starts with one of `starts` (增长 "growth in {}")."""
    entries = termbase()
    ends = (entries.get(text[i:]) for i in range(len(text) - 1))
    return any(e is not None and e.role == "head" and e.en.startswith(starts) for e in ends)


def _kind(text: str) -> tuple[bool, bool]:
    """What a text's value is, as far as its words say: a change (增长, 下降, 提高…) or a level, a rate (…率) or not."""
    return _ends_in_head(text, CHANGES), "率" in text


def differing_regions(key: str, query: str) -> list[tuple[int, int, int, int]]:
    """The differing stretches (key start, end, query start, end), adjacent ones merged and each widened over
    the characters both share until both sides are termbase entries, when that is possible (全/上半 + 年 →
    全年/上半年), so a difference is shown, and adapted, as whole words."""
    spans: list[list[int]] = []
    for tag, a0, a1, b0, b1 in Levenshtein.opcodes(key, query).as_list():
        if tag == "equal":
            continue
        if spans and spans[-1][1] == a0 and spans[-1][3] == b0:
            spans[-1][1], spans[-1][3] = a1, b1
        else:
            spans.append([a0, a1, b0, b1])
    entries = termbase()
    out = []
    for a0, a1, b0, b1 in spans:
        best = (a0, a1, b0, b1)
        for left in range(0, 4):
            for right in range(0, 4):
                if a0 - left < 0 or b0 - left < 0 or a1 + right > len(key) or b1 + right > len(query):
                    continue
                if key[a0 - left:a0] != query[b0 - left:b0] or key[a1:a1 + right] != query[b1:b1 + right]:
                    continue
                if key[a0 - left:a1 + right] in entries and query[b0 - left:b1 + right] in entries:
                    best = (a0 - left, a1 + right, b0 - left, b1 + right)
                    break
            else:
                continue
            break
        out.append(best)
    return out


def _headed_after(english: str, key: str, query: str) -> str | None:
    """The stored English under the head the new text adds after it (接待游客 "Tourists received" + 增长 →
    "Growth in tourists received"), when the stored text is a plain noun phrase with no head of its own."""
    entries = termbase()
    head = entries.get(query[len(key):]) if query.startswith(key) else None
    if head is None or head.role != "head" or "," in english or "(" in english:
        return None
    if key.endswith("率") or _ends_in_head(key, MEASURES_OF):
        return None  # the stored text already names a change, share or rate of something
    words = english.split(" ")
    named = len(words) > 1 and words[1] in _PLACE_WORDS  # Shuoyuan Port, Chuancheng District: a name keeps its case
    acronym = words[0].isupper() or any(c.isupper() for c in words[0][1:])
    np = english if named or acronym else english[:1].lower() + english[1:]
    return sentence_case(headed(head, np, None))


#: The English of administrative suffixes and facilities, the word after a romanised name.
_PLACE_WORDS = frozenset(w for _, en in SUFFIXES + FACILITIES for w in en.split()[:1])


def _adapt(english: str, changes) -> str | None:
    """The stored English with each changed part swapped for the new part's termbase English, or None."""
    entries = termbase()
    out = english
    for old, new in changes:
        a, b = entries.get(old), entries.get(new)
        if a is None or b is None or a.role != b.role:
            return None
        if a.en == b.en:  # 增长 and 下降 name the same thing in a label ("growth"): nothing to swap
            continue
        old_en, new_en = (a.en.replace("{}", "").strip(), b.en.replace("{}", "").strip())
        if not old_en and a.role == "period":  # the report's own period, unsaid: the new one is added
            out = b.en.replace("{}", out)
            continue
        at = out.lower().find(old_en.lower())
        if not old_en or at < 0:
            return None
        out = out[:at] + new_en + out[at + len(old_en):]
    return sentence_case(out)
