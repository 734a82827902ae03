"""Which view each figure gets, decided from its kind alone (no Qt here, nothing pack-specific).

- quantities of one group sharing a unit (two or more) → one bar chart (targets drawn as targets);
- shares when one of them has a `from` → a from→to comparison chart;
- everything else (ranks, changes, lone quantities, shares without `from`) → a card.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Item:
    kind: str  # "bars" | "shares" | "card"
    figures: list = field(default_factory=list)


def plan_group(figures: list) -> list[Item]:
    """Charts first (in order of first appearance), then cards in pack order."""
    by_unit: dict[str, list] = {}
    for fig in figures:
        if fig.type == "quantity":
            by_unit.setdefault(fig.unit, []).append(fig)
    shares = [f for f in figures if f.type == "share"]
    charted: set[str] = set()
    charts: list[Item] = []
    for fig in figures:
        if fig.id in charted:
            continue
        if fig.type == "quantity" and len(by_unit[fig.unit]) >= 2:
            charts.append(Item("bars", by_unit[fig.unit]))
            charted.update(f.id for f in by_unit[fig.unit])
        elif fig.type == "share" and any(s.from_ for s in shares):
            charts.append(Item("shares", shares))
            charted.update(s.id for s in shares)
    cards = [Item("card", [f]) for f in figures if f.id not in charted]
    return charts + cards


def plan_loose(figures: list) -> list[Item]:
    """Figures outside any group: a share with `from` still gets its comparison chart."""
    items = []
    for fig in figures:
        items.append(Item("shares", [fig]) if fig.type == "share" and fig.from_ else Item("card", [fig]))
    return [i for i in items if i.kind != "card"] + [i for i in items if i.kind == "card"]
