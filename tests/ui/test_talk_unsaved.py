"""Unsaved talk edits: closing the window, opening another talk or starting a new one asks Save / Discard /
Cancel. The tests click the real dialog's buttons and check the file on disk and the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing_app.deck.talk import load_talk

from .talk_helpers import type_into

BUTTON = QMessageBox.StandardButton


@pytest.fixture
def saved_talk(window, tmp_path):
    """A talk saved to disk, then edited (occasion typed): unsaved edits on a talk that has a file."""
    view = window.talk_view
    view.new_talk()
    view.parentWidget().show()
    path = tmp_path / "board.talk.yaml"
    assert view.save_to(path)
    type_into(view.occasion["en"], "Board briefing")
    return window, path


def answer(view, button) -> None:
    box = view.last_prompt
    assert box is not None and box.isVisible(), "the question was not asked"
    assert box.text().startswith("演讲“board.talk.yaml”有未保存的修改")
    box.button(button).click()


def test_closing_with_unsaved_edits_then_cancel_keeps_everything(saved_talk):
    window, path = saved_talk
    before = path.read_text(encoding="utf-8")
    assert not window.close()
    answer(window.talk_view, BUTTON.Cancel)
    assert window.isVisible() and window.talk_view.occasion["en"].text() == "Board briefing"
    assert window.talk_view.unsaved() and path.read_text(encoding="utf-8") == before


def test_closing_then_save_writes_the_file_and_closes(saved_talk):
    window, path = saved_talk
    window.close()
    answer(window.talk_view, BUTTON.Save)
    assert load_talk(path).occasion == {"en": "Board briefing"}
    assert not window.isVisible()


def test_closing_then_discard_closes_and_leaves_the_file_alone(saved_talk):
    window, path = saved_talk
    window.close()
    answer(window.talk_view, BUTTON.Discard)
    assert load_talk(path).occasion is None and not window.isVisible()


def test_a_save_that_fails_keeps_the_window_open(saved_talk, tmp_path):
    window, path = saved_talk
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the talk's folder should be", encoding="utf-8")
    window.talk_view.path = blocker / "board.talk.yaml"  # saving there fails: its "folder" is a file
    window.close()
    window.talk_view.last_prompt.button(BUTTON.Save).click()
    assert window.isVisible() and window.talk_view.unsaved()
    assert "board.talk.yaml" in window.last_dialog.informativeText()  # the one-line reason
    assert load_talk(path).occasion is None  # the earlier save is untouched
    assert blocker.read_text(encoding="utf-8").startswith("a file where")


def test_new_talk_asks_first_and_discard_starts_afresh(saved_talk):
    window, path = saved_talk
    window.talk_view.menu_actions["new"].trigger()
    assert window.talk_view.occasion["en"].text() == "Board briefing"  # nothing replaced before the answer
    answer(window.talk_view, BUTTON.Discard)
    assert window.talk_view.occasion["en"].text() == "" and window.talk_view.path is None
    assert load_talk(path).occasion is None


def test_open_talk_asks_first_and_cancel_opens_nothing(saved_talk, monkeypatch):
    window, _path = saved_talk
    import briefing_app.ui.talk_view as talk_view

    asked = []
    monkeypatch.setattr(talk_view.QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or ("", ""))
    window.talk_view.menu_actions["open"].trigger()
    answer(window.talk_view, BUTTON.Cancel)
    assert not asked and window.talk_view.occasion["en"].text() == "Board briefing"


def test_nothing_is_asked_when_everything_is_saved(saved_talk):
    window, path = saved_talk
    window.talk_view.save_to(path)
    window.talk_view.last_prompt = None
    assert window.close() and window.talk_view.last_prompt is None


def test_discard_then_cancelling_the_open_dialog_keeps_the_edits_unsaved(saved_talk, monkeypatch):
    window, path = saved_talk
    import briefing_app.ui.talk_view as talk_view

    monkeypatch.setattr(talk_view.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.talk_view.menu_actions["open"].trigger()
    answer(window.talk_view, BUTTON.Discard)  # then the user cancels the file dialog: nothing was replaced
    assert window.talk_view.occasion["en"].text() == "Board briefing" and window.talk_view.unsaved()
    assert window.talk_view.parentWidget().windowTitle().endswith(" *")
    window.close()
    assert window.isVisible() and window.talk_view.last_prompt.isVisible()  # still asked before closing
    answer(window.talk_view, BUTTON.Discard)
    assert not window.isVisible() and load_talk(path).occasion is None
