"""The Talk view: one meeting's deck as a slide sorter (deck/talk.py's `briefing-talk/1`), in a dock.

Every slide the pack gives is a row with a small thumbnail (the presentation's slide painter): drag or
Alt+Up/Down to reorder, Space (or the checkbox) to include it, "Move to appendix" to put it after the
divider. Occasion, date, presenter, minutes and the closing line are fields. Every edit, rows and fields,
is one step on a QUndoStack (typing in one field merges into one step, as in a text editor); Ctrl+Z /
Ctrl+Shift+Z work anywhere in the view, and the dock's " *" follows the stack's clean state. Closing the
window, opening another talk or starting a new one with unsaved edits asks Save / Discard / Cancel.
The window's `talk` follows every edit, so F5 presents it at once. The pack is never changed; Save writes
only the talk file, atomically, merged with any change made to it on disk meanwhile (ui/talk_sync.py).
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
import yaml
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QFileDialog, QGridLayout, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QMenu, QMessageBox, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from ..atomic import OutputError
from ..deck.talk import FORMAT, Talk, load_talk
from ..errors import UserError
from ..deck.talk_deck import load_talk_packs
from ..i18n import translator
from ..model import PackError, load_pack
from ..resources import bundled_pack
from ..revisions import EditConflict, read_snapshot
from .errors import plain_message, show_message
from .talk_edits import FIELDS, FieldEdit, RowsEdit, UndoKeys
from .talk_sync import TalkSync
from .talk_packs import deck_rows, fill_pack_menu, fill_series_menu, pack_key, pack_rows, to_several
from .talk_packs import tr as tr_packs
from .widgets import plain_label, plain_tooltip

TEXT = {
    "menu": ("演讲(&T)", "&Talk"),
    "dock": ("演讲", "Talk"),
    "new": ("新建演讲", "&New talk"),
    "open": ("打开演讲…", "&Open talk…"),
    "save": ("保存演讲", "&Save talk"),
    "save_as": ("演讲另存为…", "Save talk &as…"),
    "show": ("显示演讲视图", "Show Talk &view"),
    "to_appendix": ("移到附录", "Move to appendix"),
    "to_main": ("移回正文", "Move to main part"),
    "up": ("上移", "Move up"),
    "down": ("下移", "Move down"),
    "toggle": ("包含/排除", "Include/exclude"),
    "move": ("移动", "Move"),
    "undo": ("撤销", "Undo"),
    "redo": ("重做", "Redo"),
    "title_zh": ("标题（中文）", "Title (Chinese)"),
    "title_en": ("标题（英文）", "Title (English)"),
    "occasion_zh": ("场合（中文）", "Occasion (Chinese)"),
    "occasion_en": ("场合（英文）", "Occasion (English)"),
    "date": ("日期", "Date"),
    "presenter_zh": ("演讲人（中文）", "Presenter (Chinese)"),
    "presenter_en": ("演讲人（英文）", "Presenter (English)"),
    "minutes": ("时长", "Minutes"),
    "title": ("标题", "Title"), "occasion": ("场合", "Occasion"), "presenter": ("演讲人", "Presenter"),
    "closing": ("结束语", "Closing line"), "col_zh": ("中文", "Chinese"), "col_en": ("英文", "English"),
    "closing_zh": ("结束语（中文）", "Closing line (Chinese)"),
    "closing_en": ("结束语（英文）", "Closing line (English)"),
    "date_hint": ("年-月-日，如 2026-12-03", "year-month-day, e.g. 2026-12-03"),
    "closing_hint": ("留空则不加结束页", "Leave empty for no closing slide"),
    "edit": ("修改{field}", "Edit {field}"),
    "unsaved_title": ("演讲未保存", "Unsaved talk"),
    "unsaved": ("演讲“{name}”有未保存的修改。要先保存吗？", "The talk “{name}” has unsaved changes. Save them first?"),
    "unsaved_save": ("保存(&S)", "&Save"),
    "unsaved_discard": ("不保存(&D)", "&Discard"),
    "unsaved_cancel": ("取消", "Cancel"),
    "min": (" 分钟", " min"),
    "appendix": ("附录", "appendix"),
    "filter": ("演讲文件 (*.talk.yaml *.yaml)", "Talk files (*.talk.yaml *.yaml)"),
    "saved": ("已保存演讲：{name}", "Talk saved: {name}"),
    "merged": ("已保存演讲：{name}，并保留了磁盘上的其他修改", "Talk saved: {name}, with the changes made to it on disk kept"),
    "bad_date": ("日期应写成 年-月-日，例如 2026-12-03", "Write the date as year-month-day, e.g. 2026-12-03"),
    "untitled": ("未保存的演讲", "unsaved talk"),
    "cannot_open": ("无法打开演讲文件", "Cannot open the talk file"),
    "cannot_save": ("无法保存演讲文件", "Cannot save the talk file"),
    "add_pack_button": ("＋ 其他简报", "+ Pack"),
    "add_series": ("添加指标走势页", "Add a series slide"),
    "add_series_button": ("＋ 指标走势", "+ Series"),
    "title_hint": ("整场演讲的标题", "The whole talk's title"),
    "keys_group": ("演讲视图中", "In the Talk view"),
}
tr = translator(TEXT)
THUMB = QSize(128, 72)
ROLE_ID, ROLE_PART = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


@dataclass
class TalkDraft:
    """The talk being edited: rows (slide id, "main" | "appendix", included) in order, and the fields.

    Bilingual fields are {zh, en} dicts whose empty entries mean "not given"; an empty closing means no
    closing slide."""

    rows: list[tuple[str, str, bool]]
    occasion: dict[str, str] = field(default_factory=dict)
    date: str = ""
    presenter: dict[str, str] = field(default_factory=dict)
    minutes: int = 15
    lang: str | None = None
    closing: dict[str, str] = field(default_factory=dict)
    title: dict[str, str] = field(default_factory=dict)
    packs: dict[str, Path] | None = None  # a talk over several packs: key → pack file (ids `key:slide-id`)

    def ids(self, part: str) -> list[str]:
        return [i for i, p, on in self.rows if on and p == part]

    def get(self, name: str):
        """A field by its form name (talk_edits.FIELDS): 'occasion_zh', 'date', 'minutes'…"""
        key, _, lang = name.partition("_")
        return getattr(self, key).get(lang, "") if lang else getattr(self, key)

    def set(self, name: str, value) -> None:
        key, _, lang = name.partition("_")
        if lang:
            getattr(self, key)[lang] = value
        else:
            setattr(self, key, value)

    @staticmethod
    def _given(texts: dict[str, str]) -> dict[str, str] | None:
        return {k: v for k, v in texts.items() if v.strip()} or None

    def talk(self, path: Path | None, pack_path: Path | None) -> Talk:
        """The Talk the deck builder takes (deck/talk.py)."""
        return Talk(path=path or Path("talk.yaml"), pack=None if self.packs else pack_path,
                    occasion=self._given(self.occasion), date=self.date or None, presenter=self._given(self.presenter),
                    minutes=self.minutes, lang=self.lang, slides=tuple(self.ids("main")),
                    appendix=tuple(self.ids("appendix")), closing=self._given(self.closing), _lines={},
                    packs=dict(self.packs) if self.packs else None, title=self._given(self.title))

    def yaml_text(self, talk_path: Path, pack_path: Path | None) -> str:
        """The talk file, in the order deck/talk.py documents; the pack(s) relative to the talk."""
        data: dict = {"format": FORMAT}
        where = talk_path.resolve().parent
        if self.packs:
            data["packs"] = {k: os.path.relpath(Path(p).resolve(), where) for k, p in self.packs.items()}
            if self._given(self.title):
                data["title"] = self._given(self.title)
        elif pack_path is not None and pack_path.resolve() != bundled_pack().resolve():
            data["pack"] = os.path.relpath(pack_path.resolve(), where)
        if self._given(self.occasion):
            data["occasion"] = self._given(self.occasion)
        if self.date:
            data["date"] = self.date
        if self._given(self.presenter):
            data["presenter"] = self._given(self.presenter)
        data["minutes"] = self.minutes
        if self.lang:
            data["lang"] = self.lang
        data["slides"] = self.ids("main")
        data["appendix"] = self.ids("appendix")
        if self._given(self.closing):
            data["closing"] = self._given(self.closing)
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=None)


def draft_from_talk(talk: Talk, default_rows) -> TalkDraft:
    """A draft showing the talk's slides, then its appendix, then every other slide unticked."""
    main = list(talk.slides) if talk.slides is not None else [i for i, p, on in default_rows if p == "main" and on
                                                               and i not in (talk.appendix or ())]
    appendix = list(talk.appendix) if talk.appendix is not None else [i for i, p, on in default_rows
                                                                       if p == "appendix" and on and i not in main]
    rows = [(i, "main", True) for i in main] + [(i, "appendix", True) for i in appendix]
    rows += [(i, p, False) for i, p, _ in default_rows if i not in main and i not in appendix]
    return TalkDraft(rows=rows, occasion=dict(talk.occasion or {}), date=talk.date or "",
                     presenter=dict(talk.presenter or {}), minutes=talk.minutes or 15, lang=talk.lang,
                     closing=dict(talk.closing or {}), title=dict(talk.title or {}),
                     packs=dict(talk.packs) if talk.packs else None)


