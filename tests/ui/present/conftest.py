"""Presentation-mode fixtures: decks in both languages, a controllable clock, a running show."""

from __future__ import annotations

from datetime import datetime

import pytest


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def decks(pack):
    from briefing_app.deck.build import build_deck

    return {lang: build_deck(pack, lang=lang) for lang in ("zh", "en")}


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def make_show(qtbot, pack, decks, clock):
    """Start a show (zh deck of the bundled pack unless told) with the fake clock and a fixed wall clock;
    ends it afterwards."""
    from briefing_app.deck.build import build_deck
    from briefing_app.ui.present.show import Show

    shows = []

    def make(lang: str = "zh", start: int = 1, *, of_pack=None, **kw):
        kw.setdefault("clock", clock)
        kw.setdefault("wall", lambda: datetime(2026, 11, 26, 14, 5))
        deck = decks[lang] if of_pack is None else build_deck(of_pack, lang=lang)
        show = Show(deck, of_pack or pack, start, **kw)
        show.start()
        shows.append(show)
        return show

    yield make
    for show in shows:
        show.end()


def image_of(widget):
    """What a widget shows on screen, as a QImage."""
    return widget.grab().toImage()
