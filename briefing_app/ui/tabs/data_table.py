"""Every figure in one sortable, filterable, searchable table (model/view), exportable to CSV."""

from __future__ import annotations

import heapq
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from ...model import display, numeric_value, period_text, qualifier_text
from ...model.cells import source_text
from ...model.schema import FIGURE_TYPES
from ..context import ViewContext
from ..strings import tr
from ..widgets import plain_tooltip

COLUMNS = ("col_section", "col_label", "col_value", "col_type", "col_qualifier", "col_period", "col_scope",
           "col_quote")
MAX_WIDTH = {"col_section": 170, "col_label": 300, "col_value": 220, "col_type": 130, "col_qualifier": 170,
             "col_period": 150, "col_scope": 170}
VALUE, QUOTE = COLUMNS.index("col_value"), COLUMNS.index("col_quote")
MEASURED = 64  # texts per column measured to fit its width (the longest ones)
TYPING_PAUSE_MS = 150  # a word typed in one go filters once, after the last keystroke
SORT_ROLE = Qt.ItemDataRole.UserRole
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 1


def widest_candidates(texts: list[str], keep: int = MEASURED) -> set[str]:
    """The texts of a column that can be its widest, to measure instead of all of them: the `keep` longest by
    characters and the `keep` longest by UTF-8 bytes (a Chinese character, about twice as wide as a Latin
    letter, takes 3 bytes), among the distinct texts. A column's widest text is missed only if `keep` texts
    have more characters than it and `keep` texts more bytes, yet all of them are narrower."""
    distinct = set(texts)
    if len(distinct) <= 2 * keep:
        return distinct
    return set(heapq.nlargest(keep, distinct, key=len)) | set(
        heapq.nlargest(keep, distinct, key=lambda t: len(t.encode("utf-8"))))


class FiguresModel(QAbstractTableModel):
    """Read-only rows of the pack's figures in one language; numbers come from `display`.

    Each row's texts are formatted once, here (the tab is rebuilt on every language switch and reload), so
    painting, sorting, fitting the columns and filtering never format a figure again; `haystacks` holds one
    casefolded search string per row for the filter's substring test.
    """

    def __init__(self, ctx: ViewContext):
        super().__init__()
        self.ctx = ctx
        self.figures = list(ctx.pack.data.figures)
        self.texts = [tuple(self._format(fig, c) for c in range(len(COLUMNS))) for fig in self.figures]
        self.haystacks = [(" ".join(row) + " " + fig.id).casefold() for fig, row in zip(self.figures, self.texts)]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.figures)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section], self.ctx.lang)
        return None

    def text(self, fig, column: int) -> str:
        return self._format(fig, column)

    def _format(self, fig, column: int) -> str:
        lang, pack = self.ctx.lang, self.ctx.pack
        key = COLUMNS[column]
        if key == "col_section":
            return self.ctx.section_title(fig.section)
        if key == "col_label":
            return fig.label(lang)
        if key == "col_value":
            return display(fig, lang, exact=True)
        if key == "col_type":
            return tr("type_" + fig.type, lang)
        if key == "col_qualifier":
            return qualifier_text(fig, lang)
        if key == "col_period":
            return period_text(fig.period, lang)
        if key == "col_scope":
            return pack.scope_label(fig, lang)
        return source_text(fig, lang)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        fig = self.figures[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{source_text(fig, self.ctx.lang)}\n— {tr('click_source', self.ctx.lang)}")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # numbers line up on the right
        if role == SORT_ROLE:
            if index.column() == VALUE:
                value = numeric_value(fig)
                return -1.0 if value is None else value
            if COLUMNS[index.column()] == "col_period":
                return fig.period.sort_key
            return self.texts[index.row()][index.column()]
        if role == FIGURE_ROLE:
            return fig.id
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == VALUE \
                and fig.type == "quantity" and fig.is_target:
            from PySide6.QtGui import QColor

            return QColor(self.ctx.theme.target)
        return None


class FigureFilter(QSortFilterProxyModel):
    """Case-insensitive search across every column, plus optional section and type filters."""

    def __init__(self):
        super().__init__()
        self.needle = ""
        self.section: str | None = None
        self.kind: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(self, needle: str | None = None, section: str | None = ..., kind: str | None = ...):
        modern = hasattr(self, "beginFilterChange")  # Qt >= 6.9; invalidateFilter is deprecated there
        if modern:
            self.beginFilterChange()
        if needle is not None:
            self.needle = needle.strip().casefold()
        if section is not ...:
            self.section = section
        if kind is not ...:
            self.kind = kind
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):
        model: FiguresModel = self.sourceModel()
        fig = model.figures[row]
        if self.section and fig.section != self.section:
            return False
        if self.kind and fig.type != self.kind:
            return False
        if not self.needle:
            return True
        return self.needle in model.haystacks[row]


