"""The rows of the Translate view: every text that had no English when the view opened, with its suggestion
and whether it is still left, as a Qt table model (and the proxy that shows only what is left)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ..i18n import translator
from ..translate.suggest import Suggestion
from ..translate.texts import Text
from .translate_words import kind_text, origin_text
from .widgets import plain_tooltip

TEXT = {
    "col_field": ("字段", "Field"),
    "col_zh": ("中文", "Chinese"),
    "col_suggestion": ("建议", "Suggestion"),
    "col_english": ("英文", "English"),
    "left": ("待译", "to do"),
}
tr = translator(TEXT)
COLUMNS = ("col_field", "col_zh", "col_suggestion", "col_english")
ROW_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Row:
    text: Text
    suggestion: Suggestion | None
    english: str = ""  # the pack's English now ("" while untranslated)

    @property
    def left(self) -> bool:
        return not self.english


class TranslateModel(QAbstractTableModel):
    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang
        self.rows: list[Row] = []

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.changed()

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def changed(self) -> None:
        """Every row's status or suggestion may have changed (after a save, an undo or a reload)."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section], self.lang)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.text(row, COLUMNS[index.column()]))  # pack text: never markup
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, COLUMNS[index.column()])
        return None

    def text(self, row: Row, column: str) -> str:
        if column == "col_field":
            return kind_text(row.text, self.lang)
        if column == "col_zh":
            return row.text.zh
        if column == "col_suggestion":
            return f"{row.suggestion.en}  [{origin_text(row.suggestion.origin, self.lang)}]" if row.suggestion else ""
        return row.english or f"({tr('left', self.lang)})"


class LeftFilter(QSortFilterProxyModel):
    """Only the rows still without English, when `only_left` is on."""

    def __init__(self, model: TranslateModel):
        super().__init__()
        # Rows leave only when `refilter` is called: a row dropped while its own dataChanged is being delivered
        # (the accepted text, still current) moved the view's current index mid-removal and crashed Qt.
        self.setDynamicSortFilter(False)
        self.setSourceModel(model)
        self.only_left = True

    def set_only_left(self, on: bool) -> None:
        self.only_left = on
        self.refilter()

    def refilter(self) -> None:
        """Filter again (a row's English changed, or the switch): Qt 6.9 deprecates invalidateFilter."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        return not self.only_left or self.sourceModel().rows[source_row].left
