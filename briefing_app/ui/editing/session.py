"""The editing session of a main window: the Edit menu, the figure form, the Problems panel, undo/redo.

Every change goes through `draft.edit.PackEditor`; a change that passes `check` is saved at once
(atomically) and the window reloads the pack; one that does not is kept unsaved, its problems listed,
so the person can fix it or undo. Only the pack file is written, never the article.

The file may change meanwhile (a text editor, a synced folder, another window on the same pack): a form's
change is made on the text the form showed and merged with what changed since; a save merges with the
file as it is on disk. When both changed the same place, nothing is written: the edit stays unsaved, the
status bar and the Problems panel say so in one line, and Compare… shows both versions (ui/conflict.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...draft.edit import PackEditor, is_warning, propose_figure
from ...i18n import punctuation
from ...model import Problem
from ...revisions import EditConflict
from ..conflict import ConflictNotice
from ..tabs.data_table import FIGURE_ROLE
from ..widgets import FigureCard
from .figure_form import FigureForm
from .problems_panel import ProblemsPanel
from .strings import tr

#: How long saved edits wait for the next before the tabs are rebuilt (a pause in typing).
REBUILD_AFTER_MS = 1500
ACTIONS = [("add", "Ctrl+Shift+A"), ("edit", "Ctrl+Shift+I"), ("delete", None), (None, None),
           ("undo", "Ctrl+Z"), ("redo", "Ctrl+Shift+Z"), (None, None), ("problems", None)]


class EditSession(QObject):
    changed = Signal()  # after every change, undo and redo, saved or not (views showing the pack's text follow)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.editor: PackEditor | None = None
        self.last_form: FigureForm | None = None
        self.problems: list = []
        self.panel = ProblemsPanel(window, window.language)
        self.panel.figure_chosen.connect(self._edit_index)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.notice = ConflictNotice(window, self._keep_mine, self._keep_theirs)
        self.menu = window.menuBar().addMenu(tr("menu", window.language))
        self.menu.setObjectName("edit-menu")
        view = getattr(window, "menus", {}).get("view")
        if view is not None:  # File, Edit, View… as in every desktop app
            window.menuBar().insertMenu(view.menuAction(), self.menu)
        self.menu.aboutToShow.connect(self._retranslate)
        self.actions: dict[str, QAction] = {}
        slots = {"add": self.add_from_selection, "edit": self.edit_selected, "delete": self.delete_selected,
                 "undo": self.undo, "redo": self.redo, "problems": self.toggle_panel}
        for key, shortcut in ACTIONS:
            if key is None:
                self.menu.addSeparator()
                continue
            act = QAction(tr(key, window.language), window)
            act.setObjectName(f"edit-{key}")
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slots[key])
            window.addAction(act)
            self.menu.addAction(act)
            self.actions[key] = act
        self.last_menu: QMenu | None = None
        self.stale = False  # the tabs show an older pack than the window's (see save_texts)
        self.rebuild_timer = QTimer(self)
        self.rebuild_timer.setSingleShot(True)
        self.rebuild_timer.setInterval(REBUILD_AFTER_MS)
        self.rebuild_timer.timeout.connect(self.rebuild_now)
        # Right-click on any figure card or Data row: the views are rebuilt on every reload, so the menu
        # is offered from one event filter on the window (context-menu events travel up to it) instead of
        # hooks in each view.
        window.installEventFilter(self)

    @property
    def lang(self) -> str:
        return self.window.language

    def _retranslate(self) -> None:
        self.menu.setTitle(tr("menu", self.lang))
        self.panel.retranslate(self.lang)
        for key, act in self.actions.items():
            act.setText(tr(key, self.lang))
        self.actions["undo"].setEnabled(bool(self.editor and self.editor.can_undo))
        self.actions["redo"].setEnabled(bool(self.editor and self.editor.can_redo))

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.ContextMenu or obj is not self.window:
            return False
        target = self.window.childAt(self.window.mapFromGlobal(event.globalPos()))
        if target is None:
            return False
        figure_id = self._figure_under(target, target.mapFromGlobal(event.globalPos()))
        if figure_id is None:
            return False
        self.figure_menu(figure_id).popup(event.globalPos())
        return True

    def _figure_under(self, widget: QWidget, pos) -> str | None:
        """The figure of the card holding `widget`, or of the Data row at `pos` in the table."""
        tab = getattr(self.window, "data_tab", None)
        if tab is not None and widget is tab.table.viewport():
            index = tab.table.indexAt(pos)
            if index.isValid():
                tab.table.setCurrentIndex(index)
                return index.data(FIGURE_ROLE)
            return None
        while widget is not None and not isinstance(widget, FigureCard):
            widget = widget.parentWidget()
        return widget.figure.id if widget is not None else None

    def figure_menu(self, figure_id: str) -> QMenu:
        """Edit… and Delete for one figure (a card's or a row's right-click menu)."""
        menu = QMenu(self.window)
        menu.setObjectName("figure-menu")
        menu.addAction(tr("edit_this", self.lang), lambda: self.edit_figure(figure_id))
        menu.addAction(tr("delete_this", self.lang), lambda: self.delete_figure(figure_id))
        self.last_menu = menu
        return menu

    # --- the pack being edited ----------------------------------------------------------------
    def current_editor(self) -> PackEditor:
        """The editor of the window's pack file, holding the file as it is on disk unless an edit is unsaved."""
        path = self.window.pack.path
        if self.editor is None or self.editor.path != path:
            self.editor = PackEditor(path)
        else:
            self.editor.rebase()
        return self.editor

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def _after_change(self, merged: bool = False) -> None:
        """Check the edited text; save (merged with any change on disk) and reload when it passes, else list
        its problems unsaved; a conflict with the file on disk is kept unsaved and offered to compare.
        `merged`: the edit was already joined with a change made on disk (the status line says so)."""
        self._check_and_save(merged)
        self.changed.emit()

    def save_texts(self, texts: dict[tuple, str]) -> bool:
        """Set texts (the Translate view's accepted English) as one undoable edit and save it at once, checked as
        every edit is. The window takes the saved pack at once; its tabs are rebuilt from it when the edits
        pause (`rebuild_soon`), so that a person pressing Enter on text after text is never kept waiting by
        tabs they are not looking at. False when it was not saved (problems listed, or a conflict shown)."""
        editor = self.current_editor()
        editor.set_texts(texts)
        self.problems, pack = editor.checked(warnings=False)
        errors = [p for p in self.problems if not is_warning(p)]
        if errors or pack is None:
            self.panel.show_problems(self.problems)
            self.panel.show()
            self._status(tr("not_saved", self.lang, count=len(errors)))
            self.changed.emit()
            return False
        try:
            merged = editor.save()
        except EditConflict as exc:
            self._conflicted(exc)
            self.changed.emit()
            return False
        if merged:  # the file had changed meanwhile: the merged text is what to show
            self._reload()
        else:
            self.window.pack = pack
            self.window._watch()  # our own write is not a change from outside
            self.rebuild_soon()
        self.notice.clear()
        self._status(tr("merged" if merged else "saved", self.lang, name=editor.path.name))
        self.changed.emit()
        return True

    def _reload(self) -> None:
        """The window reloads the file now: tabs waiting for a rebuild need none after it."""
        self.rebuild_timer.stop()
        self.stale = False
        self.window.reload()

    def rebuild_soon(self) -> None:
        """Rebuild the window's tabs from its pack once edits pause (REBUILD_AFTER_MS), or at `rebuild_now`."""
        self.stale = True
        self.rebuild_timer.start()

    def rebuild_now(self) -> None:
        """Bring the tabs up to date now (the Translate view was left, or the edits paused)."""
        self.rebuild_timer.stop()
        if self.stale:
            self.stale = False
            if self.window.pack is not None:
                self.window.rebuild()

    def _check_and_save(self, merged: bool) -> None:
        editor = self.current_editor()
        self.problems = editor.problems()
        self.panel.show_problems(self.problems)
        errors = [p for p in self.problems if not is_warning(p)]
        if errors:
            self.panel.show()
            self._status(tr("not_saved", self.lang, count=len(errors)))
            return
        if editor.dirty:
            try:
                merged = editor.save() or merged
            except EditConflict as exc:
                self._conflicted(exc)
                return
            self._reload()
        self.notice.clear()
        self._status(tr("merged" if merged else "saved", self.lang, name=editor.path.name))

    def _conflicted(self, conflict: EditConflict) -> None:
        line = self.notice.show(conflict)
        self.panel.show_problems([Problem(str(conflict.path), 1, "(file)", line)])
        self.panel.show()

    def _keep_mine(self, conflict: EditConflict) -> None:
        self.current_editor().take_mine(conflict)
        self._after_change()

    def _keep_theirs(self, conflict: EditConflict) -> None:
        self.editor = PackEditor(conflict.path)  # the edit is dropped, by the person's choice
        self.window.reload()
        self.problems = self.editor.problems()
        self.panel.show_problems(self.problems)
        self.changed.emit()

    # --- actions ------------------------------------------------------------------------------
    def add_from_selection(self) -> FigureForm | None:
        source = getattr(self.window, "source_tab", None)
        span = source.selection_span() if source is not None else None  # article indices (headings are shown
        if span is None:                                                  # without their # markers)
            self._status(tr("select_text", self.lang))
            return None
        article = self.window.pack.article
        start, end = span
        data = self.window.pack.data
        placed = [(article.find(f.quote), f.section, f.scope) for f in data.figures]
        try:
            fields = propose_figure(article, start, end, year=data.article.year, sections=[s.id for s in data.sections],
                                    scopes=list(data.scopes), placed=placed,
                                    scope_names={key: scope.zh for key, scope in data.scopes.items()})
        except ValueError:
            self._status(tr("select_text", self.lang))
            return None
        return self._open_form(fields, None)

    def selected_figure_id(self) -> str | None:
        tab = getattr(self.window, "data_tab", None)
        if tab is None:
            return None
        index = tab.table.currentIndex()
        return index.data(FIGURE_ROLE) if index.isValid() else None

    def edit_selected(self) -> FigureForm | None:
        figure_id = self.selected_figure_id()
        if figure_id is None:
            self._status(tr("select_row", self.lang))
            return None
        return self.edit_figure(figure_id)

    def edit_figure(self, figure_id: str) -> FigureForm:
        return self._open_form(self.current_editor().figure(figure_id), figure_id)

    def _edit_index(self, index: int) -> None:
        ids = self.current_editor().figure_ids()
        if 0 <= index < len(ids):
            self._open_form(self.current_editor().figure(ids[index]), ids[index])

    def delete_selected(self) -> None:
        figure_id = self.selected_figure_id()
        if figure_id is None:
            self._status(tr("select_row", self.lang))
            return
        self.delete_figure(figure_id)

    def delete_figure(self, figure_id: str) -> None:
        self.current_editor().delete_figure(figure_id)
        self._after_change()

    def undo(self) -> None:
        self._step("undo")

    def redo(self) -> None:
        self._step("redo")

    def _step(self, name: str) -> None:
        editor = self.current_editor()
        if getattr(editor, f"can_{name}"):
            if getattr(editor, name)():
                self._after_change()
            else:  # the lines it changed were changed again since (on disk or in another window)
                self._status(tr(f"cannot_{name}", self.lang))

    def toggle_panel(self) -> None:
        if self.panel.isVisible():
            self.panel.hide()
            return
        self.problems = self.current_editor().problems()
        self.panel.show_problems(self.problems)
        self.panel.show()

    def _open_form(self, fields: dict, figure_id: str | None) -> FigureForm:
        data = self.window.pack.data
        lang = self.lang
        names = {s.id: s.title(lang) for s in data.sections} | {g.id: g.title(lang) for g in data.groups} \
            | {key: scope(lang) for key, scope in data.scopes.items()}
        hint = ""
        if not fields.get("series"):
            proposal = self.proposed_series(fields, figure_id)
            if proposal is not None:
                fields = dict(fields, series=proposal.key)
                where = punctuation(lang).list_sep.join(f"{p.name} · {i}" for p, i in proposal.matches[:3])
                hint = tr("series_same", lang, where=where)
        form = FigureForm(self.window, fields, lang=lang, sections=[s.id for s in data.sections],
                          groups=[g.id for g in data.groups], scopes=list(data.scopes), editing=figure_id is not None,
                          names=names, series_hint=hint)
        shown = self.current_editor().text  # what the form shows; its change is made on this
        form.accepted.connect(lambda: self._apply_form(form, figure_id, shown))
        form.open()
        self.last_form = form
        return form

    def proposed_series(self, fields: dict, figure_id: str | None):
        """The series key the Library proposes for this figure (library/series.py), from the open Library's
        packs and this one; None without a match."""
        from ...library import PackEntry, SeriesIndex

        pack = self.window.pack
        library = getattr(self.window, "library_view", None)
        entries = [e for e in (library.entries if library is not None else []) if e.pack is not None]
        if not any(e.path.resolve() == pack.path.resolve() for e in entries):
            entries.append(PackEntry(pack.path, pack))
        scope = pack.data.scopes.get(fields.get("scope") or "")
        label = (fields.get("label") or {}).get("zh") or ""
        if scope is None or not label:
            return None
        of = fields.get("of")
        of = of if isinstance(of, str) else (of or {}).get("zh", "")
        return SeriesIndex(entries).propose(fields.get("type") or "quantity", label, fields.get("unit"), scope.zh,
                                            of or "", skip=(pack.path, figure_id) if figure_id else None)

    def _apply_form(self, form: FigureForm, figure_id: str | None, shown: str) -> None:
        fields = form.fields()
        if figure_id is None and form.original.get("cell") and fields.get("quote") == form.original.get("quote"):
            fields["cell"] = form.original["cell"]  # a figure proposed from a table cell cites it (not a form field)
        if figure_id is None:
            def change(editor):
                editor.add_figure({k: v for k, v in fields.items() if v is not None})
        else:
            def change(editor):
                editor.update_figure(figure_id, fields)
        try:
            merged = self.current_editor().apply_on(shown, change)
        except EditConflict as exc:  # the figure changed meanwhile, where the form changed it
            self._conflicted(exc)
            return
        self._after_change(merged)


def attach(window) -> EditSession:
    """Give the main window its Edit menu and Problems panel (idempotent)."""
    existing = getattr(window, "editing", None)
    if existing is not None:
        return existing
    window.editing = EditSession(window)
    window.retranslators.append(window.editing._retranslate)  # the Edit menu's title too (items: when opened)
    return window.editing
