"""Presentation mode: the deck drawn with QPainter full screen, the presenter view, and `slides` PNGs.

The main window calls `attach(self)` once to fill its Present menu.
"""

from .present_menu import attach

__all__ = ["attach"]
