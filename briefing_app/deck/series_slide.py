"""A series slide (`series:KEY` in a talk): one indicator over the periods of several articles.

The chart is a line per scope (columns for two periods without a revision), values a later article revised
as open markers beside the revised ones; the panel beside it names each value's article; the title
says the change over the span in the formatter's words (model/format.py), computed only from the articles'
own figures; the speaker notes quote every point's sentence with its article.
"""

from __future__ import annotations

from dataclasses import replace

from ..i18n import punctuation
from ..model.cells import citation, quoted
from ..model.format import (change_axis_title, difference_text, quantity_axis, scope_change_text, share_axis_title,
                            span_text)
from ..typography.breaking import no_break
from ..typography.metrics import text_width
from . import layout, style
from .chart_spec import with_legend
from .series import REPEATED, REVISED, SUPERSEDED, Series, SeriesPoint, plain
from .slides import Box, Chart, ChartPoint, Deck, Slide
from .style import CAPTION
from .words import word

#: Fewest periods drawn as a line; two periods compare better as two columns (unless one was revised).
MIN_LINE_PERIODS = 3
#: Roles of the scopes' lines, the latest scope first (an earlier scope is lighter, like a from→to's start).
SCOPE_ROLES = ("accent", "accent2", "muted")
STATUS_WORDS = {REVISED: "status_revised", SUPERSEDED: "status_superseded", REPEATED: "status_repeated"}


def series_title(series: Series, lang: str) -> str:
    """The slide's message: first → last value of the latest scope and, when both are exact results, the
    difference; with a scope change and one value since, the latest value and the change of scope."""
    label = series.label(lang)
    span = series.span()
    if span is not None:
        first, last, delta = span
        points = series.family[0] == "change" or series.unit == "%"
        difference = difference_text(delta, series.unit, series.unit_en, points, lang) if delta is not None else None
        return span_text(label, (first.period(lang), series.display(first, lang)),
                         (last.period(lang), series.display(last, lang)), lang, difference)
    latest = series.latest
    end = (latest.period(lang), series.display(latest, lang))
    if len(series.scopes) > 1:
        return scope_change_text(label, end, _scope_names(series, lang)[-2], latest.scope(lang), lang)
    return span_text(label, end, None, lang)


def _scope_names(series: Series, lang: str) -> list[str]:
    """The plotted scopes in `lang`, in time order."""
    names = {}
    for p in series.points:
        if p.value is not None:
            names[p.scope("zh")] = p.scope(lang)
    return [names[s] for s in series.scopes]


def _plotted_values(series: Series, points: list[SeriesPoint], lang: str) -> tuple[dict[int, float], str, str]:
    """Each point's plotted value (on the same scale as its label: en plots CNY billions on a 'CNY billion'
    axis), the axis title and the number format."""
    kind = series.family[0]
    if kind == "quantity" and series.unit:
        copies = {id(p): p.figure.model_copy(update={"value": plain(p.value), "unit": series.unit, "from_": None})
                  for p in points}
        axis = quantity_axis(list(copies.values()), lang)
        values = {key: axis.value(fig) for key, fig in copies.items()}
        title = axis.title(lang)
    else:
        values = {id(p): float(p.value) for p in points}
        if kind == "change":
            title = change_axis_title(series.unit or "%", lang)
        elif series.percent_axis:
            title = share_axis_title([points[-1].figure], lang)
        else:
            title = series.unit or ""
    if series.percent_axis:
        return values, title, "0%"
    integral = all(float(v).is_integer() for v in values.values())
    return values, title, "#,##0" if integral else "#,##0.0"


