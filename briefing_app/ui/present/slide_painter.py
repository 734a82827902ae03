"""Draw one Slide of a Deck with QPainter: letterboxed, scaled from points to the target rectangle.

The same function paints the audience screen, the presenter view's panes, thumbnails and the PNGs
of `briefing-app slides`, so they cannot disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QTransform

from ...deck.slides import Chart, Deck, Dot, Line, Rect, Slide, Table, TextBox
from .chart_painter import paint_chart
from .paint_primitives import color, draw_lines, pen


def slide_rect(deck: Deck, area: QRectF) -> QRectF:
    """The largest rectangle of the deck's aspect centred in `area` (the rest is letterbox)."""
    scale = min(area.width() / deck.width, area.height() / deck.height)
    w, h = deck.width * scale, deck.height * scale
    return QRectF(area.left() + (area.width() - w) / 2, area.top() + (area.height() - h) / 2, w, h)


def to_slide(deck: Deck, area: QRectF) -> QTransform:
    """The transform from slide points to device coordinates within `area`."""
    rect = slide_rect(deck, area)
    scale = rect.width() / deck.width
    return QTransform(scale, 0, 0, scale, rect.left(), rect.top())


def paint_slide(painter: QPainter, deck: Deck, slide: Slide, area: QRectF, *, letterbox: str = "black",
                highlight: str | None = None) -> None:
    """Paint `slide` fitted into `area`; `highlight` rings the items showing that figure id."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if letterbox:
        painter.fillRect(area, color(None) if letterbox == "none" else Qt.GlobalColor.black
                         if letterbox == "black" else color(letterbox))
    painter.setTransform(to_slide(deck, area), combine=True)
    page = QRectF(0, 0, deck.width, deck.height)
    painter.setClipRect(page)
    painter.fillRect(page, color("background"))
    # a figure drawn as a card rings the card only, not each text line in it as well
    card = highlight is not None and any(isinstance(i, Rect) and i.figure_id == highlight for i in slide.items)
    for item in slide.items:
        paint_item(painter, item, None if card and isinstance(item, TextBox) else highlight)
    if slide.has_footer:
        paint_footer(painter, deck, slide)
    painter.restore()


def paint_footer(painter: QPainter, deck: Deck, slide: Slide) -> None:
    """The data source on the left and the slide number on the right, as in the exported deck."""
    src, num = deck.footer_source, deck.footer_number
    draw_lines(painter, QRectF(src.x, src.y, src.w, src.h), [deck.footer_text(slide)], deck.footer_size, role="muted",
               valign="center")
    draw_lines(painter, QRectF(num.x, num.y, num.w, num.h), [str(slide.number)], deck.footer_size,
               role="muted", align="right", valign="center")


def paint_item(painter: QPainter, item, highlight: str | None = None) -> None:
    lit = highlight is not None and getattr(item, "figure_id", None) == highlight
    if isinstance(item, TextBox):
        b = item.box
        draw_lines(painter, QRectF(b.x, b.y, b.w, b.h), item.lines, item.size, bold=item.bold, role=item.color,
                   align=item.align, line_height=item.line_height)
        if lit:
            _ring(painter, QRectF(b.x, b.y, b.w, b.h))
    elif isinstance(item, Rect):
        b = item.box
        painter.setBrush(QBrush(color(item.fill)) if item.fill else Qt.BrushStyle.NoBrush)
        painter.setPen(pen(item.line, 1.5 if item.dashed else 1.0, item.dashed))
        rect = QRectF(b.x, b.y, b.w, b.h)
        if item.radius:
            painter.drawRoundedRect(rect, item.radius, item.radius)
        else:
            painter.drawRect(rect)
        if lit:
            _ring(painter, rect)
    elif isinstance(item, Line):
        painter.setPen(pen(item.color, item.width, item.dashed))
        painter.drawLine(QPointF(item.x1, item.y1), QPointF(item.x2, item.y2))
    elif isinstance(item, Dot):
        painter.setBrush(QBrush(color(item.fill)))
        painter.setPen(pen(item.line, 1.0))
        painter.drawEllipse(QPointF(item.cx, item.cy), item.r, item.r)
        if lit:
            _ring(painter, QRectF(item.cx - item.r, item.cy - item.r, 2 * item.r, 2 * item.r))
    elif isinstance(item, Chart):
        paint_chart(painter, item, highlight)
    elif isinstance(item, Table):
        paint_table(painter, item, highlight)


def _ring(painter: QPainter, rect: QRectF) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen("highlight", 2.5))
    painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 4, 4)


def paint_table(painter: QPainter, table: Table, highlight: str | None = None) -> None:
    """Every cell's fill and lines at the model's grid (a spanning cell across its columns), thin rules
    around each cell, as the exported table draws them; a highlighted figure's cells are ringed."""
    placed = list(table.placed())
    for _r, _c, b, cell in placed:
        rect = QRectF(b.x, b.y, b.w, b.h)
        painter.fillRect(rect, color(cell.fill or "background"))
        inner = rect.adjusted(table.pad_x, table.pad_y, -table.pad_x, -table.pad_y)
        draw_lines(painter, inner, cell.lines, table.size, bold=cell.bold, role=cell.color, align=cell.align,
                   valign="center")
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen("rule", 0.75))
    for _r, _c, b, _cell in placed:
        painter.drawRect(QRectF(b.x, b.y, b.w, b.h))
    lit = [b for _r, _c, b, cell in placed if highlight and cell.figure_id == highlight]
    if lit:
        left, top = min(b.x for b in lit), min(b.y for b in lit)
        _ring(painter, QRectF(left, top, max(b.right for b in lit) - left, max(b.bottom for b in lit) - top))


def paint_blank(painter: QPainter, area: QRectF, white: bool) -> None:
    painter.fillRect(area, Qt.GlobalColor.white if white else Qt.GlobalColor.black)
