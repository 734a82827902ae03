"""The presenter view: current and next slide, notes with their sources, timers, clock, private browsing,
the source of a clicked figure, the overview and the figure finder. It never changes what the audience
sees except through the Show."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QProgressBar, QPushButton, QSpinBox, QStackedWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from ...deck.figure_sources import figure_source
from ...deck.talk_timer import clock_text
from ...i18n import translator
from .controls import ShowControl
from .finder import FinderPanel
from .keys import ForwardKeys
from .overview import OverviewGrid
from .show_actions import help_line as help_line_text
from .slide_widget import SlideCanvas

STAGE_COLORS = {"ok": "#2F855A", "warn": "#B7791F", "over": "#C8102E"}
TEXT = {
    "next": ("下一页", "Next"), "end": ("演示结束", "End of show"), "notes": ("备注与出处", "Notes and sources"),
    "pause": ("暂停 (T)", "Pause (T)"), "resume": ("继续 (T)", "Resume (T)"), "reset": ("重置", "Reset"),
    "talk": ("演讲时长", "Talk length"), "left": ("剩余 {t}", "{t} left"), "min": (" 分钟", " min"),
    "slide": ("第 {x} / {n} 页", "Slide {x} / {n}"),
    "browsing": ("私下预览第 {k} 页 — 观众仍看到第 {x} 页。Enter：显示此页 · Esc：返回",
                 "Previewing slide {k} privately — the audience still sees slide {x}. Enter: show it · Esc: back"),
    "typed": ("跳转到第 {t} 页 — 按 Enter", "Go to slide {t} — press Enter"),
    "black": ("观众屏幕：黑屏 (B)", "Audience screen: black (B)"),
    "white": ("观众屏幕：白屏 (W)", "Audience screen: white (W)"),
    "pick": ("点击当前幻灯片上的数字，查看原文出处", "Click a figure on the slide to see its source quote"),
    "show_quote": ("向观众显示原文 (Q)", "Show quote to audience (Q)"),
    "hide_quote": ("隐藏原文 (Q)", "Hide quote (Q)"),
    "prev_btn": ("◀ 上一页", "◀ Back"), "next_btn": ("下一页 ▶", "Next ▶"),
    "browse_prev": ("◁ 预览", "◁ Preview"), "browse_next": ("预览 ▷", "Preview ▷"),
    "back": ("回到当前页", "Back to current"), "overview": ("总览 (G)", "Overview (G)"),
    "find": ("查找数字 (F)", "Find figure (F)"), "blank": ("黑屏 (B)", "Black (B)"),
    "swap": ("交换屏幕 (S)", "Swap screens (S)"), "screen": ("观众屏幕", "Audience screen"),
    "stop": ("结束放映 (Esc)", "End show (Esc)"), "title": ("演示者视图", "Presenter view"),
}


tr = translator(TEXT)


def _button(text: str, slot, parent=None) -> QPushButton:
    b = QPushButton(text, parent)
    b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    b.clicked.connect(slot)
    return b


class PresenterView(QWidget):
    """The presenter's main page. `refresh()` re-reads the Show; `tick()` updates the clocks."""

    def __init__(self, show: ShowControl, parent: QWidget | None = None):
        super().__init__(parent)
        self.show_ = show
        lang = self.lang = show.deck.lang
        self.notes_size = 15

        self.elapsed = QLabel()
        self.elapsed.setStyleSheet("font-size: 30px; font-weight: bold;")
        self.pause_btn = _button(tr("pause", lang), lambda: show.do("pause"))
        reset = _button(tr("reset", lang), lambda: show.do("reset_timer"))
        self.remaining = QLabel()
        self.remaining.setStyleSheet("font-size: 20px;")
        self.progress = QProgressBar(textVisible=False, maximum=1000)
        self.progress.setFixedHeight(14)
        self.talk = QSpinBox(minimum=1, maximum=600, suffix=tr("min", lang))
        self.talk.setValue(max(1, round(show.timer.talk_seconds / 60)))
        self.talk.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.talk.valueChanged.connect(self._set_talk_minutes)
        self.clock = QLabel()
        self.clock.setStyleSheet("font-size: 20px;")
        self.position = QLabel()
        self.position.setStyleSheet("font-size: 20px; font-weight: bold;")
        count = QVBoxLayout()
        count.addWidget(self.remaining)
        count.addWidget(self.progress)
        top = QHBoxLayout()
        for w in (self.elapsed, self.pause_btn, reset):
            top.addWidget(w)
        top.addSpacing(24)
        top.addLayout(count, 1)
        top.addWidget(QLabel(tr("talk", lang)))
        top.addWidget(self.talk)
        top.addSpacing(24)
        top.addWidget(self.clock)
        top.addSpacing(24)
        top.addWidget(self.position)

        self.current = SlideCanvas(letterbox="none")
        self.current.figure_clicked.connect(show.select_figure)
        self.banner = QLabel(wordWrap=True)
        self.banner.setStyleSheet("color: #B7791F; font-weight: bold; font-size: 15px;")
        self.figure = QLabel(tr("pick", lang), wordWrap=True)
        self.figure.setTextFormat(Qt.TextFormat.RichText)  # pack text in it is escaped (plain, never markup)
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figure.setStyleSheet("font-size: 15px;")
        self.quote_btn = _button(tr("show_quote", lang), lambda: show.do("quote"))
        figure_row = QHBoxLayout()
        figure_row.addWidget(self.figure, 1)
        figure_row.addWidget(self.quote_btn, 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addWidget(self.current, 5)
        left.addWidget(self.banner)
        left.addLayout(figure_row, 1)

        self.next_label = QLabel(tr("next", lang))
        self.next_canvas = SlideCanvas(letterbox="none")
        self.next_canvas.caption = tr("end", lang)
        self.notes = QTextBrowser()
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        smaller = _button("A−", lambda: self.zoom_notes(-1))
        bigger = _button("A+", lambda: self.zoom_notes(+1))
        notes_head = QHBoxLayout()
        notes_head.addWidget(QLabel(tr("notes", lang)), 1)
        notes_head.addWidget(smaller)
        notes_head.addWidget(bigger)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.next_canvas, 2)
        right.addLayout(notes_head)
        right.addWidget(self.notes, 3)

        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)

        # a push button reserves room for its menu arrow (a tool button draws it over the last character)
        self.screen_btn = QPushButton(tr("screen", lang))
        self.screen_btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_menu = QMenu(self.screen_btn)
        self.screen_menu.aboutToShow.connect(lambda: show.fill_screen_menu(self.screen_menu))
        self.screen_btn.setMenu(self.screen_menu)
        bottom = QHBoxLayout()
        for key, action in (("prev_btn", "previous"), ("next_btn", "next"), ("browse_prev", "browse_previous"),
                            ("browse_next", "browse_next"), ("back", "back"), ("overview", "overview"),
                            ("find", "find"), ("blank", "black"), ("swap", "swap")):
            bottom.addWidget(_button(tr(key, lang), lambda _=False, a=action: show.do(a, self.window())))
        bottom.addWidget(self.screen_btn)
        bottom.addStretch(1)
        bottom.addWidget(_button(tr("stop", lang), show.end))
        help_line = QLabel(help_line_text(lang), wordWrap=True)
        help_line.setStyleSheet("color: gray; font-size: 11px;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        layout.addWidget(help_line)
        self._stage = ""
        self.zoom_notes(0)

    # --- what it shows ---------------------------------------------------------------------------
    def refresh(self) -> None:
        show, lang = self.show_, self.lang
        state = show.state
        private = show.private
        shown = private.slide_number(state.number)
        slide = show.deck.slides[shown - 1]
        self.current.show_slide(show.deck, slide, highlight=private.selected)
        nxt = show.deck.slides[shown] if shown < state.count else None
        self.next_canvas.show_slide(show.deck, nxt)
        if self.notes.property("slide") != (id(show.deck), shown):
            self.notes.setPlainText(slide.notes)
            self.notes.setProperty("slide", (id(show.deck), shown))
        self.position.setText(tr("slide", lang, x=state.number, n=state.count))
        banner = []
        if private.browse is not None:
            banner.append(tr("browsing", lang, k=private.browse, x=state.number))
        if private.typed:
            banner.append(tr("typed", lang, t=private.typed))
        if state.blank:
            banner.append(tr(state.blank, lang))
        self.banner.setText("\n".join(banner))
        self.banner.setVisible(bool(banner))
        src = figure_source(show.pack, private.selected, lang) if private.selected else None
        if src:
            e = html.escape
            self.figure.setText(f"<b>{e(src.label)}: {e(src.value)}</b><br>{e(src.shown)}<br>"
                                f"<span style='color:gray'>{e(src.meta(lang))} · {e(src.heading)}</span>")
        else:
            self.figure.setText(html.escape(tr("pick", lang)))
        self.quote_btn.setEnabled(bool(state.overlay) or private.can_overlay(state.slide))
        self.quote_btn.setText(tr("hide_quote" if state.overlay else "show_quote", lang))
        self.tick()

    def tick(self) -> None:
        timer, lang = self.show_.timer, self.lang
        self.elapsed.setText(clock_text(timer.elapsed()))
        self.pause_btn.setText(tr("resume" if timer.paused else "pause", lang))
        self.remaining.setText(tr("left", lang, t=clock_text(timer.remaining())))
        self.progress.setValue(round(timer.fraction() * 1000))
        stage = timer.stage()
        if stage != self._stage:
            self._stage = stage
            self.progress.setStyleSheet(f"QProgressBar::chunk {{ background: {STAGE_COLORS[stage]}; }}")
            self.remaining.setStyleSheet(f"font-size: 20px; color: {STAGE_COLORS[stage] if stage != 'ok' else ''};")
        self.clock.setText(self.show_.wall().strftime("%H:%M"))

    def zoom_notes(self, step: int) -> None:
        self.notes_size = max(9, min(40, self.notes_size + step * 2))
        f = QFont(self.notes.font())
        f.setPixelSize(self.notes_size)
        self.notes.setFont(f)

    def _set_talk_minutes(self, minutes: int) -> None:
        self.show_.timer.talk_seconds = minutes * 60
        self._stage = ""
        self.tick()


class PresenterWindow(ForwardKeys, QWidget):
    """The presenter view's window: the main page, the overview grid or the figure finder."""

    def __init__(self, show: ShowControl):
        super().__init__(None, Qt.WindowType.Window)
        self.show_ = show
        self.setWindowTitle(f"{tr('title', show.deck.lang)} — {show.deck.title}")
        self.view = PresenterView(show)
        self.overview = OverviewGrid()
        self.overview.picked.connect(lambda n: (show.goto(n), self.page(self.view)))
        self.overview.closed.connect(lambda: self.page(self.view))
        self.finder = FinderPanel(show.deck, show.pack)
        self.finder.jump.connect(lambda n: (show.goto(n), self.page(self.view)))
        self.finder.closed.connect(lambda: self.page(self.view))
        self.stack = QStackedWidget()
        for w in (self.view, self.overview, self.finder):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        self.ticker = QTimer(self, interval=250, timeout=self.view.tick)
        self.ticker.start()
        self.resize(1280, 800)

    def page(self, widget: QWidget) -> None:
        self.stack.setCurrentWidget(widget)
        if widget is self.view:
            self.setFocus()
        elif widget is self.finder:
            self.finder.start()
        else:
            widget.setFocus()

    def open_overview(self) -> None:
        self.overview.load(self.show_.deck, self.show_.private.slide_number(self.show_.state.number))
        self.page(self.overview)

    def open_finder(self) -> None:
        self.page(self.finder)

    def closing_page(self) -> bool:
        """Esc closes the overview or the finder first; True when it did."""
        if self.stack.currentWidget() is not self.view:
            self.page(self.view)
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the presenter window hides it; the show goes on until Esc."""
        event.ignore()
        self.hide()
        self.show_.presenter_hidden()
