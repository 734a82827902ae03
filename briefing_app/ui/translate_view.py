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
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDockWidget, QFormLayout, QHBoxLayout,
                               QHeaderView, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ..i18n import punctuation, translator
from ..model.lint import longest
from ..model.untranslated import UNTRANSLATED
from . import settings as prefs
from .translate_model import COLUMNS, ROW_ROLE, LeftFilter, Row, TranslateModel
from .translate_words import kind_text, origin_text, where_text
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
    "origin": ("建议", "Suggestion"),
    "accept": ("接受并下一条（回车）", "Accept and next (Enter)"),
    "type_first": ("先输入英文，或选一条有建议的", "Type the English first, or pick a text with a suggestion"),
    "no_english": ("这里不能写中文：请写英文", "This field takes English: no Chinese characters"),
    "too_long": ("{n} 个字符：幻灯片按至多 {limit} 个排版，会换行或缩小，请缩短",
                 "{n} characters: slides are laid out for at most {limit}, so they will wrap or shrink it; shorten it"),
    "keys_group": ("翻译视图中", "In the Translate view"),
    "key_accept": ("接受英文并转到下一条待译", "Accept the English and go to the next text left"),
    "key_move": ("上一条 / 下一条", "Previous / next text"),
    "key_only_left": ("只看待译 / 看全部", "Only what is left / everything"),
    "key_undo": ("撤销 / 重做接受的英文", "Undo / redo an accepted text"),
}
tr = translator(TEXT)
#: The view's own keys (Help ▸ Keyboard shortcuts lists them): what each does, by its keys.
KEYS = (("key_accept", ("Return",)), ("key_move", ("Up", "Down")), ("key_only_left", ("Alt+O",)),
        ("key_undo", ("Ctrl+Z", "Ctrl+Shift+Z")))
DOCK_SHARE, DOCK_MIN, TABS_MIN = 0.45, 420, 560  # the dock's first width: a share of the window, the tabs keep room


