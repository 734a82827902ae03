"""Chart specs from a group of figures: bars for like quantities, from→to bars for shares, and the parts of a
composition (a ratio whose named terms add up to 100: 三次产业结构4.2:38.5:57.3).

Only figures of the pack are plotted; a group that mixes units is not a chart (it becomes cards).
Approximate values are marked lighter and targets dashed, so neither looks like an exact result.
"""

from __future__ import annotations

from dataclasses import replace

from ..i18n import punctuation
from ..model import display, period_text
from ..model.format import (composition_axis_title, fraction_percent, quantity_axis, share_axis_title,
                            share_point_label, unit_key)
from ..typography import unwrap
from ..typography.breaking import no_break
from ..typography.metrics import text_width
from . import layout
from .slides import SERIES_ROLES, Box, Chart, ChartPoint, Rect  # noqa: F401 (SERIES_ROLES re-exported)
from .style import CAPTION, SMALL
from .words import word


def bar_count(figures: list) -> int:
    """Bars a chart of these figures would draw: two for a share with a starting value, one per part of a
    composition, else one each."""
    return sum(2 if f.type == "share" and f.from_ is not None else len(f.terms) if is_composition(f) else 1
               for f in figures)


def is_composition(fig) -> bool:
    """A ratio whose named terms are shares of one whole: it charts as its parts."""
    return fig.type == "ratio" and fig.is_composition


#: Fewest bars worth a chart: two bars say nothing a pair of big numbers (KPI cards) would not.
MIN_BARS = 3


def chart_kind(figures: list) -> str | None:
    """'shares', 'quantities', or None when the figures cannot share one value axis, or when a chart would
    compare fewer than MIN_BARS bars (then they are cards: big numbers with their qualifiers and periods).
    'composition' for one ratio whose named parts add up to 100."""
    if len(figures) == 1 and is_composition(figures[0]):
        return "composition"
    if len(figures) < 2 or bar_count(figures) < MIN_BARS:
        return None
    if all(f.type == "share" for f in figures):
        return "shares"
    if all(f.type == "quantity" for f in figures) and len({unit_key(f) for f in figures}) == 1:
        return "quantities"
    return None


def chart_for_group(group, figures: list, box: Box, lang: str) -> Chart | None:
    kind = chart_kind(figures)
    if kind == "shares":
        chart = _share_chart(group, figures, box, lang)
    elif kind == "composition":
        chart = composition_chart(figures[0], group.title(lang) if group else figures[0].label(lang), box, lang)
    elif kind == "quantities":
        chart = _quantity_chart(group, figures, box, lang)
    else:
        return None
    return replace(chart, horizontal=horizontal(figures, box))


def with_legend(chart: Chart) -> tuple[Chart, list]:
    """A chart of several series, shortened to leave room under it for a legend drawn as slide items, in
    series order. Native legends are not used: LibreOffice lists a horizontal bar chart's series bottom-up,
    PowerPoint left to right, so only a legend the deck draws reads the same everywhere."""
    names = chart.series_names
    if len(names) < 2:
        return chart, []
    b = chart.box
    shown = [i for i, n in enumerate(names) if n not in names[:i]]  # a name twice (two earlier values) once
    labels = [layout.text(names[i], 0, 0, text_width(names[i], CAPTION) * 1.15 + 4, CAPTION, max_lines=1,
                          role="caption", color="muted") for i in shown]
    swatch, gap = 10.0, 18.0
    total = sum(swatch + 5 + lb.box.w for lb in labels) + gap * (len(labels) - 1)
    height = max(lb.box.h for lb in labels)
    x, y = b.x + max(0.0, (b.w - total) / 2), b.bottom - height
    items: list = []
    for i, label in zip(shown, labels):
        role, hollow = chart.series_roles[i], i in chart.hollow  # an unfilled series: an outlined swatch
        items.append(Rect(Box(x, y + (height - swatch) / 2, swatch, swatch), fill=None if hollow else role,
                          line=role if hollow else None))
        items.append(layout.at(label, x=x + swatch + 5, y=y))
        x += swatch + 5 + label.box.w + gap
    return replace(chart, box=Box(b.x, b.y, b.w, b.h - height - 6)), items


