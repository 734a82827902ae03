"""The one figure-wording policy, per language, used by every view, slide, note, chart and export.

zh keeps the article's form (1633家, 约196亿元, 230余场, 1500多个, 1/12→1/7, 下降4.1%); en converts units
and magnitudes (万/亿/万亿 multiply EVERY unit: 4万片/月 = 40,000 wafers a month, 8.6亿美元 = USD 860
million) and never drops a qualifier, plan word or target year (about CNY 19.6 billion, more than 230
events, target for 2026: …). English output never contains Chinese except names the pack gives only in
Chinese. Nothing here knows any particular place: denominators of shares come from the pack's `of`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..i18n import LANGS  # noqa: F401 (re-exported; defined in i18n so the CLI parser needs no model)
from .schema import Change, Period, Quantity, Rank, Share
from .units import HECTARES_PER_MU, MEASURES, parse_unit, singular

ZH_DIGITS = "零一二三四五六七八九"
MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
ORDINAL_EN = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
              9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
              15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
              20: "twentieth"}
CARDINAL_EN = "zero one two three four five six seven eight nine ten".split()
#: Plan words in English (a target or forecast, never shown like a result).
PLAN_EN = {"力争": "target", "计划": "planned", "将": "target", "预计": "expected", "目标": "target",
           "提出": "proposed", "争取": "target"}
#: Qualifier words in English: before the number in displays, as metadata in qualifier_text.
QUALIFIER_EN = {"约": "about", "近": "nearly", "余": "more than", "多": "more than", "以上": "more than",
                "超过": "more than", "突破": "more than", "逾": "more than"}
QUALIFIER_META_EN = {"exact": "exact", "约": "approximate", "近": "nearly"}
#: Where the qualifier word stands in the article's form: before the number, after it, or after the unit.
_BEFORE_NUMBER = ("约", "近", "超过", "突破", "逾")
_AFTER_NUMBER = ("余", "多")
_AFTER_UNIT = ("以上",)
#: Named denominators of a share.
SHARE_OF_EN = {"全国": "national total", "全省": "provincial total", "全市": "city total",
               "全区": "district total", "全球": "global total"}
_MAGNITUDE_WORDS = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def _decimal(value: int | float) -> Decimal:
    return Decimal(str(value))


def number_zh(value: int | float) -> str:
    """The digits as the article writes them: 1633, 6.79 (no grouping)."""
    return format(_decimal(value).normalize(), "f") if value != int(value) else str(int(value))


def number_en(value: int | float | Decimal, places: int | None = None) -> str:
    """Grouped digits: 1,633; 6.79; with `places`, rounded to that many decimals, trailing zeros dropped."""
    d = value if isinstance(value, Decimal) else _decimal(value)
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places))
    text = format(d, ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def zh_integer(n: int) -> str:
    """Small integers in Chinese numerals (1–99), as used in ranks and some counts: 九, 十六."""
    if not 0 < n < 100:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else ZH_DIGITS[tens] + "十")
    return head + (ZH_DIGITS[ones] if ones else "")


def magnitude(amount: Decimal) -> tuple[Decimal, str]:
    """The English scale word for an amount: (10⁶, 'million') for 4,860,000; (1, '') below a million."""
    for size, name in _MAGNITUDE_WORDS:
        if abs(amount) >= size:
            return size, name
    return Decimal(1), ""


def scaled_en(amount: Decimal) -> str:
    """4860000 → '4.86 million'; 40000 → '40,000'. Exact: no digit of the article is rounded away."""
    size, name = magnitude(amount)
    return f"{number_en(amount / size)} {name}" if name else number_en(amount)


def _hectares(mu: Decimal) -> str:
    ha = mu * HECTARES_PER_MU
    return number_en(ha, 0 if ha >= 100 else 1)


def fraction_en(text: str) -> str:
    """1/7 → one seventh; 2/5 → two fifths; 1/25 → 1/25 (no word form)."""
    f = Fraction(text)
    num, den = f.numerator, f.denominator
    if den not in ORDINAL_EN or num > 10:
        return text
    word = ORDINAL_EN[den] if num == 1 else ("halves" if den == 2 else ORDINAL_EN[den] + "s")
    return f"{CARDINAL_EN[num]} {word}"


def fraction_percent(text: str) -> str:
    """1/7 → '14.3%' (one decimal, for explaining a share chart's bar heights)."""
    f = Fraction(text)
    return number_en(Decimal(f.numerator * 100) / Decimal(f.denominator), 1) + "%"


# --- the amount of a quantity ------------------------------------------------------------------

def amount_en(value: int | float, unit: str, unit_en: str | None) -> str:
    """A number with its unit in English, magnitude applied: 4, 万片/月, wafers a month → 40,000 wafers a month;
    8.6, 亿美元 → USD 860 million; 35, 亩 → 35 mu ≈ 2.3 ha; 1, 个, centres → 1 centre."""
    parsed = parse_unit(unit)
    amount = _decimal(value) * parsed.factor
    measure = parsed.measure
    if measure is None:
        noun = unit_en or parsed.base
        return f"{scaled_en(amount)} {singular(noun) if amount == 1 else noun}"
    if measure.base == "%":
        return f"{number_en(_decimal(value))}%"
    if measure.base == "亩":
        return f"{scaled_en(amount)} mu ≈ {_hectares(amount)} ha"
    if measure.currency:
        return f"{measure.en} {scaled_en(amount)}"
    noun = singular(measure.en) if amount == 1 else measure.en
    return f"{scaled_en(amount)} {noun}"


def amount_zh(value: int | float, unit: str, qualifier: str = "exact", digits: str | None = None) -> str:
    """The article's own form of a number with unit and qualifier: 约196亿元, 230余场, 10家以上, 突破4万片.
    `digits` is how the article writes the number when it differs from number_zh (8.0 for 8)."""
    before = qualifier if qualifier in _BEFORE_NUMBER else ""
    after_number = qualifier if qualifier in _AFTER_NUMBER else ""
    after_unit = qualifier if qualifier in _AFTER_UNIT else ""
    return f"{before}{digits or number_zh(value)}{after_number}{unit}{after_unit}"


def digit_forms(value: int | float) -> list[str]:
    """How an article may write one number: 8 → 8, 8.0, 8.00; 2.5 → 2.5, 2.50, 2.500 (statistics keep zeros)."""
    plain = number_zh(value)
    point = "" if "." in plain else "."
    return [plain, f"{plain}{point}0", f"{plain}{point}00"]


def quoted_form(value: int | float, quote: str, make) -> str:
    """`make(digits)` for the first way of writing `value` that the quote contains; the plain form otherwise."""
    for digits in digit_forms(value):
        if make(digits) in quote:
            return make(digits)
    return make(number_zh(value))


# --- plan words and target years -----------------------------------------------------------------

def plan_prefix(fig, lang: str) -> str:
    """What stands before a planned figure's value: 到2026年力争 / 'target for 2026: '; '' for a result."""
    word = plan_word(fig, lang)
    if not word:
        return ""
    if lang == "zh":
        return word if getattr(fig, "plan", None) else f"到{fig.target_year}年"  # no 目标 before the number
    return word + ": "


def plan_word(fig, lang: str) -> str:
    """The plan as a word: 力争 / 'target for 2026', 'expected', 'planned'…; '' for a result."""
    plan, year = getattr(fig, "plan", None), getattr(fig, "target_year", None)
    if plan is None and year is None:
        return ""
    if lang == "zh":
        return (f"到{year}年" if year else "") + (plan or "目标")
    word = PLAN_EN[plan] if plan else "target"
    return f"{word} for {year}" if year else word


def five_year_plan_end(n: int) -> int:
    """The last year of the Nth five-year plan: 十四五 (14) → 2025, 十五五 (15) → 2030."""
    return 1970 + 5 * (n - 3)


def target_year_words(year: int, this_year: int) -> tuple[str, ...]:
    """The words a quote may use for a target year: 2026 itself, 明年 when the article's 今年 is the year
    before, and the five-year plan that ends in it (十五五 for 2030)."""
    words = [str(year)] + (["明年"] if year == this_year + 1 else [])
    plan = (year - 1970) // 5 + 3
    if five_year_plan_end(plan) == year and 11 <= plan <= 19:
        words.append(f"十{ZH_DIGITS[plan - 10]}五")
    return tuple(words)


# --- display -------------------------------------------------------------------------------------

def _quantity(fig: Quantity, lang: str) -> str:
    if lang == "zh":
        now = zh_in_article_form(fig)
        if fig.from_ is not None:
            return f"{quoted_form(fig.from_, fig.quote, lambda d: amount_zh(fig.from_, fig.unit, digits=d))}→{now}"
        return now
    text = amount_en(fig.value, fig.unit, fig.unit_en)
    if fig.qualifier != "exact":
        text = f"{QUALIFIER_EN[fig.qualifier]} {text}"
    if fig.from_ is not None:
        text = f"{amount_en(fig.from_, fig.unit, fig.unit_en)} → {text}"
    return text


def rank_ordinal_zh(fig: Rank) -> str:
    """第一 / 第12 / 前列, in the form the figure's quote uses (第十二 or 第12)."""
    if fig.value is None:
        return "前列"
    if fig.value < 100 and "第" + zh_integer(fig.value) in fig.quote:
        return "第" + zh_integer(fig.value)
    if f"第{fig.value}" in fig.quote or fig.value >= 100:
        return f"第{fig.value}"
    return "第" + zh_integer(fig.value)


def _rank(fig: Rank, lang: str) -> str:
    if lang == "zh":
        return ("并列" if fig.tied else "") + fig.among.zh + rank_ordinal_zh(fig)
    if fig.value is None:
        return f"among the top in {fig.among.en}"
    return f"{'joint ' if fig.tied else ''}No. {number_en(fig.value)} in {fig.among.en}"


def _share(fig: Share, lang: str) -> str:
    if lang == "zh":
        if fig.from_:
            return f"{fig.from_}→{fig.value}"
        return ("提升到" if fig.rose else "") + fig.value
    if fig.from_:
        return f"{fraction_en(fig.from_)} → {fraction_en(fig.value)}"
    # A value standing alone on a card, not a sentence: "risen to one fifteenth", never "rose to".
    return ("risen to " if fig.rose else "") + fraction_en(fig.value)


def _change(fig: Change, lang: str) -> str:
    size = fig.size
    if lang == "zh":
        verb = "下降" if fig.falls else ("增长" if fig.unit == "%" else "提高")
        suffix = "%" if fig.unit == "%" else "个百分点"
        return verb + quoted_form(size, fig.quote, lambda d: d + suffix)
    unit = "%" if fig.unit == "%" else (" percentage point" if size == 1 else " percentage points")
    return f"down {number_en(size)}{unit}" if fig.falls else f"+{number_en(size)}{unit}"


def _value_text(fig, lang: str) -> str:
    return {"quantity": _quantity, "rank": _rank, "share": _share, "change": _change}[fig.type](fig, lang)


def display(fig, lang: str) -> str:
    """The figure's value as a reader sees it, with its qualifier, plan word and target year."""
    return plan_prefix(fig, lang) + _value_text(fig, lang)


def zh_in_article_form(fig) -> str:
    """The exact text the article uses for this figure's number (checked against its quote)."""
    if fig.type == "quantity":
        digits = quoted_form(fig.value, fig.quote, lambda d: amount_zh(fig.value, fig.unit, fig.qualifier, d))
        if digits not in fig.quote and fig.qualifier == "exact" and fig.value == int(fig.value) and 0 < fig.value < 100:
            numerals = zh_integer(int(fig.value)) + fig.unit
            if numerals in fig.quote:
                return numerals  # the article writes 九城, not 9城
        return digits
    return _value_text(fig, "zh")


# --- metadata words ------------------------------------------------------------------------------

def share_of(fig, lang: str) -> str | None:
    """The share's denominator in words (全国 / 'national total'), or None when the pack names none."""
    of = getattr(fig, "of", None)
    if of is None:
        return None
    if isinstance(of, str):
        return of if lang == "zh" else SHARE_OF_EN[of]
    return of(lang)


def qualifier_text(fig, lang: str) -> str:
    """What kind of number this is, in words: exact, approximate, more than, target for 2026, rank…"""
    sep = "；" if lang == "zh" else "; "
    parts = [plan_word(fig, lang)] if fig.is_target else []
    if fig.type == "quantity":
        if fig.qualifier != "exact" or not parts:
            if lang == "zh":
                parts.append("精确" if fig.qualifier == "exact" else fig.qualifier)
            else:
                parts.append(QUALIFIER_META_EN.get(fig.qualifier, "more than"))
        if fig.from_ is not None:
            parts.append("变化：从→到" if lang == "zh" else "from → to")
    elif fig.type == "rank":
        marker = ("并列" if fig.tied else "") + rank_ordinal_zh(fig)
        if lang == "zh":
            parts.append(f"排名：{marker}")
        else:
            parts.append("rank (among the top)" if fig.value is None else ("rank (joint)" if fig.tied else "rank"))
    elif fig.type == "share":
        of = share_of(fig, lang)
        if lang == "zh":
            parts.append((f"占{of}" if of else "") + ("比重变化" if fig.from_ else "比重"))
        else:
            base = f"share of {of}" if of else "share"
            parts.append(f"{base}, from → to" if fig.from_ else base)
    else:
        if lang == "zh":
            parts.append("百分点变化" if fig.unit == "百分点" else ("降幅" if fig.falls else "增长率"))
        else:
            parts.append("change in percentage points" if fig.unit == "百分点"
                         else ("rate of decrease" if fig.falls else "growth rate"))
    return sep.join(parts)


def share_axis_title(figures: list, lang: str) -> str:
    """The value axis of a share chart: 占全省比重 / 'share of provincial total' when every figure names the
    same denominator; plain 比重 / 'share' otherwise."""
    names = {share_of(f, lang) for f in figures}
    of = names.pop() if len(names) == 1 else None
    if lang == "zh":
        return f"占{of}比重" if of else "比重"
    return f"share of {of}" if of else "share"


# --- chart axes ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuantityAxis:
    """How like quantities are plotted: values on the same scale as their labels, and the axis title.

    zh plots the article's numbers (280 on a 万平方米 axis); en plots full amounts divided by one English
    magnitude (2.8 on a 'million m²' axis), so ticks and bar labels always agree."""

    divisor: Decimal  # plotted = value × unit factor ÷ divisor
    unit: str  # the unit words: 万平方米 / 'million m²', 'CNY billion', 'wafers a month', 'firms / parks'
    counted: bool  # a counter (家, 片/月): the title reads 'number of …'

    def value(self, fig) -> float:
        return float(_decimal(fig.value) * parse_unit(fig.unit).factor / self.divisor)

    def title(self, lang: str) -> str:
        if lang == "zh":
            return f"数量（{self.unit}）" if self.counted else f"单位：{self.unit}"
        return f"number of {self.unit}" if self.counted else self.unit


def quantity_axis(figures: list, lang: str) -> QuantityAxis:
    """The axis for quantities of one unit (the chart rule every renderer uses)."""
    unit = figures[0].unit
    parsed = parse_unit(unit)
    counted = parsed.measure is None
    if lang == "zh":
        return QuantityAxis(parsed.factor, unit, counted)
    top = max(_decimal(f.value) * parsed.factor for f in figures)
    size, name = magnitude(top)
    if parsed.measure is not None and parsed.measure.base in ("%",):
        return QuantityAxis(Decimal(1), "%", False)
    if counted:
        nouns = " / ".join(dict.fromkeys(f.unit_en or parsed.base for f in figures))
        return QuantityAxis(size, f"{nouns} ({name}s)" if name else nouns, True)
    words = parsed.measure.en if not name else (
        f"{parsed.measure.en} {name}" if parsed.measure.currency else f"{name} {parsed.measure.en}")
    return QuantityAxis(size, words, False)


def change_axis_title(unit: str, lang: str) -> str:
    """The value axis of growth rates (%) or changes in percentage points."""
    if unit == "百分点":
        return "百分点" if lang == "zh" else "percentage points"
    return "增长率（%）" if lang == "zh" else "change (%)"


# --- an indicator over several periods -------------------------------------------------------------

def difference_text(delta: Decimal, unit: str | None, unit_en: str | None, points: bool, lang: str) -> str:
    """A difference computed from two of the articles' values, in words: 增加170.6亿元 / up CNY 17.06 billion;
    between two percentages or rates (`points`) 提高1.5个百分点 / up 1.5 percentage points; 持平 / unchanged."""
    if delta == 0:
        return "持平" if lang == "zh" else "unchanged"
    up, size = delta > 0, abs(delta).normalize()
    if points:
        if lang == "zh":
            return ("提高" if up else "下降") + number_zh(size) + "个百分点"
        return f"{'up' if up else 'down'} {number_en(size)} percentage point{'' if size == 1 else 's'}"
    if lang == "zh":
        return ("增加" if up else "减少") + amount_zh(size, unit or "")
    return ("up " if up else "down ") + amount_en(size, unit or "", unit_en)


def span_text(label: str, start: tuple[str, str], end: tuple[str, str] | None, lang: str,
              difference: str | None = None) -> str:
    """An indicator from its first to its last period, each (period, value as displayed): 地区生产总值：
    2023年4936.2亿元 → 2024年5106.8亿元，增加170.6亿元 / Gross domestic product: CNY 493.62 billion (2023) →
    CNY 510.68 billion (2024), up CNY 17.06 billion. Without `end`, the one value: 地区生产总值：2023年4812.6亿元."""
    if lang == "zh":
        text = f"{label}：{start[0]}{start[1]}" + (f" → {end[0]}{end[1]}" if end else "")
        return text + (f"，{difference}" if difference else "")
    text = f"{label}: {start[1]} ({start[0]})" + (f" → {end[1]} ({end[0]})" if end else "")
    return text + (f", {difference}" if difference else "")


def scope_change_text(label: str, end: tuple[str, str], before: str, now: str, lang: str) -> str:
    """The latest value of an indicator whose scope changed, saying so: 城镇居民人均可支配收入：2024年53126元，
    口径由青岑市区改为青岑市 / Urban disposable income per person: CNY 53,126 (2024), now for Qingcen City
    instead of Qingcen urban districts."""
    if lang == "zh":
        return f"{label}：{end[0]}{end[1]}，口径由{before}改为{now}"
    return f"{label}: {end[1]} ({end[0]}), now for {now} instead of {before}"


# --- periods -------------------------------------------------------------------------------------

def date_text(iso: str, lang: str) -> str:
    """2023-09-22 → 2023年9月22日 / 22 Sep 2023; 2023-12 → 2023年12月 / Dec 2023."""
    parts = [int(p) for p in iso.split("-")]
    if lang == "zh":
        return "".join(f"{v}{u}" for v, u in zip(parts, "年月日"))
    if len(parts) == 1:
        return str(parts[0])
    month = MONTHS_EN[parts[1] - 1]
    return f"{parts[2]} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def period_text(period: Period, lang: str) -> str:
    kind = period.kind
    if kind == "year":
        return date_text(str(period.year), lang)
    if kind == "this_year":
        return f"{period.this_year}年（今年）" if lang == "zh" else f"{period.this_year} (this year)"
    if kind in ("month", "date"):
        return date_text(getattr(period, kind), lang)
    if kind == "as_of":
        return ("截至" if lang == "zh" else "as of ") + date_text(period.as_of, lang)
    if kind == "past_years":
        until = f"（至{date_text(period.until, 'zh')}）" if period.until and lang == "zh" else ""
        until_en = f" (to {date_text(period.until, 'en')})" if period.until and lang == "en" else ""
        return f"过去{period.past_years}年{until}" if lang == "zh" else f"past {period.past_years} years{until_en}"
    if kind == "quarter":
        year, q = period.quarter.split("-Q")
        return f"{year}年{ZH_DIGITS[int(q)]}季度" if lang == "zh" else f"Q{q} {year}"
    if kind == "half":
        year, h = period.half.split("-H")
        return f"{year}年{'上' if h == '1' else '下'}半年" if lang == "zh" else f"H{h} {year}"
    if kind == "months":
        return _months_text(period.months, lang)
    if kind == "year_end":
        return f"{period.year_end}年末" if lang == "zh" else f"end of {period.year_end}"
    return "目前" if lang == "zh" else "current"


def _months_text(span: str, lang: str) -> str:
    """2024-01/2024-09 → 2024年1—9月 / Jan–Sep 2024; across a year's end: 2023年10月—2024年3月 /
    Oct 2023–Mar 2024."""
    (y1, m1), (y2, m2) = (part.split("-") for part in span.split("/"))
    if lang == "zh":
        return f"{y1}年{int(m1)}—{int(m2)}月" if y1 == y2 else f"{y1}年{int(m1)}月—{y2}年{int(m2)}月"
    first, last = MONTHS_EN[int(m1) - 1], MONTHS_EN[int(m2) - 1]
    return f"{first}–{last} {y1}" if y1 == y2 else f"{first} {y1}–{last} {y2}"


def numeric_value(fig) -> float | None:
    """A number to plot: the quantity, the change (negative for a fall), the share as a fraction; None for 前列."""
    if fig.type == "share":
        return float(fig.fraction)
    if fig.type == "change":
        return -float(fig.size) if fig.falls else float(fig.value)
    return None if fig.value is None else float(fig.value)


__all__ = ["LANGS", "MEASURES", "QuantityAxis", "amount_en", "amount_zh", "change_axis_title", "date_text",
           "difference_text", "display", "fraction_en", "fraction_percent", "number_en", "number_zh", "numeric_value",
           "period_text", "plan_prefix", "plan_word", "qualifier_text", "quantity_axis", "rank_ordinal_zh", "scaled_en",
           "scope_change_text", "share_axis_title", "share_of", "span_text", "zh_in_article_form"]
