"""Which view each figure gets, decided from its kind alone (no Qt here, nothing pack-specific).

- quantities of one group sharing a unit (and what a rate is per; two or more) → one bar chart (targets drawn
  as targets);
- shares when one of them has a `from` → a from→to comparison chart;
- a ratio whose named parts add up to 100 (a composition) → a chart of its parts;
- everything else (ranks, changes, margins, contributions, other ratios, lone quantities, shares without
  `from`) → a card.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model.format import unit_key
from .chart_spec import is_composition


@dataclass
class Item:
    kind: str  # "bars" | "shares" | "composition" | "card"
    figures: list = field(default_factory=list)


def plan_group(figures: list) -> list[Item]:
    """Charts first (in order of first appearance), then cards in pack order."""
    by_unit: dict[tuple, list] = {}
    for fig in figures:
        if fig.type == "quantity":
            by_unit.setdefault(unit_key(fig), []).append(fig)
    shares = [f for f in figures if f.type == "share"]
    charted: set[str] = set()
    charts: list[Item] = []
    for fig in figures:
        if fig.id in charted:
            continue
        if fig.type == "quantity" and len(by_unit[unit_key(fig)]) >= 2:
            charts.append(Item("bars", by_unit[unit_key(fig)]))
            charted.update(f.id for f in by_unit[unit_key(fig)])
        elif fig.type == "share" and any(s.from_ is not None for s in shares):
            charts.append(Item("shares", shares))
            charted.update(s.id for s in shares)
        elif is_composition(fig):
            charts.append(Item("composition", [fig]))
            charted.add(fig.id)
    cards = [Item("card", [f]) for f in figures if f.id not in charted]
    return charts + cards


def plan_loose(figures: list) -> list[Item]:
    """Figures outside any group: a share with `from` still gets its comparison chart, a composition its parts."""
    items = []
    for fig in figures:
        if fig.type == "share" and fig.from_ is not None:
            items.append(Item("shares", [fig]))
        elif is_composition(fig):
            items.append(Item("composition", [fig]))
        else:
            items.append(Item("card", [fig]))
    return [i for i in items if i.kind != "card"] + [i for i in items if i.kind == "card"]
