"""A widget that shows one slide letterboxed, with a blank screen, a quote overlay or a highlighted figure."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...deck.figure_sources import FigureSource
from ...deck.slides import Deck, Slide
from ...i18n import punctuation, translator
from .hittest import figure_at
from .paint_primitives import color, font
from .slide_painter import paint_blank, paint_slide, to_slide

tr = translator({"verbatim": ("原文出处", "Verbatim from the article")})


class SlideCanvas(QWidget):
    """Paints `slide` of `deck`. Emits `clicked(x, y, button)` in slide points and, on a left click,
    `figure_clicked(id)` with the figure under the pointer ("" for none)."""

    clicked = Signal(float, float, object)
    figure_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, letterbox: str = "black"):
        super().__init__(parent)
        self.deck: Deck | None = None
        self.slide: Slide | None = None
        self.blank: str | None = None
        self.overlay: FigureSource | None = None
        self.overlay_lang = "zh"
        self.highlight: str | None = None
        self.caption = ""  # e.g. "END" after the last slide
        self.letterbox = letterbox
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(64, 36)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, letterbox == "black")

    def show_slide(self, deck: Deck, slide: Slide | None, *, blank: str | None = None,
                   overlay: FigureSource | None = None, highlight: str | None = None) -> None:
        self.deck, self.slide, self.blank, self.overlay, self.highlight = deck, slide, blank, overlay, highlight
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = QRectF(self.rect())
        if self.blank:
            paint_blank(painter, area, self.blank == "white")
        elif self.deck is not None and self.slide is not None:
            paint_slide(painter, self.deck, self.slide, area, letterbox=self.letterbox, highlight=self.highlight)
            if self.overlay is not None:
                painter.setTransform(to_slide(self.deck, area))
                paint_overlay(painter, self.deck, self.overlay, self.overlay_lang)
        else:
            painter.fillRect(area, Qt.GlobalColor.black if self.letterbox == "black" else self.palette().window())
            if self.caption:
                painter.setPen(Qt.GlobalColor.gray)
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.caption)
        painter.end()

    def slide_point(self, pos: QPointF) -> QPointF | None:
        """Widget coordinates → slide points, or None outside the slide."""
        if self.deck is None:
            return None
        inverted, ok = to_slide(self.deck, QRectF(self.rect())).inverted()
        point = inverted.map(pos)
        inside = 0 <= point.x() <= self.deck.width and 0 <= point.y() <= self.deck.height
        return point if ok and inside else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self.slide_point(event.position())
        if point is not None:
            self.clicked.emit(point.x(), point.y(), event.button())
            if self.slide is not None and event.button() == Qt.MouseButton.LeftButton:
                self.figure_clicked.emit(figure_at(self.slide, point.x(), point.y()) or "")
        event.accept()


def paint_overlay(painter: QPainter, deck: Deck, source: FigureSource, lang: str) -> None:
    """The verbatim quote behind a figure, in a card above the footer sized to its text (slide points)."""
    margin, pad = 40.0, 18.0
    width = deck.width - 2 * margin - 2 * pad - 8
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    marks = punctuation(lang)
    head = marks.labelled(source.label, source.value)
    meta = marks.labelled(tr("verbatim", lang), source.meta(lang))
    blocks = [(head, 18.0, "accent", True), (source.shown, 24.0, "ink", False), (meta, 13.0, "muted", False)]
    painter.save()
    heights = []
    for text, size, _role, bold in blocks:
        painter.setFont(font(size, bold, painter.device()))
        heights.append(painter.boundingRect(QRectF(0, 0, width, 1000), text, option).height())
    height = min(sum(heights) + 2 * 8 + 2 * pad, deck.height - 140)
    card = QRectF(margin, deck.height - 44 - height, deck.width - 2 * margin, height)
    painter.setPen(Qt.PenStyle.NoPen)
    shadow = color("ink")
    shadow.setAlpha(60)
    painter.setBrush(shadow)
    painter.drawRoundedRect(card.translated(0, 3), 8, 8)
    painter.setBrush(color("background"))
    painter.drawRoundedRect(card, 8, 8)
    painter.setBrush(color("accent"))
    painter.drawRect(QRectF(card.left(), card.top() + 8, 6, card.height() - 16))
    top = card.top() + pad
    for (text, size, role, bold), h in zip(blocks, heights):
        painter.setFont(font(size, bold, painter.device()))
        painter.setPen(color(role))
        painter.drawText(QRectF(card.left() + pad + 8, top, width, min(h, card.bottom() - top)), text, option)
        top += h + 8
    painter.restore()
