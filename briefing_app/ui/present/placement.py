"""Putting the show's windows on screens: full screen on a projector, or an ordinary window for screen
sharing and rehearsal. Safe to call again after any screen change."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from .screens import pick


def put(window: QWidget, screen: QScreen, full: bool, offset: bool = False) -> None:
    """Show `window` full screen on `screen`, or as a centred window of at most 1280 × 800 (`offset`
    moves it 40 px down-right, so a second window does not hide the first)."""
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


def place(audience: QWidget, presenter: QWidget, *, mode: str, audience_screen: str | None, swapped: bool,
          presenter_wanted: bool | None) -> None:
    """Put the audience and presenter windows on the screens `pick` chooses, then focus the presenter's
    window if it is shown (else the audience's).

    mode "window": both as ordinary windows (screen share); "fullscreen": the audience full screen, the
    presenter full screen on the other screen, or as a window on one screen when it is wanted (rehearsal).
    """
    audience_at, presenter_at = pick(audience_screen, swapped)
    if mode == "window":
        audience.setCursor(Qt.CursorShape.ArrowCursor)
        put(audience, audience_at, full=False)
        if presenter_wanted is not False:
            put(presenter, presenter_at or audience_at, full=False, offset=True)
    else:
        put(audience, audience_at, full=True)
        if presenter_at is not None and presenter_wanted is not False:
            put(presenter, presenter_at, full=True)
        elif presenter_at is None and presenter_wanted:
            put(presenter, audience_at, full=False, offset=True)
        else:
            presenter.hide()
    focus(presenter if presenter.isVisible() else audience)


def focus(window: QWidget) -> None:
    window.raise_()
    window.activateWindow()
    window.setFocus()