class SlideList(QListWidget):
    """The sorter: claims Alt+Up/Down and Space from the window's shortcuts while focused."""

    KEYS = {QKeySequence("Alt+Up"): "up", QKeySequence("Alt+Down"): "down", QKeySequence("Space"): "toggle"}

    def __init__(self, view: TalkView):
        super().__init__()
        self.view = view

    def _name(self, event) -> str | None:
        return self.KEYS.get(QKeySequence(event.keyCombination()))

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and self._name(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):  # noqa: N802  Qt's name
        name = self._name(event)
        if name:
            self.view.act(name)
            event.accept()
        else:
            super().keyPressEvent(event)


PAIRED = ("title", "occasion", "presenter", "closing")  # the fields written in Chinese and in English


class TalkView(QWidget):
    """The dock's contents for one main window; `win.talk` is kept equal to the talk being edited."""

    def __init__(self, win):
        super().__init__()
        self.win = win
        self.path: Path | None = None
        self.draft: TalkDraft | None = None
        self.last_field_edit: FieldEdit | None = None  # the step typing may still merge into
        self.last_prompt: QMessageBox | None = None
        self._applying = False  # a field is being set from the draft, not typed
        self._discarding = False  # the user chose Discard: what runs next may drop the edits
        self.packs: dict | None = None  # a talk over several packs: key → Pack (None: the window's pack alone)
        self._rows_cache: tuple | None = None  # (what the default deck was built from, its rows and slides)
        self.undo = QUndoStack(self)
        self.sync = TalkSync(self)
        self.list = SlideList(self)
        self.list.setObjectName("talk-slides")
        self.list.setIconSize(THUMB)
        self.list.setWordWrap(True)  # long action titles wrap beside the thumbnail instead of running off
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.model().rowsMoved.connect(self._dragged)
        self.list.itemChanged.connect(self._ticked)
        self.buttons = {}
        row = QHBoxLayout()
        for key in ("up", "down", "to_appendix", "undo", "redo"):
            b = self.buttons[key] = QPushButton()
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            row.addWidget(b)
        self.fields: dict[str, QLineEdit | QSpinBox] = {
            name: QSpinBox(minimum=1, maximum=600) if name == "minutes" else QLineEdit() for name in FIELDS}
        self.title = {lang: self.fields[f"title_{lang}"] for lang in ("zh", "en")}
        self.occasion = {lang: self.fields[f"occasion_{lang}"] for lang in ("zh", "en")}
        self.presenter = {lang: self.fields[f"presenter_{lang}"] for lang in ("zh", "en")}
        self.closing = {lang: self.fields[f"closing_{lang}"] for lang in ("zh", "en")}
        self.date, self.minutes = self.fields["date"], self.fields["minutes"]
        keys = UndoKeys(self)
        self.list.installEventFilter(keys)
        # the fields in a grid, Chinese and English side by side (half the height of a form with one per row, so
        # on a 1366×768 screen the slide list below keeps its room); tab order follows FIELDS, row by row
        grid = self.grid = QGridLayout()
        self.labels = {key: plain_label() for key in ("col_zh", "col_en", *PAIRED, "date", "minutes")}
        for column, key in ((1, "col_zh"), (2, "col_en")):
            grid.addWidget(self.labels[key], 0, column)
        for line, key in enumerate(("title", "occasion", "date", "presenter", "closing"), 1):
            grid.addWidget(self.labels[key], line, 0)
            if key == "date":
                grid.addWidget(self.date, line, 1)
                minutes = QHBoxLayout()
                minutes.addWidget(self.labels["minutes"])
                minutes.addWidget(self.minutes, 1)
                grid.addLayout(minutes, line, 2)
            else:
                grid.addWidget(self.fields[f"{key}_zh"], line, 1)
                grid.addWidget(self.fields[f"{key}_en"], line, 2)
            self.labels[key].setBuddy(self.fields["date" if key == "date" else f"{key}_zh"])
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for name, widget in self.fields.items():
            widget.setObjectName(f"talk-{name}")
            widget.installEventFilter(keys)
            widget.editingFinished.connect(self.seal)
            if isinstance(widget, QSpinBox):
                widget.lineEdit().installEventFilter(keys)
                widget.valueChanged.connect(lambda value, n=name: self._typed(n, value))
            elif name == "date":  # a date is taken when it is complete: typing one passes through non-dates
                widget.editingFinished.connect(self._date_done)
            else:
                widget.textEdited.connect(lambda text, n=name: self._typed(n, text))
        adds = QHBoxLayout()
        self.add_menus = {}
        for key, fill in (("add_pack_button", fill_pack_menu), ("add_series_button", fill_series_menu)):
            b = self.buttons[key] = QPushButton()  # a push button's menu arrow has its own room
            b.setObjectName(f"talk-{key}")
            menu = self.add_menus[key] = QMenu(b)
            menu.aboutToShow.connect(lambda m=menu, f=fill: f(m, self))
            b.setMenu(menu)
            adds.addWidget(b)
        adds.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(adds)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.undo.cleanChanged.connect(lambda _c: self._stack_changed())
        self.undo.indexChanged.connect(lambda _i: self._stack_changed())
        self.retranslate()

    # --- the talk as a whole ---------------------------------------------------------------------------
    def new_talk(self) -> None:
        self.packs = None
        rows, _first = self.rows_and_slides()
        self._start(TalkDraft(rows=rows, lang=self.win.language), None)
        self.sync.remember(None)

    def open_talk(self, path: Path) -> bool:
        """Open a talk file: for the window's pack (switching to the talk's pack), or over its several packs
        (the window keeps its pack if the talk has it, else shows the talk's first). Problems are shown as
        `check` lines, and nothing changes."""
        try:
            try:
                snapshot = read_snapshot(Path(path))  # before reading: a change after it is caught at save
            except UserError:
                snapshot = None  # load_talk says why, as a `check` line
            talk = load_talk(path)
            packs = None
            if talk.several:
                packs = load_talk_packs(talk)
                mine = self.win.pack.path.resolve()
                if not any(p.path.resolve() == mine for p in packs.values()):
                    if not self.win.open_pack(next(iter(packs.values())).path):
                        return False
            elif talk.pack is not None and talk.pack.resolve() != self.win.pack.path.resolve():
                if not self.win.open_pack(talk.pack):
                    return False
            rows, first = self.rows_and_slides(packs, talk.series_keys())
            talk.check_ids([r[0] for r in rows] + [i for i in first if i.startswith("series:")])
        except PackError as exc:  # the talk's problems, one `check` line each (a bad pack: open_pack said so)
            self.win.last_dialog = show_message(self.win, tr("cannot_open", self.win.language),
                                                "\n".join(str(p) for p in exc.problems))
            return False
        except OSError as exc:
            self.win.last_dialog = show_message(self.win, tr("cannot_open", self.win.language),
                                                f"{path}: {exc.strerror or exc}")
            return False
        self.packs = packs
        self._start(draft_from_talk(talk, rows), Path(path))
        self.sync.remember(snapshot)
        return True

    def draft_of(self, talk: Talk) -> TalkDraft:
        """The draft this view would show for `talk` on the window's pack (or the packs it is over)."""
        rows, _first = self.rows_and_slides(self.packs, talk.series_keys())
        return draft_from_talk(talk, rows)

    def save_to(self, path: Path) -> bool:
        if self.draft is None:
            return False
        self._commit_date()
        try:
            merged = self.sync.save(Path(path))
        except EditConflict as exc:  # changed on disk where the view's edits changed it: kept unsaved
            self.sync.notice.show(exc)
            return False
        except OutputError as exc:  # already one line naming the file
            self.win.last_dialog = show_message(self.win, tr("cannot_save", self.win.language), str(exc))
            return False
        except OSError as exc:
            self.win.last_dialog = show_message(self.win, tr("cannot_save", self.win.language),
                                                f"{path}: {exc.strerror or exc}")
            return False
        self.path = Path(path)
        self.seal()
        self.undo.setClean()
        self._publish()
        self.win.statusBar().showMessage(tr("merged" if merged else "saved", self.win.language, name=self.path.name))
        return True

    def save(self) -> bool:
        """Save to the talk's file, or ask for one; False when nothing was written."""
        return self.save_to(self.path) if self.path else self.save_as()

    def save_as(self) -> bool:
        lang = self.win.language
        path, _ = QFileDialog.getSaveFileName(self.win, tr("save_as", lang).replace("&", ""),
                                              str(self.path or "talk.talk.yaml"), tr("filter", lang))
        return self.save_to(Path(path)) if path else False

    def unsaved(self) -> bool:
        self._commit_date()
        return self.draft is not None and not self.undo.isClean()

    def ask_unsaved(self, then) -> bool:
        """True when nothing is unsaved (the caller goes on). Otherwise asks Save / Discard / Cancel and
        returns False; `then()` runs after a Save that wrote the file or after Discard, never after Cancel.

        The question is opened non-modally, like every dialog of the app (ui/errors.py): a window closing
        or a test tearing down never waits in a nested event loop."""
        if self._discarding or not self.unsaved():
            return True
        lang = self.win.language
        name = self.path.name if self.path else tr("untitled", lang)
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, tr("unsaved_title", lang), tr("unsaved", lang, name=name),
                          buttons.Save | buttons.Discard | buttons.Cancel, self.win)
        plain_message(box)
        box.setObjectName("talk-unsaved")
        for button, key in ((buttons.Save, "unsaved_save"), (buttons.Discard, "unsaved_discard"),
                            (buttons.Cancel, "unsaved_cancel")):
            box.button(button).setText(tr(key, lang))
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)

        def answered(button):
            choice = box.standardButton(button)
            if choice == buttons.Save and self.save():
                then()
            elif choice == buttons.Discard:
                self._discarding = True  # `then` may ask again (closing the window): the answer is given
                try:
                    then()  # the edits stay unsaved if `then` replaces nothing (an Open dialog cancelled)
                finally:
                    self._discarding = False

        box.buttonClicked.connect(answered)
        self.last_prompt = box
        box.open()
        return False

    def _start(self, draft: TalkDraft, path: Path | None) -> None:
        self.draft, self.path = draft, path
        self.last_field_edit = None
        self.undo.clear()
        for name in FIELDS:
            self._show_field(name, draft.get(name))
        self.set_rows(draft.rows)
        self.list.setCurrentRow(0)
        self._publish()

    def _publish(self) -> None:
        self.win.talk = None if self.draft is None else self.draft.talk(self.path, self.win.pack.path)
        self.win.talk_packs = self.packs if self.draft is not None else None  # F5 builds the talk over them
        self._show_title_row()
        self._update_title()

    def _show_title_row(self) -> None:
        """The title line is the talk's own only over several packs."""
        for widget in (self.labels["title"], *self.title.values()):
            widget.setVisible(bool(self.packs))

    def rows_and_slides(self, packs=None, series=()) -> tuple[list, dict]:
        """The default deck's rows and id → (deck, first slide), over `packs` or the window's pack, with the
        `series` slides; the last answer is kept (every row edit redraws the list from it)."""
        lang = self.win.language
        made_of = (lang, tuple((k, id(p)) for k, p in packs.items()) if packs else id(self.win.pack), tuple(series))
        if self._rows_cache is None or self._rows_cache[0] != made_of:
            self._rows_cache = (made_of, deck_rows(self.win.pack, lang, packs, series))
        return self._rows_cache[1]

    # --- packs and series ----------------------------------------------------------------------------
    def add_pack(self, path: Path) -> bool:
        """Add another pack's slides (unticked, after the others) as one undoable step; a talk of one pack
        becomes a talk over several, its slides then named `key:slide-id`."""
        if self.draft is None:
            return False
        lang = self.win.language
        try:
            pack = load_pack(path)
        except PackError as exc:
            self.win.last_dialog = show_message(self.win, tr("cannot_open", lang),
                                                "\n".join(str(p) for p in exc.problems))
            return False
        before = dict(self.packs) if self.packs else None
        packs = dict(self.packs) if self.packs else {}
        rows = list(self.draft.rows)
        if not packs:  # the window's pack becomes the talk's first
            key = pack_key(self.win.pack, packs)
            packs[key] = self.win.pack
            rows = to_several(rows, key)
        if any(p.path.resolve() == pack.path.resolve() for p in packs.values()):
            self.win.statusBar().showMessage(tr_packs("already", lang, name=pack.data.title(lang)))
            return False
        key = pack_key(pack, packs)
        packs[key] = pack
        added = pack_rows(key, pack, lang)
        self.seal()
        self.undo.push(RowsEdit(self, self.draft.rows, rows + added, tr_packs("add_pack", lang), packs=(before, packs)))
        self.win.statusBar().showMessage(tr_packs("added", lang, n=len(added), name=pack.data.title(lang)))
        return True

    def add_series_of_library(self, key: str, paths: list[Path]) -> None:
        """The Library's "Add to talk": the series' packs join the talk (a new talk if none is open), then its
        slide; the Talk view shows."""
        if self.draft is None:
            self.new_talk()
        mine = {p.path.resolve() for p in (self.packs or {"": self.win.pack}).values()}
        for path in paths:
            if Path(path).resolve() not in mine:
                self.add_pack(Path(path))
        self.add_series(key)
        self.parentWidget().show()

    def add_series(self, key: str) -> None:
        """A `series:KEY` slide after the current row (one undoable step); nothing when it is there already."""
        if self.draft is None or any(i == f"series:{key}" for i, _p, _on in self.draft.rows):
            return
        rows = list(self.draft.rows)
        at = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else len(rows)
        rows.insert(at, (f"series:{key}", "main", True))
        self._change(rows, "add_series")

    # --- rows --------------------------------------------------------------------------------------------
    _NO_CHANGE = object()

    def set_rows(self, rows, packs=_NO_CHANGE) -> None:
        """Show `rows` (the undo stack's commands and a rebuild call this), over `packs` when given (adding a
        pack, or undoing that); keeps the selected slide."""
        current = self.list.currentItem().data(ROLE_ID) if self.list.currentItem() else None
        lang = self.win.language
        if packs is not TalkView._NO_CHANGE:
            self.packs = packs
            self.draft.packs = {k: p.path for k, p in packs.items()} if packs else None
        series = [i[len("series:"):] for i, _p, _on in rows if i.startswith("series:")]
        _rows, first = self.rows_and_slides(self.packs, series)
        rows = [r for r in rows if r[0] in first]  # after a pack change: only the slides it still has
        self.draft.rows = list(rows)
        from .present.slide_images import render_slide_image

        self.list.blockSignals(True)
        self.list.clear()
        for slide_id, part, on in rows:
            deck, slide = first[slide_id]
            label = slide.title or slide_id
            key, sep, _rest = slide_id.partition(":")
            if sep and self.packs and key in self.packs:  # over several packs: whose slide it is
                label = f"{label}  · {key}"
            if part == "appendix":
                label = f"{label}  [{tr('appendix', lang)}]"
            item = QListWidgetItem(QIcon(QPixmap.fromImage(render_slide_image(deck, slide, THUMB.height()))), label)
            item.setData(ROLE_ID, slide_id)
            item.setData(ROLE_PART, part)
            item.setToolTip(plain_tooltip(f"{slide_id}: {slide.title}"))  # pack text: never markup
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if slide_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._publish()
        self._update_buttons()

    def _rows_shown(self):
        items = [self.list.item(i) for i in range(self.list.count())]
        return [(i.data(ROLE_ID), i.data(ROLE_PART), i.checkState() == Qt.CheckState.Checked) for i in items]

    def _change(self, after, key: str) -> None:
        if self.draft is not None and list(after) != self.draft.rows:
            self.seal()
            self.undo.push(RowsEdit(self, self.draft.rows, after, tr(key, self.win.language)))

    def _dragged(self, *_args) -> None:
        self._change(self._rows_shown(), "move")

    def _ticked(self, _item) -> None:
        self._change(self._rows_shown(), "toggle")

    def act(self, name: str) -> None:
        """An edit by name: up, down, toggle, to_appendix (the current row); undo, redo (the last edit)."""
        if name in ("undo", "redo"):
            self._commit_date()
            self.seal()
            getattr(self.undo, name)()
            return
        row = self.list.currentRow()
        if self.draft is None or row < 0:
            return
        rows = list(self.draft.rows)
        slide_id, part, on = rows[row]
        if name in ("up", "down"):
            to = row - 1 if name == "up" else row + 1
            if not 0 <= to < len(rows):
                return
            rows.insert(to, rows.pop(row))
        elif name == "toggle":
            rows[row] = (slide_id, part, not on)
        elif name == "to_appendix":
            rows[row] = (slide_id, "main" if part == "appendix" else "appendix", True)
        self._change(rows, name)

    # --- fields ----------------------------------------------------------------------------------------
    def set_field(self, name: str, value) -> None:
        """Put a field's value in the draft and its widget (the undo stack's field steps call this)."""
        if self.draft is None:
            return
        self.draft.set(name, value)
        self._show_field(name, value)
        self._publish()

    def _show_field(self, name: str, value) -> None:
        widget = self.fields[name]
        current = widget.value() if isinstance(widget, QSpinBox) else widget.text()
        if current == value:
            return  # the user's own keystroke: leave the cursor where it is
        self._applying = True
        try:
            if isinstance(widget, QSpinBox):
                widget.setValue(value)
            else:
                widget.setText(value)  # plain text: QLineEdit never reads markup
        finally:
            self._applying = False

    def _typed(self, name: str, value) -> None:
        """A keystroke (or spin) in a field: one step per field edit, merged while the user keeps typing."""
        if self.draft is None or self._applying or value == self.draft.get(name):
            return
        label = tr(name, self.win.language)
        command = FieldEdit(self, name, self.draft.get(name), value, tr("edit", self.win.language, field=label))
        self.last_field_edit = command
        self.undo.push(command)  # merges into the open step of this field; else a new step

    def seal(self) -> None:
        """End the step typing merges into: the field was left, saved, or another edit comes."""
        if self.last_field_edit is not None:
            self.last_field_edit.open = False
            self.last_field_edit = None

    def _date_done(self) -> None:
        self._commit_date()

    def _commit_date(self) -> None:
        """Take the typed date when it is a date (one step); refuse anything else in one line, keeping the old."""
        if self.draft is None:
            return
        date = self.date.text().strip()
        if date == self.draft.date:
            return
        try:
            date and datetime.date.fromisoformat(date)
        except ValueError:
            self.win.statusBar().showMessage(tr("bad_date", self.win.language))
            self._show_field("date", self.draft.date)
            return
        self._typed("date", date)
        self.seal()

    # --- words ------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.win.language
        for key, button in self.buttons.items():
            button.setText(tr(key, lang))
        for key, label in self.labels.items():
            label.setText(tr(key, lang))
        for name, widget in self.fields.items():
            widget.setAccessibleName(tr(name, lang))  # "Occasion (English)": which of the pair it is
        for widget in self.closing.values():
            widget.setPlaceholderText(tr("closing_hint", lang))
        for widget in self.title.values():
            widget.setPlaceholderText(tr("title_hint", lang))
        self._show_title_row()
        self.date.setPlaceholderText(tr("date_hint", lang))  # a hint, never a date that looks already set
        self.minutes.setSuffix(tr("min", lang))
        if self.draft is not None:
            self.set_rows(self.draft.rows)
        self._update_title()

    def _stack_changed(self) -> None:
        if shiboken6.isValid(self.undo):  # the stack also signals while it is being destroyed with the view
            self._update_buttons()
            self._update_title()

    def _update_buttons(self) -> None:
        self.buttons["undo"].setEnabled(self.undo.canUndo())
        self.buttons["redo"].setEnabled(self.undo.canRedo())
        row = self.list.currentRow()
        part = self.draft.rows[row][1] if self.draft is not None and 0 <= row < len(self.draft.rows) else "main"
        self.buttons["to_appendix"].setText(tr("to_main" if part == "appendix" else "to_appendix", self.win.language))

    def _update_title(self) -> None:
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            name = self.path.name if self.path else tr("untitled", self.win.language)
            dirty = "" if self.undo.isClean() else " *"
            dock.setWindowTitle(f"{tr('dock', self.win.language)} — {name}{dirty}" if self.draft else
                                tr("dock", self.win.language))


