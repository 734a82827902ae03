"""Native, editable charts with their data embedded, labelled with the figures' own formatted text.

Data labels are custom text per point (the model's `label`, e.g. 约196亿元 or more than 230 events), so a qualifier
is never lost to a number format (`196.00`). Approximate points are drawn lighter, targets outlined with a
dashed border and no fill, like everywhere else in the deck. Every piece of chart text (title, axes,
data labels) gets `<a:latin>` + `<a:ea>` + `lang` in its own `c:txPr`/`c:rich`: charts do not
inherit the slide's fonts. There is no native legend: the deck draws it (deck/chart_spec.with_legend).
"""

from __future__ import annotations

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_MARKER_STYLE, XL_TICK_LABEL_POSITION
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.oxml.ns import qn
from pptx.oxml.simpletypes import ST_TextFontSize
from pptx.util import Emu, Pt

from ...deck.slides import Chart
from ...deck.style import CAPTION, LABEL, PALETTE
from .shapes import Scale
from .text import add_in_order, clean, fix_runs, points, set_fonts



def chart_type(chart: Chart):
    """A line with markers, columns or horizontal bars, as the slide model decides (the Qt painter follows it)."""
    if chart.kind == "line":
        return XL_CHART_TYPE.LINE_MARKERS
    return XL_CHART_TYPE.BAR_CLUSTERED if chart.is_horizontal else XL_CHART_TYPE.COLUMN_CLUSTERED


def chart_name(chart: Chart, index: int) -> str:
    ids = []
    for p in chart.points:
        if p.figure_id not in ids:
            ids.append(p.figure_id)
    return f"Chart {index} " + " ".join(f"fig:{i}" for i in ids)


def _rgb(role: str) -> RGBColor:
    return RGBColor.from_string(PALETTE[role])


_FILLS = frozenset(qn(f"a:{t}") for t in ("noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill"))
#: What follows the fill in run properties (CT_TextCharacterProperties), in python-pptx's lookup order.
_AFTER_FILL = tuple(qn(f"a:{t}") for t in (
    "effectLst", "effectDag", "highlight", "uLnTx", "uLn", "uFillTx", "uFill", "latin", "ea", "cs", "sym",
    "hlinkClick", "hlinkMouseOver", "rtl", "extLst"))
_COLORS = frozenset(qn(f"a:{t}") for t in ("scrgbClr", "srgbClr", "hslClr", "sysClr", "schemeClr", "prstClr"))
_SOLID_FILL, _SRGB_CLR = qn("a:solidFill"), qn("a:srgbClr")


def _font(font, size: float, color: str = "ink", bold: bool = False) -> None:
    """python-pptx's `font.size`, `font.bold` and `font.color.rgb` setters, done on the font's run properties
    directly (the same XML without their per-call schema lookups)."""
    rpr = font._rPr
    rpr.set("sz", ST_TextFontSize.to_xml(Emu(points(size)).centipoints))
    rpr.set("b", "1" if bold else "0")
    solid = next((c for c in rpr if c.tag in _FILLS), None)
    if solid is None or solid.tag != _SOLID_FILL:  # another fill, or none: a solid fill in its place
        if solid is not None:
            rpr.remove(solid)
        solid = add_in_order(rpr, _SOLID_FILL, _AFTER_FILL)
    clr = next((c for c in solid if c.tag in _COLORS), None)
    if clr is None or clr.tag != _SRGB_CLR:
        if clr is not None:
            solid.remove(clr)
        clr = etree.SubElement(solid, _SRGB_CLR)
    clr.set("val", str(_rgb(color)))


