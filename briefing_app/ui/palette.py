"""Light and dark themes: one palette for Qt widgets and the colours cards and charts draw with.

The meaning of a colour is the deck's (deck/style.py SEMANTIC: result, plan, rank, change, derived), so
a plan is ochre and a rank red in the app as on the slides. The themes keep each semantic hue and only
darken or lighten it until text in it meets WCAG AA (4.5:1) on every background of the theme. Map regions
use the deck's REGION_COLORS, which never reuse a semantic colour, lightened in the dark theme until a
marker stands out (3:1, WCAG's rule for graphics).
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ..deck.style import PALETTE, REGION_COLORS, SEMANTIC

THEMES = ("light", "dark")
AA_TEXT = 4.5  # WCAG 2 AA for normal-size text
AA_GRAPHICS = 3.0  # WCAG 2 AA for graphical objects (map markers, bars)
WHITE, BLACK = "#ffffff", "#000000"


# --- contrast (WCAG 2) ------------------------------------------------------------------------------

def _rgb(colour: str) -> tuple[int, int, int]:
    h = colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def luminance(colour: str) -> float:
    """WCAG relative luminance of '#rrggbb' (0 black … 1 white)."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 … 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(colour: str, backgrounds: tuple[str, ...], ratio: float = AA_TEXT) -> str:
    """`colour` darkened (on light backgrounds) or lightened (on dark ones) just enough to reach `ratio`
    on every background. Only the lightness moves: hue and saturation, and so the meaning, stay."""
    dark_ground = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.2
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in _rgb(colour)))
    for step in range(0, 101):
        lit = min(1.0, lightness + step / 100) if dark_ground else max(0.0, lightness - step / 100)
        shade = "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(h, lit, s))
        if all(contrast(shade, b) >= ratio for b in backgrounds):
            return shade
    return WHITE if dark_ground else BLACK


def on(fill: str) -> str:
    """The text colour for a label filled with `fill`: white or near-black, whichever reads better."""
    return WHITE if contrast(WHITE, fill) >= contrast("#14181d", fill) else "#14181d"


# --- themes ----------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)  # eq=False: hashable by identity although `semantic` is a dict
class Theme:
    name: str
    window: str
    base: str
    card: str
    text: str
    muted: str
    accent2: str  # the "from" series and secondary strokes (graphics, not text)
    border: str
    highlight: str  # cited passages in Source, figure chips
    selection: str
    semantic: dict[str, str] = field(default_factory=dict)  # deck SEMANTIC role → readable colour
    regions: tuple[str, ...] = ()  # map colours, one per region in pack order

    @property
    def accent(self) -> str:
        """Results (achieved values), headings' messages, links: the semantic 'result' colour."""
        return self.semantic["result"]

    @property
    def target(self) -> str:
        """Targets and plans: the semantic 'plan' colour."""
        return self.semantic["plan"]

    @property
    def backgrounds(self) -> tuple[str, ...]:
        return (self.window, self.base, self.card)

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every (what, text colour, background) the app draws text with; tests hold each to WCAG AA."""
        pairs = [(f"{name} on {where}", colour, ground)
                 for name, colour in (("text", self.text), ("muted", self.muted),
                                      *((f"semantic {r}", c) for r, c in self.semantic.items()))
                 for where, ground in (("window", self.window), ("base", self.base), ("card", self.card))]
        pairs += [(f"badge {r}", on(c), c) for r, c in self.semantic.items()]
        pairs += [("badge muted", on(self.muted), self.muted), ("chip", self.text, self.highlight),
                  ("selected", on(self.selection), self.selection)]
        return pairs


def _theme(name: str, window: str, base: str, card: str, text: str, muted: str, accent2: str, border: str,
           highlight: str) -> Theme:
    grounds = (window, base, card)
    semantic = {role: readable("#" + hex_, grounds) for role, hex_ in SEMANTIC.items()}
    regions = tuple(readable("#" + hex_, (card,), AA_GRAPHICS) for hex_ in REGION_COLORS)
    return Theme(name, window=window, base=base, card=card, text=text, muted=muted, accent2=accent2,
                 border=border, highlight=highlight, selection=semantic["result"], semantic=semantic,
                 regions=regions)


LIGHT = _theme("light", window="#f3f4f6", base="#ffffff", card="#ffffff", text="#1b2430", muted="#5b6675",
               accent2="#" + PALETTE["accent2"], border="#d4d9e0", highlight="#fff1b8")
DARK = _theme("dark", window="#1d2127", base="#252a31", card="#2b3139", text="#e8ecf1", muted="#a4afbd",
              accent2="#5d6b7c", border="#414a55", highlight="#5c4f1c")


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
    p.setColor(QPalette.ColorRole.HighlightedText, c(on(theme.selection)))
    p.setColor(QPalette.ColorRole.Link, c(theme.accent))
    app.setPalette(p)
