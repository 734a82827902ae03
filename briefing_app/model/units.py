"""Chinese units as the article writes them, and their correct English form.

A unit is either a measure the formatter converts (亩, 万平方米, 亿元, %) or a counter (家, 个, 项…)
whose English noun depends on what is counted and so comes from the pack (`unit_en`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: Chinese magnitude prefixes used in front of a base unit.
MAGNITUDES = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}


@dataclass(frozen=True)
class Measure:
    base: str  # the Chinese base unit, e.g. 平方米
    en: str  # English symbol or noun
    currency: bool = False  # written in front of the number: CNY 19.6 billion


MEASURES = {
    "平方米": Measure("平方米", "m²"),
    "元": Measure("元", "CNY", currency=True),
    "亩": Measure("亩", "mu"),
    "公顷": Measure("公顷", "ha"),
    "%": Measure("%", "%"),
    "千瓦": Measure("千瓦", "kW"),
}

#: One mu is exactly 1/15 of a hectare (666.67 m²).
HECTARES_PER_MU = Decimal(1) / Decimal(15)


def split_unit(unit: str) -> tuple[Decimal, Measure] | None:
    """`万平方米` → (10000, 平方米); None for a counter such as 家."""
    if unit in MEASURES:
        return Decimal(1), MEASURES[unit]
    if unit[:1] in MAGNITUDES and unit[1:] in MEASURES:
        return MAGNITUDES[unit[0]], MEASURES[unit[1:]]
    return None


def needs_english_noun(unit: str) -> bool:
    return split_unit(unit) is None