def key_rows(lang: str) -> list[tuple[str, str, str]]:
    """(group, what, keys) of the view's keys, for the shortcut list."""
    from .present.show_actions import keys_text

    return [(tr("keys_group", lang), tr(what, lang), keys_text(keys, lang, "  ·  ")) for what, keys in KEYS]


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
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the texts share the room; tooltips hold all
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # the kind of text: short
        self.table.verticalHeader().hide()
        self.table.setColumnHidden(COLUMNS.index("col_english"), True)  # "only what is left" is on
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.only_left = QCheckBox()
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
        for label in (self.zh, self.where, self.context, self.match):
            label.setWordWrap(True)
        self.origin = plain_label()
        self.origin.setWordWrap(True)
        self.english = EnglishField()
        self.english.setObjectName("translate-english")
        self.english.returnPressed.connect(self.accept)
        self.english.step.connect(self.step)
        self.english.undo_accept.connect(lambda: self._edit("undo"))
        self.english.redo_accept.connect(lambda: self._edit("redo"))
        self.english.textChanged.connect(self._show_length)
        self.length = plain_label()
        self.length.setObjectName("translate-length")
        self.length.setWordWrap(True)
        self.length.hide()
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.only_left)
        top.addStretch(1)
        top.addWidget(self.count)
        self.form = QFormLayout()
        self.form_labels = {key: plain_label() for key in ("where", "context", "match")}
        for key, widget in (("where", self.where), ("context", self.context), ("match", self.match)):
            self.form.addRow(self.form_labels[key], widget)
        self.english_label = plain_label()
        self.english_label.setBuddy(self.english)
        row = QHBoxLayout()
        row.addWidget(self.english, 1)
        row.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.zh)
        layout.addLayout(self.form)
        layout.addWidget(self.origin)
        layout.addWidget(self.english_label)
        layout.addLayout(row)
        layout.addWidget(self.length)
        self.zh.setObjectName("translate-zh")
        self.setFocusProxy(self.english)
        self.retranslate()

    @property
    def lang(self) -> str:
        return self.window.language

    def retranslate(self) -> None:
        """Every word of the view in the window's language (after Ctrl+L too)."""
        lang = self.lang
        self.only_left.setText(tr("only_left", lang))
        for key, label in self.form_labels.items():
            label.setText(tr(key, lang))
        self.english_label.setText(tr("english", lang))
        self.accept_button.setText(tr("accept", lang))
        self.model.set_language(lang)
        if self.pack is not None:
            self._update_count()
            self._show_current(focus=False)
            self._show_length()

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
        current = self.current_row()
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the current row may leave the filter: shown once, after, not mid-removal
        try:
            self.model.changed()
            self.proxy.refilter()
        finally:
            selection.blockSignals(False)
        self._update_count()
        self.select(self._shown_or_next(current))

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
        self.table.setColumnHidden(COLUMNS.index("col_english"), on)  # every row shown is left: no English yet
        self.select(self._shown_or_next(current))

    def _shown_or_next(self, current: int | None) -> int | None:
        """The current row if the filter still shows it, else the next one left to translate."""
        if current is not None and (not self.proxy.only_left or self.model.rows[current].left):
            return current
        return self._next_left(current if current is not None else -1)

    def _show_current(self, focus: bool = True) -> None:
        i = self.current_row()
        row = self.model.rows[i] if i is not None else None
        lang = self.lang
        marks = punctuation(lang)
        done = row is None and self.pack is not None and not self.window.pack.untranslated
        self.zh.setText(marks.labelled(kind_text(row.text, lang), row.text.zh) if row else
                        tr("done", lang) if done else "")  # nothing left: said where the text would be
        self.english.setReadOnly(row is None)  # not disabled: the focus stays, so Esc still leaves the view
        self.accept_button.setEnabled(row is not None)
        s = row.suggestion if row else None
        for label, text in ((self.where, where_text(row.text.where, lang) if row else ""),
                            (self.context, row.text.context if row else ""), (self.match, s.note if s else "")):
            label.setText(text)
            self.form.setRowVisible(label, bool(text))  # e.g. only a close match has a differing part
        self.origin.setText(marks.labelled(tr("origin", lang), origin_text(s.origin, lang)) if s else "")
        if focus or not self.english.hasFocus():  # a language switch keeps what is being typed
            self.english.setText(row.english or (s.en if s else "") if row else "")
            self.english.selectAll()
        if focus:
            self.english.setFocus()

    def _show_length(self) -> None:
        """A text longer than the layouts are built for is said as it is typed (check would warn of it later)."""
        i = self.current_row()
        limit = longest(tuple(k for k in self.model.rows[i].text.loc if isinstance(k, str))) if i is not None else None
        n = len(" ".join(self.english.text().split()))
        self.length.setText(tr("too_long", self.lang).format(n=n, limit=limit) if limit and n > limit else "")
        self.length.setVisible(bool(self.length.text()))

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
            # after this event, not inside it: the focus may be moving while the view changes its own rows
            QTimer.singleShot(0, self, self._rebuild_tabs)

    def _rebuild_tabs(self) -> None:
        if shiboken6.isValid(self.window) and self.window.editing is not None:
            self.window.editing.rebuild_now()

    def _edit(self, which: str) -> None:
        getattr(self.window.editing, which)()  # refreshes this view through the session's `changed`
        self._show_current()


def attach(win) -> QDockWidget:
    """A Translate dock (hidden until Ctrl+Shift+T or Edit ▸ Translate English…) for the window's pack."""
    view = TranslateView(win)
    dock = QDockWidget(win)
    dock.setObjectName("translate-dock")
    dock.setWidget(view)
    dock.view = view
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    action = QAction(win)
    action.setObjectName("translate-open")
    action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    sized = []

    def open_view() -> None:
        if view.pack is None or win.pack is None or view.pack.path != win.pack.path:
            view.load()
        else:
            view.refresh()
        dock.show()
        dock.raise_()
        if not sized:  # first shown: wide enough for its table's texts (a dock's own hint is too narrow)
            sized.append(True)
            width = min(max(DOCK_MIN, int(win.width() * DOCK_SHARE)), max(DOCK_MIN, win.width() - TABS_MIN))
            win.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        view.english.setFocus()

    def retranslate() -> None:
        dock.setWindowTitle(tr("dock", win.language))
        action.setText(tr("action", win.language))
        view.retranslate()

    action.triggered.connect(open_view)
    win.addAction(action)

    def leave() -> None:
        dock.hide()
        win.tabs.setFocus()

    view.english.leave.connect(leave)
    if win.editing is not None:  # leaving the view brings the tabs up to date with what was accepted
        dock.visibilityChanged.connect(lambda shown: None if shown else win.editing.rebuild_now())
        QApplication.instance().focusChanged.connect(view.focus_changed)  # a method: gone with the view
        # an undo from the Edit menu, or any other saved edit, shows here too
        win.editing.changed.connect(lambda: view.refresh() if dock.isVisible() else None)
        win.editing.menu.addSeparator()
        win.editing.menu.addAction(action)
    retranslate()
    win.retranslators.append(retranslate)
    dock.open_view = open_view
    return dock