class DataTab(QWidget):
    def __init__(self, ctx: ViewContext):
        super().__init__()
        self.ctx = ctx
        self.key = "data"
        lang = ctx.lang
        self.model = FiguresModel(ctx)
        self.proxy = FigureFilter()
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("search", lang))
        self.search.setAccessibleName(tr("search", lang))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(ctx.px(240))  # never squeezed to "Sea…" by a long section title
        # typing filters after a short pause (one pass per word, not per keystroke); clearing filters at once
        self.filter_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.filter_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.apply_search)
        self.section_box = QComboBox()
        self.section_box.setAccessibleName(tr("col_section", lang))
        self.section_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_box.setMinimumContentsLength(12)  # long section titles elide in the box, not the search
        self.section_box.addItem(tr("all_sections", lang), None)
        for s in ctx.pack.data.sections:
            self.section_box.addItem(s.title(lang), s.id)
        self.section_box.currentIndexChanged.connect(
            lambda _i: self._refilter(section=self.section_box.currentData()))
        self.type_box = QComboBox()
        self.type_box.setAccessibleName(tr("col_type", lang))
        self.type_box.addItem(tr("all_types", lang), None)
        for kind in FIGURE_TYPES:
            self.type_box.addItem(tr("type_" + kind, lang), kind)
        self.type_box.currentIndexChanged.connect(lambda _i: self._refilter(kind=self.type_box.currentData()))
        self.export_button = QPushButton(tr("export_csv", lang))
        self.export_button.setAccessibleName(tr("export_csv", lang))
        self.export_button.clicked.connect(self._ask_export)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        # unsorted (pack order) until a header is clicked; the indicator is cleared first, else enabling
        # sorting sorts every row by the first column before sortByColumn(-1) puts them back
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # one line per row, every row the same height from the start; long texts elide (the tooltip has the
        # quote), so a number is never split from its unit
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(tr("data", lang))
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(QFontMetrics(ctx.font(11)).height() + ctx.px(12))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.table.clicked.connect(lambda index: self._open(index) if index.column() == QUOTE else None)

        for w in (self, self.table, self.search, self.section_box, self.type_box, self.export_button,
                  self.count_label):
            w.setFont(ctx.font(11))
        tools = QHBoxLayout()
        tools.addWidget(self.search, 2)
        tools.addWidget(self.section_box)
        tools.addWidget(self.type_box)
        tools.addWidget(self.count_label)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table)
        self.fit_columns()
        self._update_count()

    def fit_columns(self) -> None:
        """Each column as wide as its widest text (capped, so the quote keeps room); the quote takes the rest.

        Only the longest texts of a column are measured (`widest_candidates`): measuring all 70,000 texts of
        a 10,000-row pack took seconds."""
        metrics = QFontMetrics(self.table.font())
        pad = self.ctx.px(24)
        for column, key in enumerate(COLUMNS[:-1]):
            texts = widest_candidates([tr(key, self.ctx.lang)] + [row[column] for row in self.model.texts])
            widest = max(metrics.horizontalAdvance(t) for t in texts) + pad
            self.table.setColumnWidth(column, min(widest, self.ctx.px(MAX_WIDTH.get(key, 260))))

    def _typed(self, text: str) -> None:
        if text.strip():
            self.filter_timer.start()
        else:
            self.apply_search()

    def apply_search(self) -> None:
        """Filter by the search box's text now (the typing pause's timer, Return and clearing call this)."""
        self.filter_timer.stop()
        if self.search.text().strip().casefold() != self.proxy.needle:
            self._refilter(needle=self.search.text())

    def _refilter(self, **kw):
        self.proxy.set_filters(**kw)
        self._update_count()

    def _update_count(self):
        self.count_label.setText(tr("rows_shown", self.ctx.lang, shown=self.proxy.rowCount(),
                                    total=self.model.rowCount()))

    def _open(self, index):
        fig_id = index.data(FIGURE_ROLE)
        if fig_id:
            self.ctx.open_quote(source_text(self.ctx.pack.figure(fig_id), self.ctx.lang))

    def scroll_bar(self):
        """The scroll bar Back/Forward remembers for this tab."""
        return self.table.verticalScrollBar()

    def visible_texts(self, column: int) -> list[str]:
        """What the table shows in one column, top to bottom (for tests and accessibility checks)."""
        return [self.proxy.index(r, column).data() for r in range(self.proxy.rowCount())]

    def _ask_export(self):
        lang = self.ctx.lang
        path, _ = QFileDialog.getSaveFileName(self, tr("export_data", lang).replace("&", ""),
                                              f"{self.ctx.pack.data.id}-figures.csv", tr("csv_filter", lang))
        if not path:
            return
        window = self.window()
        if hasattr(window, "export_data_to"):
            window.export_data_to(Path(path))  # reports success and errors in the window
        else:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> int:
        from ...export.data import write_figures

        return write_figures(self.ctx.pack, path)


def build(ctx: ViewContext) -> DataTab:
    return DataTab(ctx)