def key_rows(lang: str) -> list[tuple[str, str, str]]:
    """(group, what, keys) of the slide sorter's and the fields' own keys, for the shortcut list."""
    from .present.show_actions import keys_text

    chords: dict[str, list[str]] = {}
    for keys in (SlideList.KEYS, UndoKeys.KEYS):
        for key, name in keys.items():
            chords.setdefault(name, []).append(key.toString())
    return [(tr("keys_group", lang), tr(name, lang), keys_text(tuple(k), lang, "  ·  ")) for name, k in chords.items()]


def attach(win) -> TalkView:
    """Add the Talk dock (hidden until a talk is new or opened) and the Talk menu to a main window."""
    win.talk = None
    win.talk_packs = None  # a talk over several packs: key → Pack (F5 builds its deck over them)
    view = TalkView(win)
    dock = QDockWidget(tr("dock", win.language), win)
    dock.setObjectName("talk-dock")
    dock.setWidget(view)
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    view.list.currentRowChanged.connect(lambda _r: view._update_buttons())
    menu = QMenu(tr("menu", win.language), win)
    win.menuBar().insertMenu(win.menus["present"].menuAction(), menu)
    win.talk_menu = menu  # not in win.menus: menus.retranslate labels only its own
    actions: dict[str, QAction] = {}

    def shown(run):
        """`run` once the unsaved talk (if any) is saved or discarded, then show the dock."""
        def go():
            if run() is not False:
                dock.show()
                view.list.setFocus()
        return lambda: view.ask_unsaved(go) and go()

    def ask_open():
        path, _ = QFileDialog.getOpenFileName(win, tr("open", win.language).replace("&", ""), "",
                                              tr("filter", win.language))
        return view.open_talk(Path(path)) if path else False

    for key, slot, keys in (("new", shown(view.new_talk), None), ("open", shown(ask_open), None),
                            ("save", view.save, "Ctrl+Alt+S"), ("save_as", view.save_as, None)):
        a = actions[key] = QAction(tr(key, win.language), win)
        if keys:
            a.setShortcut(QKeySequence(keys))
        a.triggered.connect(slot)
        menu.addAction(a)
    menu.addSeparator()
    toggle = dock.toggleViewAction()
    menu.addAction(toggle)

    def retranslate():
        for key, a in actions.items():
            a.setText(tr(key, win.language))
            a.setEnabled(key in ("new", "open") or view.draft is not None)
        toggle.setText(tr("show", win.language))
        menu.setTitle(tr("menu", win.language))

    menu.aboutToShow.connect(retranslate)
    retranslate()
    view.menu_actions = actions
    win.retranslators += [view.retranslate, retranslate]
    return view
