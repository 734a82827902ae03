"""The Translate view: every text of the pack with no English, in a dock beside the tabs.

Each row shows the field, the Chinese, the suggestion with its origin; below, where the text is used (tab,
Overview card, slides), the article sentence it belongs to, a fuzzy match's differing part, and the English
field. Enter accepts what the field holds (the suggestion, or what was typed) and moves to the next text
left; Up/Down move between rows; "Only what is left" (Alt+O) filters, with the count; Esc leaves the view.
Each accept is saved at once, checked as every other edit is (the Edit menu's session: atomically, comments
kept, one step of Edit ▸ Undo, which Ctrl+Z reaches from the English field once the field has nothing of its
own to undo); the window's tabs follow when typing pauses or the view is left, so Enter never waits for them.
Keyboard only: Ctrl+Shift+T opens it with the cursor in the English field.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDockWidget, QFormLayout, QHBoxLayout,
                               QHeaderView, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ..i18n import translator
from ..model.untranslated import UNTRANSLATED
from . import settings as prefs
from .translate_model import ROW_ROLE, LeftFilter, Row, TranslateModel
from .widgets import plain_label

TEXT = {
    "dock": ("翻译", "Translate"),
    "action": ("翻译英文…", "&Translate English…"),
    "only_left": ("只看待译（Alt+O）", "Only what is left (Alt+O)"),
    "count": ("待译 {left} / 共 {total}", "{left} left of {total}"),
    "done": ("英文已全部写好：英文导出和英文演示可以使用了", "All English written: English export and presenting are ready"),
    "where": ("用于", "Used in"),
    "context": ("原文", "Article"),
    "match": ("相近的译文", "Close match"),
    "english": ("英文", "English"),
    "accept": ("接受并下一条（回车）", "Accept and next (Enter)"),
    "type_first": ("先输入英文，或选一条有建议的", "Type the English first, or pick a text with a suggestion"),
    "no_english": ("这里不能写中文：请写英文", "This field takes English: no Chinese characters"),
}
tr = translator(TEXT)


class EnglishField(QLineEdit):
    """The English being written. Up/Down move between texts; Ctrl+Z / Ctrl+Shift+Z undo the last accepted
    text once the field has no typing of its own to undo; Esc leaves the view (back to the tabs)."""

    step = Signal(int)
    undo_accept = Signal()
    redo_accept = Signal()
    leave = Signal()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.leave.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
            self.undo_accept.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable():
            self.redo_accept.emit()
            return
        super().keyPressEvent(event)


class TranslateView(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.lang = window.language
        self.pack = None
        self.suggester = None
        self.model = TranslateModel(self.lang)
        self.proxy = LeftFilter(self.model)
        self.table = QTableView()
        self.table.setObjectName("translate-table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.only_left = QCheckBox(tr("only_left", self.lang))
        self.only_left.setChecked(True)
        self.only_left.toggled.connect(self._filter)
        toggle = QAction(self)
        toggle.setShortcut(QKeySequence("Alt+O"))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.triggered.connect(self.only_left.toggle)
        self.addAction(toggle)
        self.count = plain_label()
        self.count.setObjectName("translate-count")
        self.zh, self.where, self.context, self.match = plain_label(), plain_label(), plain_label(), plain_label()
        for label in (self.zh, self.context, self.match):
            label.setWordWrap(True)
        self.origin = plain_label()
        self.english = EnglishField()
        self.english.setObjectName("translate-english")
        self.english.returnPressed.connect(self.accept)
        self.english.step.connect(self.step)
        self.english.undo_accept.connect(lambda: self._edit("undo"))
        self.english.redo_accept.connect(lambda: self._edit("redo"))
        accept = QPushButton(tr("accept", self.lang))
        accept.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.only_left)
        top.addStretch(1)
        top.addWidget(self.count)
        form = QFormLayout()
        form.addRow(tr("where", self.lang), self.where)
        form.addRow(tr("context", self.lang), self.context)
        form.addRow(tr("match", self.lang), self.match)
        english_label = plain_label(tr("english", self.lang))
        english_label.setBuddy(self.english)
        row = QHBoxLayout()
        row.addWidget(self.english, 1)
        row.addWidget(accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.zh)
        layout.addLayout(form)
        layout.addWidget(self.origin)
        layout.addWidget(english_label)
        layout.addLayout(row)
        self.zh.setObjectName("translate-zh")
        self.setFocusProxy(self.english)

    # --- filling --------------------------------------------------------------------------------
    def load(self) -> None:
        """Every text of the window's pack with no English, with suggestions from the Library remembered by
        the app (File ▸ Open Library) and the bundled pack."""
        from ..translate.prefill import library_packs
        from ..translate.suggest import Suggester
        from ..translate.texts import untranslated_texts

        pack = self.window.pack
        folder = prefs.read_str(self.window.settings, "last_library", "") if self.window.settings else ""
        library = library_packs([Path(folder)] if folder and Path(folder).is_dir() else [])
        self.suggester = Suggester.for_pack(pack, library)
        self.pack = pack
        self.model.set_rows([Row(t, self.suggester.suggest_text(pack, t)) for t in untranslated_texts(pack)])
        self._update_count()
        self.select(self._next_left(-1))

    def refresh(self) -> None:
        """After a save, an undo or a reload: each row's English as the pack now has it."""
        from ..translate.texts import get

        pack = self.window.pack
        if pack is None or self.pack is None or pack.path != self.pack.path:
            return
        self.pack = pack
        for row in self.model.rows:
            try:
                value = get(pack.data, row.text.loc)
            except (AttributeError, KeyError, IndexError):
                value = ""
            row.english = "" if value in (UNTRANSLATED, None) else str(value)
        self.model.changed()
        self.proxy.invalidateFilter()
        self._update_count()

    def _update_count(self) -> None:
        left = len(self.window.pack.untranslated)
        total = len(self.model.rows)
        self.count.setText(tr("done", self.lang) if left == 0 else tr("count", self.lang, left=left, total=total))

    # --- moving ---------------------------------------------------------------------------------
    def current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, source_row: int | None) -> None:
        if source_row is None:
            self._show_current()
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._show_current()

    def step(self, by: int) -> None:
        index = self.table.currentIndex()
        target = (index.row() if index.isValid() else -1) + by
        if 0 <= target < self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(target, 0))

    def _next_left(self, after: int) -> int | None:
        rows = self.model.rows
        order = list(range(after + 1, len(rows))) + list(range(0, after + 1))
        return next((i for i in order if rows[i].left), None)

    def _filter(self, on: bool) -> None:
        current = self.current_row()
        self.proxy.set_only_left(on)
        self.select(current if current is not None and (not on or self.model.rows[current].left)
                    else self._next_left(current if current is not None else -1))

    def _show_current(self) -> None:
        i = self.current_row()
        row = self.model.rows[i] if i is not None else None
        self.zh.setText(f"{row.text.kind}: {row.text.zh}" if row else "")
        self.where.setText(row.text.where if row else "")
        self.context.setText(row.text.context if row else "")
        s = row.suggestion if row else None
        self.match.setText(s.note if s else "")
        self.origin.setText(f"{s.origin}" if s else "")
        self.english.setText(row.english or (s.en if s else "") if row else "")
        self.english.selectAll()
        self.english.setFocus()

    # --- accepting ------------------------------------------------------------------------------
    def accept(self) -> bool:
        """Save the English field as the current text's English (one undoable edit) and go to the next left."""
        from ..translate.review import CJK

        i = self.current_row()
        text = " ".join(self.english.text().split())
        if i is None or not text:
            self.window.statusBar().showMessage(tr("type_first", self.lang), 8000)
            return False
        if CJK.search(text) or text == UNTRANSLATED:
            self.window.statusBar().showMessage(tr("no_english", self.lang), 8000)
            return False
        row = self.model.rows[i]
        if not self.window.editing.save_texts({row.text.loc: text}):  # saved at once; refreshes this view
            return False
        self._learn(row.text.zh, text)
        self.select(self._next_left(i))
        return True

    def _learn(self, zh: str, english: str) -> None:
        """The same Chinese elsewhere in the list now has this English as an exact suggestion."""
        from ..translate.compose import normal

        self.suggester.learn(zh, english, self.window.pack.path.name)
        key = normal(zh)
        for row in self.model.rows:
            if row.left and normal(row.text.zh) == key and not (row.suggestion and row.suggestion.sure):
                row.suggestion = self.suggester.suggest(row.text.zh)

    def focus_changed(self, old, new) -> None:
        """The focus left the view (to the tabs, a menu…): bring the tabs up to date."""
        if not shiboken6.isValid(self.window) or not self.window.isVisible():  # closing: nothing to bring up to date
            return
        dock = self.parentWidget()
        if (self.window.editing is not None and old is not None and dock is not None and dock.isAncestorOf(old)
                and (new is None or not dock.isAncestorOf(new))):
            self.window.editing.rebuild_now()

    def _edit(self, which: str) -> None:
        getattr(self.window.editing, which)()  # refreshes this view through the session's `changed`
        self._show_current()


