"""Charts drawn like the app's charts: columns with data labels (point.label), an axis title,
approximate values lighter, targets outlined with a dashed border and no fill. The chart's note is a
TextBox of the slide, not part of the chart.

`layout()` computes every bar's rectangle in slide points without a painter, so hit-testing a click
on a bar and painting it agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter

from ...deck.slides import Chart, ChartPoint
from ...deck.style import CAPTION, LABEL
from .paint_primitives import color, draw_lines, metrics, pen, wrap

TICK_SIZE = CAT_SIZE = DATA_SIZE = SMALL = CAPTION  # chart text: the deck's smallest body size, as in the PPTX
MARKER = 4.5  # a line chart's marker radius in points (the PPTX marker is 9 pt across)


@dataclass
class ChartLayout:
    horizontal: bool
    title: list[str]
    title_box: QRectF
    plot: QRectF
    ticks: list[tuple[float, str]]  # position along the value axis in points, label
    bars: list[tuple[QRectF, ChartPoint]]
    data_labels: list[tuple[QRectF, list[str], ChartPoint]]
    categories: list[tuple[QRectF, list[str]]]
    axis_title_box: QRectF


def fill_role(chart: Chart, point: ChartPoint) -> str | None:
    """The fill of a bar or marker: none for a target or a hollow series, lighter for an approximate value."""
    if point.target or point.series in chart.hollow:
        return None
    role = chart.series_roles[point.series]
    return "approx" if point.approximate and role == "accent" else role


def layout(chart: Chart) -> ChartLayout:
    box = QRectF(chart.box.x, chart.box.y, chart.box.w, chart.box.h)
    top = box.top()
    title = wrap(chart.title, LABEL, box.width(), bold=True, max_lines=2) if chart.title else []
    title_box = QRectF(box.left(), top, box.width(), len(title) * LABEL * 1.2)
    top = title_box.bottom() + (6 if title else 0)
    bottom = box.bottom()

    series = sorted({p.series for p in chart.points}) or [0]
    categories = chart.categories
    horizontal = chart.is_horizontal
    axis = chart.axis  # deck/chart_axis.py: the ticks and labels the PPTX chart has too
    ticks, tick_labels = axis.ticks, axis.labels
    fm_tick = metrics(TICK_SIZE)
    low, span = axis.minimum, (axis.maximum - axis.minimum) or 1.0
    n = max(len(categories), 1)
    axis_w = SMALL * 1.4 if chart.axis_title else 0
    bars, labels = [], []
    if horizontal:
        cat_w = min(box.width() * 0.34, max(metrics(CAT_SIZE).horizontalAdvance(c) for c in categories) + 8)
        label_room = max(metrics(DATA_SIZE).horizontalAdvance(p.label) for p in chart.points) + 8
        plot = QRectF(box.left() + cat_w, top, box.width() - cat_w - label_room,
                      bottom - top - TICK_SIZE * 1.4 - axis_w)
        slot = plot.height() / n
        group_h = slot * 0.62
        bar_h = group_h / len(series)
        for p in chart.points:
            ci, si = categories.index(p.category), series.index(p.series)
            y = plot.top() + ci * slot + (slot - group_h) / 2 + si * bar_h
            zero = plot.left() + plot.width() * (0 - low) / span
            w = plot.width() * p.value / span
            bar = QRectF(min(zero, zero + w), y + 1, abs(w), bar_h - 2)
            bars.append((bar, p))
            # beyond the bar's end, as PowerPoint's "outside end": left of a negative bar
            label_x = bar.right() + 4 if p.value >= 0 else bar.left() - 4 - metrics(DATA_SIZE).horizontalAdvance(p.label)
            labels.append((QRectF(label_x, bar.center().y() - DATA_SIZE * 0.6, label_room, DATA_SIZE * 1.2),
                           [p.label], p))
        cats = []
        for i, c in enumerate(categories):
            lines = wrap(c, CAT_SIZE, cat_w - 8, max_lines=max(1, int(slot // (CAT_SIZE * 1.2))))
            cats.append((QRectF(box.left(), plot.top() + i * slot, cat_w - 8, slot), lines))
        tick_pos = [(plot.left() + plot.width() * (t - low) / span, lab) for t, lab in zip(ticks, tick_labels)]
        axis_title_box = QRectF(plot.left(), plot.bottom() + TICK_SIZE * 1.4, plot.width(), axis_w)
    else:
        gutter = max(fm_tick.horizontalAdvance(t) for t in tick_labels) + 6
        plot_left = box.left() + axis_w + gutter
        slot = (box.right() - plot_left) / n
        cat_lines = [wrap(c, CAT_SIZE, slot - 6, max_lines=3) for c in categories]
        cat_h = max((len(lines) for lines in cat_lines), default=1) * CAT_SIZE * 1.2 + 4
        plot = QRectF(plot_left, top + DATA_SIZE * 1.2, box.right() - plot_left,
                      bottom - cat_h - top - DATA_SIZE * 1.2)
        group_w = slot * 0.62
        bar_w = group_w / len(series)
        zero = plot.bottom() - plot.height() * (0 - low) / span
        for p in chart.points:
            ci, si = categories.index(p.category), series.index(p.series)
            h = plot.height() * p.value / span
            if chart.kind == "line":  # a marker at the middle of its period, as PowerPoint draws a line chart
                centre = QPointF(plot.left() + (ci + 0.5) * slot, zero - h)
                bar = QRectF(centre.x() - MARKER, centre.y() - MARKER, 2 * MARKER, 2 * MARKER)
                label_w = slot - 4
            else:
                x = plot.left() + ci * slot + (slot - group_w) / 2 + si * bar_w
                bar = QRectF(x + 1, min(zero, zero - h), bar_w - 2, abs(h))
                label_w = max(bar_w + (slot - group_w) / len(series), bar_w)
            bars.append((bar, p))
            if chart.labels_one_line:  # as the PPTX writes it (wrap="none")
                label_w = max(label_w, metrics(DATA_SIZE).horizontalAdvance(p.label) + 4)
            lines = [p.label] if chart.labels_one_line else wrap(p.label, DATA_SIZE, label_w, max_lines=2)
            lh = len(lines) * DATA_SIZE * 1.2
            top = bar.bottom() + 2 if chart.label_below(p) or p.value < 0 else bar.top() - lh - 2
            labels.append((QRectF(bar.center().x() - label_w / 2, top, label_w, lh), lines, p))
        cats = [(QRectF(plot.left() + i * slot + 3, plot.bottom() + 4, slot - 6, cat_h), lines)
                for i, lines in enumerate(cat_lines)]
        tick_pos = [(plot.bottom() - plot.height() * (t - low) / span, lab) for t, lab in zip(ticks, tick_labels)]
        axis_title_box = QRectF(box.left(), plot.top(), axis_w, plot.height())
    return ChartLayout(horizontal, title, title_box, plot, tick_pos, bars, labels, cats, axis_title_box)


def paint_chart(painter: QPainter, chart: Chart, highlight: str | None = None) -> None:
    """Draw the chart in slide points; `highlight` outlines the bar of that figure."""
    lay = layout(chart)
    if lay.title:
        draw_lines(painter, lay.title_box, lay.title, LABEL, bold=True, align="center")
    plot = lay.plot
    for pos, label in lay.ticks:
        painter.setPen(pen("rule", 0.5))
        if lay.horizontal:
            painter.drawLine(QPointF(pos, plot.top()), QPointF(pos, plot.bottom()))
            draw_lines(painter, QRectF(pos - 50, plot.bottom() + 2, 100, TICK_SIZE * 1.2), [label], TICK_SIZE,
                       role="muted", align="center")
        else:
            painter.drawLine(QPointF(plot.left(), pos), QPointF(plot.right(), pos))
            draw_lines(painter, QRectF(plot.left() - 200 - 5, pos - TICK_SIZE * 0.6, 200, TICK_SIZE * 1.2),
                       [label], TICK_SIZE, role="muted", align="right")
    painter.setPen(pen("muted", 1))
    if lay.horizontal:
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
    else:
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    if chart.kind == "line":
        _paint_lines(painter, chart, lay, highlight)
    for bar, p in ([] if chart.kind == "line" else lay.bars):
        role = fill_role(chart, p)
        painter.setBrush(QBrush(color(role)) if role else Qt.BrushStyle.NoBrush)
        if p.target:
            painter.setPen(pen("target", 1.5, dashed=True))
        elif p.series in chart.hollow:  # a value a later article revised: outlined in its series' colour
            painter.setPen(pen(chart.series_roles[p.series], 1.5))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(bar)
        if highlight and p.figure_id == highlight:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen("highlight", 2.5))
            painter.drawRect(bar.adjusted(-3, -3, 3, 3))
    for rect, lines, p in lay.data_labels:
        draw_lines(painter, rect, lines, DATA_SIZE, role="target" if p.target else "ink",
                   align="left" if lay.horizontal else "center")
    for rect, lines in lay.categories:
        if lay.horizontal:
            draw_lines(painter, rect, lines, CAT_SIZE, align="right", valign="center")
        else:
            draw_lines(painter, rect, lines, CAT_SIZE, align="center")
    if chart.axis_title and lay.horizontal:
        draw_lines(painter, lay.axis_title_box, [chart.axis_title], SMALL, role="muted", align="center")
    elif chart.axis_title:
        painter.save()
        box = lay.axis_title_box
        painter.translate(box.left(), box.bottom())
        painter.rotate(-90)
        draw_lines(painter, QRectF(0, 0, box.height(), box.width()), [chart.axis_title], SMALL, role="muted",
                   align="center")
        painter.restore()


def _paint_lines(painter: QPainter, chart: Chart, lay: ChartLayout, highlight: str | None) -> None:
    """Each series joined period to period (never across a period it has no value for, so a scope that
    stops ends its line), hollow series as open markers only; then every marker."""
    centres = {id(p): bar.center() for bar, p in lay.bars}
    order = {c: i for i, c in enumerate(chart.categories)}
    for s_index, role in enumerate(chart.series_roles):
        if s_index in chart.hollow:
            continue
        run = sorted((p for p in chart.points if p.series == s_index), key=lambda p: order[p.category])
        painter.setPen(pen(role, 2.25))
        for a, b in zip(run, run[1:]):
            if order[b.category] == order[a.category] + 1:
                painter.drawLine(centres[id(a)], centres[id(b)])
    for bar, p in lay.bars:
        role = chart.series_roles[p.series]
        hollow = p.series in chart.hollow
        painter.setBrush(QBrush(color("background" if hollow else role)))
        painter.setPen(pen(role, 1.5))
        painter.drawEllipse(bar)
        if highlight and p.figure_id == highlight:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen("highlight", 2.5))
            painter.drawEllipse(bar.adjusted(-3, -3, 3, 3))