def series_chart(series: Series, box: Box, lang: str) -> Chart | None:
    """The native chart of a series, or None when no value can be plotted."""
    slots = series.slots
    if not slots:
        return None
    category = {s.key: s.label(lang) for s in slots}
    scopes = list(series.scopes)
    plotted = [p for p in series.points if p.plotted]
    earlier = series.superseded
    values, axis_title, number_format = _plotted_values(series, plotted + earlier, lang)
    points = [ChartPoint(category=category[p.slot.key], value=values[id(p)], label=no_break(series.display(p, lang)),
                         figure_id=p.figure_id, approximate=getattr(p.figure, "precision", "exact") == "approx",
                         series=scopes.index(p.scope("zh"))) for p in plotted]
    taken: dict[str, int] = {}  # a period's n-th earlier value goes to the n-th hollow series
    for p in earlier:
        n = taken.get(p.slot.key, 0)
        taken[p.slot.key] = n + 1
        points.append(ChartPoint(category=category[p.slot.key], value=values[id(p)],
                                 label=no_break(series.display(p, lang)), figure_id=p.figure_id,
                                 series=len(scopes) + n))
    hollow = max(taken.values(), default=0)
    roles = tuple(SCOPE_ROLES[min(len(scopes) - 1 - i, len(SCOPE_ROLES) - 1)] for i in range(len(scopes)))
    names = tuple(_scope_names(series, lang)) + (word("before_revision", lang),) * hollow
    title = series.label(lang)
    marks = punctuation(lang)
    alt = marks.labelled(title, marks.clause_sep.join(f"{p.category} {p.label}" for p in points))
    # a line from three periods, or when a period has a revised value: the earlier value is an open marker
    # right under or over it, both labels legible (side-by-side columns would run their labels together)
    line = len(slots) >= MIN_LINE_PERIODS or hollow > 0
    return Chart(box=box, kind="line" if line else "bar", title=title,
                 axis_title=axis_title, series_names=names, points=tuple(points), number_format=number_format,
                 alt_text=alt, horizontal=False, roles=roles + ("muted",) * hollow,
                 hollow=tuple(range(len(scopes), len(scopes) + hollow)))


def _labels_fit(chart: Chart) -> bool:
    """Whether every column's data label is narrower than its column's share of the plot (the columns of two
    scopes stand side by side in each period: their labels must not run into each other)."""
    if chart.kind != "bar":
        return True
    room = chart.box.w * 0.6 / len(chart.categories) / len(chart.series_names)
    return all(text_width(p.label, CAPTION) <= room for p in chart.points)


def point_mark(point: SeriesPoint, lang: str) -> str:
    """What a point's table row, panel line and note say of it: revised, later revised, published again, or
    why it is not on the chart; '' for an ordinary value."""
    if point.off_chart:
        return word("not_plotted", lang, why=word("off_" + point.off_chart, lang))
    return word(STATUS_WORDS[point.status], lang) if point.status else ""


def _panel(series: Series, box: Box, lang: str) -> list:
    """Beside the chart: each value with its period (and scope when the scope changed) and its article, so
    the audience sees which bulletin says what. LayoutError when the values do not fit."""
    several = len({p.scope("zh") for p in series.points}) > 1
    blocks = []
    for p in series.points:
        head = " · ".join([p.period(lang)] + ([p.scope(lang)] if several else []) + [series.display(p, lang)])
        where = " · ".join(t for t in [word("in_article", lang, title=p.pack.data.article.title,
                                            title_en=p.pack.data.article.title_en), point_mark(p, lang)] if t)
        blocks.append([
            layout.text(head, box.x, 0, box.w, (style.LABEL,), max_lines=2, role="label", bold=True,
                        figure_id=p.figure_id, strict=True),
            layout.text(where, box.x, 0, box.w, style.CAPTION, max_lines=3, role="caption", color="muted",
                        figure_id=p.figure_id, strict=True)])
    gap = 12.0
    if sum(layout.height_of(b, 2) for b in blocks) + gap * (len(blocks) - 1) > box.h:
        raise layout.LayoutError("the series' values do not fit beside the chart")
    items, y = [], box.y
    for parts in blocks:
        placed = layout.stack([layout.at(parts[0], y=y)] + parts[1:], 2)
        items += placed
        y = placed[-1].box.bottom + gap
    return items


def series_notes(series: Series, lang: str) -> str:
    """Every point's value as its article gives it, with its period, scope and mark, and its sentence quoted
    with the article and section it comes from; then how the title's difference was computed."""
    marks = punctuation(lang)
    lines = [word("talking_point", lang) + series_title(series, lang)]
    for p in series.points:
        meta = marks.clause_sep.join(t for t in (p.scope(lang), point_mark(p, lang)) if t)
        head = marks.labelled(p.period(lang), p.display(lang, exact=True))
        lines.append("• " + marks.aside(head, meta))
        a = p.pack.data.article
        cited = citation(p.figure, lang)
        lines.append("  " + word("notes_series_cell" if cited else "notes_series_quote", lang, quote=p.quote,
                                 citation=cited, title=a.title, title_en=a.title_en, heading=p.pack.heading_of(p.quote)))
    span = series.span()
    if span is not None and span[2] is not None:
        lines.append(word("notes_difference", lang))
    return "\n".join(lines)


