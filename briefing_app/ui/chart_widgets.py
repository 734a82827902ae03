"""pyqtgraph charts: horizontal bars for same-unit quantities, from→to bars for shares, the parts of a
composition (a ratio whose named terms add up to 100).

Imported only after the first window is painted (pyqtgraph costs ~0.5 s to import). Values come from
the pack; labels from `display`. Approximate values are lighter and hatched, targets are dashed outlines
labelled as targets, never filled like achievements. Right-click offers PNG/SVG export (pyqtgraph's
exporters); hovering a bar shows its value, qualifier and period; clicking opens its quote.
"""

from __future__ import annotations

import html
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QCursor
from PySide6.QtWidgets import QFileDialog, QToolTip

from ..i18n import punctuation
from ..model import display
from ..model.cells import source_text
from ..model.format import composition_axis_title, quantity_axis, share_axis_title, share_point_label
from ..deck.chart_axis import ValueAxis, value_axis
from .context import ViewContext
from .strings import tr
from .widgets import figure_tooltip, plain_tooltip, unsaid_badge_words

BAR = 0.42  # bar thickness in row units


def unit_label(figures, lang: str) -> str:
    """The axis title: the one rule of model.format.quantity_axis (same scale as the bar labels)."""
    return quantity_axis(figures, lang).title(lang)


class Chart(pg.PlotWidget):
    """Base: one row per figure, top to bottom in pack order; hover, click and export built in."""

    def __init__(self, ctx: ViewContext, figures: list):
        super().__init__(background=ctx.theme.card)
        self.ctx = ctx
        self.figures = figures
        self.rows: list[tuple[float, float, float, object]] = []  # (y, x0, x1, figure)
        self.value_texts: list[str] = []
        self.value_items: list[tuple[float, object]] = []  # (bar end, its value label)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideAxis("left")
        item.showGrid(x=True, y=False, alpha=0.15)
        axis = item.getAxis("bottom")
        axis.setTickFont(ctx.font(10))
        axis.setPen(pg.mkPen(ctx.theme.muted))
        axis.setTextPen(pg.mkPen(ctx.theme.text))
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for key, method in (("chart_export_png", self._ask_png), ("chart_export_svg", self._ask_svg)):
            action = QAction(tr(key, ctx.lang), self)
            action.triggered.connect(method)
            self.addAction(action)
        self.setAccessibleName(" / ".join(f.label(ctx.lang) for f in figures))

    def y_of(self, index: int) -> float:
        return float(len(self.figures) - 1 - index)

    def text(self, text: str, x: float, y: float, anchor, color: str, points: float = 11, bold: bool = False):
        item = pg.TextItem(text, color=color, anchor=anchor)
        item.setFont(self.ctx.font(points, bold))
        self.addItem(item)
        item.setPos(x, y)
        return item

    def set_ticks(self, top: float, room: float, bottom: float = 0.0) -> ValueAxis:
        """Ticks from a 0 label (or a round value below a negative `bottom`, -0.38‰) to a round maximum
        (deck.chart_axis, the one axis rule); the view reaches `room` × the data so the value labels beside
        the bars fit."""
        ticks = value_axis([top, bottom])
        axis = self.getPlotItem().getAxis("bottom")
        axis.setTicks([list(zip(ticks.ticks, ticks.labels)), []])
        self.ticks = ticks
        self._top, self._room, self._bottom = top, room, bottom
        self._set_range()
        return ticks

    def _set_range(self) -> None:
        right = max(self.ticks.maximum, self._top * self._room, self._label_room())
        # a sliver left of 0, so the "0" label (centred on the axis start) is inside the plot and drawn; left of
        # a negative bar, room for its label
        left = -0.025 * right if self._bottom >= 0 else min(self.ticks.minimum, self._bottom) - 0.3 * right
        self.setXRange(left, right, padding=0)

    def _label_room(self) -> float:
        """The right end the view needs so every value label beside its bar fits at the current width."""
        width = self.getPlotItem().getViewBox().width()
        need = 0.0
        for value, item in getattr(self, "value_items", []):
            share = (item.boundingRect().width() + 12) / width if width > 0 else 1
            if share < 0.9:
                need = max(need, value / (1 - share) * 1.03)  # value + label width, in data units
        return need

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if getattr(self, "ticks", None) is not None:
            self._set_range()

    def set_axis(self, text: str) -> None:
        axis = self.getPlotItem().getAxis("bottom")
        axis.setLabel(html.escape(text), color=self.ctx.theme.text, **{"font-size": f"{int(11 * self.ctx.zoom)}pt"})

    # --- interaction -----------------------------------------------------------------------------
    def figure_at(self, x: float, y: float):
        for row_y, x0, x1, fig in self.rows:
            low, high = min(x0, x1), max(x0, x1)  # a negative bar runs left of 0
            pad = 0.02 * (high - low or 1)
            if abs(y - row_y) <= BAR / 2 + 0.05 and low - pad <= x <= high + pad + 1e-9:
                return fig
        return None

    def _scene_figure(self, pos):
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            return None
        point = vb.mapSceneToView(pos)
        return self.figure_at(point.x(), point.y())

    def _hover(self, pos):
        fig = self._scene_figure(pos)
        if fig is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), plain_tooltip(figure_tooltip(self.ctx, fig)), self)

    def _click(self, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return
        fig = self._scene_figure(event.scenePos())
        if fig is not None:
            self.ctx.open_quote(source_text(fig, self.ctx.lang))

    # --- export ----------------------------------------------------------------------------------
    def export_png(self, path: Path) -> None:
        exporter = exporters.ImageExporter(self.getPlotItem())
        exporter.parameters()["width"] = max(1200, int(self.width() * 2))
        exporter.export(str(path))

    def export_svg(self, path: Path) -> None:
        """pyqtgraph's SVGExporter; where it fails (its path parser predates Qt 6.12's SVG output), the
        scene is drawn through QSvgGenerator instead, which keeps the vectors and text."""
        try:
            exporters.SVGExporter(self.getPlotItem()).export(str(path))
        except ValueError:
            from PySide6.QtCore import QRectF, QSize
            from PySide6.QtGui import QPainter
            from PySide6.QtSvg import QSvgGenerator

            rect = self.getPlotItem().sceneBoundingRect()
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(QSize(int(rect.width()), int(rect.height())))
            generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            generator.setTitle(self.accessibleName())
            painter = QPainter(generator)
            self.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            painter.end()

    def _ask(self, suffix: str, write) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr(f"chart_export_{suffix}", self.ctx.lang),
                                              f"chart.{suffix}", f"{suffix.upper()} (*.{suffix})")
        if path:
            write(Path(path))

    def _ask_png(self):
        self._ask("png", self.export_png)

    def _ask_svg(self):
        self._ask("svg", self.export_svg)


