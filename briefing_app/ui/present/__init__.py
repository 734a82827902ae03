"""Presentation mode: the deck drawn with QPainter full screen, the presenter view, and `slides` PNGs."""

from . import guard  # noqa: F401  (before any painting: see guard.py)
