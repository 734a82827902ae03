"""The one number formatter per language, used by every view and export.

zh keeps the article's form (1633家, 约196亿元, 230余场, 1500多个, 1/12→1/7); en converts units
correctly and never drops a qualifier (1,633 firms, about CNY 19.6 billion, 230+ events, 35 mu ≈ 2.3 ha,
one seventh).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from .schema import Change, Period, Quantity, Rank, Share
from .units import HECTARES_PER_MU, split_unit

LANGS = ("zh", "en")
ZH_DIGITS = "零一二三四五六七八九"
MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
ORDINAL_EN = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
              9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
              15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
              20: "twentieth"}
CARDINAL_EN = "zero one two three four five six seven eight nine ten".split()
PLAN_EN = {"力争": "target", "计划": "planned", "将": "target"}
PRECISION_EN = {"approx": "approximate", "at_least": "at least", "exact": "exact"}


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


def _scaled_en(amount: Decimal) -> str:
    for size, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if amount >= size:
            return f"{number_en(amount / size, 2)} {word}"
    return number_en(amount, 2)


def _hectares(mu: int | float) -> str:
    ha = _decimal(mu) * HECTARES_PER_MU
    return number_en(ha, 0 if ha >= 100 else 1)


def fraction_en(text: str) -> str:
    """1/7 → one seventh; 2/5 → two fifths; 1/25 → 1/25 (no word form)."""
    f = Fraction(text)
    num, den = f.numerator, f.denominator
    if den not in ORDINAL_EN or num > 10:
        return text
    word = ORDINAL_EN[den] if num == 1 else ("halves" if den == 2 else ORDINAL_EN[den] + "s")
    return f"{CARDINAL_EN[num]} {word}"


def _quantity(fig: Quantity, lang: str) -> str:
    if lang == "zh":
        return (fig.plan or "") + zh_in_article_form(fig)
    text = _quantity_en(fig)
    if fig.precision == "approx":
        text = "about " + text
    return f"{PLAN_EN[fig.plan]}: {text}" if fig.plan else text


def _quantity_en(fig: Quantity) -> str:
    plus = "+" if fig.precision == "at_least" else ""
    split = split_unit(fig.unit)
    if split is None:
        return f"{number_en(fig.value)}{plus} {fig.unit_en}"
    factor, measure = split
    if measure.base == "%":
        return f"{number_en(fig.value)}{plus}%"
    if measure.base == "亩":
        return f"{number_en(fig.value)}{plus} mu ≈ {_hectares(fig.value)}{plus} ha"
    amount = _scaled_en(_decimal(fig.value) * factor) + plus
    return f"{measure.en} {amount}" if measure.currency else f"{amount} {measure.en}"


def rank_ordinal_zh(fig: Rank) -> str:
    return "前列" if fig.value is None else "第" + zh_integer(fig.value)


def _rank(fig: Rank, lang: str) -> str:
    if lang == "zh":
        return ("并列" if fig.tied else "") + fig.among.zh + rank_ordinal_zh(fig)
    if fig.value is None:
        return f"among the top in {fig.among.en}"
    return f"{'joint ' if fig.tied else ''}No. {fig.value} in {fig.among.en}"


def _share(fig: Share, lang: str) -> str:
    if lang == "zh":
        if fig.from_:
            return f"{fig.from_}→{fig.value}"
        return ("提升到" if fig.rose else "") + fig.value
    if fig.from_:
        return f"{fraction_en(fig.from_)} → {fraction_en(fig.value)}"
    return ("up to " if fig.rose else "") + fraction_en(fig.value)


def _change(fig: Change, lang: str) -> str:
    return f"增长{number_zh(fig.value)}%" if lang == "zh" else f"+{number_en(fig.value)}%"


def display(fig, lang: str) -> str:
    """The figure's value as a reader sees it, with its qualifier."""
    return {"quantity": _quantity, "rank": _rank, "share": _share, "change": _change}[fig.type](fig, lang)


def zh_in_article_form(fig) -> str:
    """The exact text the article uses for this figure's number (checked against its quote)."""
    if fig.type == "quantity":
        approx = "约" if fig.qualifier == "约" else ""
        after_number = fig.qualifier if fig.qualifier in ("余", "多") else ""
        after_unit = "以上" if fig.qualifier == "以上" else ""
        digits = f"{approx}{number_zh(fig.value)}{after_number}{fig.unit}{after_unit}"
        if digits not in fig.quote and fig.qualifier == "exact" and fig.value == int(fig.value) and 0 < fig.value < 100:
            numerals = zh_integer(int(fig.value)) + fig.unit
            if numerals in fig.quote:
                return numerals  # the article writes 九城, not 9城
        return digits
    return display(fig, "zh")


def qualifier_text(fig, lang: str) -> str:
    """What kind of number this is, in words: exact, approximate (约), target (力争)…"""
    if fig.type == "quantity":
        parts = []
        if fig.plan:
            parts.append(fig.plan if lang == "zh" else f"{PLAN_EN[fig.plan]} ({fig.plan})")
        if fig.qualifier != "exact" or not parts:
            if lang == "zh":
                parts.append("精确" if fig.qualifier == "exact" else fig.qualifier)
            else:
                en = PRECISION_EN[fig.precision]
                parts.append(en if fig.qualifier == "exact" else f"{en} ({fig.qualifier})")
        return "；".join(parts) if lang == "zh" else "; ".join(parts)
    if fig.type == "rank":
        marker = ("并列" if fig.tied else "") + rank_ordinal_zh(fig)
        return f"排名：{marker}" if lang == "zh" else f"rank ({marker})"
    if fig.type == "share":
        if fig.from_:
            return "比重变化" if lang == "zh" else "share, from → to"
        return "比重" if lang == "zh" else "share of national total"
    return "增长率" if lang == "zh" else "growth rate"


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
    return "目前" if lang == "zh" else "current"


def numeric_value(fig) -> float | None:
    """A number to plot: the quantity, the change, the share as a fraction; None for 前列."""
    if fig.type == "share":
        return float(fig.fraction)
    return None if fig.value is None else float(fig.value)
