"""A schematic map of the pack's places drawn offline with pyqtgraph: one colour per region, the origin
starred, lines from the origin, and the coordinates' reference shown under it (they are not article data)."""

from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QCursor
from PySide6.QtWidgets import QToolTip

from .context import ViewContext
from .strings import tr
from .widgets import plain_tooltip


class MapView(pg.PlotWidget):
    def __init__(self, ctx: ViewContext, spec):
        super().__init__(background=ctx.theme.card)
        self.ctx, self.spec = ctx, spec
        t, lang = ctx.theme, ctx.lang
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideAxis("left")
        item.hideAxis("bottom")
        lat0 = sum(p.lat for p in spec.places) / len(spec.places)
        self.kx = math.cos(math.radians(lat0))
        regions = list(dict.fromkeys(p.region.en for p in spec.places))
        self.colours = {r: t.regions[i % len(t.regions)] for i, r in enumerate(regions)}
        self.points = [(p.lon * self.kx, p.lat, p) for p in spec.places]
        origin = next((pt for pt in self.points if pt[2].origin), None)
        if origin is not None:
            for x, y, p in self.points:
                if not p.origin:
                    self.plot([origin[0], x], [origin[1], y], pen=pg.mkPen(t.accent2, width=1.5,
                                                                           style=Qt.PenStyle.DashLine))
        self.legend = item.addLegend(offset=(10, 10), labelTextColor=t.text, labelTextSize=f"{int(11 * ctx.zoom)}pt")
        self.regions: list[str] = []
        for region in regions:
            members = [(x, y, p) for x, y, p in self.points if p.region.en == region]
            name = next(p.region(lang) for _, _, p in members)
            scatter = pg.ScatterPlotItem(
                x=[x for x, _, _ in members], y=[y for _, y, _ in members],
                symbol=["star" if p.origin else "o" for _, _, p in members],
                size=[ctx.px(30) if p.origin else ctx.px(16) for _, _, p in members],
                brush=pg.mkBrush(self.colours[region]), pen=pg.mkPen(t.card, width=1.5))
            self.addItem(scatter)
            sample = pg.ScatterPlotItem(symbol="o", size=ctx.px(14), brush=pg.mkBrush(self.colours[region]),
                                        pen=pg.mkPen(None))  # one size, so the legend draws it full-size
            self.legend.addItem(sample, html.escape(name))  # LegendItem labels are HTML
            self.regions.append(name)
        self.labels = []
        for x, y, p in self.points:
            text = p.name(lang) + (f" ★ {tr('map_origin', lang)}" if p.origin else "")
            backing = QColor(t.card)
            backing.setAlpha(210)  # keeps names readable where the corridor lines cross them
            label = pg.TextItem(text, color=t.text, anchor=(-0.12, 0.5) if p.origin else (0.5, -0.3),
                                fill=pg.mkBrush(backing))
            label.setFont(ctx.font(15 if p.origin else 13, bold=p.origin))
            self.addItem(label)
            label.setPos(x, y)
            self.labels.append(text)
        xs = [x for x, _, _ in self.points]
        ys = [y for _, y, _ in self.points]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 0.5)
        self.setAspectLocked(True, ratio=1.0)
        self.setXRange(min(xs) - span * 0.1, max(xs) + span * 0.3, padding=0)
        self.setYRange(min(ys) - span * 0.18, max(ys) + span * 0.12, padding=0)
        self.setAccessibleName(spec.title(lang))
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)

    def place_at(self, pos):
        vb = self.getPlotItem().getViewBox()
        best, best_d = None, None
        for x, y, p in self.points:
            scene = vb.mapViewToScene(pg.Point(x, y))
            d = (scene.x() - pos.x()) ** 2 + (scene.y() - pos.y()) ** 2
            if d < (self.ctx.px(18)) ** 2 and (best_d is None or d < best_d):
                best, best_d = p, d
        return best

    def _hover(self, pos):
        p = self.place_at(pos)
        if p is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), plain_tooltip(f"{p.name(self.ctx.lang)} — {p.region(self.ctx.lang)}"), self)

    def _click(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.ctx.open_quote(self.spec.quote)
