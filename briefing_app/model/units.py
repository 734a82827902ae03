"""Chinese units as the article writes them, and their correct English form.

A unit is an optional magnitude prefix (万, 亿, 万亿) followed by either a measure the formatter
converts (亩, 平方米, 元, 美元, 千瓦时, %, 标准箱…) or a counter (家, 个, 片/月…) whose English noun
depends on what is counted and so comes from the pack (`unit_en`). The prefix is a multiplier for
EVERY unit: 4万片/月 is 40,000 wafers a month, 8.6亿美元 is USD 860 million.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

#: Chinese magnitude prefixes used in front of a base unit, longest first (万亿 before 万).
MAGNITUDES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}


@dataclass(frozen=True)
class Measure:
    base: str  # the Chinese base unit, e.g. 平方米
    en: str  # English symbol or noun
    currency: bool = False  # written in front of the number: CNY 19.6 billion


MEASURES = {
    "平方米": Measure("平方米", "m²"),
    "平方公里": Measure("平方公里", "km²"),
    "公里": Measure("公里", "km"),
    "立方米": Measure("立方米", "m³"),
    "元": Measure("元", "CNY", currency=True),
    "美元": Measure("美元", "USD", currency=True),
    "港元": Measure("港元", "HKD", currency=True),
    "欧元": Measure("欧元", "EUR", currency=True),
    "亩": Measure("亩", "mu"),
    "公顷": Measure("公顷", "ha"),
    "%": Measure("%", "%"),
    "‰": Measure("‰", "per 1,000"),  # 出生率6.83‰: 6.83 per 1,000
    "千瓦": Measure("千瓦", "kW"),
    "兆瓦": Measure("兆瓦", "MW"),
    "千瓦时": Measure("千瓦时", "kWh"),
    "吨": Measure("吨", "tonnes"),
    "标准箱": Measure("标准箱", "TEU"),
}

#: One mu is exactly 1/15 of a hectare (666.67 m²).
HECTARES_PER_MU = Decimal(1) / Decimal(15)


@dataclass(frozen=True)
class Unit:
    """A unit split into its multiplier and what is measured or counted."""

    factor: Decimal  # 1, 10⁴, 10⁸ or 10¹²
    base: str  # the Chinese unit without its prefix: 平方米, 片/月, 家 ('' for a bare 万)
    measure: Measure | None  # None for a counter: its English noun is the pack's unit_en


def parse_unit(unit: str) -> Unit:
    """`万平方米` → (10⁴, 平方米, m²); `万片/月` → (10⁴, 片/月, counter); `家` → (1, 家, counter)."""
    if unit in MEASURES:
        return Unit(Decimal(1), unit, MEASURES[unit])
    for prefix, factor in MAGNITUDES.items():
        if unit.startswith(prefix):
            base = unit[len(prefix):]
            return Unit(factor, base, MEASURES.get(base))
    return Unit(Decimal(1), unit, None)


def needs_english_noun(unit: str) -> bool:
    return parse_unit(unit).measure is None


#: Words that begin what follows a noun phrase's head (wafers a month, sets of equipment, beds per 1,000…).
_AFTER_HEAD = {"a", "an", "per", "of", "in", "for", "on", "at", "to", "with", "from", "by", "each", "every"}


def singular(noun: str) -> str:
    """The singular of an English unit noun, for a count of exactly one: firms → firm, working days → working day,
    wafers a month → wafer a month, sets of equipment → set of equipment, people → person. The head is the last
    word before what follows it; words inflect does not know stay as given."""
    words = noun.split(" ")
    end = next((i for i, w in enumerate(words) if i and w in _AFTER_HEAD), len(words))
    head = words[end - 1]
    one = _inflect().singular_noun(head) if head.isalpha() and head.islower() else False
    return " ".join(words[:end - 1] + [one or head] + words[end:])


def _inflect():
    global _ENGINE
    if _ENGINE is None:
        import inflect  # a well-kept English inflection library; imported on first use (~50 ms)

        _ENGINE = inflect.engine()
    return _ENGINE


_ENGINE = None
