"""The Chinese words a deck keeps whole at line breaks: the pack's own vocabulary and the shared glossary's.

Entity and place names, regions, section, group and matrix headings and scopes are the words a briefing
repeats; the glossary adds the recurring terms (科创走廊, 专精特新…). No segmentation library: its dictionary
load would cost every export and app start far more than this (a few hundred words, well under 1 ms).
"""

from __future__ import annotations

from ..model.format import contribution_word
from ..model.glossary import zh_terms
from ..typography.words import words_of


def pack_words(pack) -> frozenset[str]:
    """The words of a pack's own vocabulary and of the shared glossary."""
    d = pack.data
    texts = [s.title.zh for s in d.sections] + [g.title.zh for g in d.groups] + [e.name.zh for e in d.entities]
    texts += [scope.zh for scope in d.scopes.values()]
    if d.map is not None:
        texts += [p.name.zh for p in d.map.places] + [p.region.zh for p in d.map.places]
    for m in d.matrices:
        texts += [r.zh for r in m.rows] + [c.zh for c in m.columns]
    texts += [w for f in d.figures for w in statistics_words(f)]
    return words_of(texts + zh_terms())


def statistics_words(fig) -> list[str]:
    """The words a statistics figure's value is made of (上涨, 高于全省, 对经济增长贡献率, 每千常住人口, 比年初):
    a card's value never breaks inside them."""
    words = [getattr(fig, "word", None)] + [pair.zh for pair in (getattr(fig, k, None) for k in
                                                                 ("than", "to", "per", "base")) if pair is not None]
    words += [p.zh for p in getattr(fig, "parts", None) or ()]
    if fig.type == "contribution":
        words.append(contribution_word(fig))
    return [w for w in words if w]
