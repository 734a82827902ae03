"""The figure finder for Q&A: type a value or a name, see every slide and quote where it appears,
preview it privately, then jump the audience there."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from ...deck.figure_search import FigureIndex, Hit
from ...deck.figure_sources import figure_source
from ...deck.slides import Deck
from ...i18n import translator
from ...model import Pack
from .plain_text import plain_tooltip
from .slide_widget import SlideCanvas

TEXT = {
    "placeholder": ("输入数值或名称，例如 3109 或 生物医药", "Type a value or a name, e.g. 3109 or biomedicine"),
    "jump": ("在观众屏幕显示此页 (Enter)", "Show this slide to the audience (Enter)"),
    "close": ("关闭 (Esc)", "Close (Esc)"),
    "none": ("没有找到", "Nothing found"),
    "not_on_slide": ("不在任何幻灯片上", "on no slide"),
    "slide": ("第{n}页", "Slide {n}"),
    "count": ("{n} 处", "{n} matches"),
}


tr = translator(TEXT)


class FinderPanel(QWidget):
    """`jump(n)` when the presenter sends a result's slide to the audience; `closed` on Esc."""

    jump = Signal(int)
    closed = Signal()

    def __init__(self, deck: Deck, pack: Pack, parent: QWidget | None = None):
        super().__init__(parent)
        self.deck, self.pack, self.lang = deck, pack, deck.lang
        self.index = FigureIndex(deck, pack)
        self.hits: list[Hit] = []
        self.query = QLineEdit(placeholderText=tr("placeholder", self.lang))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.search)
        self.query.installEventFilter(self)
        self.count = QLabel()
        self.results = QListWidget()
        self.results.currentRowChanged.connect(self._preview)
        self.results.itemActivated.connect(lambda _item: self._jump())
        self.preview = SlideCanvas(letterbox="none")
        self.quote = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.quote.setTextFormat(Qt.TextFormat.RichText)  # pack text in it is escaped (plain, never markup)
        go = QPushButton(tr("jump", self.lang), clicked=self._jump)
        close = QPushButton(tr("close", self.lang), clicked=self.closed.emit)
        for b in (go, close):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        left = QVBoxLayout()
        left.addWidget(self.query)
        left.addWidget(self.count)
        left.addWidget(self.results, 1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 3)
        right.addWidget(self.quote, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(go)
        buttons.addWidget(close)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def start(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def search(self, text: str) -> None:
        self.hits = self.index.find(text)
        self.results.clear()
        for hit in self.hits:
            where = tr("slide", self.lang, n=hit.slide) if hit.slide else tr("not_on_slide", self.lang)
            item = QListWidgetItem(f"{where} · {hit.text}" + (f"\n   {hit.quote}" if hit.quote else ""))
            item.setToolTip(plain_tooltip(hit.quote or hit.text))
            self.results.addItem(item)
        self.count.setText(tr("count", self.lang, n=len(self.hits)) if self.hits or not text.strip()
                           else tr("none", self.lang))
        if self.hits:
            self.results.setCurrentRow(0)
        else:
            self._preview(-1)

    def current_hit(self) -> Hit | None:
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def _preview(self, row: int) -> None:
        hit = self.hits[row] if 0 <= row < len(self.hits) else None
        slide = self.deck.slides[hit.slide - 1] if hit and hit.slide else None
        self.preview.show_slide(self.deck, slide, highlight=hit.figure_id if hit else None)
        src = figure_source(self.pack, hit.figure_id, self.lang) if hit and hit.figure_id else None
        e = html.escape
        self.quote.setText(f"<b>{e(src.label)}: {e(src.value)}</b><br>{e(src.shown)}<br>"
                           f"<i>{e(src.meta(self.lang))}</i>" if src else e(hit.text if hit else ""))

    def _jump(self) -> None:
        hit = self.current_hit()
        if hit and hit.slide:
            self.jump.emit(hit.slide)

    def eventFilter(self, obj, event) -> bool:
        """Up/Down move through the results, Enter jumps and Esc closes while typing."""
        if obj is self.query and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._jump()
                return True
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(obj, event)
