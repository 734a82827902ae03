"""The one figure-wording policy, per language, used by every view, slide, note, chart and export.

zh keeps the article's form (1633家, 约196亿元, 230余场, 1500多个, 1/12→1/7, 下降4.1%); en converts units
and magnitudes (万/亿/万亿 multiply EVERY unit: 4万片/月 = 40,000 wafers a month, 8.6亿美元 = USD 860
million) and never drops a qualifier, plan word or target year (about CNY 19.6 billion, more than 230
events, target for 2026: …). English output never contains Chinese except names the pack gives only in
Chinese. Nothing here knows any particular place: denominators of shares come from the pack's `of`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction

from ..i18n import LANGS  # noqa: F401 (re-exported; defined in i18n so the CLI parser needs no model)
from .schema import PRECISION_MARKERS, Change, Contribution, Margin, Period, Quantity, Rank, Ratio, Share
from .units import HECTARES_PER_MU, MEASURES, parse_unit, singular

ZH_DIGITS = "零一二三四五六七八九"
MONTHS_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
#: Whole month names, where a label or a base names a span of months (January–September).
MONTH_NAMES_EN = ("January February March April May June July August September October November December").split()
ORDINAL_EN = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
              9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
              15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
              20: "twentieth"}
CARDINAL_EN = "zero one two three four five six seven eight nine ten".split()
#: Plan words in English (a target or forecast, never shown like a result).
PLAN_EN = {"力争": "target", "计划": "planned", "将": "target", "预计": "expected", "目标": "target",
           "提出": "proposed", "争取": "target", "预期": "expected"}
#: Qualifier words in English, before the number in displays. 以上 includes its bound (10家以上: at least 10
#: firms), as 以内 does (up to 3%); 余/多/超过/突破/逾 exclude it (more than 230 events).
QUALIFIER_EN = {"约": "about", "近": "nearly", "余": "more than", "多": "more than", "以上": "at least",
                "超过": "more than", "突破": "more than", "逾": "more than", "左右": "about", "以内": "up to",
                "以下": "at most", "不足": "less than", "不到": "less than"}
#: The same as metadata (`qualifier_text`): what kind of number it is.
QUALIFIER_META_EN = {"exact": "exact", "约": "approximate", "近": "nearly", "左右": "approximate"}
#: Where the qualifier word stands in the article's form: before the number, after it, or after the unit.
BEFORE_NUMBER = ("约", "近", "超过", "突破", "逾", "不足", "不到")
AFTER_NUMBER = ("余", "多")
AFTER_UNIT = ("以上", "左右", "以内", "以下")
#: Named denominators of a share.
SHARE_OF_EN = {"全国": "national total", "全省": "provincial total", "全市": "city total",
               "全区": "district total", "全球": "global total"}
_MAGNITUDE_WORDS = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
#: How an article may write a minus sign (自然增长率为-0.38‰): hyphen-minus, minus sign, full-width hyphen-minus.
MINUS_SIGNS = ("-", "\u2212", "\uff0d")
#: An English rank's field starting with one of these words carries its own preposition ("among the province's
#: coastal ports", "nationwide"); any other field is put after "in" ("in the province").
RANK_FIELD_WORDS = ("in", "among", "amongst", "across", "within", "of", "at", "on", "nationwide", "worldwide",
                    "globally", "citywide", "provincewide", "countrywide")


def written_in(fig) -> str:
    """The text a figure's number is written in, where its digits (8.0, not 8) and words are found: its quote,
    or for a table cell the cell with the unit its table gives (-3.1%, 12.35万吨; model/cells.py)."""
    cell = getattr(fig, "cell", None)
    found = cell.found if cell is not None else None
    return fig.quote if found is None else found.sentence


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


# --- long numbers in English ---------------------------------------------------------------------
#
# THE RULE. An amount shown with an English scale word (million, billion, trillion) keeps every digit of the
# article wherever a figure is looked up: speaker notes, tooltips, the Data tab, the data export, `find` and
# the presenter's source panel (`display(fig, lang, exact=True)`): 3861542万千瓦时 is 38.61542 billion kWh.
# On slides, cards and charts (`display(fig, lang)`) a scaled number with more than LONG_DECIMALS decimals
# (38.61542 billion; 12.605 million stays) is rounded to SHORT_DECIMALS, never so that the sentence becomes untrue:
#   - an exact figure is marked "≈" (≈38.62 billion kWh): the room never takes it for the article's number;
#   - an approximate one (约, 左右) is rounded to the nearest (about 38.62 billion kWh);
#   - a lower bound (余, 多, 以上, 超过, 突破, 逾) is rounded down: "more than 38.61 billion" stays true;
#   - an upper bound (以内, 以下, 不足, 不到) and 近 (nearly) are rounded up: "less than 38.62 billion" stays true.
# Numbers the English does not rescale (8.0%, 0.38‰, 1,234.50 m²) are never rounded: they are shown with the
# article's own digits (增长5.0% is +5.0%, not +5%).
LONG_DECIMALS = 3
SHORT_DECIMALS = 2
_ROUNDING = {"exact": ROUND_HALF_UP, "approx": ROUND_HALF_UP, "at_least": ROUND_FLOOR, "at_most": ROUND_CEILING,
             "below": ROUND_CEILING}
ROUNDED_MARK = "≈"


def _rounding(qualifier: str):
    return ROUND_CEILING if qualifier == "近" else _ROUNDING[PRECISION_MARKERS[qualifier]]


def _decimals(d: Decimal) -> int:
    return max(0, -d.normalize().as_tuple().exponent)


def scaled_number(amount: Decimal, *, short: bool = False, qualifier: str = "exact") -> tuple[str, bool]:
    """(English digits with their scale word, whether they were rounded): 4860000 → ('4.86 million', False);
    38615420000 with `short` → ('38.62 billion', True). Rounded only under THE RULE above."""
    size, name = magnitude(amount)
    if not name:
        return number_en(amount), False
    mantissa = amount / size
    if short and _decimals(mantissa) > LONG_DECIMALS:
        rounded = mantissa.quantize(Decimal(1).scaleb(-SHORT_DECIMALS), rounding=_rounding(qualifier))
        return f"{number_en(rounded)} {name}", True
    return f"{number_en(mantissa)} {name}", False


def scaled_en(amount: Decimal) -> str:
    """4860000 → '4.86 million'; 40000 → '40,000'. Exact: no digit of the article is rounded away."""
    return scaled_number(amount)[0]


def written_en(digits: str) -> str:
    """The article's digits grouped for English with their precision kept: 5.0 → 5.0, 1234.50 → 1,234.50,
    −0.38 → -0.38 (an ASCII minus: what people type to find it)."""
    for sign in MINUS_SIGNS[1:]:
        digits = digits.replace(sign, "-")
    return format(Decimal(digits), ",f")


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


def fraction_zh(text: str) -> str | None:
    """1/4 → 四分之一, 2/5 → 五分之二: a fraction in words, as bulletins write shares; None past 99."""
    num, _, den = text.partition("/")
    try:
        return f"{zh_integer(int(den))}分之{zh_integer(int(num))}"
    except ValueError:
        return None


def fraction_as_written(text: str, quote: str) -> str:
    """The fraction as its quote writes it: 1/4, or 四分之一 when the quote says that and not 1/4."""
    words = fraction_zh(text)
    return words if text not in quote and words and words in quote else text


def fraction_percent(text: str) -> str:
    """1/7 → '14.3%' (one decimal, for explaining a share chart's bar heights)."""
    f = Fraction(text)
    return number_en(Decimal(f.numerator * 100) / Decimal(f.denominator), 1) + "%"


# --- the amount of a quantity ------------------------------------------------------------------

def amount_en(value: int | float, unit: str, unit_en: str | None, *, digits: str | None = None,
              qualifier: str = "exact", short: bool = False) -> str:
    """A number with its unit in English, magnitude applied: 4, 万片/月, wafers a month → 40,000 wafers a month;
    8.6, 亿美元 → USD 860 million; 35, 亩 → 35 mu ≈ 2.3 ha; 1, 个, centres → 1 centre; 6.83, ‰ → 6.83 per 1,000.

    `digits`: how the article writes the number (8.0), kept when the English does not rescale it; `short`
    applies the long-number rule (above) for `qualifier`."""
    parsed = parse_unit(unit)
    amount = _decimal(value) * parsed.factor
    measure = parsed.measure
    if digits is not None and parsed.factor == 1 and not magnitude(amount)[1]:
        number, rounded = written_en(digits), False
    else:
        number, rounded = scaled_number(amount, short=short, qualifier=qualifier)
    mark = ROUNDED_MARK if rounded and qualifier == "exact" else ""
    if measure is None:
        noun = unit_en or parsed.base
        return f"{mark}{number} {singular(noun) if amount == 1 else noun}"
    if measure.base == "%":
        return f"{mark}{number}%"
    if measure.base == "‰":
        return f"{mark}{number} {measure.en}"
    if measure.base == "亩":
        return f"{mark}{number} mu ≈ {_hectares(amount)} ha"
    if measure.currency:
        return f"{mark}{measure.en} {number}"
    noun = singular(measure.en) if amount == 1 else measure.en
    return f"{mark}{number} {noun}"


def amount_zh(value: int | float, unit: str, qualifier: str = "exact", digits: str | None = None) -> str:
    """The article's own form of a number with unit and qualifier: 约196亿元, 230余场, 10家以上, 突破4万片,
    5.5%左右, 不足3%. `digits` is how the article writes the number when it differs from number_zh (8.0 for 8)."""
    before = qualifier if qualifier in BEFORE_NUMBER else ""
    after_number = qualifier if qualifier in AFTER_NUMBER else ""
    after_unit = qualifier if qualifier in AFTER_UNIT else ""
    return f"{before}{digits or number_zh(value)}{after_number}{unit}{after_unit}"


def digit_forms(value: int | float) -> list[str]:
    """How an article may write one number: 8 → 8, 8.0, 8.00; 2.5 → 2.5, 2.50, 2.500 (statistics keep zeros);
    a negative one with any minus sign (-0.38, −0.38, －0.38)."""
    if value < 0:
        return [sign + d for sign in MINUS_SIGNS for d in digit_forms(-value)]
    plain = number_zh(value)
    point = "" if "." in plain else "."
    return [plain, f"{plain}{point}0", f"{plain}{point}00"]


#: Full-width digits and per cent sign as articles may write them (５.２％): the same number as 5.2%.
FULL_WIDTH = str.maketrans({**{chr(0xFF10 + d): str(d) for d in range(10)}, "％": "%"})
#: Spaces a PDF or a web page puts between a number and the words around it (增长 6.1 %, 856.32 亿元, 2024 年): part
#: of neither. Spaces between two numbers, or between a number and Latin letters (3000 PFlops), stay.
_LOOSE_SPACE = re.compile(r"(?<=[\d.%‰:：])[ \t\u00a0\u3000]+(?=[^\sA-Za-z\d])"
                          r"|(?<=[^\sA-Za-z\d])[ \t\u00a0\u3000]+(?=[\d\-\u2212\uff0d])")


def tight(text: str) -> tuple[str, list[int]]:
    """`text` without the loose spaces around its numbers, and for each character left its offset in `text`."""
    kept, where, last = [], [], 0
    for m in _LOOSE_SPACE.finditer(text):
        kept.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    kept.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(kept), where


def spaces_moved(text: str) -> str:
    """`text` with the loose spaces around its numbers moved to the end of their clause (2024 年，→ 2024年 ，): words
    and numbers read as if written tight, while every clause keeps its place and length."""
    return re.sub(r"[^，,。；;：:！？!?\n]+", lambda m: _LOOSE_SPACE.sub("", m.group()).ljust(len(m.group())), text)


def as_written(text: str) -> str:
    """A quote as check reads its numbers: full-width digits and ％ as ASCII, no loose spaces around numbers."""
    return _LOOSE_SPACE.sub("", text.translate(FULL_WIDTH))


def occurs(form: str, text: str) -> bool:
    """`form` (a number as written, with its unit) stands in `text` as a whole number: 5.0% is not in 15.0%,
    0.38‰ is not in -0.38‰ (a sign is part of the number; the dash of a range 5-8% is not a sign); full-width
    digits and ％ count as the ASCII ones, and spaces around a number (增长 6.1 %) are not there."""
    text = as_written(text)
    if not form[:1].isdigit():
        return form in text
    start = text.find(form)
    while start >= 0:
        before = text[max(0, start - 2):start]
        after = text[start + len(form):start + len(form) + 2]
        signed = before[-1:] in MINUS_SIGNS and not before[:1].isdigit()
        if not (before[-1:].isdigit() or before[-1:] == "." or signed) and not (form[-1].isdigit() and (
                after[:1].isdigit() or (after[:1] == "." and after[1:].isdigit()))):
            return True
        start = text.find(form, start + 1)
    return False


#: Numbers joined as a list (0.3、2.9和2.7; 5.2、-1.3和7.3), each standing whole.
_LIST = re.compile(r"(?<![\d.])(?:[-\u2212\uff0d]?\d+(?:\.\d+)?\s*(?:、|以及|和|及|与)\s*)+[-\u2212\uff0d]?\d+(?:\.\d+)?")


def in_list(value: int | float, suffix: str, text: str) -> bool:
    """`value` is a number of a list in `text` whose unit and qualifier (`suffix`) stand after its last number only:
    分别拉动经济增长0.3、2.9和2.7个百分点 says 0.3 and 2.9 percentage points too."""
    forms = digit_forms(value)
    text = as_written(text)
    for m in _LIST.finditer(text):
        if text.startswith(suffix, m.end()) and any(
                item in forms for item in re.findall(r"[-\u2212\uff0d]?\d+(?:\.\d+)?", m.group())[:-1]):
            return True
    return False


def article_digits(value: int | float, quote: str, make=str) -> str:
    """The digits of the first way of writing `value` for which `make(digits)` stands in the quote (8.0 when
    it says 增长8.0%); the plain digits otherwise."""
    return next((d for d in digit_forms(value) if occurs(make(d), quote)), number_zh(value))


def quoted_form(value: int | float, quote: str, make) -> str:
    """`make(digits)` for the first way of writing `value` that the quote contains; the plain form otherwise."""
    return make(article_digits(value, quote, make))


def _numeral_form(value, unit: str, qualifier: str, quote: str) -> str | None:
    """九城 / 八成以上: the article's Chinese numeral for a small whole number, when its quote uses one."""
    if value != int(value) or not 0 < value < 100:
        return None
    form = amount_zh(value, unit, qualifier, zh_integer(int(value)))
    return form if form in quote else None


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
    """The plan as a word: 力争 / 'target for 2026', 'expected', 'planned'…; '' for a result. English reads
    naturally ('target for 2026: +5.0%'), never word for word (到2026年力争: 'by 2026 strive')."""
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


def target_year_words(year: int, this_year: int | None) -> tuple[str, ...]:
    """The words a quote may use for a target year: 2026 itself, 明年 when the article's 今年 is the year
    before, and the five-year plan that ends in it (十五五 for 2030)."""
    words = [str(year)] + (["明年"] if this_year is not None and year == this_year + 1 else [])
    plan = (year - 1970) // 5 + 3
    if five_year_plan_end(plan) == year and 11 <= plan <= 19:
        words.append(f"十{ZH_DIGITS[plan - 10]}五")
    return tuple(words)


# --- display -------------------------------------------------------------------------------------

def _qualified_en(fig, text: str) -> str:
    qualifier = getattr(fig, "qualifier", "exact")
    return text if qualifier == "exact" else f"{QUALIFIER_EN[qualifier]} {text}"


def _quantity(fig: Quantity, lang: str, short: bool) -> str:
    per = fig.per(lang) if fig.per else ""
    if lang == "zh":
        now = per + zh_in_article_form(fig)
        if fig.from_ is not None:
            return f"{quoted_form(fig.from_, written_in(fig), lambda d: amount_zh(fig.from_, fig.unit, digits=d))}→{now}"
        return now

    def amount(value, qualifier):
        digits = article_digits(value, written_in(fig), lambda d: amount_zh(value, fig.unit, qualifier, d))
        return amount_en(value, fig.unit, fig.unit_en, digits=digits, qualifier=qualifier, short=short)

    text = _qualified_en(fig, amount(fig.value, fig.qualifier)) + (f" {per}" if per else "")
    if fig.from_ is not None:
        text = f"{amount(fig.from_, 'exact')} → {text}"
    return text


def rank_ordinal_zh(fig: Rank) -> str:
    """第一 / 第12 / 前列, in the form the figure's quote uses (第十二 or 第12)."""
    if fig.value is None:
        return "前列"
    if fig.value < 100 and "第" + zh_integer(fig.value) in written_in(fig):
        return "第" + zh_integer(fig.value)
    if f"第{fig.value}" in written_in(fig) or fig.value >= 100:
        return f"第{fig.value}"
    return "第" + zh_integer(fig.value)


def rank_field_en(among: str) -> str:
    """The field of an English rank: 'in the province', or the pack's own words when they begin with a
    preposition or stand alone as an adverb ('among the province's coastal ports', 'nationwide')."""
    first = among.split(" ", 1)[0].casefold()
    return among if first in RANK_FIELD_WORDS else f"in {among}"


def _rank(fig: Rank, lang: str, short: bool) -> str:
    if lang == "zh":
        return ("并列" if fig.tied else "") + fig.among.zh + rank_ordinal_zh(fig)
    field = rank_field_en(fig.among.en)
    if fig.value is None:
        return f"among the top of {field[6:]}" if field.startswith("among ") else f"among the top {field}"
    return f"{'joint ' if fig.tied else ''}No. {number_en(fig.value)} {field}"


def share_value_text(fig: Share, value, lang: str, qualifier: str = "exact") -> str:
    """One value of a share as written: 1/7 / one seventh, 9.6% / 9.6%, 八成以上 / at least 80%."""
    if fig.unit is None:
        text = fraction_as_written(value, fig.quote) if lang == "zh" else fraction_en(value)
        if qualifier == "exact":
            return text
        return amount_zh(0, "", qualifier, text) if lang == "zh" else f"{QUALIFIER_EN[qualifier]} {text}"
    if lang == "zh":
        if fig.unit == "成" and qualifier in AFTER_NUMBER:  # 三成多, never 三多成
            return share_value_text(fig, value, lang) + qualifier
        return (_numeral_form(value, fig.unit, qualifier, written_in(fig))
                or quoted_form(value, written_in(fig), lambda d: amount_zh(value, fig.unit, qualifier, d)))
    if fig.unit == "成":
        text = f"{number_en(_decimal(value) * 10)}%"
    else:
        text = f"{written_en(article_digits(value, written_in(fig), lambda d: amount_zh(value, '%', qualifier, d)))}%"
    return text if qualifier == "exact" else f"{QUALIFIER_EN[qualifier]} {text}"


def _share(fig: Share, lang: str, short: bool) -> str:
    now = share_value_text(fig, fig.value, lang, fig.qualifier)
    if fig.from_ is not None:
        was = share_value_text(fig, fig.from_, lang)
        return f"{was}→{now}" if lang == "zh" else f"{was} → {now}"
    if lang == "zh":
        return ("提升到" if fig.rose else "") + now
    # A value standing alone on a card, not a sentence: "risen to one fifteenth", never "rose to".
    return ("risen to " if fig.rose else "") + now


#: English of a change's verbs that are not a plain "+" or "down": the price words keep "up" (上涨0.4%: up 0.4%).
_PLUS_WORDS = (None, "增长", "提高")


def change_word(fig: Change) -> str:
    """The article's verb of a change: its `word`, else 增长 (%), 提高 (百分点), 增加 (an amount) or, for a fall,
    下降 (a rate) / 减少 (an amount); 持平 for no change."""
    if fig.word:
        return fig.word
    if fig.direction == "flat":
        return "持平"
    rate = fig.unit in ("%", "百分点", None)
    if fig.falls and not _written_signed(fig):
        return "下降" if rate else "减少"
    return ("增长" if fig.unit == "%" else "提高") if rate else "增加"


def _written_signed(fig) -> bool:
    """A fall written as negative growth (增长-3.5%): the quote carries the minus sign."""
    return fig.value < 0 and any(occurs(d, written_in(fig)) for d in digit_forms(fig.value))


def zh_rate_suffix(fig, quote: str) -> str:
    """The unit as the article writes it after the number: %, 个百分点 or 百分点, an amount's unit, or nothing."""
    if fig.unit == "百分点":
        return "百分点" if not any(occurs(d + "个百分点", quote) for d in digit_forms(fig.value))\
            and any(occurs(d + "百分点", quote) for d in digit_forms(fig.value)) else "个百分点"
    return fig.unit or ""


def number_with_unit_zh(fig, value) -> str:
    """The number of a change, margin or contribution with its unit and qualifier, as the quote writes it:
    3.5%, -3.5%, 1.2万亩, 0.4个百分点, 7%以上."""
    suffix = zh_rate_suffix(fig, written_in(fig))
    return quoted_form(value, written_in(fig), lambda d: amount_zh(value, suffix, fig.qualifier, d))


def _unit_en(fig, value, short: bool, qualifier: str) -> str:
    """The English number of a change, margin or contribution with its unit (the article's digits kept)."""
    text = written_in(fig)
    suffix = zh_rate_suffix(fig, text)
    if fig.type == "change" and value == fig.size and _written_signed(fig):  # 增长-3.0%: down 3.0%, not 3%
        digits = article_digits(fig.value, text, lambda d: amount_zh(fig.value, suffix, qualifier, d))
        digits = digits.lstrip("".join(MINUS_SIGNS))
    else:
        digits = article_digits(value, text, lambda d: amount_zh(value, suffix, qualifier, d))
    if fig.unit == "百分点":
        return f"{written_en(digits)} percentage point{'' if abs(value) == 1 else 's'}"
    if fig.unit is None:
        return written_en(digits)
    return amount_en(value, fig.unit, getattr(fig, "unit_en", None), digits=digits, qualifier=qualifier,
                     short=short)


def _change(fig: Change, lang: str, short: bool) -> str:
    base = fig.base(lang) if fig.base else ""
    if fig.direction == "flat":
        return base + change_word(fig) if lang == "zh" else "unchanged" + (f" {base}" if base else "")
    signed = _written_signed(fig)
    if lang == "zh":
        return base + change_word(fig) + number_with_unit_zh(fig, fig.value if signed else fig.size)
    amount = _unit_en(fig, fig.size, short, fig.qualifier)
    # "up at most 3%", not "up up to 3%": 以内 reads "at most" after a verb
    qualifier = "" if fig.qualifier == "exact" else ("at most" if fig.qualifier == "以内"
                                                      else QUALIFIER_EN[fig.qualifier]) + " "
    net = "a net " if (fig.word or "").startswith(("净增", "净减")) else ""
    if fig.falls:
        text = f"down {net}{qualifier}{amount}"
    elif fig.word in _PLUS_WORDS and fig.unit in ("%", "百分点") and not qualifier:
        text = f"+{amount}"
    else:
        text = f"up {net}{qualifier}{amount}"
    return text + (f" {base}" if base else "")


def ratio_text(fig: Ratio, lang: str) -> str:
    """The ratio as the article writes it (4.2:38.5:57.3, with the quote's colon in Chinese; 2.6:1; 1.95)."""
    if isinstance(fig.value, str):
        written = ratio_in(fig.value, written_in(fig)) if lang == "zh" else None
        return written or fig.value
    return number_zh(fig.value) if lang == "zh" else written_en(article_digits(fig.value, written_in(fig)))


def ratio_in(value: str, quote: str) -> str | None:
    """The ratio as it stands in the quote, whatever colon it uses (：, ∶ or :), or None when it is not there."""
    pattern = "".join(re.escape(c) if c != ":" else r"\s*[:：∶]\s*" for c in value)
    m = re.search(rf"(?<![\d.]){pattern}(?![\d]|\.\d)", quote)
    return m.group() if m else None


def _ratio(fig: Ratio, lang: str, short: bool) -> str:
    if lang == "en":
        return _qualified_en(fig, ratio_text(fig, lang))
    if isinstance(fig.value, str):  # the qualifier where the article puts it: 约2.6:1
        return amount_zh(0, "", fig.qualifier, ratio_text(fig, lang))
    return quoted_form(fig.value, written_in(fig), lambda d: amount_zh(fig.value, "", fig.qualifier, d))


def margin_word(fig: Margin) -> str:
    return fig.word or ("高于" if fig.direction == "above" else "低于")


def _margin(fig: Margin, lang: str, short: bool) -> str:
    if lang == "zh":
        word, than, number = margin_word(fig), fig.than.zh, number_with_unit_zh(fig, fig.value)
        return f"比{than}{word}{number}" if f"比{than}{word}" in written_in(fig) else f"{word}{than}{number}"
    amount = _qualified_en(fig, _unit_en(fig, fig.value, short, fig.qualifier))
    return f"{amount} {'above' if fig.direction == 'above' else 'below'} {fig.than.en}"


def contribution_word(fig: Contribution) -> str:
    return fig.word or ("拉动" if fig.unit == "百分点" else "贡献率")


def _contribution(fig: Contribution, lang: str, short: bool) -> str:
    if lang == "zh":
        number = number_with_unit_zh(fig, fig.value)
        word = contribution_word(fig)
        return f"{word}{fig.to.zh}{number}" if fig.unit == "百分点" else f"对{fig.to.zh}{word}{number}"
    amount = _qualified_en(fig, _unit_en(fig, fig.value, short, fig.qualifier))
    return f"contributed {amount} to {fig.to.en}" if fig.unit == "百分点" else f"{amount} of {fig.to.en}"


_VALUE_TEXT = {"quantity": _quantity, "rank": _rank, "share": _share, "change": _change, "ratio": _ratio,
               "margin": _margin, "contribution": _contribution}


def display(fig, lang: str, *, exact: bool = False) -> str:
    """The figure's value as a reader sees it, with its qualifier, plan word and target year.

    On slides, cards and charts (the default) English follows the long-number rule; `exact=True` keeps every
    digit, for notes, tooltips, data and search. Chinese is always the article's form."""
    return plan_prefix(fig, lang) + _VALUE_TEXT[fig.type](fig, lang, not exact)


def display_line(fig, lang: str) -> str:
    """The exact value on one line where nothing else says what it is a part of (find, the presenter's finder,
    the status bar): a share names its total, 9.6%（占全市比重） / 9.6% (share of city total)."""
    text = display(fig, lang, exact=True)
    of = share_of(fig, lang)
    if not of:
        return text
    return f"{text}（占{of}比重）" if lang == "zh" else f"{text} (share of {of})"


def zh_in_article_form(fig) -> str:
    """The exact text the article uses for this figure's number (checked against its quote)."""
    if fig.type == "quantity":
        digits = quoted_form(fig.value, written_in(fig), lambda d: amount_zh(fig.value, fig.unit, fig.qualifier, d))
        if not occurs(digits, written_in(fig)) and fig.qualifier == "exact":
            numerals = _numeral_form(fig.value, fig.unit, fig.qualifier, written_in(fig))
            if numerals:
                return numerals  # the article writes 九城, not 9城
        return digits
    if fig.type in ("change", "margin", "contribution"):
        if fig.type == "change" and fig.direction == "flat":
            return change_word(fig)
        return number_with_unit_zh(fig, fig.value if fig.type != "change" or _written_signed(fig) else fig.size)
    if fig.type == "share" and fig.unit is not None:
        return share_value_text(fig, fig.value, "zh", fig.qualifier)
    if fig.type == "ratio":
        return _ratio(fig, "zh", False)
    return _value_text(fig, "zh")


def _value_text(fig, lang: str) -> str:
    return _VALUE_TEXT[fig.type](fig, lang, False)


# --- metadata words ------------------------------------------------------------------------------

def share_of(fig, lang: str) -> str | None:
    """The share's denominator in words (全国 / 'national total'), or None when the pack names none."""
    of = getattr(fig, "of", None)
    if of is None:
        return None
    if isinstance(of, str):
        return of if lang == "zh" else SHARE_OF_EN[of]
    return of(lang)


def _qualifier_meta(qualifier: str, lang: str) -> str:
    if lang == "zh":
        return "精确" if qualifier == "exact" else qualifier
    return QUALIFIER_META_EN.get(qualifier) or QUALIFIER_EN[qualifier]


def _kind_meta(fig, lang: str) -> list[str]:
    """What kind of number a figure is, in words, after its plan word (qualifier_text)."""
    zh = lang == "zh"
    if fig.type == "rank":
        marker = ("并列" if fig.tied else "") + rank_ordinal_zh(fig)
        if zh:
            return [f"排名：{marker}"]
        return ["rank (among the top)" if fig.value is None else ("rank (joint)" if fig.tied else "rank")]
    if fig.type == "share":
        of = share_of(fig, lang)
        if zh:
            return [(f"占{of}" if of else "") + ("比重变化" if fig.from_ is not None else "比重")]
        base = f"share of {of}" if of else "share"
        return [f"{base}, from → to" if fig.from_ is not None else base]
    if fig.type == "change":
        return [_change_meta(fig, lang)] + ([fig.base(lang)] if fig.base else [])
    if fig.type == "ratio":
        parts = (" : " if not zh else ":").join(p(lang) for p in fig.parts or ())
        word = "比例" if zh else "ratio"
        return [f"{word}（{parts}）" if zh and parts else f"{word} ({parts})" if parts else word]
    if fig.type == "margin":
        return [f"与{fig.than.zh}比较" if zh else f"compared with {fig.than.en}"]
    if fig.type == "contribution":
        if fig.unit == "百分点":
            return [f"对{fig.to.zh}的拉动" if zh else f"contribution to {fig.to.en}"]
        return [f"对{fig.to.zh}的贡献率" if zh else f"contribution rate to {fig.to.en}"]
    return []


def _change_meta(fig: Change, lang: str) -> str:
    zh = lang == "zh"
    if fig.direction == "flat":
        return "持平" if zh else "no change"
    if fig.unit == "百分点":
        return "百分点变化" if zh else "change in percentage points"
    if fig.unit == "%":
        if fig.falls:
            return "降幅" if zh else "rate of decrease"
        if fig.word in _PLUS_WORDS:
            return "增长率" if zh else "growth rate"
        return "增幅" if zh else "rate of increase"
    if fig.unit is None:
        return "变化" if zh else "change"
    return ("减少量" if zh else "decrease") if fig.falls else ("增加量" if zh else "increase")


def qualifier_text(fig, lang: str) -> str:
    """What kind of number this is, in words: exact, approximate, at least, target for 2026, rank, share of
    city total, compared with the province…"""
    sep = "；" if lang == "zh" else "; "
    parts = [plan_word(fig, lang)] if fig.is_target else []
    qualifier = getattr(fig, "qualifier", "exact")
    if fig.type == "quantity":
        if qualifier != "exact" or not parts:
            parts.append(_qualifier_meta(qualifier, lang))
        if fig.from_ is not None:
            parts.append("变化：从→到" if lang == "zh" else "from → to")
        if fig.per:
            parts.append(fig.per(lang))
        return sep.join(parts)
    parts += _kind_meta(fig, lang)
    if qualifier != "exact":
        parts.append(_qualifier_meta(qualifier, lang))
    return sep.join(parts)


def share_axis_title(figures: list, lang: str) -> str:
    """The value axis of a share chart: 占全省比重 / 'share of provincial total' when every figure names the
    same denominator; plain 比重 / 'share' otherwise."""
    names = {share_of(f, lang) for f in figures}
    of = names.pop() if len(names) == 1 else None
    if lang == "zh":
        return f"占{of}比重" if of else "比重"
    return f"share of {of}" if of else "share"


def share_point_label(fig: Share, lang: str, start: bool = False) -> str:
    """A share chart's data label for its value (or, with `start`, its `from`): the fraction as the article
    writes it (1/7, the same in both languages), or a percentage share's own text (约9.6% / about 9.6%,
    八成以上 / at least 80%)."""
    value = fig.from_ if start else fig.value
    if fig.unit is None:
        return value
    return share_value_text(fig, value, lang, "exact" if start else fig.qualifier)


def composition_axis_title(lang: str) -> str:
    """The value axis of a composition (a ratio whose named terms add up to 100)."""
    return "各部分（合计100）" if lang == "zh" else "parts of 100"


# --- chart axes ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuantityAxis:
    """How like quantities are plotted: values on the same scale as their labels, and the axis title.

    zh plots the article's numbers (280 on a 万平方米 axis); en plots full amounts divided by one English
    magnitude (2.8 on a 'million m²' axis), so ticks and bar labels always agree."""

    divisor: Decimal  # plotted = value × unit factor ÷ divisor
    unit: str  # the unit words: 万平方米 / 'million m²', 'CNY billion', 'wafers a month', 'firms / parks'
    counted: bool  # a counter (家, 片/月): the title reads 'number of …'
    per: str = ""  # what a rate is per: 每千常住人口 / per 1,000 residents

    def value(self, fig) -> float:
        return float(_decimal(fig.value) * parse_unit(fig.unit).factor / self.divisor)

    def title(self, lang: str) -> str:
        if lang == "zh":
            unit = f"{self.unit}，{self.per}" if self.per else self.unit
            return f"数量（{unit}）" if self.counted else f"单位：{unit}"
        per = f" {self.per}" if self.per else ""
        return f"number of {self.unit}{per}" if self.counted else self.unit + per


def unit_key(fig) -> tuple:
    """Quantities plotted on one axis share this: the unit, and what a rate is per (每千常住人口)."""
    return fig.unit, fig.per.zh if getattr(fig, "per", None) else None


def quantity_axis(figures: list, lang: str) -> QuantityAxis:
    """The axis for quantities of one unit (the chart rule every renderer uses)."""
    unit = figures[0].unit
    parsed = parse_unit(unit)
    counted = parsed.measure is None
    per = figures[0].per(lang) if getattr(figures[0], "per", None) else ""
    if lang == "zh":
        return QuantityAxis(parsed.factor, unit, counted, per)
    top = max(abs(_decimal(f.value)) * parsed.factor for f in figures)
    size, name = magnitude(top)
    if parsed.measure is not None and parsed.measure.base in ("%",):
        return QuantityAxis(Decimal(1), "%", False, per)
    if counted:
        nouns = " / ".join(dict.fromkeys(f.unit_en or parsed.base for f in figures))
        return QuantityAxis(size, f"{nouns} ({name}s)" if name else nouns, True, per)
    words = parsed.measure.en if not name else (
        f"{parsed.measure.en} {name}" if parsed.measure.currency else f"{name} {parsed.measure.en}")
    return QuantityAxis(size, words, False, per)


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
    """A number to sort or plot: the quantity, the change (negative for a fall), the share as a fraction, a
    margin (negative below), a ratio of one number; None for 前列 and a ratio of several terms."""
    if fig.type == "share":
        return float(fig.fraction)
    if fig.type == "change":
        return -float(fig.size) if fig.falls else float(fig.value)
    if fig.type == "margin":
        return float(fig.value) if fig.direction == "above" else -float(fig.value)
    if fig.type == "ratio":
        return None if isinstance(fig.value, str) else float(fig.value)
    return None if fig.value is None else float(fig.value)


__all__ = ["LANGS", "MEASURES", "QuantityAxis", "amount_en", "amount_zh", "change_axis_title", "date_text",
           "difference_text", "display", "display_line", "fraction_en", "fraction_percent", "number_en", "number_zh",
           "numeric_value", "period_text", "plan_prefix", "plan_word", "qualifier_text", "quantity_axis",
           "rank_ordinal_zh", "scaled_en", "scope_change_text", "share_axis_title", "share_of", "span_text",
           "zh_in_article_form"]
