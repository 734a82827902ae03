"""Where the main window goes on real screens: 90 % of the screen's available area, centred, the first time;
a saved geometry only when it still lands on a screen that exists and is not uselessly small.

The rule works on plain (x, y, width, height) tuples so it is tested without a display; `place` applies it
to a window with the screens Qt reports.
"""

from __future__ import annotations

Rect = tuple[int, int, int, int]

FIRST_SHARE = 0.9  # of the available width and height, for a first window
MIN_SHARE = 0.5  # a saved size below half the screen in either direction is ignored (e.g. 688×512 on 1920×1080)


def first_geometry(available: Rect, share: float = FIRST_SHARE) -> Rect:
    """A window `share` of `available` in each direction, centred in it."""
    x, y, w, h = available
    width, height = int(w * share), int(h * share)
    return x + (w - width) // 2, y + (h - height) // 2, width, height


def overlap(a: Rect, b: Rect) -> int:
    """The area two rectangles share (0 when they do not touch)."""
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return max(0, width) * max(0, height)


def restored_geometry(saved: Rect | None, screens: list[Rect], primary: Rect) -> Rect:
    """The geometry to use given a saved one and the screens' available areas (primary's first).

    A saved rectangle on no existing screen, or smaller than MIN_SHARE of the screen it is on, gives the
    first-window geometry; otherwise it is shrunk to fit that screen and moved fully onto it.
    """
    if not saved or saved[2] <= 0 or saved[3] <= 0 or not screens:
        return first_geometry(primary)
    best = max(screens, key=lambda s: overlap(saved, s))
    if overlap(saved, best) == 0:
        return first_geometry(primary)
    sx, sy, sw, sh = best
    x, y, w, h = saved
    if w < sw * MIN_SHARE or h < sh * MIN_SHARE:
        return first_geometry(best)
    w, h = min(w, sw), min(h, sh)
    x = min(max(x, sx), sx + sw - w)
    y = min(max(y, sy), sy + sh - h)
    return x, y, w, h


def place(window, saved: Rect | None) -> Rect:
    """Put `window` where `restored_geometry` says, on the screens this session has; returns the rectangle."""
    from PySide6.QtGui import QGuiApplication

    def rect(r) -> Rect:
        return r.x(), r.y(), r.width(), r.height()

    primary = QGuiApplication.primaryScreen()
    screens = [rect(s.availableGeometry()) for s in QGuiApplication.screens()]
    target = restored_geometry(saved, screens, rect(primary.availableGeometry()) if primary else (0, 0, 1280, 800))
    x, y, w, h = target
    # the frame (title bar, borders) is outside geometry(); leave room for it when the window manager adds one
    frame_w = max(0, window.frameGeometry().width() - window.geometry().width())
    frame_h = max(0, window.frameGeometry().height() - window.geometry().height())
    window.resize(max(200, w - frame_w), max(200, h - frame_h))
    window.move(x, y)
    return target
