"""The briefing pack schema: what a figure, an entity, an event… is, checked by pydantic.

Plain data, no Qt and no python-pptx. Validation here is about shape and types; whether a quote
really occurs in the article is checked in `provenance.py`, because it needs the article text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Literal, Union

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, PlainValidator,
                      PrivateAttr, Tag, model_validator)

MAX_TEXT = 10_240  # characters: a 10 kB note or quote is accepted; model/limits.py warns when it will not lay out

from .units import needs_english_noun

#: The article's own qualifier words, grouped by what they mean for a number: approximately, at least (a
#: lower bound), at most (an upper bound that includes it: 以内, 以下) and below it (不足, 不到).
PRECISION_MARKERS = {"exact": "exact", "约": "approx", "近": "approx", "余": "at_least", "多": "at_least",
                     "以上": "at_least", "超过": "at_least", "突破": "at_least", "逾": "at_least",
                     "左右": "approx", "以内": "at_most", "以下": "at_most", "不足": "below", "不到": "below"}
QUALIFIERS = tuple(PRECISION_MARKERS)
#: Words that make a figure a plan or forecast rather than a result.
PLAN_WORDS = ("力争", "计划", "将", "预计", "目标", "提出", "争取", "预期")
#: The named denominators of a share (any other is given as a {zh, en} pair).
SHARE_OF = ("全国", "全省", "全市", "全区", "全球")
#: The article's verbs for a fall, for a rise, and for no change: a change's `word` must agree with its direction.
FALL_WORDS = ("下降", "减少", "降低", "回落", "下滑", "下跌", "收窄", "缩小", "净减", "降")
RISE_WORDS = ("增长", "增加", "提高", "上升", "上涨", "扩大", "净增", "提升", "增")
FLAT_WORDS = ("持平",)


def _clean_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    bad = next((c for c in value if unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c != "\n"), None)
    if bad is not None:
        raise ValueError(f"contains the control or unassigned character U+{ord(bad):04X}")
    return value


Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_clean_text)]
Ident = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
YearMonth = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
IsoDate = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")]
Year = Annotated[int, Field(ge=1900, le=2200)]
Quarter = Annotated[str, Field(pattern=r"^\d{4}-Q[1-4]$")]
Half = Annotated[str, Field(pattern=r"^\d{4}-H[12]$")]
MonthSpan = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])/\d{4}-(0[1-9]|1[0-2])$")]

#: Each text pattern above, explained in words for `check` messages (no raw regex is ever shown).
PATTERN_WORDS = {
    r"^[a-z0-9][a-z0-9-]*$":
        "must be an id of lower-case letters a-z, digits and hyphens, starting with a letter or digit "
        "(e.g. solar-capacity)",
    r"^\d{4}-(0[1-9]|1[0-2])$": "must be a year and month written YYYY-MM, e.g. 2023-12 (quote it if unsure)",
    r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$": "must be a date written YYYY-MM-DD, e.g. 2023-09-22",
    r"^[^/\\]+$": "must be a file name beside the pack, without any folder (e.g. article.txt)",
    r"^[0-9a-f]{64}$": "must be the file's SHA-256: 64 lower-case hexadecimal digits (as `sha256sum` prints it)",
    r"^\d{4}-Q[1-4]$": "must be a year and quarter written YYYY-Qn, e.g. 2024-Q1 for 一季度 (Q1 to Q4)",
    r"^\d{4}-H[12]$": "must be a year and half written YYYY-H1 (上半年) or YYYY-H2 (下半年), e.g. 2024-H1",
    r"^\d{4}-(0[1-9]|1[0-2])/\d{4}-(0[1-9]|1[0-2])$":
        "must be the first and last month written YYYY-MM/YYYY-MM, e.g. 2024-01/2024-09 for 1—9月 or 前三季度",
}


def _event_date(value):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?", value):
        raise ValueError(f"must be a date written YYYY-MM-DD (2023-09-22) or a month written YYYY-MM (2023-12); "
                         f"got {value!r}"[:200])
    return value


EventDate = Annotated[str, PlainValidator(_event_date)]


def _fraction(value: str) -> str:
    if not re.fullmatch(r"[1-9]\d*/[1-9]\d*", value):
        raise ValueError("must be a fraction such as 1/7")
    return value


FractionText = Annotated[str, AfterValidator(_fraction)]


def _number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"must be a number (got {value!r})"[:200])
    if not math.isfinite(value):
        raise ValueError("must be a finite number (NaN and infinity are not allowed)")
    return value


Number = Annotated[Union[int, float], PlainValidator(_number)]


class Strict(BaseModel):
    """Unknown keys are errors, numbers are not parsed from text, NaN and inf are refused.

    `defer_build`: a model's validator is built when it first validates, not at import. Only `PackData`
    validates (its nested models are part of its one validator), so the 19 others are never built.
    """

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False, frozen=True, defer_build=True)


class Bilingual(Strict):
    zh: Text
    en: Text

    def __call__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


#: The kinds of period, in the order `check` names them; exactly one is given.
PERIOD_KINDS = ("year", "this_year", "month", "date", "as_of", "past_years", "quarter", "half", "months",
                "year_end", "current")


class Period(Strict):
    """When a figure holds. Exactly one of the fields is given."""

    year: Year | None = None
    this_year: Year | None = None  # "今年" of the article
    month: YearMonth | None = None
    date: IsoDate | None = None
    as_of: YearMonth | None = None  # 截至
    past_years: int | None = Field(default=None, ge=1, le=100)  # 过去N年
    until: IsoDate | None = None  # end of a past_years span
    quarter: Quarter | None = None  # 一季度: 2024-Q1
    half: Half | None = None  # 上半年: 2024-H1
    months: MonthSpan | None = None  # 1—9月, 前三季度: 2024-01/2024-09 (first and last month, both included)
    year_end: Year | None = None  # 年末, 年底: the stock at the end of that year
    current: bool | None = None  # 目前 / present tense of the article

    @model_validator(mode="after")
    def _one_kind(self) -> "Period":
        given = [k for k in PERIOD_KINDS if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of: year (2023), this_year (the article's 今年, e.g. 2024), "
                             "month (a year and month, 2023-12), date (2023-09-22), as_of (截至, a year and month, "
                             "2024-02), past_years (过去N年, a whole number, optionally with until: a date), "
                             "quarter (一季度, 2024-Q1), half (上半年, 2024-H1), months (1—9月, the first and last "
                             "month, 2024-01/2024-09), year_end (年末, a year, 2024), current: true (目前)")
        if self.until is not None and self.past_years is None:
            raise ValueError("until (the end date of 过去N年) only goes with past_years")
        if self.current is False:
            raise ValueError("current can only be true")
        if self.months is not None:
            first, last = self.months.split("/")
            if first >= last:
                raise ValueError(f"months {self.months}: the first month must come before the last "
                                 "(a single month is month: YYYY-MM)")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in PERIOD_KINDS if getattr(self, k) is not None)

    @property
    def sort_key(self) -> str:
        """An ISO-like string that orders periods in time (current sorts last). A span sorts by its last
        month (2024-Q1 as 2024-03), a year's end as its December."""
        kind = self.kind
        value = getattr(self, kind)
        if kind == "past_years":
            return self.until or ""
        if kind == "quarter":
            return f"{value[:4]}-{int(value[-1]) * 3:02d}"
        if kind == "half":
            return f"{value[:4]}-{int(value[-1]) * 6:02d}"
        if kind == "months":
            first, last = value.split("/")
            return f"{last}/{first}"
        if kind == "year_end":
            return f"{value}-12"
        return "9999" if kind == "current" else str(value)


