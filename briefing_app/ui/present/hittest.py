"""Which figure is under a point of a slide: text, shapes, dots and chart bars carry figure ids."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from ...deck.slides import Chart, Dot, Rect, Slide, Table, TextBox
from .chart_painter import layout


def figure_at(slide: Slide, x: float, y: float, slack: float = 4.0) -> str | None:
    """The figure id of the topmost item at (x, y) in slide points, or None."""
    point = QPointF(x, y)
    for item in reversed(slide.items):
        hits = [(rect, figure_id) for rect, figure_id in _targets(item)
                if figure_id and rect.adjusted(-slack, -slack, slack, slack).contains(point)]
        if hits:  # markers of close values overlap: the one whose centre is nearest
            return min(hits, key=lambda hit: _distance(hit[0].center(), point))[1]
    return None


def _distance(a: QPointF, b: QPointF) -> float:
    return (a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2


def figure_boxes(slide: Slide, figure_id: str) -> list[QRectF]:
    """Every area of the slide that shows `figure_id` (to highlight it)."""
    return [rect for item in slide.items for rect, fid in _targets(item) if fid == figure_id]


def _targets(item):
    if isinstance(item, (TextBox, Rect)):
        b = item.box
        yield QRectF(b.x, b.y, b.w, b.h), item.figure_id
    elif isinstance(item, Dot):
        yield QRectF(item.cx - item.r, item.cy - item.r, 2 * item.r, 2 * item.r), item.figure_id
    elif isinstance(item, Chart):
        lay = layout(item)
        for bar, p in lay.bars:  # a column reaches up to the plot's top; a line chart's marker is itself
            yield (bar if item.kind == "line" else bar.united(QRectF(bar.left(), lay.plot.top(), bar.width(), 1)),
                   p.figure_id)
        for rect, _lines, p in lay.data_labels:
            yield rect, p.figure_id
    elif isinstance(item, Table):  # a row of the data tables: its label and value cells
        for _r, _c, b, cell in item.placed():
            yield QRectF(b.x, b.y, b.w, b.h), cell.figure_id
