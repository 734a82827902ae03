"""A running show: the audience window, the presenter window, keys, mouse and screens.

The Show owns the state the audience sees (ShowState) and the presenter's private state: the slide being
browsed, the figure clicked, the number being typed. Both windows send keys to `Show.handle_key`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QMenu, QStackedWidget, QVBoxLayout, QWidget

from ...deck.slides import Deck
from ...model import Pack
from . import keys
from .slide_widget import SlideCanvas
from .overview import OverviewGrid
from .presenter import PresenterWindow
from .screens import describe, pick
from ...deck.figure_sources import figure_source
from .state import ShowState
from ...deck.talk_timer import TalkTimer

WHEEL_STEP = 120  # one notch of a mouse wheel


class AudienceWindow(keys.ForwardKeys, QWidget):
    """What the room sees: the slide full screen (or in a window for screen sharing), or the overview."""

    def __init__(self, show: "Show"):
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


class Show(QObject):
    """One presentation of a deck. `finished(n)` reports the slide number it ended on.

    mode: "fullscreen" (audience full screen; presenter view on the other screen if there is one)
    or "window" (screen share: the audience view in an ordinary window, the presenter view beside it).
    rehearse: also open the presenter view as a window on a single screen.
    """

    finished = Signal(int)

    def __init__(self, deck: Deck, pack: Pack, start: int = 1, *, mode: str = "fullscreen",
                 rehearse: bool = False, audience_screen: str | None = None, talk_minutes: float = 20,
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.deck, self.pack, self.mode, self.rehearse = deck, pack, mode, rehearse
        self.audience_screen, self.swapped = audience_screen, False
        self.state = ShowState(deck, start, self)
        self.timer = TalkTimer(clock, talk_minutes * 60)
        self.wall = wall
        self.browse: int | None = None
        self.selected: str | None = None
        self.typed = ""
        self.running = False
        self.audience = AudienceWindow(self)
        self.presenter = PresenterWindow(self)
        #: None: automatic (shown when a second screen is connected); True/False: the presenter chose (V).
        self.presenter_wanted: bool | None = True if (rehearse or mode == "window") else None
        self.state.changed.connect(self._refresh)
        app = QGuiApplication.instance()
        app.screenRemoved.connect(self._screens_changed)
        app.screenAdded.connect(self._screens_changed)

    # --- starting, placing, ending --------------------------------------------------------------
    def start(self) -> None:
        self.running = True
        self._refresh()
        self.place()

    def place(self) -> None:
        """Put the audience and presenter windows on screens; safe to call after any screen change."""
        if not self.running:
            return
        audience_screen, presenter_screen = pick(self.audience_screen, self.swapped)
        if self.mode == "window":
            self.audience.setCursor(Qt.CursorShape.ArrowCursor)
            self._put(self.audience, audience_screen, full=False)
            if self.presenter_wanted is not False:
                self._put(self.presenter, presenter_screen or audience_screen, full=False, offset=True)
        else:
            self._put(self.audience, audience_screen, full=True)
            if presenter_screen is not None and self.presenter_wanted is not False:
                self._put(self.presenter, presenter_screen, full=True)
            elif presenter_screen is None and self.presenter_wanted:
                self._put(self.presenter, audience_screen, full=False, offset=True)
            else:
                self.presenter.hide()
        focus = self.presenter if self.presenter.isVisible() else self.audience
        focus.raise_()
        focus.activateWindow()
        focus.setFocus()

    def _put(self, window: QWidget, screen, full: bool, offset: bool = False) -> None:
        geometry: QRect = screen.availableGeometry() if not full else screen.geometry()
        if window.isFullScreen() and not full:
            window.showNormal()
        window.setScreen(screen)
        if full:
            window.setGeometry(geometry)
            window.showFullScreen()
        else:
            w, h = min(1280, geometry.width() * 4 // 5), min(800, geometry.height() * 4 // 5)
            x = geometry.x() + (geometry.width() - w) // 2 + (40 if offset else 0)
            y = geometry.y() + (geometry.height() - h) // 2 + (40 if offset else 0)
            window.setGeometry(x, y, w, h)
            window.showNormal()

    def _screens_changed(self, _screen=None) -> None:
        """A screen was unplugged or plugged in: re-place the windows once Qt has settled."""
        if self.running:
            QTimer.singleShot(0, self.place)

    def end(self) -> None:
        if not self.running:
            return
        self.running = False
        app = QGuiApplication.instance()
        for signal in (app.screenRemoved, app.screenAdded):
            try:
                signal.disconnect(self._screens_changed)
            except (RuntimeError, TypeError):
                pass
        self.presenter.ticker.stop()
        for window in (self.presenter, self.audience):
            window.hide()
            window.deleteLater()
        self.finished.emit(self.state.number)

    def presenter_hidden(self) -> None:
        self.presenter_wanted = False
        if self.running:
            self.audience.activateWindow()
            self.audience.setFocus()

    # --- what the presenter sees privately -------------------------------------------------------
    def presenter_slide_number(self) -> int:
        return self.browse if self.browse is not None else self.state.number

    def select_figure(self, figure_id: str) -> None:
        """A click on a figure in the presenter view: show its source there (not to the audience)."""
        self.selected = figure_id if figure_id and figure_source(self.pack, figure_id, self.deck.lang) else None
        self._refresh()

    def can_overlay(self) -> bool:
        slide = self.state.slide
        on_slide = set(slide.figure_ids) | {getattr(i, "figure_id", None) for i in slide.items}
        return self.selected is not None and self.selected in on_slide

    # --- actions ---------------------------------------------------------------------------------
    def goto(self, number: int) -> None:
        """Jump the audience to slide `number`; ends private browsing and forgets the clicked figure."""
        before = self.state.index
        self.browse = None
        self.state.go(number)
        if self.state.index != before:
            self.selected = None
        self._refresh()

    def handle_key(self, event: QKeyEvent, source: QWidget | None = None) -> bool:
        """Act on a key from either window; auto-repeated presses are swallowed. True when handled."""
        if event.isAutoRepeat() or not self.running:
            event.accept()
            return True
        name = keys.action(event, typing_number=bool(self.typed))
        if name is None:
            return False
        if name == "digit":
            self.typed = (self.typed + event.text())[-4:] if event.text().isdigit() else self.typed
            self._refresh()
        else:
            self.do(name, source)
        event.accept()
        return True

    def do(self, name: str, source: QWidget | None = None) -> None:
        """Perform a show action by name (keys, buttons and the mouse all come here)."""
        typed, self.typed = self.typed, ""
        state = self.state
        if name == "enter":
            if typed:
                self.goto(int(typed))
            elif self.browse is not None:
                self.goto(self.browse)
            else:
                self._navigate(state.next)
        elif name == "backspace":
            self.typed = typed[:-1]
        elif name == "next":
            self._navigate(state.next)
        elif name == "previous":
            self._navigate(state.previous)
        elif name == "first":
            self.goto(1)
        elif name == "last":
            self.goto(state.count)
        elif name in ("black", "white"):
            state.toggle_blank(name)
        elif name == "overview":
            if source is self.presenter and self.presenter.isVisible():
                self.presenter.open_overview()
            else:
                self.audience.open_overview()
        elif name == "escape":
            if self.presenter.isVisible() and self.presenter.closing_page():
                pass
            elif self.audience.close_overview():
                pass
            elif self.browse is not None:
                self.browse = None
            elif typed:
                pass
            else:
                self.end()
                return
        elif name == "back":
            self.browse = None
        elif name in ("browse_next", "browse_previous"):
            step = 1 if name == "browse_next" else -1
            target = min(max(self.presenter_slide_number() + step, 1), state.count)
            self.browse = None if target == state.number else target
        elif name == "quote":
            state.toggle_overlay(self.selected if (state.overlay or self.can_overlay()) else None)
        elif name == "find":
            self.show_presenter()
            self.presenter.open_finder()
        elif name == "presenter":
            if self.presenter.isVisible():
                self.presenter.hide()
                self.presenter_hidden()
            else:
                self.show_presenter()
        elif name == "swap":
            self.swapped = not self.swapped
            self.place()
        elif name == "pause":
            self.timer.toggle_pause()
        elif name == "reset_timer":
            self.timer.reset()
        elif name == "notes_bigger":
            self.presenter.view.zoom_notes(+1)
        elif name == "notes_smaller":
            self.presenter.view.zoom_notes(-1)
        self._refresh()

    def _navigate(self, move) -> None:
        before = self.state.index
        self.browse = None
        move()
        if self.state.index != before:
            self.selected = None

    def show_presenter(self) -> None:
        self.presenter_wanted = True
        if not self.presenter.isVisible():
            _audience, presenter_screen = pick(self.audience_screen, self.swapped)
            screen = presenter_screen or self.audience.screen() or QGuiApplication.primaryScreen()
            self._put(self.presenter, screen, full=presenter_screen is not None and self.mode != "window",
                      offset=True)
        self.presenter.raise_()
        self.presenter.activateWindow()
        self.presenter.setFocus()

    def choose_screen(self, name: str | None) -> None:
        self.audience_screen, self.swapped = name, False
        self.place()

    def fill_screen_menu(self, menu: QMenu) -> None:
        """The connected screens, the audience's checked; picking one moves the audience there."""
        menu.clear()
        group = QActionGroup(menu)
        current = self.audience.screen().name() if self.audience.screen() else None
        for screen in QGuiApplication.screens():
            act = QAction(describe(screen), menu, checkable=True, checked=screen.name() == current)
            act.triggered.connect(lambda _=False, n=screen.name(): self.choose_screen(n))
            group.addAction(act)
            menu.addAction(act)

    # --- repainting ------------------------------------------------------------------------------
    def _refresh(self) -> None:
        state = self.state
        overlay = figure_source(self.pack, state.overlay, self.deck.lang) if state.overlay else None
        self.audience.canvas.overlay_lang = self.deck.lang
        self.audience.canvas.show_slide(self.deck, state.slide, blank=state.blank, overlay=overlay)
        self.presenter.view.refresh()
