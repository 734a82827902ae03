"""How close a draft comes to a pack a person made for the same article.

A hand-made figure is found when a drafted figure has the same value and unit and its quote overlaps
the hand-made quote in the article. Of those found, the kind (quantity, rank, share, change) and the
qualifier (约/余/多…, plan word and target year, 并列, from→to, direction) must also agree, and the period is
counted apart. Derived figures are left out: their values are computed, not written in the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Score:
    hand: int  # hand-made figures that state a number of the article
    drafted: int
    found: int  # hand-made figures the draft has (value, unit, overlapping quote)
    right: int  # of those, with the same kind and qualifier
    missed: list[str] = field(default_factory=list)  # hand-made figures the draft lacks
    wrong: list[str] = field(default_factory=list)  # found, but kind or qualifier differ
    period_right: int = 0  # of those found, with the same period
    period_wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.hand if self.hand else 1.0

    @property
    def kind_and_qualifier(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.drafted if self.drafted else 1.0

    def __str__(self) -> str:
        return (f"recall {self.found}/{self.hand} = {self.recall:.1%}; kind and qualifier right "
                f"{self.right}/{self.found} = {self.kind_and_qualifier:.1%}; "
                f"period right {self.period_right}/{self.found}; "
                f"{self.drafted} drafted, {self.precision:.1%} of them in the hand-made pack")


def _key(fig) -> tuple:
    unit = getattr(fig, "unit", None)
    if fig.type == "share":  # a percentage share is the same number as a percentage quantity
        return (float(fig.value), "%") if fig.unit == "%" else (fig.fraction, None)
    if fig.value is None or isinstance(fig.value, str):  # 前列; a ratio as written (4.2:38.5:57.3)
        return fig.value, None
    return float(fig.value), unit


def _spans(article: str, quote: str) -> list[tuple[int, int]]:
    spans, start = [], article.find(quote)
    while start >= 0:
        spans.append((start, start + len(quote)))
        start = article.find(quote, start + 1)
    return spans


def _overlap(article: str, a: str, b: str) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in _spans(article, a) for y0, y1 in _spans(article, b))


def _qualifier(fig) -> tuple:
    """Everything that says what kind of number it is besides its value: 约/余…, plan word and target
    year (a result shown as a target misinforms as much as a dropped 约), 并列, from, direction."""
    plan = (getattr(fig, "plan", None), getattr(fig, "target_year", None))
    qualifier = getattr(fig, "qualifier", "exact")
    if fig.type == "quantity":
        return fig.qualifier, *plan, getattr(fig, "from_", None)
    if fig.type == "rank":
        return fig.tied, *plan
    if fig.type == "share":
        return fig.from_, fig.rose, qualifier, *plan
    return getattr(fig, "direction", None), qualifier, *plan


def matches(drafted, hand, article: str):
    """(hand-made figure, its drafted figure or None) for every hand-made figure that is not derived."""
    unused = list(drafted)
    for fig in hand:
        if fig.derived is not None:
            continue
        match = next((d for d in unused if _key(d) == _key(fig) and _overlap(article, d.quote, fig.quote)), None)
        if match is not None:
            unused.remove(match)
        yield fig, match


def compare(drafted, hand, article: str) -> Score:
    """Score drafted figures against hand-made ones (both lists of schema figures)."""
    score = Score(hand=sum(f.derived is None for f in hand), drafted=len(drafted), found=0, right=0)
    for fig, match in matches(drafted, hand, article):
        if match is None:
            score.missed.append(f"{fig.id}: {fig.quote}")
            continue
        score.found += 1
        if match.period == fig.period:
            score.period_right += 1
        else:
            score.period_wrong.append(f"{fig.id}: drafted {match.period.model_dump(exclude_none=True)}, "
                                      f"hand-made {fig.period.model_dump(exclude_none=True)}")
        if match.type == fig.type and _qualifier(match) == _qualifier(fig):
            score.right += 1
        else:
            score.wrong.append(f"{fig.id}: drafted {match.type} {_qualifier(match)}, "
                               f"hand-made {fig.type} {_qualifier(fig)}")
    return score