class Derivation(Strict):
    from_: list[Ident] = Field(alias="from", min_length=1)
    method: Bilingual


class CellRef(Strict):
    """Where a figure's number stands in a table of the article: the `table`-th Markdown table (from 1), the
    row whose label is `row` and the column whose header is `column` (cells.py checks it; seeds/README.md)."""

    table: int = Field(ge=1, le=100_000)
    row: Text  # the row's first cell as written (其中：稻谷)
    column: Text  # a header cell of the column (产量（万吨）), or its header cells joined by ' / '
    #: The cell as the article has it (cells.FoundCell), set when a pack is loaded; not part of the value.
    _found: object = PrivateAttr(default=None)

    def __eq__(self, other) -> bool:
        return isinstance(other, CellRef) and (self.table, self.row, self.column) == (other.table, other.row,
                                                                                      other.column)

    def __hash__(self) -> int:
        return hash((self.table, self.row, self.column))

    @property
    def found(self):
        return self._found


class FigureBase(Strict):
    id: Ident
    section: Ident
    group: Ident | None = None
    headline: bool = False
    label: Bilingual
    period: Period
    scope: Ident
    note: Bilingual | None = None
    derived: Derivation | None = None
    quote: Text
    plan: Literal[PLAN_WORDS] | None = None  # 力争, 预计…: a target or forecast, not a result
    target_year: Year | None = None  # 到2026年
    #: The indicator across packs (`gdp`, `retail-sales`): figures of several articles with the same key are one
    #: series (model/series.py), drawn over their periods.
    series: Ident | None = None
    #: A table cell the number stands in; `quote` is then that table row's whole line.
    cell: CellRef | None = None

    @property
    def is_target(self) -> bool:
        return self.plan is not None or self.target_year is not None


