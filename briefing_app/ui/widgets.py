"""Small reusable widgets: clickable cards for figures and events, badges, headers, lazy chart slots."""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..i18n import punctuation
from ..model import display
from ..model.cells import source_text
from ..model.format import PLAN_EN, QUALIFIER_EN
from . import palette
from .context import ViewContext
from .strings import tr


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` verbatim: Qt guesses rich text for tooltips, so the text is escaped inside
    an explicit paragraph (line breaks kept) and can never be read as markup."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def accel_safe(text: str) -> str:
    """Text for a tab, button or menu title: a single `&` would turn into a keyboard-accelerator underline."""
    return text.replace("&", "&&")


def plain_label(text: str = "") -> QLabel:
    """A QLabel that shows `text` as it is: pack text is data, never markup."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


def label(ctx: ViewContext, text: str, points: float = 13, bold: bool = False, color: str | None = None,
          wrap: bool = True, name: str | None = None) -> QLabel:
    widget = plain_label(text)
    widget.setFont(ctx.font(points, bold))
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if color:
        widget.setStyleSheet(f"color: {color}; background: transparent;")
    if name:
        widget.setObjectName(name)
    return widget


def labelled(name: str, value: str, lang: str) -> str:
    """'name: value' with the language's own colon (full-width '：' in Chinese)."""
    return punctuation(lang).labelled(name, value)


class Chip(QLabel):
    """A small rounded tag naming a figure; it wraps like text and opens the figure's quote when activated.

    Not a push button: it is a reference inside a card, and it must wrap instead of widening the page.
    """

    activated = Signal(str)

    def __init__(self, ctx: ViewContext, text: str, quote: str):
        super().__init__(text)
        self.quote = quote
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFont(ctx.font(11))
        self.setObjectName("figure-chip")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(text)
        self.setToolTip(plain_tooltip(tr("click_source", ctx.lang)))
        t = ctx.theme
        self.setStyleSheet(f"#figure-chip {{ background: {t.highlight}; color: {t.text}; border: none;"
                           f" border-radius: {ctx.px(10)}px; padding: {ctx.px(3)}px {ctx.px(10)}px; }}"
                           f" #figure-chip:focus {{ border: 2px solid {t.selection}; }}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.activated.connect(ctx.open_quote)

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # the chip's click is its own, not the card's around it
        else:
            event.ignore()  # e.g. the mouse's back button: the window's

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.quote)
        event.accept()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.quote)
            return
        super().keyPressEvent(event)


def badge(ctx: ViewContext, text: str, color: str, outline: bool = False) -> QLabel:
    """A small coloured tag: target, rank, derived… (outlined for plans, filled otherwise)."""
    widget = plain_label(text)
    widget.setFont(ctx.font(10, True))
    if outline:
        style = f"color: {color}; border: 2px dashed {color}; background: transparent;"
    else:
        style = f"color: {palette.on(color)}; background: {color}; border: none;"
    widget.setStyleSheet(style + f" border-radius: {ctx.px(4)}px; padding: {ctx.px(2)}px {ctx.px(6)}px;")
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    widget.setObjectName("badge")
    return widget


def value_role(fig) -> str:
    """The semantic colour (deck/style.py SEMANTIC) of a figure's value: the deck's rule in deck/cards.py
    (plans ochre, ranks red, the rest the result blue), so a colour means the same in the app and the deck."""
    if getattr(fig, "is_target", False):
        return "plan"
    return "rank" if fig.type == "rank" else ("change" if fig.type == "change" else "result")


def badge_words(fig, lang: str) -> list[tuple[str, str]]:
    """(word, colour role) for what kind of number a figure is, in the words the deck reads it with: the
    plan word (target, planned, expected / 力争, 计划, 将…), the qualifier of any kind of figure (about, at
    least, more than / 约, 以上, 余, 多, 左右…), rank, derived. English words are lower case like the rest of a card's text."""
    words = []
    if fig.is_target:
        plan = getattr(fig, "plan", None)
        words.append(((plan or "目标") if lang == "zh" else PLAN_EN.get(plan, "target"), "plan"))
    if getattr(fig, "qualifier", "exact") != "exact":
        word = fig.qualifier if lang == "zh" else QUALIFIER_EN[fig.qualifier]
        words.append((word, "derived" if fig.precision == "approx" else "muted"))
    if fig.type == "rank":
        words.append((tr("rank", lang), "rank"))
    if fig.derived:
        words.append((tr("derived", lang), "derived"))
    return words


def unsaid_badge_words(fig, lang: str) -> list[tuple[str, str]]:
    """The badge words a card's own text does not already say: the value reads its qualifier and plan word
    (display: 'planned: about CNY 19.6 billion', 230余场) and the label may name the rank, so a badge
    repeating them would say it twice."""
    said = f"{display(fig, lang)} {fig.label(lang)}".casefold()
    return [(word, role) for word, role in badge_words(fig, lang) if word.casefold() not in said]


def figure_badges(ctx: ViewContext, fig) -> list[QLabel]:
    t = ctx.theme
    colours = dict(t.semantic, muted=t.muted)
    return [badge(ctx, word, colours[role], outline=role == "plan") for word, role in unsaid_badge_words(fig, ctx.lang)]


def card_meta_line(ctx: ViewContext, fig) -> str:
    """The line under a value, as on a slide (deck/cards.py card_meta: period, a share's denominator), and
    whose figure it is."""
    from ..deck.cards import card_meta

    return " · ".join(p for p in (card_meta(fig, ctx.lang), ctx.pack.scope_label(fig, ctx.lang)) if p)


def figure_tooltip(ctx: ViewContext, fig) -> str:
    lang = ctx.lang
    lines = [fig.label(lang), display(fig, lang, exact=True), card_meta_line(ctx, fig)]
    unsaid = [word for word, _role in unsaid_badge_words(fig, lang)]
    if unsaid:
        lines.append(punctuation(lang).list_sep.join(unsaid))
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
        target = getattr(fig, "is_target", False)  # dashed like a target on a slide (deck/cards.py)
        accent = ctx.theme.semantic[value_role(fig)]
        super().__init__(ctx, source_text(fig, ctx.lang), dashed=target, accent=accent)
        self.figure = fig
        lang, t = ctx.lang, ctx.theme
        layout = QVBoxLayout(self)
        m = ctx.px(14 if big else 10)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(ctx.px(4))
        # every card keeps a badge row, empty or not, so values in one row of cards line up
        badges = figure_badges(ctx, fig)
        strip = QWidget()
        strip.setObjectName("badge-row")
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(ctx.px(6))
        for b in badges:
            row.addWidget(b)
        row.addStretch(1)
        strip.setFixedHeight(badge(ctx, "A", "#000", outline=True).sizeHint().height())
        layout.addWidget(strip)
        layout.addWidget(label(ctx, fig.label(lang), 13 if big else 12, color=t.muted, name="figure-label"))
        self.value_label = label(ctx, display(fig, lang), 26 if big else 19, bold=True, color=accent,
                                 name="figure-value")
        layout.addWidget(self.value_label)
        meta = card_meta_line(ctx, fig)
        layout.addWidget(label(ctx, meta, 11, color=t.muted, name="figure-meta"))
        context = context_line if context_line is not None else (fig.note(lang) if fig.note else None)
        if fig.derived and context is None:
            context = fig.derived.method(lang)
        if context:
            layout.addWidget(label(ctx, context, 11, color=t.text, name="figure-context"))
        layout.addStretch(1)
        self.setToolTip(plain_tooltip(figure_tooltip(ctx, fig)))
        self.setAccessibleName(f"{fig.label(lang)}: {display(fig, lang)}")
        self.setAccessibleDescription(meta)


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
    """Widgets in rows of up to `columns` cells; charts may span several cells.

    The grid reflows to the width it gets: fewer columns when narrow (a cell is never narrower than
    `min_cell` pixels), so cards wrap and side-by-side charts stack instead of the page scrolling sideways.
    Cards of a row fill its height (a row reads as one), except beside a chart, where they keep their own
    height instead of stretching to the chart's.
    """

    def __init__(self, ctx: ViewContext, columns: int = 3, align_top: bool = False, min_cell: int = 250):
        super().__init__()
        self.columns, self.align_top = columns, align_top
        self.min_cell = ctx.px(min_cell)
        self.items: list[tuple[QWidget, int]] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(ctx.px(12))
        # the grid's width comes from the page, not from its cells: otherwise it could never get narrow enough
        # to reflow, and the page would scroll sideways
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self.shown_columns = 0
        self._arrange(columns)

    def fitting_columns(self, width: int) -> int:
        spacing = self.grid.spacing()
        return max(1, min(self.columns, (width + spacing) // (self.min_cell + spacing)))

    def add(self, widget: QWidget, span: int = 1) -> None:
        self.items.append((widget, span))
        self._place(widget, span)

    def _place(self, widget: QWidget, span: int) -> None:
        span = min(span, self.shown_columns)
        if self._col + span > self.shown_columns:
            self._row, self._col = self._row + 1, 0
        if self._col == 0:
            self._in_row, self._chart_in_row = [], False
        chart = span > 1
        if chart and not self._chart_in_row:
            for card in self._in_row:  # cards placed before the chart in its row
                self.grid.setAlignment(card, Qt.AlignmentFlag.AlignTop)
        self._chart_in_row = self._chart_in_row or chart
        if self.align_top or (self._chart_in_row and not chart):
            self.grid.addWidget(widget, self._row, self._col, 1, span, Qt.AlignmentFlag.AlignTop)
        else:
            self.grid.addWidget(widget, self._row, self._col, 1, span)
        self._in_row.append(widget)
        self._col += span
        if self._col >= self.shown_columns:
            self._row, self._col = self._row + 1, 0

    def _arrange(self, columns: int) -> None:
        if columns == self.shown_columns:
            return
        for widget, _span in self.items:
            self.grid.removeWidget(widget)
        for c in range(max(self.columns, self.shown_columns)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
            self.grid.setColumnMinimumWidth(c, 0)
        self.shown_columns = columns
        self._row = self._col = 0
        for widget, span in self.items:
            self._place(widget, span)

    def resizeEvent(self, event):
        self._arrange(self.fitting_columns(event.size().width()))
        super().resizeEvent(event)

    def minimumSizeHint(self):
        from PySide6.QtCore import QSize

        widest = max((w.minimumSizeHint().width() for w, _ in self.items), default=0)
        return QSize(min(widest, self.min_cell), super().minimumSizeHint().height())

    def count(self) -> int:
        return len(self.items)


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
        """The page's height at its width: wrapped lines make it taller than its size hint says."""
        inner = self.widget()
        if inner.hasHeightForWidth():
            return max(inner.sizeHint().height(), inner.heightForWidth(self.viewport().width()))
        return inner.sizeHint().height()