def draw_chart(shapes, item: Chart, sc: Scale, index: int):
    # python-pptx's chart data imports xlsxwriter (~30 ms) for the embedded workbook: only decks with charts
    from pptx.chart.data import CategoryChartData

    cats = [clean(c) for c in item.category_names]
    data = CategoryChartData(number_format=item.number_format)
    data.categories = cats
    names = item.series_names or ("",)
    for i, name in enumerate(names):
        data.add_series(clean(name) or " ", item.values(i), number_format=item.number_format)
    b = item.box
    kind = chart_type(item)
    frame = shapes.add_chart(kind, sc(b.x), sc(b.y), sc(b.w), sc(b.h), data)
    frame.name = chart_name(item, index)
    c_nv_pr = frame._element.find(".//" + qn("p:cNvPr"))
    c_nv_pr.set("descr", clean(item.alt_text))
    c_nv_pr.set("title", clean(item.title))
    chart = frame.chart
    small, label = sc.size(CAPTION), sc.size(LABEL)  # chart text at the smallest body size, as the Qt painter

    chart.font.size = points(small)
    chart.has_title = bool(item.title)
    if item.title:
        tf = chart.chart_title.text_frame
        tf.text = clean(item.title)
        _font(tf.paragraphs[0].runs[0].font, label, bold=True)
    chart.has_legend = False  # the deck draws the legend (deck/chart_spec.with_legend): same order everywhere

    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _rgb("rule")
    axis = item.axis  # deck/chart_axis.py: the same round ticks and labels as the Qt painter draws
    value_axis.minimum_scale = axis.minimum  # bars start at zero: a cut axis exaggerates differences
    value_axis.maximum_scale = axis.maximum
    value_axis.major_unit = axis.step
    value_axis.tick_labels.number_format = axis.number_format
    value_axis.tick_labels.number_format_is_linked = False
    _font(value_axis.tick_labels.font, small, "muted")
    value_axis.format.line.color.rgb = _rgb("rule")
    if item.axis_title:
        value_axis.has_title = True
        tf = value_axis.axis_title.text_frame
        tf.text = clean(item.axis_title)
        _font(tf.paragraphs[0].runs[0].font, small, "muted")
    cat_axis = chart.category_axis
    _font(cat_axis.tick_labels.font, small)
    cat_axis.format.line.color.rgb = _rgb("rule")
    cat_axis.has_major_gridlines = False
    if any(p.value < 0 for p in item.points):  # a negative bar (-0.38‰): category names below the plot, not at 0
        cat_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW
    _upright(cat_axis)
    _upright(value_axis)
    if kind == XL_CHART_TYPE.BAR_CLUSTERED:
        cat_axis.reverse_order = True  # first category on top, as read
        # …with the value axis kept at the bottom: it crosses the category axis at its maximum
        value_axis._element.find(qn("c:crosses")).set("val", "max")

    plot = chart.plots[0]
    line = kind == XL_CHART_TYPE.LINE_MARKERS
    if not line:
        plot.gap_width = 60
        plot.overlap = -10 if len(names) > 1 else 0
    colors = item.series_roles
    for s_index, series in enumerate(plot.series):
        role = colors[s_index % len(colors)]
        hollow = s_index in item.hollow
        if line:
            _line_series(series, role, hollow)
        elif hollow:  # outlined columns: values a later article revised
            series.format.fill.background()
            series.format.line.color.rgb = _rgb(role)
            series.format.line.width = Pt(1.5)
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = _rgb(role)
        if not line:
            series.invert_if_negative = False
        labels = series.data_labels
        labels.number_format = item.number_format
        labels.number_format_is_linked = False
        labels.show_value = True
        labels.position = XL_LABEL_POSITION.ABOVE if line else XL_LABEL_POSITION.OUTSIDE_END
        _font(labels.font, small)
        for p in item.points:
            if p.series != s_index or p.category not in item.categories:
                continue
            point = series.points[item.categories.index(p.category)]
            if line:  # the same rule as the Qt painter: under the marker when a higher value shares its period
                dl = point.data_label
                dl.position = XL_LABEL_POSITION.BELOW if item.label_below(p) else XL_LABEL_POSITION.ABOVE
                tf = dl.text_frame
                tf.text = clean(p.label)
                if item.labels_one_line:
                    tf.word_wrap = False  # <a:bodyPr wrap="none">, as the Qt painter draws it
                _font(tf.paragraphs[0].runs[0].font, small, "target" if p.target else "ink")
                continue
            if p.target:
                point.format.fill.background()
                point.format.line.color.rgb = _rgb("target")
                point.format.line.width = Pt(1.5)
                point.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            elif p.approximate:
                point.format.fill.solid()
                point.format.fill.fore_color.rgb = _rgb("approx")
            dl = point.data_label
            dl.position = XL_LABEL_POSITION.OUTSIDE_END
            tf = dl.text_frame
            tf.text = clean(p.label)
            if item.is_horizontal or item.labels_one_line:
                tf.word_wrap = False  # beyond the bar's end, or above a column it fits, on one line as Qt draws it
            _font(tf.paragraphs[0].runs[0].font, small, "target" if p.target else "ink")
    _fonts_everywhere(chart)
    return frame


def _line_series(series, role: str, hollow: bool) -> None:
    """A series of a line chart: a line with filled round markers, or (hollow) open markers and no line, as
    the Qt painter draws them (ui/present/chart_painter.py)."""
    series.smooth = False
    marker = series.marker
    marker.style = XL_MARKER_STYLE.CIRCLE
    marker.size = 9
    marker.format.line.color.rgb = _rgb(role)
    marker.format.line.width = Pt(1.5)
    if hollow:
        series.format.line.fill.background()
        marker.format.fill.solid()
        marker.format.fill.fore_color.rgb = _rgb("background")
    else:
        series.format.line.color.rgb = _rgb(role)
        series.format.line.width = Pt(2.25)
        marker.format.fill.solid()
        marker.format.fill.fore_color.rgb = _rgb(role)


def _upright(axis) -> None:
    """Tick labels never turned (no 45° labels): `a:bodyPr rot="0" vert="horz"` in the axis's `c:txPr`."""
    tx_pr = axis._element.find(qn("c:txPr"))
    if tx_pr is None:
        return
    body = tx_pr.find(qn("a:bodyPr"))
    body.set("rot", "0")
    body.set("vert", "horz")


def _fonts_everywhere(chart) -> None:
    """Latin + East Asian typefaces and a language on every run and default run property of the chart."""
    space = chart._chartSpace
    texts = "".join(t.text or "" for t in space.iter(qn("a:t")))
    # Default properties hold no text of their own: they get the language of the chart's text overall.
    fix_runs(space, default_text=texts)
    for tx_pr in space.iter(qn("c:txPr")):
        for rpr in tx_pr.iter(qn("a:defRPr")):
            set_fonts(rpr, texts)


