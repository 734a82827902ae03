"""The Library: every briefing in a folder (recursively) and the bundled one, search across all their figures,
and their series (one indicator across articles, ui/series_view.py).

It lists and searches through `briefing_app.library` (Qt-free, shared with `briefing-app find`); opening a pack
or a search hit hands it to a main window, which lands on the figure.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ..bounds import FileLimitError
from ..library import FigureIndex, Hit, PackEntry, SeriesIndex, scan
from .errors import show_message
from .series_view import SeriesView
from .series_view import tr as series_tr
from .strings import tr
from .widgets import plain_label, plain_tooltip


SCREEN_SHARE, MAX_SIZE, PACKS_SHARE = 0.9, (1400, 960), 0.38


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    head = table.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    head.setStretchLastSection(True)
    return table


def _item(text: str, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # table items are drawn as plain text
    item.setToolTip(plain_tooltip(tooltip or text))
    return item


class LibraryView(QWidget):
    """Packs above, search hits below. `open_entry` / `open_hit` are what activating a row does."""

    def __init__(self, folder: Path | None, lang: str, open_pack, open_hit, settings=None, open_quote=None,
                 add_to_talk=None):
        super().__init__()
        self.setObjectName("library")
        self.lang, self.settings = lang, settings
        self.open_pack_cb, self.open_hit_cb = open_pack, open_hit
        self.folder: Path | None = None
        self.entries: list[PackEntry] = []
        self.index = FigureIndex([])
        self.hits: list[Hit] = []

        self.folder_label = plain_label()
        self.choose = QPushButton(tr("choose_folder", lang))
        self.choose.clicked.connect(self.ask_folder)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("library_search", lang))
        self.search.setAccessibleName(tr("library_search", lang))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)

        self.packs = _table([tr(k, lang) for k in ("lib_title", "lib_date", "lib_source", "lib_figures",
                                                   "lib_file")])
        self.packs.setAccessibleName(tr("library", lang))
        self.packs.cellActivated.connect(lambda row, _c: self._open_entry(row))
        self.packs.cellDoubleClicked.connect(lambda row, _c: self._open_entry(row))
        self.results = _table([tr(k, lang) for k in ("lib_pack", "lib_figure", "col_value", "col_quote")])
        self.results.setAccessibleName(tr("lib_results", lang))
        self.results.cellActivated.connect(lambda row, _c: self._open_hit(row))
        self.results.cellDoubleClicked.connect(lambda row, _c: self._open_hit(row))
        self.count = plain_label()

        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose)
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.packs)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(find_row)
        lower_layout.addWidget(self.results)
        # the series of these packs (ui/series_view.py): one indicator across articles, each point's quote
        self.series_view = SeriesView(lang, open_quote, add_to_talk)
        self.lower = QTabWidget()
        self.lower.setObjectName("library-lower")
        self.lower.addTab(lower, tr("lib_results", lang).replace("&", "&&"))
        self.lower.addTab(self.series_view, series_tr("tab", lang))
        split.addWidget(self.lower)
        self.split = split
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.setWindowTitle(tr("library", lang).replace("&", ""))
        self.load(folder)

    def place(self, screen) -> None:
        """Most of a laptop's screen (the Series tab needs its height), a comfortable window on a large one;
        centred on `screen` (its available geometry)."""
        self.resize(min(int(screen.width() * SCREEN_SHARE), MAX_SIZE[0]),
                    min(int(screen.height() * SCREEN_SHARE), MAX_SIZE[1]))
        self.move(screen.center() - self.rect().center())
        # the packs above, all of them when few, else a share; search hits and the series below
        listed = (self.packs.horizontalHeader().sizeHint().height() + self.packs.verticalHeader().length()
                  + 2 * self.packs.frameWidth() + 12)
        packs = min(listed, int(self.height() * PACKS_SHARE))
        self.split.setSizes([packs, self.height() - packs])

    # --- packs -------------------------------------------------------------------------------------
    def load(self, folder: Path | None) -> None:
        """List the bundled pack and every pack under `folder`; remember the folder."""
        self.folder = Path(folder) if folder else None
        self.last_dialog = None
        try:
            self.entries = scan([self.folder] if self.folder else [])
        except FileLimitError as exc:  # a folder too big to look through: say which limit, list the bundled pack
            self.last_dialog = show_message(self, tr("library_too_big", self.lang), str(exc))
            self.entries = scan([])
        self.index = FigureIndex(self.entries)
        self.series_index = SeriesIndex(self.entries)
        self.series_view.set_index(self.series_index)
        self.folder_label.setText(tr("library_folder", self.lang, folder=self.folder or "—"))
        if self.settings is not None and self.folder:
            self.settings.setValue("last_library", str(self.folder.resolve()))
        self.packs.setRowCount(len(self.entries))
        # a pack that fails check: the theme's muted text, in italics (red means a rank in this app's colours)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, entry in enumerate(self.entries):
            if entry.pack is not None:
                cells = [entry.title(self.lang), entry.article_date(), entry.source(self.lang),
                         str(entry.figure_count()), entry.path.name]
            else:
                cells = [entry.path.stem, "", entry.problem or "", "", entry.path.name]
            for col, text in enumerate(cells):
                item = _item(text, str(entry.path) if col == 4 else None)
                if entry.pack is None:
                    item.setForeground(muted)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.packs.setItem(row, col, item)
        self.packs.resizeColumnsToContents()
        self.packs.setColumnWidth(0, min(self.packs.columnWidth(0), 420))
        self.packs.setColumnWidth(2, min(self.packs.columnWidth(2), 360))
        self.run_search()

    def ask_folder(self) -> None:
        start = str(self.folder) if self.folder else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("open_library", self.lang).replace("&", ""), start)
        if folder:
            self.load(Path(folder))

    def _open_entry(self, row: int) -> None:
        entry = self.entries[row]
        if entry.pack is not None:
            self.open_pack_cb(entry.path)

    # --- search ------------------------------------------------------------------------------------
    def run_search(self) -> list[Hit]:
        self.hits = self.index.search(self.search.text(), self.lang)
        self.results.setRowCount(len(self.hits))
        for row, hit in enumerate(self.hits):
            cells = [hit.pack_file, hit.figure_id, hit.display, hit.source]
            for col, text in enumerate(cells):
                item = _item(text, str(hit.entry.path) if col == 0 else None)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.results.setItem(row, col, item)
        self.results.resizeColumnsToContents()
        query = self.search.text().strip()
        self.count.setText(tr("lib_hits", self.lang, count=len(self.hits)) if query else "")
        return self.hits

    def _open_hit(self, row: int) -> None:
        self.open_hit_cb(self.hits[row])
