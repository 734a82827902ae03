"""Painting primitives in slide points: palette colours, fonts sized for the device, lines of text.

Every drawing function here works in slide coordinates (points); the caller sets the painter's
transform that maps points to device pixels, so text and shapes stay vector-crisp at any scale.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintDevice, QPen

from ...deck.style import PALETTE, REGION_COLORS
from ... import typography
from .typeface import slide_font

_REFERENCE = None


def reference_device() -> QPaintDevice:
    """A tiny image used to measure text when no painter is at hand (layout, hit-testing)."""
    global _REFERENCE
    if _REFERENCE is None:
        _REFERENCE = QImage(1, 1, QImage.Format.Format_ARGB32)
    return _REFERENCE


def color(role: str | None) -> QColor:
    """A palette role (or a 'regionN' index, or a bare RRGGBB) as a QColor; unknown roles draw as ink."""
    if role is None:
        return QColor(0, 0, 0, 0)
    if role in PALETTE:
        return QColor("#" + PALETTE[role])
    if role.startswith("region") and role[6:].isdigit():
        return QColor("#" + REGION_COLORS[int(role[6:]) % len(REGION_COLORS)])
    hex_part = role.lstrip("#")
    if len(hex_part) == 6 and all(c in "0123456789abcdefABCDEF" for c in hex_part):
        return QColor("#" + hex_part)
    return QColor("#" + PALETTE["ink"])


def font(size: float, bold: bool = False, device: QPaintDevice | None = None) -> QFont:
    """A font whose em is `size` slide points once the painter's point→pixel scale is applied."""
    device = device or reference_device()
    return slide_font(size * 72.0 / max(device.logicalDpiY(), 1), bold)


def metrics(size: float, bold: bool = False) -> QFontMetricsF:
    device = reference_device()
    return QFontMetricsF(font(size, bold, device), device)


def pen(role: str | None, width: float = 1.0, dashed: bool = False) -> QPen:
    if role is None:
        return QPen(Qt.PenStyle.NoPen)
    p = QPen(color(role), width)
    p.setCosmetic(False)
    if dashed:
        p.setStyle(Qt.PenStyle.CustomDashLine)
        p.setDashPattern([4.0, 3.0])
    p.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return p


def draw_lines(painter: QPainter, box: QRectF, lines: list[str] | tuple[str, ...], size: float, *,
               bold: bool = False, role: str = "ink", align: str = "left", line_height: float = 1.2,
               valign: str = "top") -> None:
    """Draw pre-wrapped lines in `box`, one line every size × line_height points."""
    f = font(size, bold, painter.device())
    painter.setFont(f)
    painter.setPen(color(role))
    fm = QFontMetricsF(f, painter.device())
    step = size * line_height
    total = step * len(lines)
    top = box.top()
    if valign == "center":
        top = box.center().y() - total / 2
    elif valign == "bottom":
        top = box.bottom() - total
    inset = (step - (fm.ascent() + fm.descent())) / 2
    for i, line in enumerate(lines):
        baseline = top + i * step + inset + fm.ascent()
        width = fm.horizontalAdvance(line)
        if align == "center":
            x = box.center().x() - width / 2
        elif align == "right":
            x = box.right() - width
        else:
            x = box.left()
        painter.drawText(QPointF(x, baseline), line)


def wrap(text: str, size: float, width: float, bold: bool = False, max_lines: int = 3) -> list[str]:
    """Break text to fit `width` points with the deck's line-break rules, measured with Qt's metrics."""
    fm = metrics(size, bold)
    return typography.wrap(text, width, fm.horizontalAdvance, max_lines=max_lines) or [""]