def attach(win) -> QDockWidget:
    """A Translate dock (hidden until Ctrl+Shift+T or Edit ▸ Translate English…) for the window's pack."""
    view = TranslateView(win)
    dock = QDockWidget(tr("dock", win.language), win)
    dock.setObjectName("translate-dock")
    dock.setWidget(view)
    dock.view = view
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    action = QAction(tr("action", win.language), win)
    action.setObjectName("translate-open")
    action.setShortcut(QKeySequence("Ctrl+Shift+T"))

    def open_view() -> None:
        if view.pack is None or win.pack is None or view.pack.path != win.pack.path:
            view.load()
        else:
            view.refresh()
        dock.show()
        dock.raise_()
        view.english.setFocus()

    action.triggered.connect(open_view)
    win.addAction(action)

    def leave() -> None:
        dock.hide()
        win.tabs.setFocus()

    view.english.leave.connect(leave)
    if win.editing is not None:  # leaving the view brings the tabs up to date with what was accepted
        dock.visibilityChanged.connect(lambda shown: None if shown else win.editing.rebuild_now())
        QApplication.instance().focusChanged.connect(view.focus_changed)  # a method: gone with the view
    if win.editing is not None:  # an undo from the Edit menu, or any other saved edit, shows here too
        win.editing.changed.connect(lambda: view.refresh() if dock.isVisible() else None)
    if win.editing is not None:
        win.editing.menu.addSeparator()
        win.editing.menu.addAction(action)
    dock.open_view = open_view
    return dock
