"""No lost update for talk files: a change made to the talk file on disk while the Talk view has unsaved
edits survives the view's Save; when both changed the same field, nothing is written, one line says so and
Compare… shows both files. The outside writes are those of tests/ui/editing/test_lost_update.py."""

from __future__ import annotations

import pytest

from briefing_app.deck.talk import load_talk
from tests.ui.editing.test_lost_update import WRITES, outside

from .talk_helpers import type_into


@pytest.fixture
def talk(make_window, tmp_path, pack):
    """A saved talk, then an unsaved edit in the view (the English occasion typed)."""
    window = make_window(pack, lang="en")
    view = window.talk_view
    view.new_talk()
    view.parentWidget().show()
    path = tmp_path / "board.talk.yaml"
    assert view.save_to(path)
    type_into(view.occasion["en"], "Board briefing")
    assert view.unsaved()
    return window, view, path


@pytest.mark.parametrize("how", list(WRITES))
def test_an_outside_change_to_other_fields_survives_the_views_save(talk, how):
    window, view, path = talk
    outside(path, "minutes: 15", "minutes: 25", WRITES[how])
    first = load_talk(path).slides[1]
    outside(path, f", {first},", ",", WRITES[how])  # and a slide dropped
    assert view.save()
    saved = load_talk(path)
    assert saved.occasion == {"en": "Board briefing"} and saved.minutes == 25 and first not in saved.slides
    assert view.minutes.value() == 25 and not view.unsaved()  # the view shows the file's changes too
    assert window.statusBar().currentMessage() == "Talk saved: board.talk.yaml, with the changes made to it on disk kept"


@pytest.mark.parametrize("how", list(WRITES))
def test_both_changing_the_same_field_is_a_conflict_and_nothing_is_lost(talk, how):
    window, view, path = talk
    outside(path, "minutes: 15", "minutes: 25\noccasion: {en: Council meeting}", WRITES[how])
    on_disk = path.read_bytes()
    assert not view.save()
    assert path.read_bytes() == on_disk and view.unsaved()
    assert view.occasion["en"].text() == "Board briefing"  # the edit, kept
    assert window.statusBar().currentMessage() == ("Not saved: board.talk.yaml changed on disk where this edit "
                                                   "changed it; your edit is kept — Compare…")
    dialog = view.sync.notice.compare()
    lines = dialog.diff.toPlainText().splitlines()
    changed = [line for line in lines if line[:1] in "+-" and line[:3] not in ("---", "+++")]
    assert changed == ["+occasion: {en: Board briefing}", "-occasion: {en: Council meeting}"]
    dialog.mine.click()
    saved = load_talk(path)
    assert saved.occasion == {"en": "Board briefing"} and saved.minutes == 25  # the file's other change kept
    assert not view.unsaved() and not view.sync.notice.button.isVisible()


def test_keeping_the_file_takes_its_field_and_keeps_the_other_edits_unsaved(talk):
    window, view, path = talk
    type_into(view.presenter["en"], "Director Li")
    outside(path, "minutes: 15", "minutes: 15\noccasion: {en: Council meeting}", WRITES["editor"])
    on_disk = path.read_bytes()
    assert not view.save()
    view.sync.notice.compare().theirs.click()
    assert path.read_bytes() == on_disk
    assert view.occasion["en"].text() == "Council meeting" and view.presenter["en"].text() == "Director Li"
    assert view.unsaved()
    assert view.save()
    saved = load_talk(path)
    assert saved.occasion == {"en": "Council meeting"} and saved.presenter == {"en": "Director Li"}


def test_a_talk_file_broken_on_disk_is_never_written_over_silently(talk):
    window, view, path = talk
    WRITES["sync"](path, "format: briefing-talk/1\nminutes: [half an hour\n")
    on_disk = path.read_bytes()
    assert not view.save()
    assert path.read_bytes() == on_disk
    assert "Not saved: board.talk.yaml" in window.statusBar().currentMessage()
    view.sync.notice.compare().mine.click()  # the person chooses the view's talk
    assert load_talk(path).occasion == {"en": "Board briefing"}