class Qualified(FigureBase):
    """A figure whose number may carry the article's qualifier (约, 以上, 左右, 不足…)."""

    qualifier: Literal[QUALIFIERS] = "exact"

    @property
    def precision(self) -> str:
        return PRECISION_MARKERS[self.qualifier]


def _counter_noun(unit: str | None, unit_en: str | None) -> None:
    if unit is not None and unit not in ("%", "百分点") and unit_en is None and needs_english_noun(unit):
        raise ValueError(f"unit {unit!r} is a counter: give unit_en, the English noun "
                         "(e.g. unit: 家 with unit_en: firms; 万片/月 with unit_en: wafers a month)")


class Quantity(Qualified):
    """A number with a unit: 1633家, 约196亿元, 230余场, 力争1500亩, 6.83‰, -0.38‰ (a signed rate), and
    每千常住人口3.42人 (`per`: what the rate is per)."""

    type: Literal["quantity"] = "quantity"
    value: Number  # negative only where the article writes the sign (自然增长率为-0.38‰): check requires it
    from_: Number | None = Field(default=None, alias="from")  # 从15%提高到22%: from 15 (same unit)
    unit: Text
    unit_en: Text | None = None  # the English noun of a counter such as 家 (firms) or 个 (projects)
    per: Bilingual | None = None  # 每千常住人口 / per 1,000 residents

    @model_validator(mode="after")
    def _check(self) -> "Quantity":
        _counter_noun(self.unit, self.unit_en)
        return self


class Rank(FigureBase):
    """A place in a ranking: 第一, 并列第二, or 前列 (value null: among the top)."""

    type: Literal["rank"]
    value: int | None = Field(ge=1, le=10**9)  # 第12位, 第一; null for 前列
    tied: bool = False
    among: Bilingual  # its English may carry its own preposition: "among the province's coastal ports"


#: Units a share may be written in besides a fraction: per cent (9.6%) and tenths (八成 = 8 成).
SHARE_UNITS = {"%": 100, "成": 10}


