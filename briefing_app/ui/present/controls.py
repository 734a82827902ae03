"""What the show's windows and actions may ask of a running show (`Show` implements it).

The audience window, the presenter view and the action table depend on this Protocol, not on `show.py`,
so the show can own its windows without the windows importing it back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol, runtime_checkable

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu, QWidget

from ...deck.slides import Deck
from ...deck.talk_timer import TalkTimer
from ...model import Pack
from .presenter_state import PresenterState
from .state import ShowState


@runtime_checkable
class ShowControl(Protocol):
    deck: Deck
    pack: Pack
    state: ShowState  # what the audience sees
    private: PresenterState  # what only the presenter sees
    timer: TalkTimer
    wall: Callable[[], datetime]

    def do(self, name: str, source: QWidget | None = None, text: str = "") -> None:
        """Perform a show action by name (see show_actions.ACTIONS)."""

    def handle_key(self, event: QKeyEvent, source: QWidget | None = None) -> bool: ...

    def goto(self, number: int) -> None: ...

    def navigate(self, move: Callable[[], None]) -> None: ...

    def end(self) -> None: ...

    def select_figure(self, figure_id: str) -> None: ...

    def presenter_hidden(self) -> None: ...

    def fill_screen_menu(self, menu: QMenu) -> None: ...

    # --- the windows, as the action table needs them ----------------------------------------------
    def close_page(self) -> bool:
        """Close the presenter's overview or finder, else the audience's overview; True when one closed."""

    def open_overview(self, source: QWidget | None) -> None: ...

    def open_finder(self) -> None: ...

    def toggle_presenter(self) -> None: ...

    def swap_screens(self) -> None: ...

    def zoom_notes(self, step: int) -> None: ...
