"""What every view needs to draw itself: the pack, the language, the theme, the zoom, the fonts.

Views receive one ViewContext and call `open_quote` when the user clicks a figure; the main window
decides what that does (switch to Source and select the passage).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QFont

from .palette import LIGHT, Theme

if TYPE_CHECKING:
    from ..model import Pack


@dataclass
class ViewContext:
    pack: Pack
    lang: str = "zh"
    theme: Theme = LIGHT
    zoom: float = 1.0
    family: str = ""
    open_quote: Callable[[str], None] = field(default=lambda quote: None)

    def font(self, points: float, bold: bool = False) -> QFont:
        """A font of `points` × zoom in the CJK family (it also covers Latin)."""
        font = QFont()
        if self.family:
            font.setFamilies([self.family])
        font.setPointSizeF(max(6.0, points * self.zoom))
        font.setBold(bold)
        return font

    def px(self, pixels: float) -> int:
        return int(round(pixels * self.zoom))

    def section_title(self, section_id: str) -> str:
        for s in self.pack.data.sections:
            if s.id == section_id:
                return s.title(self.lang)
        return section_id
