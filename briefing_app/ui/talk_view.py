"""The Talk view: one meeting's deck as a slide sorter (deck/talk.py's `briefing-talk/1`), in a dock.

Every slide the pack gives is a row with a small thumbnail (the presentation's slide painter): drag or
Alt+Up/Down to reorder, Space (or the checkbox) to include it, "Move to appendix" to put it after the
divider. Occasion, date, presenter and minutes are fields. Row edits go on a QUndoStack (Ctrl+Z /
Ctrl+Shift+Z while the list has focus). The window's `talk` follows every edit, so F5 presents it at once.
The pack is never changed; Save writes only the talk file, atomically.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QMenu, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..atomic import write_atomically
from ..deck.talk import FORMAT, Talk, load_talk
from ..i18n import translator
from ..model import PackError
from ..resources import bundled_pack
from .errors import show_message, show_problems

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
    "occasion_zh": ("场合（中文）", "Occasion (Chinese)"),
    "occasion_en": ("场合（英文）", "Occasion (English)"),
    "date": ("日期", "Date"),
    "presenter_zh": ("演讲人（中文）", "Presenter (Chinese)"),
    "presenter_en": ("演讲人（英文）", "Presenter (English)"),
    "minutes": ("时长", "Minutes"),
    "min": (" 分钟", " min"),
    "appendix": ("附录", "appendix"),
    "filter": ("演讲文件 (*.talk.yaml *.yaml)", "Talk files (*.talk.yaml *.yaml)"),
    "saved": ("已保存演讲：{name}", "Talk saved: {name}"),
    "bad_date": ("日期应写成 年-月-日，例如 2026-12-03", "Write the date as year-month-day, e.g. 2026-12-03"),
    "untitled": ("未保存的演讲", "unsaved talk"),
}
tr = translator(TEXT)
THUMB = QSize(128, 72)
ROLE_ID, ROLE_PART = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


@dataclass
class TalkDraft:
    """The talk being edited: rows (slide id, "main" | "appendix", included) in order, and the fields."""

    rows: list[tuple[str, str, bool]]
    occasion: dict[str, str] = field(default_factory=dict)
    date: str = ""
    presenter: dict[str, str] = field(default_factory=dict)
    minutes: int = 15
    lang: str | None = None
    closing: dict[str, str] | None = None

    def ids(self, part: str) -> list[str]:
        return [i for i, p, on in self.rows if on and p == part]

    def talk(self, path: Path | None, pack_path: Path | None) -> Talk:
        """The Talk the deck builder takes (deck/talk.py)."""
        occasion = {k: v for k, v in self.occasion.items() if v.strip()} or None
        presenter = {k: v for k, v in self.presenter.items() if v.strip()} or None
        return Talk(path=path or Path("talk.yaml"), pack=pack_path, occasion=occasion, date=self.date or None,
                    presenter=presenter, minutes=self.minutes, lang=self.lang, slides=tuple(self.ids("main")),
                    appendix=tuple(self.ids("appendix")), closing=self.closing, _lines={})

    def yaml_text(self, talk_path: Path, pack_path: Path | None) -> str:
        """The talk file, in the order deck/talk.py documents; the pack relative to the talk."""
        data: dict = {"format": FORMAT}
        if pack_path is not None and pack_path.resolve() != bundled_pack().resolve():
            data["pack"] = os.path.relpath(pack_path.resolve(), talk_path.resolve().parent)
        if any(v.strip() for v in self.occasion.values()):
            data["occasion"] = {k: v for k, v in self.occasion.items() if v.strip()}
        if self.date:
            data["date"] = self.date
        if any(v.strip() for v in self.presenter.values()):
            data["presenter"] = {k: v for k, v in self.presenter.items() if v.strip()}
        data["minutes"] = self.minutes
        if self.lang:
            data["lang"] = self.lang
        data["slides"] = self.ids("main")
        data["appendix"] = self.ids("appendix")
        if self.closing:
            data["closing"] = self.closing
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=None)


def deck_rows(pack, lang: str) -> tuple[list[tuple[str, str, bool]], dict]:
    """Every slide id of the pack's default deck once, in order, with its part; and id → its first slide."""
    from ..deck.build import build_deck

    deck = build_deck(pack, lang=lang)
    rows, first, part = [], {}, "main"
    for slide in deck.slides:
        if slide.slide_id == "appendix":
            part = "appendix"
        elif slide.slide_id and slide.slide_id not in first and slide.slide_id != "closing":
            first[slide.slide_id] = (deck, slide)
            rows.append((slide.slide_id, part, True))
    return rows, first


