"""The article itself, every cited passage highlighted; `show_quote` selects one passage.

The article is Markdown-like text: `#`/`##` lines are shown as headings (without the markers) and blank lines
become paragraph spacing, not empty rows. Quotes are found in the article's own text and mapped to the
shown document through `ArticleLayout`, so highlights and selections land on the right characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QApplication, QListView, QListWidget, QListWidgetItem, QSplitter, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QTextEdit, QVBoxLayout, QWidget)

from ..context import ViewContext
from ..strings import tr
from ..widgets import label, plain_tooltip

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")


@dataclass(frozen=True)
class Block:
    """One shown paragraph or heading: its text and where that text starts in the article."""

    text: str
    start: int  # index in the article of `text[0]`
    level: int = 0  # 0 = paragraph, 1.. = heading level


def article_blocks(article: str) -> list[Block]:
    """Paragraphs and headings of the article, blank lines dropped, heading markers stripped."""
    blocks, offset = [], 0
    for line in article.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        match = HEADING.match(body)
        if match and match.group(2):
            blocks.append(Block(match.group(2), offset + match.start(2), len(match.group(1))))
        elif body.strip():
            lead = len(body) - len(body.lstrip())
            blocks.append(Block(body.strip(), offset + lead))
        offset += len(line)
    return blocks


NUMBER_UNIT = re.compile(r"(?<=[0-9%])(?=[\u4e00-\u9fff])")


def keep_number_with_unit(text: str) -> str:
    """Text to draw with a word joiner (U+2060) between a number and the Chinese unit after it: 886号 never
    breaks as 886 / 号. For display only; the quote itself stays as the article has it."""
    return NUMBER_UNIT.sub("\u2060", text)


def utf16_len(text: str) -> int:
    """Qt counts positions in UTF-16 code units; Python in code points."""
    return len(text.encode("utf-16-le")) // 2


class ArticleLayout:
    """Maps an index in the article to a position in the shown document (one block per `Block`)."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.starts = [b.start for b in blocks]
        self.positions, position = [], 0
        for b in blocks:
            self.positions.append(position)
            position += utf16_len(b.text) + 1  # the block separator

    def position(self, index: int) -> int:
        """Document position of article index `index` (an index inside a dropped marker moves to the next text)."""
        i = bisect.bisect_right(self.starts, index) - 1
        if i < 0:
            return 0
        block = self.blocks[i]
        within = index - block.start
        if within > len(block.text):  # in a dropped blank line or marker: the start of the next block
            return self.positions[i + 1] if i + 1 < len(self.blocks) else self.positions[i] + utf16_len(block.text)
        return self.positions[i] + utf16_len(block.text[:within])


class WrappedTextDelegate(QStyledItemDelegate):
    """List rows that wrap their whole text, measured and painted at the same width, so no row is cut short
    or left with an empty line (Qt's default delegate measures and wraps digits differently)."""

    def __init__(self, view: QListWidget, padding: int):
        super().__init__(view)
        self.view, self.padding = view, padding

    def _text_rect(self, width: int) -> QRect:
        return QRect(0, 0, max(40, width - 2 * self.padding), 100_000)

    def sizeHint(self, option, index):
        width = self.view.viewport().width() - 2 * self.view.spacing()
        flags = int(Qt.TextFlag.TextWordWrap)
        text = keep_number_with_unit(index.data())
        height = option.fontMetrics.boundingRect(self._text_rect(width), flags, text).height()
        return QSize(width, height + 2 * self.padding)

    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        rect = option.rect.adjusted(self.padding, self.padding, -self.padding, -self.padding)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), keep_number_with_unit(text))
        painter.restore()


def code_points(text: str, utf16: int) -> int:
    """How many code points of `text` the first `utf16` UTF-16 units cover."""
    return len(text.encode("utf-16-le")[: 2 * utf16].decode("utf-16-le", errors="ignore"))


