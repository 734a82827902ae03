"""The article itself, every cited passage highlighted; `show_quote` selects one passage or table cell.

The article is Markdown-like text: `#`/`##` lines are shown as headings (without the markers), blank lines
become paragraph spacing, not empty rows, and Markdown tables are drawn as tables (a grid of cells, the header
rows bold), every cell a figure cites highlighted. Quotes are found in the article's own text and mapped to
the shown document through `ArticleLayout`, so highlights and selections land on the right characters; a table
figure's source is its cell (model/cells.py), found by the citation every view opens it with.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (QColor, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFrameFormat,
                           QTextTable, QTextTableFormat)
from PySide6.QtWidgets import (QApplication, QListView, QListWidget, QListWidgetItem, QSplitter, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QTextEdit, QVBoxLayout, QWidget)

from ...i18n import LANGS
from ...model.cells import citation
from ...model.tables import Table, read_number, read_tables
from ..context import ViewContext
from ..strings import tr
from ..widgets import label, plain_tooltip

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")


@dataclass(frozen=True)
class Block:
    """One shown paragraph, heading or table cell: its text and where that text starts in the article."""

    text: str
    start: int  # index in the article of `text[0]`
    level: int = 0  # 0 = paragraph, 1.. = heading level
    table: int = 0  # the table (from 1) a cell belongs to; 0 for a paragraph or heading
    row: int = 0  # a cell's row and column in its table (the delimiter row `| --- |` is not a row)
    column: int = 0


def article_blocks(article: str, tables: list[Table] | None = None) -> list[Block]:
    """Paragraphs, headings and table cells of the article, in article order: blank lines and the delimiter rows
    of tables dropped, heading markers and cell bars stripped. `tables`: the article's, when already read."""
    tables = read_tables(article) if tables is None else tables
    blocks, offset, t = [], 0, 0
    for line in article.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        while t < len(tables) and tables[t].end < offset:
            t += 1
        table = tables[t] if t < len(tables) and tables[t].start <= offset <= tables[t].end else None
        match = HEADING.match(body)
        if table is not None:
            row = next((i for i, r in enumerate(table.rows) if r.start == offset), None)
            if row is not None:
                blocks += [Block(c.text, c.start, table=table.number, row=row, column=j)
                           for j, c in enumerate(table.rows[row].cells)]
        elif match and match.group(2):
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
    """Maps an index in the article to a position in the shown document (one block per `Block`).

    `positions`: where each block's text starts in the document, as it was written (a table's cells sit in its
    frame); by default blocks follow one another, one separator apart."""

    def __init__(self, blocks: list[Block], positions: list[int] | None = None):
        self.blocks = blocks
        self.starts = [b.start for b in blocks]
        if positions is None:
            positions, position = [], 0
            for b in blocks:
                positions.append(position)
                position += utf16_len(b.text) + 1  # the block separator
        self.positions = positions

    def position(self, index: int, end: bool = False) -> int:
        """Document position of article index `index`. An index inside a dropped marker moves to the next text,
        or with `end` (the end of a span) back to the end of the text before it: a table row's closing `|` ends
        in its last cell, not in the next row."""
        i = bisect.bisect_right(self.starts, index) - 1
        if i < 0:
            return 0
        block = self.blocks[i]
        within = index - block.start
        if within > len(block.text):  # in a dropped blank line, marker or cell bar
            if end or i + 1 == len(self.blocks):
                return self.positions[i] + utf16_len(block.text)
            return self.positions[i + 1]
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
        #: A table figure's source key (its citation, in either language: model/cells.py) → the cell it cites.
        self.cells = {citation(f, language): f.cell.found for f in pack.cell_figures for language in LANGS}
        self.view = QTextEdit()
        self.view.setObjectName("article")
        self.view.setReadOnly(True)
        self.view.setAcceptRichText(False)
        self.view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.view.setFont(ctx.font(14))
        self.view.setAccessibleName(tr("source", lang))
        self.tables = read_tables(self.article)
        self._fill(article_blocks(self.article, self.tables), t)

        self.quotes = QListWidget()
        self.quotes.setAccessibleName(tr("cited", lang))
        self.quotes.setFont(ctx.font(11))
        self.quotes.setWordWrap(True)
        self.quotes.setItemDelegate(WrappedTextDelegate(self.quotes, ctx.px(3)))
        self.quotes.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure rows when the list's width changes
        self.quotes.setSpacing(ctx.px(3))
        for key in self._cited_keys():
            item = QListWidgetItem(key)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(plain_tooltip(key))
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

    def _cited_keys(self) -> list[str]:
        """What the cited list offers, in article order: every quote, and every cited table cell by its citation
        (a row that only cell figures cite is listed by its cells, not as a row of bars)."""
        pack, lang = self.ctx.pack, self.ctx.lang
        keyed = [(self.article.index(q), 0, q) for q in pack.cited_quotes(cells=False)]
        for fig in pack.cell_figures:
            keyed.append((fig.cell.found.cell.start, 1, citation(fig, lang)))
        return list(dict.fromkeys(key for *_order, key in sorted(keyed)))

    def _fill(self, blocks: list[Block], t) -> None:
        """Write the article block by block (plain text inserts; tables as tables), keep where each block landed
        (`layout_map`), then highlight every cited passage and cell."""
        doc = self.view.document()
        cursor = QTextCursor(doc)
        gap = self.ctx.px(10)
        positions: list[int] = []
        fresh = True  # the cursor stands in an empty block (the document's first, or the one after a table)
        table, number = None, 0
        for i, block in enumerate(blocks):
            chars = QTextCharFormat()
            chars.setFontPointSize(self.ctx.font(14).pointSizeF())
            if block.table:
                if block.table != number:
                    number = block.table
                    table = self._insert_table(cursor, blocks, i, t)
                    fresh = True
                header = block.row < self.tables[number - 1].header_rows
                chars.setFontPointSize(self.ctx.font(13).pointSizeF())
                if header:
                    chars.setFontWeight(QFont.Weight.Bold)
                cell = table.cellAt(block.row, block.column)
                at = cell.firstCursorPosition()
                if block.column and not header and read_number(block.text) is not None:
                    fmt = at.blockFormat()
                    fmt.setAlignment(Qt.AlignmentFlag.AlignRight)  # numbers line up on the right
                    at.setBlockFormat(fmt)
                positions.append(at.position())
                at.insertText(block.text, chars)
                continue
            if table is not None:
                cursor.movePosition(QTextCursor.MoveOperation.End)  # into the empty block after the table
                table = None
            fmt = QTextBlockFormat()
            if block.level:
                fmt.setHeadingLevel(block.level)
                fmt.setTopMargin(self.ctx.px(18 if i else 0))
                fmt.setBottomMargin(gap)
                chars.setFontWeight(QFont.Weight.Bold)
                chars.setFontPointSize(self.ctx.font(20 if block.level == 1 else 17).pointSizeF())
            else:
                fmt.setBottomMargin(gap)
                fmt.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            if fresh:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(chars)
                fresh = False
            else:
                cursor.insertBlock(fmt, chars)
            positions.append(cursor.position())
            cursor.insertText(block.text, chars)
        self.layout_map = ArticleLayout(blocks, positions)
        mark = QTextCharFormat()
        mark.setBackground(QColor(t.highlight))
        for quote in self.ctx.pack.cited_quotes(cells=False):
            start = 0
            while quote and (start := self.article.find(quote, start)) >= 0:
                self._span(start, start + len(quote)).mergeCharFormat(mark)
                start += len(quote)
        for fig in self.ctx.pack.cell_figures:
            cell = self._table_cell(fig.cell.found)
            if cell is not None:
                fmt = cell.format()
                fmt.setBackground(QColor(t.highlight))
                cell.setFormat(fmt)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def _insert_table(self, cursor: QTextCursor, blocks: list[Block], first: int, t) -> QTextTable:
        """A grid for the table whose first cell is blocks[first], its header rows shaded."""
        number = blocks[first].table
        cells = [b for b in blocks[first:] if b.table == number]
        rows, columns = max(b.row for b in cells) + 1, max(b.column for b in cells) + 1
        headers = self.tables[number - 1].header_rows
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(QColor(t.border))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(self.ctx.px(5))
        fmt.setTopMargin(self.ctx.px(4))
        fmt.setBottomMargin(self.ctx.px(12))
        fmt.setHeaderRowCount(headers)
        table = cursor.insertTable(rows, columns, fmt)
        for r in range(headers):
            for c in range(columns):
                cell = table.cellAt(r, c)
                cell_fmt = cell.format()
                cell_fmt.setBackground(QColor(t.window))
                cell.setFormat(cell_fmt)
        return table

    def _table_cell(self, found):
        """The shown QTextTableCell of a cell the pack cites, or None."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.layout_map.position(found.cell.start))
        table = cursor.currentTable()
        return table.cellAt(cursor) if table is not None else None

    def _span(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.layout_map.position(start))
        cursor.setPosition(self.layout_map.position(end, end=True), QTextCursor.MoveMode.KeepAnchor)
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
        """The article as shown: headings without markers, one line per paragraph (and per table cell)."""
        return self.view.toPlainText()

    def show_quote(self, quote: str) -> bool:
        """Select a source and scroll it to the middle: a quote's first occurrence, or the table cell a figure
        cites (`quote` is then its citation); False if the article lacks it."""
        found = self.cells.get(quote)
        if found is not None:
            start, end = found.cell.start, found.cell.end
        else:
            start = self.article.find(quote)
            end = start + len(quote)
        if start < 0 or not quote:
            return False
        cursor = self._span(start, end)
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        bar = self.view.verticalScrollBar()
        rect = self.view.cursorRect(cursor)
        bar.setValue(bar.value() + rect.center().y() - self.view.viewport().height() // 2)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        for row in range(self.quotes.count()):
            key = self.quotes.item(row).data(Qt.ItemDataRole.UserRole)
            if key == quote or (found is not None and self.cells.get(key) is found):  # a citation in either language
                self.quotes.setCurrentRow(row)
        return True

    def scroll_bar(self):
        """The scroll bar Back/Forward remembers for this tab."""
        return self.view.verticalScrollBar()

    def selected_text(self) -> str:
        return self.view.textCursor().selectedText().replace("\u2029", "\n")


def build(ctx: ViewContext) -> SourceTab:
    return SourceTab(ctx)