def _footnotes(series: Series, lang: str, chart: bool = True) -> str:
    notes = []
    if series.superseded and chart:
        notes.append(word("revision_note", lang))
    if len(series.scopes) > 1:
        notes.append(word("scope_note", lang, scopes=punctuation(lang).list_sep.join(_scope_names(series, lang))))
    off = sum(1 for p in series.points if p.off_chart)
    if off:
        notes.append(word("off_chart_note", lang, n=off))
    return ("；" if lang == "zh" else "; ").join(notes)


def series_slide(series: Series, grid: layout.Grid, lang: str) -> dict:
    """The slide as a dict of Slide fields (the deck builder numbers it and adds its footer source)."""
    area = grid.content
    title_text = series_title(series, lang)
    footnote = _footnotes(series, lang)
    foot = layout.text(footnote, area.x, 0, area.w, style.SMALL, max_lines=2, role="caption",
                       color="muted") if footnote else None
    chart_h = area.h - (foot.box.h + 8 if foot else 0)
    chart_w = area.w * 0.6
    panel_box = Box(area.x + chart_w + style.GUTTER, area.y, area.w - chart_w - style.GUTTER, chart_h)
    try:
        panel = _panel(series, panel_box, lang)
    except layout.LayoutError:  # too many values to list: the chart alone, wider (the notes list them all)
        panel, chart_w = [], area.w
    items: list = []
    chart = series_chart(series, Box(area.x, area.y, chart_w, chart_h), lang)
    if chart is not None and panel and not _labels_fit(chart):  # side-by-side columns need the whole width
        panel, chart = [], series_chart(series, Box(area.x, area.y, area.w, chart_h), lang)
    if chart is not None:
        chart, legend = with_legend(chart)
        items += [chart, *legend]
    elif not panel:  # nothing to plot and too much to list: the values as bullets
        entries = [(f"{p.period(lang)} · {series.display(p, lang)}", p.figure_id) for p in series.points]
        items += layout.bullet_pages(entries, Box(area.x, area.y, area.w, chart_h), (style.BODY, style.CAPTION))[0]
    else:
        panel = [replace(t, box=Box(area.x, t.box.y, area.w, t.box.h)) for t in panel]
    items += panel
    if foot is not None:
        items.append(layout.at(foot, y=area.y + chart_h + 8))
    ids = tuple(dict.fromkeys(p.figure_id for p in series.points))
    return {"kind": "series", "title": title_text, "items": (layout.title(grid, title_text), *items),
            "notes": series_notes(series, lang), "section_id": None, "figure_ids": ids}


def series_source(series: Series, lang: str) -> str:
    """The footer's source line: every source the series' articles name, once."""
    sources = dict.fromkeys(p.pack.data.article.source(lang) for p in series.points)
    return word("source_prefix", lang) + punctuation(lang).list_sep.join(sources)


def series_blocks(talk, packs: list, grid: layout.Grid, lang: str) -> dict[str, list[dict]]:
    """The `series:KEY` slides a talk asks for, over `packs` ((source, pack) pairs), by slide id."""
    from .series import build_series

    out = {}
    for key in talk.series_keys():
        series = build_series(key, packs)
        if series is not None:
            out[f"series:{key}"] = [dict(series_slide(series, grid, lang), slide_id=f"series:{key}")]
    return out


def series_lines(series: Series, lang: str) -> list[str]:
    """`briefing-app series`: the key and the series' message, one line per value (period, scope, the value as
    its article gives it, its mark, the pack file, 「the quote」), then what the chart's footnote says."""
    lines = [f"{series.key}: {series_title(series, lang)}"]
    for p in series.points:
        cells = [p.period(lang), p.scope(lang), p.display(lang, exact=True), point_mark(p, lang), p.pack.path.name,
                 quoted(p.figure, lang, ("「", "」"))]
        lines.append("  ".join(c for c in cells if c))
    footnote = _footnotes(series, lang, chart=False)
    return lines + ([footnote] if footnote else [])


def series_deck(series: Series, lang: str, aspect: str = "16:9") -> Deck:
    """A deck of the one series slide (the Library's series view draws it, as the presenter would)."""
    width, height = style.SIZES[aspect]
    grid = layout.Grid(width, height)
    source = series_source(series, lang)
    slide = Slide(number=1, source_line=source, slide_id=f"series:{series.key}", **series_slide(series, grid, lang))
    return Deck(lang=lang, aspect=aspect, width=width, height=height, title=series.label(lang), subject="",
                source=source, footer_source=grid.footer_source, footer_number=grid.footer_number,
                footer_size=style.SMALL, slides=(slide,))
