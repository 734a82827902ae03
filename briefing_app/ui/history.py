"""Browser-like Back/Forward over the places the user has been: a tab, its scroll position and, on Source,
the quote a figure jump selected. Plain Python; the main window records and restores the places."""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 100  # places kept; the oldest go first


@dataclass
class Place:
    tab: str
    scroll: int = 0
    quote: str | None = None


class History:
    def __init__(self) -> None:
        self.places: list[Place] = []
        self.index = -1

    @property
    def current(self) -> Place | None:
        return self.places[self.index] if 0 <= self.index < len(self.places) else None

    def visit(self, place: Place) -> None:
        """A new place: the forward places are dropped, as in a browser."""
        del self.places[self.index + 1:]
        self.places.append(place)
        if len(self.places) > LIMIT:
            del self.places[0]
        self.index = len(self.places) - 1

    def can_go(self, step: int) -> bool:
        return 0 <= self.index + step < len(self.places)

    def go(self, step: int) -> Place | None:
        """Move back (-1) or forward (+1); None when there is nowhere to go."""
        if not self.can_go(step):
            return None
        self.index += step
        return self.places[self.index]
