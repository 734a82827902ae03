"""A running show: owns what the audience sees (ShowState), what only the presenter sees (PresenterState),
the talk timer and both windows; turns action names into changes through the action table.

Both windows send keys to `Show.handle_key`; buttons and the mouse call `Show.do`. Screen placement is in
placement.py, the actions in show_actions.py, the windows in audience.py and presenter.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QMenu, QWidget

from ...deck.figure_sources import DeckPacks, figure_source
from ...deck.slides import Deck
from ...deck.talk_timer import TalkTimer
from ...model import Pack
from . import keys
from .audience import AudienceWindow
from .placement import focus, place, put
from .presenter import PresenterWindow
from .presenter_state import PresenterState
from .screen_menu import fill_screen_menu
from .screens import pick
from .show_actions import BY_NAME, Press
from .state import ShowState


class Show(QObject):
    """One presentation of a deck. `finished(n)` reports the slide number it ended on.

    mode: "fullscreen" (audience full screen; presenter view on the other screen if there is one)
    or "window" (screen share: the audience view in an ordinary window, the presenter view beside it).
    rehearse: also open the presenter view as a window on a single screen.
    """

    finished = Signal(int)

    def __init__(self, deck: Deck, pack: Pack | DeckPacks, start: int = 1, *, mode: str = "fullscreen",
                 rehearse: bool = False, audience_screen: str | None = None, talk_minutes: float = 20,
                 clock: Callable[[], float] = time.monotonic, wall: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.deck, self.pack, self.mode, self.rehearse = deck, pack, mode, rehearse
        self.audience_screen, self.swapped = audience_screen, False
        self.state = ShowState(deck, start, self)
        self.private = PresenterState(wanted=True if (rehearse or mode == "window") else None)
        self.timer = TalkTimer(clock, talk_minutes * 60)
        self.wall = wall
        self.running = False
        self.audience = AudienceWindow(self)
        self.presenter = PresenterWindow(self)
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
        if self.running:
            place(self.audience, self.presenter, mode=self.mode, audience_screen=self.audience_screen,
                  swapped=self.swapped, presenter_wanted=self.private.wanted)

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
        self.private.wanted = False
        if self.running:
            self.audience.activateWindow()
            self.audience.setFocus()

    def choose_screen(self, name: str | None) -> None:
        self.audience_screen, self.swapped = name, False
        self.place()

    def swap_screens(self) -> None:
        self.swapped = not self.swapped
        self.place()

    def fill_screen_menu(self, menu: QMenu) -> None:
        """The connected screens, the audience's checked; picking one moves the audience there."""
        current = self.audience.screen().name() if self.audience.screen() else None
        fill_screen_menu(menu, current, self.choose_screen)

    # --- the presenter's window ------------------------------------------------------------------
    def show_presenter(self) -> None:
        self.private.wanted = True
        if not self.presenter.isVisible():
            _audience, presenter_screen = pick(self.audience_screen, self.swapped)
            screen = presenter_screen or self.audience.screen() or QGuiApplication.primaryScreen()
            put(self.presenter, screen, full=presenter_screen is not None and self.mode != "window", offset=True)
        focus(self.presenter)

    def toggle_presenter(self) -> None:
        if self.presenter.isVisible():
            self.presenter.hide()
            self.presenter_hidden()
        else:
            self.show_presenter()

    def open_overview(self, source: QWidget | None) -> None:
        """The overview opens where it was asked for: privately in the presenter view, else for the room."""
        if source is self.presenter and self.presenter.isVisible():
            self.presenter.open_overview()
        else:
            self.audience.open_overview()

    def open_finder(self) -> None:
        self.show_presenter()
        self.presenter.open_finder()

    def close_page(self) -> bool:
        return (self.presenter.isVisible() and self.presenter.closing_page()) or self.audience.close_overview()

    def zoom_notes(self, step: int) -> None:
        self.presenter.view.zoom_notes(step)

    def select_figure(self, figure_id: str) -> None:
        """A click on a figure in the presenter view: show its source there (not to the audience)."""
        found = figure_id and figure_source(self.pack, figure_id, self.deck.lang)
        self.private.selected = figure_id if found else None
        self._refresh()

    # --- moving and acting -----------------------------------------------------------------------
    def goto(self, number: int) -> None:
        """Jump the audience to slide `number`; ends private browsing and forgets the clicked figure."""
        self.navigate(lambda: self.state.go(number))
        self._refresh()

    def navigate(self, move: Callable[[], None]) -> None:
        """Move the audience (next, previous, go); a new slide ends browsing and forgets the clicked figure."""
        before = self.state.index
        self.private.browse = None
        move()
        if self.state.index != before:
            self.private.selected = None

    def handle_key(self, event: QKeyEvent, source: QWidget | None = None) -> bool:
        """Act on a key from either window; auto-repeated presses are swallowed. True when handled."""
        if event.isAutoRepeat() or not self.running:
            event.accept()
            return True
        name = keys.action(event)
        if name is None:
            return False
        self.do(name, source, event.text())
        event.accept()
        return True

    def do(self, name: str, source: QWidget | None = None, text: str = "") -> None:
        """Perform a show action by name (keys, buttons and the mouse all come here); see show_actions."""
        typed, self.private.typed = self.private.typed, ""
        BY_NAME[name].run(self, Press(typed, source, text))
        if self.running:
            self._refresh()

    # --- repainting ------------------------------------------------------------------------------
    def _refresh(self) -> None:
        state = self.state
        overlay = figure_source(self.pack, state.overlay, self.deck.lang) if state.overlay else None
        self.audience.canvas.overlay_lang = self.deck.lang
        self.audience.canvas.show_slide(self.deck, state.slide, blank=state.blank, overlay=overlay)
        self.presenter.view.refresh()
