"""One indicator across articles: every figure that names the same `series` key, placed on its period.

The rules a reader can rely on, whichever view or export shows a series:
- A value is re-expressed in the series' unit only when that is exact: the same base unit with another
  magnitude (万元 ↔ 亿元, 万人 ↔ 人). A point whose unit cannot be converted exactly (美元 beside 元, 亩 beside
  公顷) or whose kind of number differs (a growth rate in a series of amounts) keeps its article's own value
  in the table and stays off the chart, with the reason.
- Points of different scope (the urban districts, then the whole city) are separate lines, never joined.
- When articles give different values for the same period and scope (初步核算, then 最终核实), all are kept:
  the latest article's is `revised`, the earlier ones `superseded`. Nothing is dropped or averaged.
- Periods that are no point in time (目前, 过去3年) are listed, not plotted.

Qt-free and Library-free: a talk's series slide, the Library's series view, `briefing-app series` and
`data --series` all build the same `Series`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..model import Pack, display, period_text
from ..model.format import date_text, share_of
from ..model.units import parse_unit

#: What each point's mark means, for the table, the CLI and the notes.
REVISED, SUPERSEDED, REPEATED = "revised", "superseded", "repeated"


@dataclass(frozen=True)
class Slot:
    """A point's place in time: `key` says which periods are the same (今年 2024 and 2024 are)."""

    key: tuple[str, str]
    sort: str
    period: object  # model.schema.Period

    def label(self, lang: str) -> str:
        """The category under the chart: 2023年 / 2023 for a year (today's 今年 is next year's 上年); other
        periods in their own words (2024年末, 截至2024年2月)."""
        if self.period.kind in ("year", "this_year"):
            return date_text(self.key[1], lang)
        return period_text(self.period, lang)


#: Periods that place a value in one year: a year, the article's 今年, and (once the format has it) 年末.
YEAR_KINDS = ("year", "this_year", "year_end")


def slot_of(period) -> Slot | None:
    """Where a period sits in time, or None for one that is no point in time (目前, 过去N年)."""
    kind = period.kind
    if kind in ("current", "past_years"):
        return None
    if kind in YEAR_KINDS:  # one slot per year, whichever way a bulletin words it
        year = str(getattr(period, kind))
        return Slot(("year", year), year, period)
    return Slot((kind, str(getattr(period, kind))), period.sort_key, period)


def family(fig) -> tuple[str, str, str]:
    """What may share one axis: the kind of number, its base unit (元 for both 万元 and 亿元) and, for a
    share, its denominator. A growth rate (change, %) and a level in % are different families."""
    unit = getattr(fig, "unit", None)
    base = parse_unit(unit).base if unit else ""
    return fig.type, base, (share_of(fig, "zh") or "") if fig.type == "share" else ""


def _magnitude(unit: str | None) -> Decimal:
    return parse_unit(unit).factor if unit else Decimal(1)


@dataclass(frozen=True)
class SeriesPoint:
    """One figure of one pack in a series. `source` names the pack in figure ids (`j25:gdp`); '' for a
    single pack, whose ids stay as they are."""

    source: str
    pack: Pack = field(repr=False, compare=False)
    figure: object
    slot: Slot | None
    value: Decimal | None  # in the series' unit; None when not on the chart (see `off_chart`)
    status: str = ""  # REVISED, SUPERSEDED, REPEATED or ''
    off_chart: str = ""  # why the point is not plotted: 'period', 'unit', 'kind' or ''

    @property
    def figure_id(self) -> str:
        return f"{self.source}:{self.figure.id}" if self.source else self.figure.id

    @property
    def quote(self) -> str:
        return self.figure.quote

    @property
    def published(self) -> int:
        """The year of the article (the later article revises the earlier)."""
        return self.pack.data.article.year

    def scope(self, lang: str) -> str:
        return self.pack.scope_label(self.figure, lang)

    def period(self, lang: str) -> str:
        return self.slot.label(lang) if self.slot else period_text(self.figure.period, lang)

    def article(self, lang: str) -> str:
        """The article's title: verbatim in Chinese, its English title in English."""
        a = self.pack.data.article
        return a.title if lang == "zh" else a.title_en

    def display(self, lang: str, exact: bool = False) -> str:
        """The value as the article gives it, with its qualifier (约, 以上…) and plan word; `exact`: every
        digit (notes, tables, the command line), else rounded as slides are (model/format.py's rule)."""
        return display(self.figure, lang, exact=exact)

    @property
    def plotted(self) -> bool:
        return self.value is not None and self.status not in (SUPERSEDED, REPEATED)


