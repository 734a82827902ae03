"""What the room sees: the slide full screen (or in a window for screen sharing), or the overview grid.

Clicks and the mouse wheel go to the show as actions; so do keys (ForwardKeys).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QWheelEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from .controls import ShowControl
from .keys import ForwardKeys
from .overview import OverviewGrid
from .slide_widget import SlideCanvas

WHEEL_STEP = 120  # one notch of a mouse wheel


class AudienceWindow(ForwardKeys, QWidget):
    def __init__(self, show: ShowControl):
        super().__init__(None, Qt.WindowType.Window)
        self.show_ = show
        self.setWindowTitle(show.deck.title)
        self.setStyleSheet("background: black;")
        self.canvas = SlideCanvas()
        self.canvas.clicked.connect(self._clicked)
        self.overview = OverviewGrid()
        self.overview.picked.connect(lambda n: (show.goto(n), self.close_overview()))
        self.overview.closed.connect(self.close_overview)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._wheel = 0
        self.resize(1280, 720)

    def open_overview(self) -> None:
        self.overview.load(self.show_.deck, self.show_.state.number)
        self.stack.setCurrentWidget(self.overview)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.overview.setFocus()

    def close_overview(self) -> bool:
        if self.stack.currentWidget() is self.overview:
            self.stack.setCurrentWidget(self.canvas)
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.setFocus()
            return True
        return False

    def _clicked(self, _x: float, _y: float, button) -> None:
        if button == Qt.MouseButton.LeftButton:
            self.show_.do("next")
        elif button == Qt.MouseButton.RightButton:
            self.show_.do("previous")

    def mousePressEvent(self, event) -> None:  # a click in the letterbox advances too
        self._clicked(0, 0, event.button())

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Each notch down advances, each notch up goes back; trackpads' small deltas add up."""
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            self.show_.do("previous" if self._wheel > 0 else "next")
            self._wheel -= WHEEL_STEP if self._wheel > 0 else -WHEEL_STEP
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.show_.end()
        event.accept()