def _share_value(value):
    """A share is a fraction text (1/7) or a number (9.6 with unit %, 8 with unit 成)."""
    if isinstance(value, str):
        return _fraction(value)
    try:
        return _number(value)
    except ValueError:
        raise ValueError(f"must be a fraction such as 1/7, or a number with unit \"%\" or 成 (got {value!r})"[:200]) \
            from None


ShareValue = Annotated[Union[str, int, float], PlainValidator(_share_value)]


class Share(Qualified):
    """A part of a named total: a fraction (1/7), a percentage (占全市…的比重为9.6%: value 9.6, unit %) or
    tenths (八成以上: value 8, unit 成, qualifier 以上), optionally with where it rose from (1/12 → 1/7).
    `of` names the total (全国, 全省…, or a {zh, en} pair); without it no denominator is named."""

    type: Literal["share"]
    value: ShareValue
    from_: ShareValue | None = Field(default=None, alias="from")
    unit: Literal[tuple(SHARE_UNITS)] | None = None  # None: value and from are fractions
    rose: bool = False  # 提升到: the article says it rose but not from what
    of: Annotated[Literal[SHARE_OF] | Bilingual | None, BeforeValidator(lambda v: _share_of(v))] = None

    @model_validator(mode="after")
    def _check(self) -> "Share":
        for key, value in (("value", self.value), ("from", self.from_)):
            if value is None:
                continue
            if self.unit is None and not isinstance(value, str):
                raise ValueError(f"{key} {value!r} is a number: give unit: \"%\" (占…的9.6%) or unit: 成 (八成), "
                                 "or write the share as a fraction such as 1/7")
            if self.unit is not None and isinstance(value, str):
                raise ValueError(f"{key} {value!r} is a fraction: leave out unit (a fraction has none)")
            if self.unit is not None and not 0 <= value <= SHARE_UNITS[self.unit]:
                raise ValueError(f"{key} {value!r} is not a share: between 0 and {SHARE_UNITS[self.unit]} "
                                 f"with unit {self.unit}")
        return self

    def _whole(self, value) -> Fraction:
        if isinstance(value, str):
            return Fraction(value)
        return Fraction(str(value)) / SHARE_UNITS[self.unit]

    @property
    def fraction(self) -> Fraction:
        """The share as a fraction of its total (9.6% → 12/125, 八成 → 4/5)."""
        return self._whole(self.value)

    @property
    def from_fraction(self) -> Fraction | None:
        return self._whole(self.from_) if self.from_ is not None else None


def _share_of(value):
    if isinstance(value, str) and value not in SHARE_OF:
        raise ValueError(f"must be one of {', '.join(SHARE_OF)}, or a {{zh, en}} pair naming the total "
                         f"(got {value!r})"[:300])
    if value is not None and not isinstance(value, (str, dict)):
        raise ValueError(f"must be one of {', '.join(SHARE_OF)}, or a {{zh, en}} pair naming the total")
    return value


class Change(Qualified):
    """A change: 增长226.4%, 下降4.1% (direction: down), 提高2个百分点 (unit: 百分点), 比上年增加1.2万亩 (any
    quantity unit), 缩小0.04 (no unit), 持平 (direction: flat), 增长-3.5% (a fall written as negative growth),
    上涨0.4% (`word`: the article's verb), 比年初增加856.3亿元 (`base`)."""

    type: Literal["change"]
    value: Number
    unit: Text | None = None  # %, 百分点, a quantity unit (万亩, 家, 亿元), or None for a unitless number
    unit_en: Text | None = None  # the English noun of a counter (净增153家: firms)
    direction: Literal["up", "down", "flat"] = "up"
    word: Text | None = None  # the article's verb: 上涨, 净增, 回落, 持平… (default 增长/提高/下降)
    base: Bilingual | None = None  # what it is measured against when not the previous year: 比年初

    @model_validator(mode="after")
    def _check(self) -> "Change":
        _counter_noun(self.unit, self.unit_en)
        if self.direction == "down" and self.value < 0:
            raise ValueError("with direction: down, give the size of the fall as a positive value "
                             "(下降4.1% → value: 4.1)")
        if self.direction == "flat" and self.value != 0:
            raise ValueError("with direction: flat (持平), the value is 0")
        word = self.word or ""
        if self.direction == "up" and self.value > 0 and word.startswith(FALL_WORDS):
            raise ValueError(f"word {word!r} says it fell: give direction: down")
        if self.direction == "down" and word.startswith(RISE_WORDS):
            raise ValueError(f"word {word!r} says it rose: leave out direction: down")
        if self.value < 0 and word.startswith(FALL_WORDS):
            raise ValueError(f"a negative value with {word!r} would say it rose: give the size of the fall "
                             "(value: 3.5, direction: down)")
        return self

    @property
    def falls(self) -> bool:
        """True for a decrease, whether written direction: down or as a negative value."""
        return self.direction == "down" or self.value < 0

    @property
    def size(self):
        return abs(self.value)