@dataclass(frozen=True)
class Series:
    key: str
    points: tuple[SeriesPoint, ...]  # in time order (unplaced last), then by publication
    family: tuple[str, str, str]
    unit: str | None  # the unit plotted values are in (亿元); None for shares and unitless numbers
    unit_en: str | None  # the counter noun of that unit (firms), from a figure that uses it

    def label(self, lang: str) -> str:
        """The indicator's name: the latest plotted figure's label (else the latest figure's)."""
        return self.latest.figure.label(lang)

    @property
    def latest(self) -> SeriesPoint:
        placed = [p for p in self.points if p.plotted] or list(self.points)
        return max(placed, key=lambda p: (p.slot.sort if p.slot else "", p.published))

    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes of the plotted points (zh labels: a scope is the same place in every pack), in time order."""
        return tuple(dict.fromkeys(p.scope("zh") for p in self.points if p.value is not None))

    @property
    def slots(self) -> tuple[Slot, ...]:
        """Every period with a value on the chart, in time order."""
        seen: dict = {}
        for p in self.points:
            if p.value is not None:
                seen.setdefault(p.slot.key, p.slot)
        return tuple(sorted(seen.values(), key=lambda s: s.sort))

    def line(self, scope: str) -> list[SeriesPoint]:
        """The plotted points of one scope, one per period, in time order."""
        return [p for p in self.points if p.plotted and p.scope("zh") == scope]

    @property
    def superseded(self) -> list[SeriesPoint]:
        """Values a later article revised: shown beside the revised ones, never dropped."""
        return [p for p in self.points if p.status == SUPERSEDED and p.value is not None]

    def display(self, point: SeriesPoint, lang: str, exact: bool = False) -> str:
        """A point's value in the series' unit when it differs exactly by a magnitude (98560元 beside 10.45万元
        reads 9.856万元), with its qualifier and plan word; as the article gives it otherwise."""
        fig = point.figure
        unit = getattr(fig, "unit", None)
        if point.value is None or fig.type != "quantity" or not self.unit or unit == self.unit:
            return display(fig, lang, exact=exact)
        factor = _magnitude(unit) / _magnitude(self.unit)
        changed = {"value": plain(point.value), "unit": self.unit}
        if fig.from_ is not None:
            changed["from_"] = plain(Decimal(str(fig.from_)) * factor)
        return display(fig.model_copy(update=changed), lang, exact=exact)

    def span(self) -> tuple[SeriesPoint, SeriesPoint, Decimal | None] | None:
        """The first and last values of the latest scope's line, and their difference when both are exact
        results of one unit (never across a scope change, never with 约 or 以上); None with fewer than two."""
        if not self.scopes:
            return None
        line = self.line(self.scopes[-1])
        if len(line) < 2:
            return None
        first, last = line[0], line[-1]
        exact = all(getattr(p.figure, "qualifier", "exact") == "exact" for p in (first, last))
        return first, last, (last.value - first.value) if exact and self.family[0] != "share" else None

    @property
    def percent_axis(self) -> bool:
        """Shares written as fractions are plotted as fractions of one, on a percentage axis."""
        return self.family[0] == "share" and not self.unit


def plain(number: Decimal) -> int | float:
    """A Decimal as the pack would write it: 3125000, 9.856 (exact: the decimals of a magnitude change)."""
    number = number.normalize()
    return int(number) if number == number.to_integral_value() else float(number)


def _number(fig) -> Decimal | None:
    """The figure's number as plotted, before any unit conversion (a fall is negative); None for a rank or
    any figure without one number."""
    if fig.type == "share" and isinstance(fig.value, str):
        f = Fraction(fig.value)
        return Decimal(f.numerator) / Decimal(f.denominator)
    if fig.type == "change":
        return -Decimal(str(fig.size)) if fig.falls else Decimal(str(fig.value))
    if fig.type == "rank":
        return None
    value = getattr(fig, "value", None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return Decimal(str(value))


def series_keys(packs: list[tuple[str, Pack]]) -> dict[str, int]:
    """Every series key the packs name, with its number of figures, in order of first appearance."""
    out: dict[str, int] = {}
    for _source, pack in packs:
        for fig in pack.data.figures:
            if fig.series:
                out[fig.series] = out.get(fig.series, 0) + 1
    return out


def build_series(key: str, packs: list[tuple[str, Pack]]) -> Series | None:
    """The series `key` over `packs` ((source, pack) pairs, the order they were given in breaks ties
    between articles of the same year); None when no figure names it."""
    found = [(i, source, pack, fig) for i, (source, pack) in enumerate(packs)
             for fig in pack.data.figures if fig.series == key]
    if not found:
        return None
    return series_from(key, found)


def series_from(key: str, found: list) -> Series:
    """The series from its figures: (order, source, pack, figure) tuples, `order` breaking ties between
    articles of the same year."""
    families: dict[tuple, int] = {}
    for _i, _s, _p, fig in found:
        families[family(fig)] = families.get(family(fig), 0) + 1
    # the family most figures have; among equals the latest article's
    latest = max(found, key=lambda f: (f[2].data.article.year, f[0]))
    main = max(families, key=lambda fam: (families[fam], fam == family(latest[3])))
    units = {}
    for _i, _s, _p, fig in found:
        unit = getattr(fig, "unit", None)
        if family(fig) == main and unit:
            units[unit] = units.get(unit, 0) + 1
    # the unit most figures use; among equals the larger magnitude (fewer digits: 亿元 before 万元)
    unit = max(units, key=lambda u: (units[u], _magnitude(u))) if units else None
    unit_en = next((getattr(f, "unit_en", None) for *_x, f in found
                    if getattr(f, "unit", None) == unit and getattr(f, "unit_en", None)), None)
    points = []
    for order, source, pack, fig in found:
        slot = slot_of(fig.period)
        number = _number(fig)
        reason = ""
        if family(fig) != main:
            reason = "unit" if fig.type == main[0] else "kind"
        elif number is None:
            reason = "kind"
        elif fig.is_target:
            reason = "target"  # a plan is not a result: listed, never joined to the results
        elif slot is None:
            reason = "period"
        value = None
        if not reason:
            fig_unit = getattr(fig, "unit", None)
            value = number * _magnitude(fig_unit) / _magnitude(unit) if fig_unit and unit else number
        points.append((order, SeriesPoint(source, pack, fig, slot, value, off_chart=reason)))
    points = _mark_revisions(points)
    points.sort(key=lambda op: (op[1].slot is None, op[1].slot.sort if op[1].slot else "",
                                op[1].published, op[0]))
    return Series(key, tuple(p for _o, p in points), main, unit, unit_en)


def _mark_revisions(points: list[tuple[int, SeriesPoint]]) -> list[tuple[int, SeriesPoint]]:
    """Several plotted values for one period and scope: the latest article's is REVISED (or stands alone when
    every value is the same), each earlier value that differs from it SUPERSEDED (once: the latest article
    giving it), and any value already given by a later article REPEATED."""
    from dataclasses import replace

    by_place: dict[tuple, list[int]] = {}
    for i, (_order, p) in enumerate(points):
        if p.value is not None:
            by_place.setdefault((p.slot.key, p.scope("zh")), []).append(i)
    out = list(points)
    for indices in by_place.values():
        if len(indices) < 2:
            continue
        ordered = sorted(indices, key=lambda i: (points[i][1].published, points[i][0]))
        last = points[ordered[-1]][1]
        differs = any(points[i][1].value != last.value for i in ordered[:-1])
        seen = {last.value}  # a value given again (the same article twice in a Library) is drawn once
        for i in reversed(ordered[:-1]):
            order, p = points[i]
            out[i] = (order, replace(p, status=REPEATED if p.value in seen else SUPERSEDED))
            seen.add(p.value)
        if differs:
            out[ordered[-1]] = (points[ordered[-1]][0], replace(last, status=REVISED))
    return out
