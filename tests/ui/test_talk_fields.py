"""Talk fields on the undo stack (one step per field edit, typing merged), Ctrl+Z from the fields, the " *"
marker following the clean state, and the closing line (empty = no closing slide)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.deck.talk import load_talk

from .talk_helpers import type_into, type_keys

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def talk_window(window):
    window.talk_view.new_talk()
    window.talk_view.parentWidget().show()
    return window


def dock_title(window) -> str:
    return window.talk_view.parentWidget().windowTitle()


def test_typing_in_a_field_is_one_step_and_ctrl_z_in_the_field_undoes_it(talk_window, qtbot):
    view = talk_window.talk_view
    assert not dock_title(talk_window).endswith(" *")  # a new, untouched talk has nothing to save
    type_into(view.occasion["en"], "Board briefing")
    type_keys(view.presenter["en"], "Director Wang")
    assert view.undo.count() == 2  # 27 keystrokes, two fields: two steps
    assert talk_window.talk.occasion == {"en": "Board briefing"}  # F5 would show it already
    assert dock_title(talk_window).endswith(" *")
    qtbot.keyClick(view.presenter["en"], Qt.Key.Key_Z, CTRL)  # focus still in the field being typed
    assert view.presenter["en"].text() == "" and talk_window.talk.presenter is None
    assert view.occasion["en"].text() == "Board briefing"
    qtbot.keyClick(view.presenter["en"], Qt.Key.Key_Z, CTRL)
    assert view.occasion["en"].text() == "" and talk_window.talk.occasion is None
    assert not dock_title(talk_window).endswith(" *")  # back to where it started: clean
    qtbot.keyClick(view.presenter["en"], Qt.Key.Key_Z, CTRL | SHIFT)
    assert view.occasion["en"].text() == "Board briefing" and dock_title(talk_window).endswith(" *")


def test_typing_again_after_leaving_a_field_is_a_new_step(talk_window, qtbot):
    view = talk_window.talk_view
    type_into(view.occasion["zh"], "区委常委会")
    type_into(view.occasion["zh"], "专题汇报")
    assert view.undo.count() == 2
    qtbot.keyClick(view.list, Qt.Key.Key_Z, CTRL)  # Ctrl+Z from the slide list undoes field steps too
    assert view.occasion["zh"].text() == "区委常委会"


def test_date_and_minutes_are_undoable_and_saving_marks_clean(talk_window, qtbot, tmp_path):
    view = talk_window.talk_view
    type_into(view.date, "2026-12-03")
    view.minutes.setFocus()
    view.minutes.setValue(20)
    view.minutes.editingFinished.emit()
    assert talk_window.talk.date == "2026-12-03" and talk_window.talk.minutes == 20
    view.buttons["undo"].click()
    assert view.minutes.value() == 15 and talk_window.talk.minutes == 15
    view.buttons["undo"].click()
    assert view.date.text() == "" and talk_window.talk.date is None
    view.buttons["redo"].click()
    assert view.save_to(tmp_path / "t.talk.yaml")
    assert not dock_title(talk_window).endswith(" *") and dock_title(talk_window).endswith("t.talk.yaml")
    view.buttons["undo"].click()  # undoing past the save: unsaved again
    assert dock_title(talk_window).endswith(" *")


def test_the_closing_line_is_edited_saved_and_empty_means_no_closing_slide(talk_window, qtbot, tmp_path):
    view = talk_window.talk_view
    type_into(view.closing["zh"], "谢谢！联系人：区发改委 王主任")
    type_into(view.closing["en"], "Thank you. Contact: Director Wang")
    assert talk_window.talk.closing == {"zh": "谢谢！联系人：区发改委 王主任", "en": "Thank you. Contact: Director Wang"}
    talk_window.presentation.start("begin")
    show = talk_window.presentation.show
    try:
        ids = [s.slide_id for s in show.deck.slides]
        closing = show.deck.slides[ids.index("closing")]  # the end of the talk, before the appendix
        assert closing.title == "谢谢！联系人：区发改委 王主任" and ids.index("closing") < ids.index("appendix")
    finally:
        show.end()
    path = tmp_path / "closing.talk.yaml"
    assert view.save_to(path)
    assert load_talk(path).closing == talk_window.talk.closing
    for lang in ("zh", "en"):  # empty both fields: no closing slide, and no closing in the file
        view.closing[lang].selectAll()
        qtbot.keyClick(view.closing[lang], Qt.Key.Key_Delete)
        view.closing[lang].editingFinished.emit()
    assert talk_window.talk.closing is None
    assert view.save_to(path)
    assert load_talk(path).closing is None and "closing" not in path.read_text(encoding="utf-8")
    talk_window.presentation.start("begin")
    show = talk_window.presentation.show
    try:
        assert "closing" not in [s.slide_id for s in show.deck.slides]
    finally:
        show.end()
    view.act("undo")  # the English line comes back
    assert view.closing["en"].text() == "Thank you. Contact: Director Wang"


def test_opening_a_talk_shows_its_closing_line(talk_window, tmp_path):
    path = tmp_path / "c.talk.yaml"
    path.write_text("format: briefing-talk/1\nclosing: {zh: 谢谢, en: Thank you}\n", encoding="utf-8")
    assert talk_window.talk_view.open_talk(path)
    assert talk_window.talk_view.closing["en"].text() == "Thank you"
    assert talk_window.talk_view.undo.count() == 0 and not dock_title(talk_window).endswith(" *")


def test_ctrl_z_in_the_minutes_box_undoes_the_talks_minutes(talk_window, qtbot):
    view = talk_window.talk_view
    editor = view.minutes.lineEdit()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Up)  # two spins while in the box: one step
    assert talk_window.talk.minutes == 17 and view.undo.count() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert view.minutes.value() == 15 and talk_window.talk.minutes == 15
