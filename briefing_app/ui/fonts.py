"""Chinese must render on machines with no CJK font: register the bundled OFL subsets at start-up.

The presentation mode imports `register_fonts` too, so its name and signature stay fixed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from ..resources import CJK_BOLD, CJK_REGULAR, fonts_dir

FONT_DIR = fonts_dir()
BUNDLED_FILES = (CJK_REGULAR, CJK_BOLD)
#: System CJK families worth preferring: complete glyph sets, hinted for the screen.
SYSTEM_CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "PingFang SC",
              "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans SC")

_registered: str | None = None


def bundled_font_files() -> list[Path]:
    return [FONT_DIR / name for name in BUNDLED_FILES]


def register_fonts() -> str:
    """Register the bundled Noto Sans SC subsets; return the CJK family to use.

    A system CJK family is preferred when one is installed (full glyph set); otherwise the bundled
    family is returned. Needs a QGuiApplication. Safe to call more than once.
    """
    global _registered
    system = [f for f in SYSTEM_CJK if f in set(QFontDatabase.families())]
    if _registered is None:
        families = []
        for path in bundled_font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _registered = families[0] if families else ""
    if system:
        return system[0]
    return _registered or "Sans Serif"