def draft_from_talk(talk: Talk, default_rows) -> TalkDraft:
    """A draft showing the talk's slides, then its appendix, then every other slide unticked."""
    main = list(talk.slides) if talk.slides is not None else [i for i, p, _ in default_rows if p == "main"
                                                               and i not in (talk.appendix or ())]
    appendix = list(talk.appendix) if talk.appendix is not None else [i for i, p, _ in default_rows
                                                                       if p == "appendix" and i not in main]
    rows = [(i, "main", True) for i in main] + [(i, "appendix", True) for i in appendix]
    rows += [(i, p, False) for i, p, _ in default_rows if i not in main and i not in appendix]
    return TalkDraft(rows=rows, occasion=dict(talk.occasion or {}), date=talk.date or "",
                     presenter=dict(talk.presenter or {}),
                     minutes=talk.minutes or 15, lang=talk.lang, closing=talk.closing)


class _RowsEdit(QUndoCommand):
    """One change of the rows (move, include, appendix), undone by putting the old rows back."""

    def __init__(self, view: TalkView, before, after, text: str):
        super().__init__(text)
        self.view, self.before, self.after = view, list(before), list(after)

    def redo(self):
        self.view.set_rows(self.after)

    def undo(self):
        self.view.set_rows(self.before)


class SlideList(QListWidget):
    """The sorter: claims Alt+Up/Down, Space and Ctrl+Z/Ctrl+Shift+Z from the window's shortcuts while focused."""

    KEYS = {QKeySequence("Alt+Up"): "up", QKeySequence("Alt+Down"): "down", QKeySequence("Space"): "toggle",
            QKeySequence("Ctrl+Z"): "undo", QKeySequence("Ctrl+Shift+Z"): "redo", QKeySequence("Ctrl+Y"): "redo"}

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


