"""The Library's Series view: one indicator across its packs, as the series slide draws it and as a table.

The series' slide (deck/series_slide.py) is painted by the presentation's own canvas, so a click on a point
is the same click as in the presenter: it selects that point's row and shows its quote, period, scope, mark
and article. "Open in its article" (or a double click on a row) opens the point's own pack at its quote in
Source. The table is a model/view table; revised and superseded values are marked in it, never merged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from ..deck.series import Series
from ..deck.series_slide import point_mark, series_deck
from ..i18n import punctuation, translator
from ..model.cells import quoted, source_text
from .present.slide_widget import SlideCanvas
from .widgets import plain_label, plain_tooltip

TEXT = {
    "tab": ("指标序列", "Series"),
    "none": ("还没有指标序列：给不同文章中的同一指标标注相同的 series 键（如 gdp），就能在这里看到它的走势",
             "No series yet: give the same indicator in different articles the same series key (e.g. gdp) to see "
             "it over time here"),
    "pick": ("点击图上的点或表中的行，查看原文出处", "Click a point or a row to see its source quote"),
    "open": ("打开原文", "Open in its article"),
    "export": ("导出…", "Export…"),
    "to_talk": ("加入演讲", "Add to talk"),
    "filter": ("CSV (*.csv);;Excel (*.xlsx);;JSON (*.json)", "CSV (*.csv);;Excel (*.xlsx);;JSON (*.json)"),
    "exported": ("已导出{n}个数值：{path}", "Exported {n} values: {path}"),
    "cannot_export": ("无法导出", "Cannot export"),
    "col_period": ("时期", "Period"),
    "col_scope": ("范围", "Scope"),
    "col_value": ("数值（原文）", "Value (as in the article)"),
    "col_mark": ("标记", "Mark"),
    "col_article": ("文章", "Article"),
    "col_quote": ("原文", "Quote"),
}
tr = translator(TEXT)
KEYS_MAX_WIDTH = 360  # the series list is as wide as its longest label up to this; longer ones are elided
TABLE_ROWS = 3  # the points table shows at least this many rows (most series have 2-5 points)
COLUMNS = ("col_period", "col_scope", "col_value", "col_mark", "col_article", "col_quote")


class PointsModel(QAbstractTableModel):
    """A series' points, one row each, in time order."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang
        self.series: Series | None = None

    def set_series(self, series: Series | None) -> None:
        self.beginResetModel()
        self.series = series
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802  Qt's name
        return 0 if parent.isValid() or self.series is None else len(self.series.points)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section], self.lang)
        return None

    def text(self, row: int, column: int) -> str:
        p, lang = self.series.points[row], self.lang
        a = p.pack.data.article
        return (p.period(lang), p.scope(lang), p.display(lang, exact=True), point_mark(p, lang),
                a.title if lang == "zh" else a.title_en, quoted(p.figure, lang, ("「", "」")))[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.series is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.text(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SeriesView(QWidget):
    """Series of the Library: pick one on the left; its slide, table and the chosen point's quote on the right.

    `open_quote(path, quote)` opens a pack at a quote (the main window's); `add_to_talk(key, paths)` puts the
    series' slide in the open talk."""

    point_chosen = Signal(str)  # the figure id of the point shown

    def __init__(self, lang: str, open_quote=None, add_to_talk=None):
        super().__init__()
        self.setObjectName("series-view")
        self.lang, self.open_quote_cb, self.add_to_talk_cb = lang, open_quote, add_to_talk
        self.index = None
        self.series: Series | None = None
        self.deck = None
        self.keys = QListWidget()
        self.keys.setObjectName("series-keys")
        self.keys.setMinimumWidth(200)
        self.keys.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long label keeps its key visible
        self.keys.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elided, never scrolled
        self.keys.currentItemChanged.connect(lambda item, _old: self.show_series(item.data(Qt.ItemDataRole.UserRole))
                                             if item is not None else None)
        self.canvas = SlideCanvas(letterbox="none")
        self.canvas.setObjectName("series-slide")
        self.canvas.setMinimumHeight(150)
        self.canvas.figure_clicked.connect(self.choose)
        self.model = PointsModel(lang)
        self.table = QTableView()
        self.table.setObjectName("series-points")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + rows * TABLE_ROWS + 4)
        self.table.clicked.connect(lambda index: self.choose(self._id(index.row())))
        self.table.activated.connect(lambda index: self.open_point(index.row()))
        self.table.doubleClicked.connect(lambda index: self.open_point(index.row()))
        self.quote = plain_label()
        self.quote.setObjectName("series-quote")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = {}
        row = QHBoxLayout()
        for key, slot in (("open", lambda: self.open_point(self.current_row())), ("export", self.ask_export),
                          ("to_talk", self.add_to_talk)):
            b = self.buttons[key] = QPushButton(tr(key, lang))
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.canvas)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addWidget(self.quote)
        box.addLayout(row)
        right.addWidget(lower)
        right.setStretchFactor(0, 3)  # the slide takes most of the room; the table keeps its rows (minimum)
        right.setStretchFactor(1, 2)
        right.setCollapsible(1, False)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.keys)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = plain_label(tr("none", lang))  # the whole view while there is no series: what to do
        self.empty.setObjectName("series-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.empty, 1)
        layout.addWidget(split, 1)
        self._update_buttons()

    # --- which series ------------------------------------------------------------------------------
    def set_index(self, index) -> None:
        """List the series of a Library's SeriesIndex (library/series.py); keeps the shown key if still there."""
        shown = self.series.key if self.series is not None else None
        self.index = index
        self.keys.blockSignals(True)
        self.keys.clear()
        for key, count in index.keys():
            label = index.label(key, self.lang)
            item = QListWidgetItem(f"{label}  ·  {key} ({count})")  # list items draw plain text
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(plain_tooltip(f"{label} · {key}"))
            self.keys.addItem(item)
        self.keys.blockSignals(False)
        self.empty.setVisible(self.keys.count() == 0)
        self.split.setVisible(self.keys.count() > 0)
        widest = self.keys.sizeHintForColumn(0) if self.keys.count() else 0
        self.keys.setMinimumWidth(min(max(200, widest + 24), KEYS_MAX_WIDTH))  # labels whole, up to a point
        keys = [self.keys.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.keys.count())]
        if keys:
            self.keys.setCurrentRow(keys.index(shown) if shown in keys else 0)
        else:
            self.show_series(None)

    def show_series(self, key: str | None) -> Series | None:
        self.series = self.index.series(key) if key and self.index is not None else None
        self.deck = series_deck(self.series, self.lang) if self.series is not None else None
        self.model.set_series(self.series)
        self.table.resizeColumnsToContents()
        for column in (4, 5):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self.canvas.show_slide(self.deck, self.deck.slides[0] if self.deck else None)
        self.quote.setText(tr("pick", self.lang))
        self._update_buttons()
        return self.series

    # --- one point --------------------------------------------------------------------------------
    def _id(self, row: int) -> str:
        return self.series.points[row].figure_id if self.series is not None and 0 <= row < len(self.series.points) else ""

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    def choose(self, figure_id: str) -> int:
        """Show a point's quote and select its row (a click on the slide or the table); returns its row."""
        ids = [p.figure_id for p in self.series.points] if self.series is not None else []
        if figure_id not in ids:
            return -1
        row = ids.index(figure_id)
        p = self.series.points[row]
        marks = punctuation(self.lang)
        a = p.pack.data.article
        head = marks.labelled(marks.aside(p.period(self.lang), p.scope(self.lang)), p.display(self.lang, exact=True))
        article = f"《{a.title}》" if self.lang == "zh" else f"“{a.title_en}”"
        where = marks.clause_sep.join(t for t in (point_mark(p, self.lang), article, p.pack.heading_of(p.quote)) if t)
        shown = quoted(p.figure, self.lang, ("「", "」"))
        self.quote.setText(f"{head}\n{shown}\n{where}")  # a plain-text label: pack text is never markup
        self.table.selectRow(row)
        self.canvas.show_slide(self.deck, self.deck.slides[0], highlight=figure_id)
        self.point_chosen.emit(figure_id)
        self._update_buttons()
        return row

    def open_point(self, row: int) -> bool:
        """Open the point's own pack at its own quote (in the main window's Source)."""
        if self.series is None or not 0 <= row < len(self.series.points) or self.open_quote_cb is None:
            return False
        p = self.series.points[row]
        return bool(self.open_quote_cb(p.pack.path, source_text(p.figure, self.lang)))

    # --- the whole series -------------------------------------------------------------------------
    def ask_export(self) -> None:
        if self.series is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("export", self.lang).rstrip("…"), f"{self.series.key}.csv",
                                              tr("filter", self.lang))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        from ..export.data import write_series
        from .errors import show_message

        try:
            count = write_series(self.series, path)
        except Exception as exc:  # a bad folder or name: one line, as every export says it
            self.last_dialog = show_message(self, tr("cannot_export", self.lang), str(exc))
            return 0
        self.quote.setText(tr("exported", self.lang, n=count, path=path))
        return count

    def add_to_talk(self) -> None:
        if self.series is not None and self.add_to_talk_cb is not None:
            self.add_to_talk_cb(self.series.key, list(dict.fromkeys(p.pack.path for p in self.series.points)))

    def _update_buttons(self) -> None:
        has = self.series is not None
        self.buttons["open"].setEnabled(has and self.current_row() >= 0 and self.open_quote_cb is not None)
        self.buttons["export"].setEnabled(has)
        self.buttons["to_talk"].setEnabled(has and self.add_to_talk_cb is not None)
