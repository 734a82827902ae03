"""The article itself, every cited passage highlighted; `show_quote` selects one passage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from ..context import ViewContext
from ..strings import tr
from ..widgets import label


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 code units; Python in code points."""
    return len(text[:index].encode("utf-16-le")) // 2


class SourceTab(QWidget):
    def __init__(self, ctx: ViewContext):
        super().__init__()
        self.ctx = ctx
        self.key = "source"
        pack, lang, t = ctx.pack, ctx.lang, ctx.theme
        self.article = pack.article
        self.view = QPlainTextEdit()
        self.view.setObjectName("article")
        self.view.setReadOnly(True)
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.view.setFont(ctx.font(14))
        self.view.setPlainText(self.article)
        self.view.setAccessibleName(tr("source", lang))
        self._format(t)

        self.quotes = QListWidget()
        self.quotes.setAccessibleName(tr("cited", lang))
        self.quotes.setFont(ctx.font(11))
        self.quotes.setWordWrap(True)
        self.quotes.setSpacing(ctx.px(3))
        for quote in pack.cited_quotes():
            item = QListWidgetItem(quote)
            item.setData(Qt.ItemDataRole.UserRole, quote)
            self.quotes.addItem(item)
        self.quotes.itemClicked.connect(lambda item: self.show_quote(item.data(Qt.ItemDataRole.UserRole)))

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(label(ctx, f"{tr('cited', lang)} ({self.quotes.count()})", 12, bold=True))
        rl.addWidget(self.quotes)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        art = pack.data.article
        title = art.title if lang == "zh" else art.title_en
        layout.addWidget(label(ctx, title, 16, bold=True, name="article-title"))
        layout.addWidget(label(ctx, tr("article_source", lang) + art.source(lang), 11, color=t.muted))
        layout.addWidget(split, 1)

    def _span(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(utf16_offset(self.article, start))
        cursor.setPosition(utf16_offset(self.article, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _format(self, t) -> None:
        mark = QTextCharFormat()
        mark.setBackground(QColor(t.highlight))
        for quote in self.ctx.pack.cited_quotes():
            start = 0
            while (start := self.article.find(quote, start)) >= 0:
                self._span(start, start + len(quote)).mergeCharFormat(mark)
                start += len(quote)
        head = QTextCharFormat()
        head.setFontWeight(700)
        head.setFontPointSize(self.ctx.font(18).pointSizeF())
        offset = 0
        for line in self.article.splitlines(keepends=True):
            if line.startswith("#"):
                self._span(offset, offset + len(line.rstrip("\n"))).mergeCharFormat(head)
            offset += len(line)

    def show_quote(self, quote: str) -> bool:
        """Select the quote's first occurrence and scroll to it; False if the article lacks it."""
        start = self.article.find(quote)
        if start < 0 or not quote:
            return False
        cursor = self._span(start, start + len(quote))
        self.view.setTextCursor(cursor)
        self.view.centerCursor()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        for row in range(self.quotes.count()):
            if self.quotes.item(row).data(Qt.ItemDataRole.UserRole) == quote:
                self.quotes.setCurrentRow(row)
        return True

    def scroll_bar(self):
        """The scroll bar Back/Forward remembers for this tab."""
        return self.view.verticalScrollBar()

    def selected_text(self) -> str:
        return self.view.textCursor().selectedText().replace("\u2029", "\n")


def build(ctx: ViewContext) -> SourceTab:
    return SourceTab(ctx)