class TalkView(QWidget):
    """The dock's contents for one main window; `win.talk` is kept equal to the talk being edited."""

    def __init__(self, win):
        super().__init__()
        self.win = win
        self.path: Path | None = None
        self.draft: TalkDraft | None = None
        self.undo = QUndoStack(self)
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
        self.occasion = {lang: QLineEdit() for lang in ("zh", "en")}
        self.date = QLineEdit(placeholderText="2026-12-03")
        self.presenter = {lang: QLineEdit() for lang in ("zh", "en")}
        self.minutes = QSpinBox(minimum=1, maximum=600)
        form = self.form = QFormLayout()
        for key, widget in (("occasion_zh", self.occasion["zh"]), ("occasion_en", self.occasion["en"]),
                            ("date", self.date), ("presenter_zh", self.presenter["zh"]),
                            ("presenter_en", self.presenter["en"]), ("minutes", self.minutes)):
            form.addRow(key, widget)
            widget.setObjectName(f"talk-{key}")
        for widget in (*self.occasion.values(), self.date, *self.presenter.values()):
            widget.editingFinished.connect(self._fields_changed)
        self.minutes.valueChanged.connect(self._fields_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.undo.cleanChanged.connect(lambda _c: self._update_title())
        self.undo.indexChanged.connect(lambda _i: self._update_buttons())
        self.retranslate()

    # --- the talk as a whole ---------------------------------------------------------------------------
    def new_talk(self) -> None:
        rows, _first = deck_rows(self.win.pack, self.win.language)
        self._start(TalkDraft(rows=rows, lang=self.win.language), None)

    def open_talk(self, path: Path) -> bool:
        """Open a talk file for the window's pack; problems are shown as `check` lines, nothing changes."""
        try:
            talk = load_talk(path)
            if talk.pack is not None and talk.pack.resolve() != self.win.pack.path.resolve():
                if not self.win.open_pack(talk.pack):
                    return False
            rows, _first = deck_rows(self.win.pack, self.win.language)
            talk.check_ids([r[0] for r in rows])
        except PackError as exc:
            show_problems(self.win, exc.problems)
            return False
        except OSError as exc:
            show_message(self.win, f"{path}: {exc.strerror or exc}")
            return False
        self._start(draft_from_talk(talk, rows), Path(path))
        return True

    def save_to(self, path: Path) -> bool:
        if self.draft is None:
            return False
        text = self.draft.yaml_text(Path(path), self.win.pack.path)
        try:
            write_atomically(Path(path), lambda tmp: tmp.write_text(text, encoding="utf-8"))
        except OSError as exc:
            show_message(self.win, f"{path}: {exc.strerror or exc}")
            return False
        self.path = Path(path)
        self.undo.setClean()
        self._publish()
        self.win.statusBar().showMessage(tr("saved", self.win.language, name=self.path.name))
        return True

    def _start(self, draft: TalkDraft, path: Path | None) -> None:
        self.draft, self.path = draft, path
        self.undo.clear()
        for widget, value in ((self.occasion["zh"], draft.occasion.get("zh", "")),
                              (self.occasion["en"], draft.occasion.get("en", "")), (self.date, draft.date),
                              (self.presenter["zh"], draft.presenter.get("zh", "")),
                              (self.presenter["en"], draft.presenter.get("en", ""))):
            widget.setText(value)  # plain text: QLineEdit never reads markup
        self.minutes.blockSignals(True)
        self.minutes.setValue(draft.minutes)
        self.minutes.blockSignals(False)
        self.set_rows(draft.rows)
        self.list.setCurrentRow(0)
        self._publish()

    def _publish(self) -> None:
        self.win.talk = None if self.draft is None else self.draft.talk(self.path, self.win.pack.path)
        self._update_title()

    # --- rows --------------------------------------------------------------------------------------------
    def set_rows(self, rows) -> None:
        """Show `rows` (the undo stack's commands and a rebuild call this); keeps the selected slide."""
        current = self.list.currentItem().data(ROLE_ID) if self.list.currentItem() else None
        lang = self.win.language
        _rows, first = deck_rows(self.win.pack, lang)
        rows = [r for r in rows if r[0] in first]  # after a pack change: only the slides it still has
        self.draft.rows = list(rows)
        from .present.slide_images import render_slide_image

        self.list.blockSignals(True)
        self.list.clear()
        for slide_id, part, on in rows:
            deck, slide = first[slide_id]
            label = slide.title or slide_id
            if part == "appendix":
                label = f"{label}  [{tr('appendix', lang)}]"
            item = QListWidgetItem(QIcon(QPixmap.fromImage(render_slide_image(deck, slide, THUMB.height()))), label)
            item.setData(ROLE_ID, slide_id)
            item.setData(ROLE_PART, part)
            item.setToolTip(f"{slide_id}: {slide.title}")
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
            self.undo.push(_RowsEdit(self, self.draft.rows, after, tr(key, self.win.language)))

    def _dragged(self, *_args) -> None:
        self._change(self._rows_shown(), "move")

    def _ticked(self, _item) -> None:
        self._change(self._rows_shown(), "toggle")

    def act(self, name: str) -> None:
        """A row edit by name: up, down, toggle, to_appendix, undo, redo."""
        if name in ("undo", "redo"):
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
    def _fields_changed(self) -> None:
        if self.draft is None:
            return
        date = self.date.text().strip()
        try:
            date and datetime.date.fromisoformat(date)
        except ValueError:
            self.win.statusBar().showMessage(tr("bad_date", self.win.language))
            self.date.setText(self.draft.date)
            return
        before = (self.draft.occasion, self.draft.date, self.draft.presenter, self.draft.minutes)
        self.draft.occasion = {lang: w.text() for lang, w in self.occasion.items()}
        self.draft.date = date
        self.draft.presenter = {lang: w.text() for lang, w in self.presenter.items()}
        self.draft.minutes = self.minutes.value()
        if before != (self.draft.occasion, self.draft.date, self.draft.presenter, self.draft.minutes):
            self.undo.resetClean()
        self._publish()

    # --- words ------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.win.language
        for key, button in self.buttons.items():
            button.setText(tr(key, lang))
        for i, key in enumerate(("occasion_zh", "occasion_en", "date", "presenter_zh", "presenter_en", "minutes")):
            self.form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().setText(tr(key, lang))
        self.minutes.setSuffix(tr("min", lang))
        if self.draft is not None:
            self.set_rows(self.draft.rows)
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
            dirty = "" if self.undo.isClean() and self.path else " *"
            dock.setWindowTitle(f"{tr('dock', self.win.language)} — {name}{dirty}" if self.draft else
                                tr("dock", self.win.language))


def attach(win) -> TalkView:
    """Add the Talk dock (hidden until a talk is new or opened) and the Talk menu to a main window."""
    win.talk = None
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
        def go():
            if run() is not False:
                dock.show()
                view.list.setFocus()
        return go

    def ask_open():
        path, _ = QFileDialog.getOpenFileName(win, tr("open", win.language).replace("&", ""), "",
                                              tr("filter", win.language))
        return view.open_talk(Path(path)) if path else False

    def ask_save_as():
        path, _ = QFileDialog.getSaveFileName(win, tr("save_as", win.language).replace("&", ""), "talk.talk.yaml",
                                              tr("filter", win.language))
        return view.save_to(Path(path)) if path else False

    def save():
        return view.save_to(view.path) if view.path else ask_save_as()

    for key, slot, keys in (("new", shown(view.new_talk), None), ("open", shown(ask_open), None),
                            ("save", save, "Ctrl+Alt+S"), ("save_as", ask_save_as, None)):
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
    view.menu_retranslate = retranslate
    return view
