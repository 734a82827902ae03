"""Light and dark themes: one palette for Qt widgets and the colours cards and charts draw with."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    card: str
    text: str
    muted: str
    accent: str
    accent2: str
    target: str
    border: str
    highlight: str  # cited passages in Source
    selection: str
    regions: tuple[str, ...]  # map colours, one per region in pack order


LIGHT = Theme("light", window="#f3f4f6", base="#ffffff", card="#ffffff", text="#1b2430", muted="#5b6675",
              accent="#1f5fa8", accent2="#9aa9bb", target="#c2571a", border="#d4d9e0", highlight="#fff1b8",
              selection="#1f5fa8", regions=("#c0392b", "#1f77b4", "#2ca02c", "#8e44ad", "#d68910", "#17a2b8"))
DARK = Theme("dark", window="#1d2127", base="#252a31", card="#2b3139", text="#e8ecf1", muted="#a4afbd",
             accent="#5aa2f0", accent2="#5d6b7c", target="#f29b5b", border="#414a55", highlight="#5c4f1c",
             selection="#5aa2f0", regions=("#ff6b5b", "#5aa2f0", "#6fcf6f", "#c08be8", "#f5b041", "#48c9e0"))


def get(name: str) -> Theme:
    return DARK if name == "dark" else LIGHT


def apply(theme: Theme, app: QApplication) -> None:
    """Fusion style with a palette from the theme, so every standard widget follows it."""
    app.setStyle("Fusion")
    p = QPalette()
    c = QColor
    p.setColor(QPalette.ColorRole.Window, c(theme.window))
    p.setColor(QPalette.ColorRole.WindowText, c(theme.text))
    p.setColor(QPalette.ColorRole.Base, c(theme.base))
    p.setColor(QPalette.ColorRole.AlternateBase, c(theme.window))
    p.setColor(QPalette.ColorRole.Text, c(theme.text))
    p.setColor(QPalette.ColorRole.Button, c(theme.card))
    p.setColor(QPalette.ColorRole.ButtonText, c(theme.text))
    p.setColor(QPalette.ColorRole.ToolTipBase, c(theme.base))
    p.setColor(QPalette.ColorRole.ToolTipText, c(theme.text))
    p.setColor(QPalette.ColorRole.PlaceholderText, c(theme.muted))
    p.setColor(QPalette.ColorRole.Highlight, c(theme.selection))
    p.setColor(QPalette.ColorRole.HighlightedText, c("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, c(theme.accent))
    app.setPalette(p)