def _ratio(value):
    """A ratio as the article writes it: terms joined by a colon (4.2:38.5:57.3, 2.6:1), or one number (1.95)."""
    if isinstance(value, str):
        if not re.fullmatch(r"\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+", value):
            raise ValueError(f"must be terms joined by colons as the article writes them (4.2:38.5:57.3, 2.6:1) "
                             f"or one number (1.95); got {value!r}"[:200])
        return value
    value = _number(value)
    if value <= 0:
        raise ValueError("a ratio of one number must be greater than 0")
    return value


class Ratio(Qualified):
    """A ratio or structure: 三次产业结构为4.2:38.5:57.3 (`parts` name the terms), 2.6:1, 城乡居民收入比为1.95."""

    type: Literal["ratio"]
    value: Annotated[Union[str, int, float], PlainValidator(_ratio)]
    parts: list[Bilingual] | None = None  # the terms' names, in order (第一产业, 第二产业, 第三产业)

    @model_validator(mode="after")
    def _check(self) -> "Ratio":
        if self.parts is not None and len(self.parts) != len(self.terms):
            raise ValueError(f"parts names {len(self.parts)} terms but the value {self.value!r} has "
                             f"{len(self.terms)}")
        return self

    @property
    def terms(self) -> tuple[str, ...]:
        """The terms as written: ('4.2', '38.5', '57.3'); one term for a ratio of one number."""
        return tuple(self.value.split(":")) if isinstance(self.value, str) else (None,)

    @property
    def is_composition(self) -> bool:
        """Named terms that are shares of one whole: they add up to 100 (within the article's rounding)."""
        if not self.parts or len(self.terms) < 2:
            return False
        places = max(len(t.partition(".")[2]) for t in self.terms)
        slack = Decimal(len(self.terms)) * Decimal(5).scaleb(-places - 1)  # each term rounded by half a unit
        return abs(sum(Decimal(t) for t in self.terms) - 100) <= slack


class Margin(Qualified):
    """How far a figure is above or below another: 增速高于全省0.4个百分点, 比全国低0.2个百分点, 高出全省1200元.
    Never a rise: it compares two figures of the same time."""

    type: Literal["margin"]
    value: Number  # ≥ 0: `direction` says above or below
    unit: Text  # 百分点, %, or a quantity unit (元, 万人…)
    unit_en: Text | None = None
    direction: Literal["above", "below"]
    than: Bilingual  # what it is compared with: 全省 / the province
    word: Text | None = None  # the article's word: 高于, 快于, 低于, 慢于, 高出, 低 (比全国低…); default 高于/低于

    @model_validator(mode="after")
    def _check(self) -> "Margin":
        _counter_noun(self.unit, self.unit_en)
        if self.value < 0:
            raise ValueError("a margin's value is its size, 0 or more: direction says above or below "
                             "(比全国低0.2个百分点 → value: 0.2, direction: below)")
        return self