class BarChart(Chart):
    """Quantities of one unit. Exact: solid; approximate: lighter and hatched; target: dashed outline."""

    def __init__(self, ctx: ViewContext, figures: list):
        super().__init__(ctx, figures)
        t, lang = ctx.theme, ctx.lang
        axis = quantity_axis(figures, lang)
        top = max(axis.value(f) for f in figures) or 1.0
        bottom = min(0.0, *(axis.value(f) for f in figures))
        for i, fig in enumerate(figures):
            y, value = self.y_of(i), axis.value(fig)
            target = fig.is_target
            approx = fig.precision == "approx"
            if target:
                pen = pg.mkPen(t.target, width=2.5, style=Qt.PenStyle.DashLine)
                brush = QBrush(Qt.BrushStyle.NoBrush)
            else:
                colour = QColor(t.accent)
                if approx:
                    colour.setAlphaF(0.45)
                pen = pg.mkPen(t.accent, width=1)
                brush = QBrush(colour)
            self.addItem(pg.BarGraphItem(x0=[0], y=[y], width=[value], height=BAR, pen=pen, brush=brush))
            if approx and not target:
                hatch = QBrush(QColor(t.card), Qt.BrushStyle.BDiagPattern)
                self.addItem(pg.BarGraphItem(x0=[0], y=[y], width=[value], height=BAR, pen=pg.mkPen(None),
                                             brush=hatch))
            shown = display(fig, lang)
            plan = [word for word, role in unsaid_badge_words(fig, lang) if role == "plan"]
            if plan:  # only a plan word `display` does not read already (到2026年… → [目标]); never twice
                shown = f"{shown}  [{plan[0]}]"
            self.value_texts.append(shown)
            anchor = (-0.03, 0.5) if value >= 0 else (1.03, 0.5)  # beyond the bar's end, left of a negative one
            item = self.text(shown, value, y, anchor=anchor, color=t.target if target else t.text, points=13,
                             bold=True)
            self.value_items.append((value, item))
            self.text(fig.label(lang), 0, y + BAR / 2, anchor=(0, 1), color=t.muted, points=12)
            self.rows.append((y, 0.0, value, fig))
        self.set_axis(unit_label(figures, lang))
        self.set_ticks(top, 1.45, bottom)
        self.setYRange(-0.5, len(figures) - 0.2, padding=0)


