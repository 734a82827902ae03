"""The slide typeface: Liberation Sans (Arial's metrics) for Latin, the CJK family for Chinese.

The deck wraps text with these metrics, so drawing with the same faces keeps every line inside its box.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ..fonts import FONT_DIR, register_fonts

LATIN = "Liberation Sans"
_families: list[str] | None = None


def families() -> list[str]:
    """[Latin family, CJK family], registering the bundled fonts once (needs a QGuiApplication)."""
    global _families
    if _families is None:
        for name in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"):
            if LATIN not in QFontDatabase.families():
                QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        _families = [LATIN, register_fonts()]
    return _families


def slide_font(point_size: float, bold: bool = False) -> QFont:
    """A font of `point_size` device points, unhinted so it scales like the slide."""
    font = QFont()
    font.setFamilies(families())
    font.setPointSizeF(max(point_size, 0.5))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