def _article_index(layout: "ArticleLayout", position: int) -> int:
    """The article index shown at document `position` (the inverse of `ArticleLayout.position`)."""
    if not layout.blocks:
        return 0
    i = max(0, bisect.bisect_right(layout.positions, position) - 1)
    block = layout.blocks[i]
    within = min(position - layout.positions[i], utf16_len(block.text))
    return block.start + code_points(block.text, within)


ArticleLayout.index = _article_index


class SourceTab(QWidget):
    def __init__(self, ctx: ViewContext):
        super().__init__()
        self.ctx = ctx
        self.key = "source"
        pack, lang, t = ctx.pack, ctx.lang, ctx.theme
        self.article = pack.article
        self.layout_map = ArticleLayout(article_blocks(self.article))
        self.view = QTextEdit()
        self.view.setObjectName("article")
        self.view.setReadOnly(True)
        self.view.setAcceptRichText(False)
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.view.setFont(ctx.font(14))
        self.view.setAccessibleName(tr("source", lang))
        self._fill(t)

        self.quotes = QListWidget()
        self.quotes.setAccessibleName(tr("cited", lang))
        self.quotes.setFont(ctx.font(11))
        self.quotes.setWordWrap(True)
        self.quotes.setItemDelegate(WrappedTextDelegate(self.quotes, ctx.px(3)))
        self.quotes.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure rows when the list's width changes
        self.quotes.setSpacing(ctx.px(3))
        for quote in pack.cited_quotes():
            item = QListWidgetItem(quote)
            item.setData(Qt.ItemDataRole.UserRole, quote)
            item.setToolTip(plain_tooltip(quote))
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

    def _fill(self, t) -> None:
        """Write the article block by block (plain text inserts), then highlight every cited passage."""
        doc = self.view.document()
        cursor = QTextCursor(doc)
        gap = self.ctx.px(10)
        for i, block in enumerate(self.layout_map.blocks):
            fmt = QTextBlockFormat()
            chars = QTextCharFormat()
            if block.level:
                fmt.setHeadingLevel(block.level)
                fmt.setTopMargin(self.ctx.px(18 if i else 0))
                fmt.setBottomMargin(gap)
                chars.setFontWeight(QFont.Weight.Bold)
                chars.setFontPointSize(self.ctx.font(20 if block.level == 1 else 17).pointSizeF())
            else:
                fmt.setBottomMargin(gap)
                fmt.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                chars.setFontPointSize(self.ctx.font(14).pointSizeF())
            if i == 0:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(chars)
            else:
                cursor.insertBlock(fmt, chars)
            cursor.insertText(block.text, chars)
        mark = QTextCharFormat()
        mark.setBackground(QColor(t.highlight))
        for quote in self.ctx.pack.cited_quotes():
            start = 0
            while quote and (start := self.article.find(quote, start)) >= 0:
                self._span(start, start + len(quote)).mergeCharFormat(mark)
                start += len(quote)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def _span(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.layout_map.position(start))
        cursor.setPosition(self.layout_map.position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selection_span(self) -> tuple[int, int] | None:
        """The selected passage as (start, end) indices in the article's own text, or None."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        return (self.layout_map.index(cursor.selectionStart()), self.layout_map.index(cursor.selectionEnd()))

    def select_span(self, start: int, end: int) -> None:
        """Select article[start:end] in the shown document."""
        self.view.setTextCursor(self._span(start, end))

    def shown_text(self) -> str:
        """The article as shown: headings without markers, one line per paragraph."""
        return self.view.toPlainText()

    def show_quote(self, quote: str) -> bool:
        """Select the quote's first occurrence and scroll it to the middle; False if the article lacks it."""
        start = self.article.find(quote)
        if start < 0 or not quote:
            return False
        cursor = self._span(start, start + len(quote))
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        bar = self.view.verticalScrollBar()
        rect = self.view.cursorRect(cursor)
        bar.setValue(bar.value() + rect.center().y() - self.view.viewport().height() // 2)
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