#: Most categories drawn as columns; more become horizontal bars.
MAX_COLUMNS = 5


def horizontal(figures: list, box: Box) -> bool:
    """Horizontal bars when there are many categories or a label, in EITHER language, would not fit in two
    lines under its column, so the zh and en decks show the same chart form and no label is turned 45°."""
    labels = [[p(lang) for p in f.parts] if is_composition(f) else [f.label(lang)] for f in figures
              for lang in ("zh", "en")]
    count = bar_count(figures) if any(is_composition(f) for f in figures) else len(figures)
    if count > MAX_COLUMNS:
        return True
    slot = box.w * 0.85 / count - 6
    return any(text_width(text, SMALL) > 1.8 * slot for texts in labels for text in texts)


def _quantity_chart(group, figures, box, lang) -> Chart:
    axis = quantity_axis(figures, lang)  # the one chart rule: same scale as the labels, unit words in `lang`
    points = tuple(ChartPoint(category=_category(f, lang), value=axis.value(f), label=no_break(display(f, lang)),
                              figure_id=f.id,
                              approximate=f.precision == "approx", target=f.is_target) for f in figures)
    integral = all(p.value.is_integer() for p in points)
    notes = [word("approx_note", lang)] * any(p.approximate for p in points)
    notes += [word("target_note", lang)] * any(p.target for p in points)
    title = group.title(lang)
    return Chart(box=box, kind="bar", title=title, axis_title=axis.title(lang),
                 series_names=(period_text(figures[0].period, lang),), points=points,
                 number_format="#,##0" if integral else "#,##0.0", alt_text=_alt(title, points, lang),
                 note="; ".join(notes) if lang == "en" else "；".join(notes))


def _share_chart(group, figures, box, lang) -> Chart:
    points = []
    has_from = any(f.from_ is not None for f in figures)
    for f in figures:
        if f.from_ is not None:
            points.append(ChartPoint(category=_category(f, lang), value=float(f.from_fraction),
                                     label=share_point_label(f, lang, start=True), figure_id=f.id, series=0))
        points.append(ChartPoint(category=_category(f, lang), value=float(f.fraction), label=share_point_label(f, lang),
                                 figure_id=f.id, approximate=f.precision == "approx", series=1 if has_from else 0))
    current = period_text(figures[0].period, lang)
    names = (word("earlier", lang), current) if has_from else (current,)
    title = group.title(lang)
    fraction = next((f for f in figures if f.unit is None), None)  # bar heights of fractions need explaining
    note = word("share_note", lang, example=f"{fraction.value} ≈ {fraction_percent(fraction.value)}") if fraction else ""
    return Chart(box=box, kind="from_to" if has_from else "bar", title=title, axis_title=share_axis_title(figures, lang),
                 series_names=names, points=tuple(points), number_format="0%", alt_text=_alt(title, points, lang),
                 note=note)


def composition_chart(fig, title: str, box: Box, lang: str) -> Chart:
    """A ratio whose named terms add up to 100, as one bar per part on a 'parts of 100' axis, each labelled with
    the article's own term (4.2, 38.5, 57.3): nothing is converted or rounded."""
    points = tuple(ChartPoint(category=part(lang), value=float(term), label=term, figure_id=fig.id,
                              approximate=fig.precision == "approx", target=fig.is_target)
                   for part, term in zip(fig.parts, fig.terms))
    integral = all(float(t).is_integer() for t in fig.terms)
    return Chart(box=box, kind="bar", title=title, axis_title=composition_axis_title(lang),
                 series_names=(period_text(fig.period, lang),), points=points,
                 number_format="#,##0" if integral else "#,##0.0", alt_text=_alt(title, points, lang),
                 horizontal=horizontal([fig], box))


def _category(fig, lang: str) -> str:
    """A figure's label as a chart category: whole up to three lines of a wide category axis, else cut
    with an ellipsis (the panel and the notes give it whole)."""
    return unwrap(layout.text(fig.label(lang), 0, 0, 240.0, CAPTION, max_lines=3).lines)


def _alt(title: str, points, lang: str) -> str:
    marks = punctuation(lang)
    return marks.labelled(title, marks.clause_sep.join(f"{p.category} {p.label}" for p in points))


