"""Help ▸ Keyboard shortcuts and Help ▸ About, in the current language.

The shortcut list is read from the actions themselves (menus and the Present menu), so it cannot drift from
what the keys do; the show's own keys come from the presentation's key table.
"""

from __future__ import annotations

import html
import re
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from .. import __version__
from .strings import tr

ACCEL = re.compile(r"\(&\w\)|&(?=\w)")


def action_name(text: str) -> str:
    """A menu text without its accelerator marker or trailing ellipsis: "导出数据(&D)…" → "导出数据"."""
    return ACCEL.sub("", text).replace("&&", "&").rstrip("…").rstrip(".").strip()


def shortcut_rows(win) -> list[tuple[str, str, str]]:
    """(group, action, keys) for every action with a shortcut in the menu bar's menus (File, Edit, View, Go,
    Talk, Present, Help and their submenus), then the mouse, the Translate and Talk views' own keys and the
    show's keys."""
    from .talk_view import key_rows as talk_keys
    from .translate_view import key_rows as translate_keys

    lang = win.language
    rows: list[tuple[str, str, str]] = []
    seen = set()

    def walk(menu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())  # a submenu (Language, Open Recent): its own title is the group
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if keys and id(action) not in seen:
                seen.add(id(action))
                rows.append((action_name(menu.title()), action_name(action.text()), "  ·  ".join(keys)))

    for top in win.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    go = action_name(tr("go", lang))
    rows.append((go, action_name(tr("back", lang)), tr("mouse_back", lang)))
    rows.append((go, action_name(tr("forward", lang)), tr("mouse_forward", lang)))
    rows += translate_keys(lang) + talk_keys(lang)
    show = tr("in_the_show", lang)
    for keys, what in show_key_rows(lang):
        rows.append((show, what, keys))
    return rows


def show_key_rows(lang: str) -> list[tuple[str, str]]:
    """(keys, what they do) for every key of the show, from the show's own action table."""
    from .present.show_actions import shortcut_rows

    return shortcut_rows(lang)


def show_shortcuts(win) -> QDialog:
    lang = win.language
    dialog = QDialog(win)
    dialog.setObjectName("shortcuts-dialog")
    dialog.setWindowTitle(action_name(tr("shortcuts", lang)))
    rows = shortcut_rows(win)
    table = QTableWidget(len(rows), 3, dialog)
    table.setHorizontalHeaderLabels([tr("col_group", lang), tr("col_action", lang), tr("col_keys", lang)])
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)  # item text is drawn as plain text
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(r, c, item)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    screen = win.screen().availableGeometry()
    dialog.resize(min(760, int(screen.width() * 0.8)), min(640, int(screen.height() * 0.8)))
    dialog.table = table
    dialog.open()
    return dialog


def show_about(win) -> QMessageBox:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    try:
        import pyqtgraph

        pg_version = pyqtgraph.__version__
    except Exception:  # pragma: no cover - pyqtgraph is a dependency
        pg_version = "?"
    lang = win.language
    data = win.pack.data
    text = (f"<h3>{tr('app', lang)} {__version__}</h3>"
            f"<p>{html.escape(data.title(lang))}</p>"
            f"<p>Python {sys.version.split()[0]} · Qt {qVersion()} · PySide6 {pyside_version} · "
            f"pyqtgraph {pg_version}</p>"
            f"<p>{tr('about_fonts', lang)}<br>{tr('about_licences', lang)}</p>"
            f"<p>{tr('article_source', lang)}{html.escape(data.article.source(lang))}</p>")
    box = QMessageBox(QMessageBox.Icon.Information, tr("about_text", lang), text, QMessageBox.StandardButton.Ok, win)
    box.setTextFormat(Qt.TextFormat.RichText)  # our own markup; the pack's text in it is escaped
    box.setObjectName("about-dialog")
    box.open()
    return box
