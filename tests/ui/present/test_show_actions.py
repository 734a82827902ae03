"""The action table is the one source of keys, handlers and help: every key in it does its action,
no key belongs to two actions, and the help the presenter sees lists the table's keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from briefing_app.ui.present import keys
from briefing_app.ui.present.show_actions import ACTIONS, BY_NAME, help_line, shortcut_rows


def key_event(chord: str) -> QKeyEvent:
    combo = QKeySequence(chord)[0]
    return QKeyEvent(QEvent.Type.KeyPress, combo.key(), combo.keyboardModifiers(), chord[-1:])


@pytest.mark.parametrize("act", ACTIONS, ids=lambda a: a.name)
def test_every_key_of_an_action_maps_to_it(act):
    for chord in act.keys:
        assert keys.action(key_event(chord)) == act.name, chord


def test_no_key_belongs_to_two_actions():
    chords = [QKeySequence(c).toString() for a in ACTIONS for c in a.keys]
    assert len(chords) == len(set(chords))


def test_ctrl_chords_win_and_other_modifiers_are_ignored():
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    right = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Right, ctrl)
    assert keys.action(right) == "browse_next"
    plus = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Plus, shift, "+")
    assert keys.action(plus) == "notes_bigger"
    assert keys.action(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, ctrl)) == "black"
    assert keys.action(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier)) is None


def test_every_presenter_button_runs_an_action_of_the_table(qtbot, make_show):
    """Each button of the presenter view (except End show) works: a name missing from the table would raise."""
    from PySide6.QtWidgets import QPushButton

    show = make_show(start=3, rehearse=True)
    buttons = [b for b in show.presenter.view.findChildren(QPushButton) if "Esc" not in b.text()]
    assert len(buttons) >= 10
    for button in buttons:
        button.click()
        show.presenter.closing_page()  # the overview and finder buttons open a page: back to the main one
    assert show.running


@pytest.mark.parametrize("lang,expected", [
    ("zh", ["→/空格/PgDn 下一页", "←/PgUp 上一页", "B/. 黑屏", "G/Tab 总览", "Ctrl+→ 私下预览下一页", "F 查找数字",
            "Esc 结束"]),
    ("en", ["→/Space/PgDn next", "←/PgUp back", "W/, white", "Ctrl+← browse back", "S swap screens"]),
])
def test_the_presenter_help_line_comes_from_the_table(make_show, lang, expected):
    from PySide6.QtWidgets import QLabel

    show = make_show(lang=lang, rehearse=True)
    lines = [w.text() for w in show.presenter.findChildren(QLabel) if w.text() == help_line(lang)]
    assert len(lines) == 1
    for part in expected:
        assert part in lines[0].split(" · ")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_shortcut_rows_list_every_keyed_action_once(lang):
    rows = shortcut_rows(lang)
    assert len(rows) == sum(1 for a in ACTIONS if a.keys)
    assert (("F, /, Ctrl+F", "查找数字") if lang == "zh" else ("F, /, Ctrl+F", "find a figure")) in rows
    assert ("0–9", "输入页码" if lang == "zh" else "type a slide number") in rows
    assert all(k and text for k, text in rows)


def test_a_key_from_the_table_does_what_its_row_says(make_show):
    """Table-driven end to end: the chords of next/previous/first/last move the audience slide."""
    show = make_show(start=5)
    count = show.state.count
    for name, expected in (("next", 6), ("previous", 4), ("last", count), ("first", 1)):
        for chord in BY_NAME[name].keys:
            show.goto(5)
            QApplication.sendEvent(show.audience, key_event(chord))
            assert show.audience.canvas.slide.number == expected, (name, chord)