class Contribution(Qualified):
    """What a part adds to a whole's growth: 拉动经济增长3.1个百分点 (unit 百分点), 对经济增长的贡献率为45.2%
    (unit %)."""

    type: Literal["contribution"]
    value: Number  # negative only where the article writes the sign
    unit: Literal["百分点", "%"]
    to: Bilingual  # what it contributes to: 经济增长 / economic growth
    word: Text | None = None  # 拉动 (default for 百分点), 贡献率 (default for %)


def _figure_type(value) -> str:
    """The union tag; an unknown type is passed on so the error names the valid ones."""
    kind = value.get("type", "quantity") if isinstance(value, dict) else getattr(value, "type", "quantity")
    return kind if isinstance(kind, str) else repr(kind)


FIGURE_TYPES = ("quantity", "rank", "share", "change", "ratio", "margin", "contribution")
Figure = Annotated[
    Union[Annotated[Quantity, Tag("quantity")], Annotated[Rank, Tag("rank")], Annotated[Share, Tag("share")],
          Annotated[Change, Tag("change")], Annotated[Ratio, Tag("ratio")], Annotated[Margin, Tag("margin")],
          Annotated[Contribution, Tag("contribution")]],
    Discriminator(_figure_type),
]


class Section(Strict):
    id: Ident
    title: Bilingual
    message: Bilingual  # the section's point, used as an action title


class Group(Strict):
    """Figures compared side by side (one chart)."""

    id: Ident
    section: Ident
    title: Bilingual
    message: Bilingual | None = None  # the point the comparison makes (an action title)


class Entity(Strict):
    id: Ident
    kind: Literal["company", "institution", "project", "place"]
    section: Ident
    name: Bilingual
    figure: Ident | None = None
    quote: Text


class Event(Strict):
    id: Ident
    date: EventDate
    section: Ident
    title: Bilingual
    detail: Bilingual | None = None
    figures: list[Ident] = []
    quote: Text


class Place(Strict):
    id: Ident
    name: Bilingual
    region: Bilingual
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    origin: bool = False


class MapSpec(Strict):
    id: Ident
    section: Ident
    title: Bilingual
    message: Bilingual | None = None
    quote: Text
    reference: Bilingual  # where the coordinates come from: they are not in the article
    places: list[Place] = Field(min_length=1)


class Matrix(Strict):
    id: Ident
    section: Ident
    title: Bilingual
    message: Bilingual | None = None
    cell: Bilingual
    quote: Text
    rows: list[Bilingual] = Field(min_length=1)
    columns: list[Bilingual] = Field(min_length=1)
    sequence: bool = False  # the rows are steps in order (a life cycle, a procedure): drawn linked by arrows


class Image(Strict):
    section: Ident
    caption: Bilingual
    quote: Text


FileName = Annotated[str, Field(pattern=r"^[^/\\]+$", max_length=200)]


class Original(Strict):
    """The file as received (report.docx, a PDF, a saved page) that `file` was converted from, kept beside
    the pack; `check` warns when its bytes no longer match `sha256`."""

    file: FileName
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Article(Strict):
    file: FileName  # the UTF-8 text or Markdown the quotes are checked against
    title: Text
    title_en: Text
    year: Year
    source: Bilingual
    source_quote: Text
    original: Original | None = None  # None: `file` is the article as received


class PackData(Strict):
    """The whole pack file, as written."""

    format: Literal["briefing-pack/1"]
    id: Ident
    title: Bilingual
    subtitle: Bilingual
    article: Article
    scopes: dict[Ident, Bilingual] = Field(min_length=1)
    sections: list[Section] = Field(min_length=1)
    groups: list[Group] = []
    figures: list[Figure] = Field(min_length=1)
    entities: list[Entity] = []
    events: list[Event] = []
    map: MapSpec | None = None
    matrices: list[Matrix] = []
    images: list[Image] = []
