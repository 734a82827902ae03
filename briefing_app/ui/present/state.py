"""What the audience sees, as one object the windows listen to: slide, blank screen, quote overlay."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...deck.slides import Deck, Slide


class ShowState(QObject):
    """The running show. `changed` fires whenever the audience screen must repaint."""

    changed = Signal()

    def __init__(self, deck: Deck, start: int = 1, parent: QObject | None = None):
        super().__init__(parent)
        self.deck = deck
        self.index = min(max(start, 1), len(deck.slides)) - 1
        self.blank: str | None = None  # None, "black" or "white"
        self.overlay: str | None = None  # the figure id whose quote the audience sees

    # --- reading ---------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.deck.slides)

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def slide(self) -> Slide:
        return self.deck.slides[self.index]

    # --- changing --------------------------------------------------------------------------------
    def go(self, number: int) -> None:
        """Show slide `number` (1-based, clamped); lifts a blank screen and any overlay."""
        index = min(max(number, 1), self.count) - 1
        if index != self.index or self.blank or self.overlay:
            self.index, self.blank, self.overlay = index, None, None
            self.changed.emit()

    def next(self) -> None:
        """Advance; on a blank screen the first press only brings the slide back."""
        if self.blank:
            self.set_blank(None)
        else:
            self.go(self.number + 1)

    def previous(self) -> None:
        if self.blank:
            self.set_blank(None)
        else:
            self.go(self.number - 1)

    def toggle_blank(self, kind: str) -> None:
        """B/W: blank the screen black or white; the same key brings the slide back."""
        self.set_blank(None if self.blank == kind else kind)

    def set_blank(self, kind: str | None) -> None:
        if kind != self.blank:
            self.blank = kind
            self.changed.emit()

    def toggle_overlay(self, figure_id: str | None) -> None:
        """Put a figure's source quote over the audience slide, or take it away."""
        self.overlay = None if self.overlay or not figure_id else figure_id
        self.changed.emit()
