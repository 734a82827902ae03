"""A complete Chinese UI: Qt's own dialogs in Chinese, every app string translated (About included), and a
Help ▸ Keyboard shortcuts list of the app's and the show's keys in the current language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QMessageBox, QTreeView, QWidget

from briefing_app.ui.strings import STRINGS

ACCEL = re.compile(r"\(&\w\)")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def latin_words(texts) -> set[str]:
    return {w for t in texts for w in LATIN_WORD.findall(ACCEL.sub("", t))}


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_qt_file_dialogs_are_chinese(window, mode):
    dialog = QFileDialog(window, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.show()
    QApplication.processEvents()
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.text()]
    texts += [w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()]
    header = dialog.findChild(QTreeView).model()
    texts += [header.headerData(i, Qt.Orientation.Horizontal) for i in range(header.columnCount())]
    assert latin_words(texts) == set(), texts
    assert "大小" in texts and "体积" not in texts
    dialog.close()


def test_message_boxes_and_about_are_chinese(window):
    box = QMessageBox(QMessageBox.Icon.Information, "t", "x",
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, window)
    box.setDetailedText("d")
    box.show()
    assert latin_words(b.text() for b in box.findChildren(QAbstractButton)) == set()
    box.close()
    window.show_about()
    about = window.last_dialog.text()
    assert "字体" in about and "许可证" in about
    assert "Fonts" not in about and "License" not in about


def test_every_app_string_has_both_languages():
    for key, (zh, en) in STRINGS.items():
        assert zh.strip() and en.strip(), key
    names = {"CSV", "PNG", "SVG", "PDF", "PowerPoint", "English", "Ctrl", "Qt", "PySide", "pyqtgraph", "python",
             "pptx", "pydantic", "PyYAML", "MIT", "LGPLv", "Noto", "Sans", "CJK", "SC", "Liberation", "SIL",
             "assets", "fonts", "OFL", "txt", "PgDn", "PgUp", "Enter", "Tab", "Esc"}
    placeholders = re.compile(r"\{\w+\}|\*\.\w+|briefing_app\.[\w.]+")  # {path}, *.csv, module names
    left = latin_words(placeholders.sub("", zh) for zh, _ in STRINGS.values()) - names
    assert left == set()


def test_chinese_strings_use_full_width_punctuation():
    for key, (zh, _en) in STRINGS.items():
        if key.endswith("_filter"):
            continue  # Qt reads the file-type filter syntax "(*.csv)" itself
        bare = re.sub(r"\(&\w\)|\{\w+\}", "", zh)
        assert not re.search(r"[:;,()?!]", bare), (key, zh)


def test_window_titles_name_the_app_in_its_language(window):
    """Qt adds the app's display name to every window title (the main window, dialogs, the Library)."""
    assert QApplication.applicationDisplayName() == "简报"
    window.set_language("en")
    assert QApplication.applicationDisplayName() == "Briefing"
    window.set_language("zh")
    assert QApplication.applicationDisplayName() == "简报"


def test_menus_are_chinese(window):
    texts = [m.title() for m in window.menus.values()]
    texts += [a.text() for m in window.menus.values() for a in m.actions() if a.text()]
    assert latin_words(texts) - {"English", "CSV", "PNG", "SVG"} == set(), texts


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_keyboard_shortcuts_lists_every_shortcut_in_the_current_language(make_window, pack, lang):
    from briefing_app.ui.help_dialogs import action_name, show_key_rows

    window = make_window(pack, lang=lang)
    window.show_shortcuts()
    table = window.last_dialog.table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    listed = {(r[1], r[2]) for r in rows}
    for action in window.findChildren(QAction):  # every key of the window: File…Help, Edit and Talk too
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.text():
            assert (action_name(action.text()), "  ·  ".join(keys)) in listed, action.text()
    for what in (("翻译英文", "Ctrl+Shift+T"), ("保存演讲", "Ctrl+Alt+S"), ("撤销", "Ctrl+Z")) if lang == "zh" else (
            ("Translate English", "Ctrl+Shift+T"), ("Save talk", "Ctrl+Alt+S"), ("Undo", "Ctrl+Z")):
        assert what in listed
    views = {r[0] for r in rows}
    assert {"翻译视图中", "演讲视图中"} <= views if lang == "zh" else {"In the Translate view", "In the Talk view"} <= views
    assert ("只看待译 / 看全部" if lang == "zh" else "Only what is left / everything", "Alt+O") in listed
    show_rows = [r for r in rows if r[0] == ("放映时" if lang == "zh" else "During the show")]
    assert [(r[2], r[1]) for r in show_rows] == show_key_rows(lang) and len(show_rows) > 5
    back = [r for r in rows if r[1] == ("后退" if lang == "zh" else "Back")]
    assert any("Alt" in r[2] for r in back)
    if lang == "zh":
        assert latin_words(r[1] for r in rows) == set()  # action names in Chinese
    window.last_dialog.close()
