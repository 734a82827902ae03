"""The briefing pack schema: what a figure, an entity, an event… is, checked by pydantic.

Plain data, no Qt and no python-pptx. Validation here is about shape and types; whether a quote
really occurs in the article is checked in `provenance.py`, because it needs the article text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from fractions import Fraction
from typing import Annotated, Literal, Union

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, PlainValidator, Tag, model_validator

MAX_TEXT = 10_240  # characters: a 10 kB note or quote is accepted; model/limits.py warns when it will not lay out

from .units import needs_english_noun

#: The article's own qualifier words, grouped by what they mean for a number.
PRECISION_MARKERS = {"exact": "exact", "约": "approx", "近": "approx", "余": "at_least", "多": "at_least",
                     "以上": "at_least", "超过": "at_least", "突破": "at_least", "逾": "at_least"}
QUALIFIERS = tuple(PRECISION_MARKERS)
#: Words that make a figure a plan or forecast rather than a result.
PLAN_WORDS = ("力争", "计划", "将", "预计", "目标", "提出", "争取")
#: The named denominators of a share (any other is given as a {zh, en} pair).
SHARE_OF = ("全国", "全省", "全市", "全区", "全球")


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

    @property
    def is_target(self) -> bool:
        return self.plan is not None or self.target_year is not None


class Quantity(FigureBase):
    """A number with a unit: 1633家, 约196亿元, 230余场, 力争1500亩."""

    type: Literal["quantity"] = "quantity"
    value: Number
    from_: Number | None = Field(default=None, alias="from")  # 从15%提高到22%: from 15 (same unit)
    unit: Text
    unit_en: Text | None = None  # the English noun of a counter such as 家 (firms) or 个 (projects)
    qualifier: Literal[QUALIFIERS] = "exact"

    @model_validator(mode="after")
    def _check(self) -> "Quantity":
        if self.value < 0 or (self.from_ is not None and self.from_ < 0):
            raise ValueError("value must not be negative (a fall is a change with direction: down)")
        if self.unit_en is None and needs_english_noun(self.unit):
            raise ValueError(f"unit {self.unit!r} is a counter: give unit_en, the English noun "
                             "(e.g. unit: 家 with unit_en: firms; 万片/月 with unit_en: wafers a month)")
        return self

    @property
    def precision(self) -> str:
        return PRECISION_MARKERS[self.qualifier]


class Rank(FigureBase):
    """A place in a ranking: 第一, 并列第二, or 前列 (value null: among the top)."""

    type: Literal["rank"]
    value: int | None = Field(ge=1, le=10**9)  # 第12位, 第一; null for 前列
    tied: bool = False
    among: Bilingual


class Share(FigureBase):
    """A fraction of a total, optionally with where it rose from: 1/12 → 1/7. `of` names the total
    (全国, 全省…, or a {zh, en} pair); without it no denominator is named."""

    type: Literal["share"]
    value: FractionText
    from_: FractionText | None = Field(default=None, alias="from")
    rose: bool = False  # 提升到: the article says it rose but not from what
    of: Annotated[Literal[SHARE_OF] | Bilingual | None, BeforeValidator(lambda v: _share_of(v))] = None

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.value)

    @property
    def from_fraction(self) -> Fraction | None:
        return Fraction(self.from_) if self.from_ else None


def _share_of(value):
    if isinstance(value, str) and value not in SHARE_OF:
        raise ValueError(f"must be one of {', '.join(SHARE_OF)}, or a {{zh, en}} pair naming the total "
                         f"(got {value!r})"[:300])
    if value is not None and not isinstance(value, (str, dict)):
        raise ValueError(f"must be one of {', '.join(SHARE_OF)}, or a {{zh, en}} pair naming the total")
    return value


class Change(FigureBase):
    """A change: 增长226.4%, 下降4.1% (direction: down), 提高2个百分点 (unit: 百分点)."""

    type: Literal["change"]
    value: Number
    unit: Literal["%", "百分点"]
    direction: Literal["up", "down"] = "up"

    @model_validator(mode="after")
    def _check(self) -> "Change":
        if self.direction == "down" and self.value < 0:
            raise ValueError("with direction: down, give the size of the fall as a positive value "
                             "(下降4.1% → value: 4.1)")
        return self

    @property
    def falls(self) -> bool:
        """True for a decrease, whether written direction: down or as a negative value."""
        return self.direction == "down" or self.value < 0

    @property
    def size(self):
        return abs(self.value)


def _figure_type(value) -> str:
    """The union tag; an unknown type is passed on so the error names the valid ones."""
    kind = value.get("type", "quantity") if isinstance(value, dict) else getattr(value, "type", "quantity")
    return kind if isinstance(kind, str) else repr(kind)


FIGURE_TYPES = ("quantity", "rank", "share", "change")
Figure = Annotated[
    Union[Annotated[Quantity, Tag("quantity")], Annotated[Rank, Tag("rank")], Annotated[Share, Tag("share")],
          Annotated[Change, Tag("change")]],
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
