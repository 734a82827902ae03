"""Small reusable widgets: clickable cards for figures and events, badges, headers, lazy chart slots."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from ..model import display, period_text, qualifier_text
from ..model.format import plan_word
from .context import ViewContext
from .strings import tr


def label(ctx: ViewContext, text: str, points: float = 13, bold: bool = False, color: str | None = None,
          wrap: bool = True, name: str | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setFont(ctx.font(points, bold))
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if color:
        widget.setStyleSheet(f"color: {color}; background: transparent;")
    if name:
        widget.setObjectName(name)
    return widget


def badge(ctx: ViewContext, text: str, color: str, outline: bool = False) -> QLabel:
    """A small coloured tag: TARGET, 约数, RANK… (outlined for targets, filled otherwise)."""
    widget = QLabel(text)
    widget.setFont(ctx.font(10, True))
    if outline:
        style = f"color: {color}; border: 2px dashed {color}; background: transparent;"
    else:
        style = f"color: white; background: {color}; border: none;"
    widget.setStyleSheet(style + f" border-radius: {ctx.px(4)}px; padding: {ctx.px(2)}px {ctx.px(6)}px;")
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    widget.setObjectName("badge")
    return widget


def figure_badges(ctx: ViewContext, fig) -> list[QLabel]:
    t = ctx.theme
    out = []
    zh = ctx.lang == "zh"  # the article's own marker word (力争, 约, 余…) only where it is read as such
    if fig.is_target:  # the plan word and target year come from the one wording policy (model.format)
        if zh:
            word, said = tr("planned" if fig.plan == "计划" else "target", "zh"), plan_word(fig, "zh")
            text = word + (f" · {said}" if said != word else "")
        else:
            text = plan_word(fig, "en").upper()
        out.append(badge(ctx, text, t.target, outline=True))
    if fig.type == "quantity" and fig.precision == "approx":
        out.append(badge(ctx, tr("approx", ctx.lang) + (f" · {fig.qualifier}" if zh else ""), t.accent2))
    if fig.type == "quantity" and fig.precision == "at_least":
        out.append(badge(ctx, tr("at_least", ctx.lang) + (f" · {fig.qualifier}" if zh else ""), t.accent2))
    if fig.type == "rank":
        out.append(badge(ctx, tr("rank", ctx.lang), t.accent))
    if fig.derived:
        out.append(badge(ctx, tr("derived", ctx.lang), t.muted))
    return out


def figure_tooltip(ctx: ViewContext, fig) -> str:
    lang = ctx.lang
    lines = [fig.label(lang), display(fig, lang), qualifier_text(fig, lang),
             f"{period_text(fig.period, lang)} · {ctx.pack.scope_label(fig, lang)}"]
    if fig.type == "quantity" and fig.is_target:
        lines.append(tr("target_note", lang))
    if fig.derived:
        lines.append(fig.derived.method(lang))
    lines.append(tr("click_source", lang))
    return "\n".join(lines)


class ClickCard(QFrame):
    """A focusable frame that opens its quote on click, Enter or Space."""

    activated = Signal(str)

    def __init__(self, ctx: ViewContext, quote: str, dashed: bool = False, accent: str | None = None,
                 action: Callable[[], None] | None = None):
        """`action`, when given, replaces opening the quote (e.g. a card that leads to a tab)."""
        super().__init__()
        self.quote = quote
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        t = ctx.theme
        border = f"2px dashed {accent or t.target}" if dashed else f"1px solid {t.border}"
        left = f"border-left: {ctx.px(5)}px solid {accent};" if accent and not dashed else ""
        self.setObjectName("card")
        self.setStyleSheet(f"#card {{ background: {t.card}; border: {border}; {left} border-radius: {ctx.px(8)}px; }}"
                           f" #card:focus {{ border: 2px solid {t.selection}; }}")
        if action is None:
            self.activated.connect(ctx.open_quote)
        else:
            self.activated.connect(lambda _quote: action())

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.quote)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.quote)
            return
        super().keyPressEvent(event)


class FigureCard(ClickCard):
    """One figure: badges, label, the value as `display` writes it, period and scope, one line of context.

    Targets get a dashed outline and an orange value; they never look like achievements.
    """

    def __init__(self, ctx: ViewContext, fig, big: bool = False, context_line: str | None = None):
        target = fig.type == "quantity" and fig.is_target
        accent = ctx.theme.target if target else ctx.theme.accent
        super().__init__(ctx, fig.quote, dashed=target, accent=accent)
        self.figure = fig
        lang, t = ctx.lang, ctx.theme
        layout = QVBoxLayout(self)
        m = ctx.px(14 if big else 10)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(ctx.px(4))
        badges = figure_badges(ctx, fig)
        if badges:
            row = QHBoxLayout()
            row.setSpacing(ctx.px(6))
            for b in badges:
                row.addWidget(b)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(label(ctx, fig.label(lang), 13 if big else 12, color=t.muted, name="figure-label"))
        value_color = t.target if target else t.accent
        self.value_label = label(ctx, display(fig, lang), 26 if big else 19, bold=True, color=value_color,
                                 name="figure-value")
        layout.addWidget(self.value_label)
        meta = f"{period_text(fig.period, lang)} · {ctx.pack.scope_label(fig, lang)}"
        layout.addWidget(label(ctx, meta, 11, color=t.muted, name="figure-meta"))
        context = context_line if context_line is not None else (fig.note(lang) if fig.note else None)
        if fig.derived and context is None:
            context = fig.derived.method(lang)
        if context:
            layout.addWidget(label(ctx, context, 11, color=t.text, name="figure-context"))
        layout.addStretch(1)
        self.setToolTip(figure_tooltip(ctx, fig))
        self.setAccessibleName(f"{fig.label(lang)}: {display(fig, lang)}")
        self.setAccessibleDescription(qualifier_text(fig, lang))


class LazyPlot(QFrame):
    """A placeholder for a pyqtgraph widget, filled after the first paint (pyqtgraph takes ~0.5 s to import)."""

    def __init__(self, ctx: ViewContext, factory: Callable[[], QWidget], height: int, name: str):
        super().__init__()
        self.factory = factory
        self.widget: QWidget | None = None
        self.setObjectName("chart-slot")
        self.setAccessibleName(name)
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = label(ctx, tr("loading_chart", ctx.lang), 11, color=ctx.theme.muted)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._placeholder)

    @property
    def filled(self) -> bool:
        return self.widget is not None

    def fill(self) -> QWidget:
        if self.widget is None:
            self.widget = self.factory()
            self._placeholder.hide()
            self._layout.addWidget(self.widget)
        return self.widget


class CardGrid(QWidget):
    """Widgets in rows of `columns` cells; charts may span several cells."""

    def __init__(self, ctx: ViewContext, columns: int = 3, align_top: bool = False):
        super().__init__()
        self.columns, self.align_top = columns, align_top
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(ctx.px(12))
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)
        self._row = self._col = 0

    def add(self, widget: QWidget, span: int = 1) -> None:
        span = min(span, self.columns)
        if self._col + span > self.columns:
            self._row, self._col = self._row + 1, 0
        if self.align_top:
            self.grid.addWidget(widget, self._row, self._col, 1, span, Qt.AlignmentFlag.AlignTop)
        else:
            self.grid.addWidget(widget, self._row, self._col, 1, span)
        self._col += span
        if self._col >= self.columns:
            self._row, self._col = self._row + 1, 0

    def count(self) -> int:
        return self.grid.count()


def block(ctx: ViewContext, title: str, body: QWidget, name: str = "block") -> QWidget:
    """A titled section of a page."""
    frame = QWidget()
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, ctx.px(8), 0, ctx.px(4))
    layout.setSpacing(ctx.px(8))
    layout.addWidget(label(ctx, title, 15, bold=True, color=ctx.theme.text, name="block-title"))
    layout.addWidget(body)
    return frame


def header(ctx: ViewContext, title: str, message: str | None) -> QWidget:
    frame = QWidget()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, ctx.px(4))
    layout.addWidget(label(ctx, title, 22, bold=True, color=ctx.theme.text, name="page-title"))
    if message:
        layout.addWidget(label(ctx, message, 15, color=ctx.theme.accent, name="page-message"))
    return frame


class Page(QScrollArea):
    """A scrollable tab page; `content_height()` lets `shot` enlarge the window to show all of it."""

    def __init__(self, ctx: ViewContext, key: str):
        super().__init__()
        self.key = key
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("page")
        self.body = QVBoxLayout(inner)
        m = ctx.px(24)
        self.body.setContentsMargins(m, ctx.px(16), m, m)
        self.body.setSpacing(ctx.px(10))
        self.setWidget(inner)

    def finish(self) -> None:
        self.body.addStretch(1)

    def content_height(self) -> int:
        return self.widget().sizeHint().height()
