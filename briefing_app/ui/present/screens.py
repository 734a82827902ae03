"""Which screen gets the audience and which the presenter; screens are named, never held, so an
unplugged screen cannot leave a dangling QScreen behind."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen


def by_name(name: str | None) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None) if name else None


def pick(preferred_audience: str | None = None, swapped: bool = False) -> tuple[QScreen, QScreen | None]:
    """(audience screen, presenter screen or None when only one screen is connected).

    The audience goes to the chosen screen if it is connected, else to the first screen that is not
    the primary one (the projector); the presenter to the primary. `swapped` exchanges them.
    """
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen() or screens[0]
    if len(screens) < 2:
        return primary, None
    audience = by_name(preferred_audience) or next(s for s in screens if s is not primary)
    presenter = primary if audience is not primary else next(s for s in screens if s is not primary)
    return (presenter, audience) if swapped else (audience, presenter)


def describe(screen: QScreen) -> str:
    g = screen.geometry()
    return f"{screen.name()} ({g.width()}×{g.height()})"
