"""The overview grid (G or Tab): every slide as a thumbnail; arrows or the mouse pick one, Enter jumps."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from ...deck.slides import Deck
from .plain_text import plain_tooltip
from .slide_painter import paint_slide

THUMB = QSize(288, 162)


def thumbnail(deck: Deck, slide, size: QSize = THUMB) -> QPixmap:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)
    painter = QPainter(image)
    paint_slide(painter, deck, slide, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return QPixmap.fromImage(image)


class OverviewGrid(QListWidget):
    """Thumbnails labelled "n  title". `picked(n)` on Enter or click; `closed` on Esc, G or Tab."""

    picked = Signal(int)
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(THUMB)
        self.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 56))
        self.setWordWrap(True)
        self.setSpacing(6)
        self.setUniformItemSizes(True)
        self.setStyleSheet("QListWidget { background: #202428; color: #e8ecf1; font-size: 13px; }"
                           "QListWidget::item:selected { background: #1D4E89; color: white; }")
        self.itemActivated.connect(lambda item: self.picked.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.itemClicked.connect(lambda item: self.picked.emit(item.data(Qt.ItemDataRole.UserRole)))
        self._deck: Deck | None = None

    def load(self, deck: Deck, current: int) -> None:
        """Fill the grid (thumbnails are drawn once per deck) and select slide `current`."""
        if deck is not self._deck:
            self.clear()
            for slide in deck.slides:
                item = QListWidgetItem(QIcon(thumbnail(deck, slide)), f"{slide.number}  {slide.title}")
                item.setData(Qt.ItemDataRole.UserRole, slide.number)
                item.setToolTip(plain_tooltip(slide.title))
                self.addItem(item)
            self._deck = deck
        self.setCurrentRow(current - 1)
        self.scrollToItem(self.currentItem())

    def titles(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_G, Qt.Key.Key_Tab):
            self.closed.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentItem():
            self.picked.emit(self.currentItem().data(Qt.ItemDataRole.UserRole))
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002  Tab closes the grid instead
        return False