class ShareChart(Chart):
    """Shares as % of their total; a `from` value is drawn as a pale bar under the current one."""

    def __init__(self, ctx: ViewContext, figures: list):
        super().__init__(ctx, figures)
        t, lang = ctx.theme, ctx.lang
        top = max(max(float(f.fraction), float(f.from_fraction or 0)) for f in figures) * 100
        for i, fig in enumerate(figures):
            y = self.y_of(i)
            now = float(fig.fraction) * 100
            if fig.from_ is not None:
                was = float(fig.from_fraction) * 100
                self.addItem(pg.BarGraphItem(x0=[0], y=[y - BAR * 0.3], width=[was], height=BAR * 0.35,
                                             pen=pg.mkPen(t.muted), brush=QBrush(QColor(t.accent2))))
                self.text(f"{tr('from', lang)} {share_point_label(fig, lang, start=True)}", was, y - BAR * 0.3,
                          anchor=(-0.05, 0.5), color=t.muted, points=10)
                main_y, height = y + BAR * 0.2, BAR * 0.55
            else:
                main_y, height = y, BAR * 0.7
            self.addItem(pg.BarGraphItem(x0=[0], y=[main_y], width=[now], height=height, pen=pg.mkPen(t.accent),
                                         brush=QBrush(QColor(t.accent))))
            shown = display(fig, lang)
            self.value_texts.append(shown)
            self.value_items.append((now, self.text(shown, now, main_y, anchor=(-0.03, 0.5), color=t.text,
                                                    points=13, bold=True)))
            self.text(fig.label(lang), 0, y + BAR / 2 + 0.08, anchor=(0, 1), color=t.muted, points=12)
            self.rows.append((y, 0.0, now, fig))
        self.set_axis(share_axis_title(figures, lang) + ("（%）" if lang == "zh" else " (%)"))
        self.set_ticks(top, 1.6)
        self.setYRange(-0.55, len(figures) - 0.15, padding=0)


class CompositionChart(Chart):
    """One ratio whose named terms add up to 100 (三次产业结构4.2:38.5:57.3): a bar per part, labelled with the
    article's own term, on a 'parts of 100' axis (the deck's composition chart, deck/chart_spec.py)."""

    def __init__(self, ctx: ViewContext, figures: list):
        fig = figures[0]
        self.parts = len(fig.terms)
        super().__init__(ctx, figures)
        t, lang = ctx.theme, ctx.lang
        colour = QColor(t.accent)
        if fig.precision == "approx":
            colour.setAlphaF(0.45)
        values = [float(term) for term in fig.terms]
        for i, (part, term, value) in enumerate(zip(fig.parts, fig.terms, values)):
            y = self.y_of(i)
            self.addItem(pg.BarGraphItem(x0=[0], y=[y], width=[value], height=BAR, pen=pg.mkPen(t.accent),
                                         brush=QBrush(colour)))
            self.value_texts.append(term)
            self.value_items.append((value, self.text(term, value, y, anchor=(-0.03, 0.5), color=t.text,
                                                      points=13, bold=True)))
            self.text(part(lang), 0, y + BAR / 2, anchor=(0, 1), color=t.muted, points=12)
            self.rows.append((y, 0.0, value, fig))
        # what the parts are parts of, above them: the figure's card may stand elsewhere (the overview's headlines)
        self.title_text = punctuation(lang).labelled(fig.label(lang), display(fig, lang))  # as the deck's slide title
        self.setTitle(html.escape(self.title_text), color=t.text, size=f"{int(12 * ctx.zoom)}pt")
        self.set_axis(composition_axis_title(lang))
        self.set_ticks(max(values), 1.3)
        self.setYRange(-0.5, self.parts - 0.2, padding=0)

    def y_of(self, index: int) -> float:
        return float(self.parts - 1 - index)


def make_chart(ctx: ViewContext, kind: str, figures: list) -> Chart:
    return {"bars": BarChart, "shares": ShareChart, "composition": CompositionChart}[kind](ctx, figures)
