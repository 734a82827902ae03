"""The Talk view: a slide sorter for one meeting's talk file; keys, undo, save/open, and F5 presenting it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.deck.talk import load_talk

from .talk_helpers import type_into


@pytest.fixture
def talk_window(window):
    window.talk_view.new_talk()
    window.talk_view.parentWidget().show()
    return window


def ids(view):
    return [view.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.list.count())]


def ticked(view) -> list[str]:
    return [view.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.list.count())
            if view.list.item(i).checkState() == Qt.CheckState.Checked]


def test_new_talk_lists_every_slide_of_the_default_deck_with_a_thumbnail(talk_window, pack):
    """The default deck's slides, ticked, in order; the slides only a talk shows (one section's named firms,
    a section on one slide, the data tables) unticked among them."""
    from briefing_app.deck.build import build_deck

    view = talk_window.talk_view
    deck_ids = list(dict.fromkeys(s.slide_id for s in build_deck(pack, "zh").slides if s.slide_id != "appendix"))
    assert ticked(view) == deck_ids
    extra = [i for i in ids(view) if i not in deck_ids]
    assert "tables" in extra and f"{pack.data.sections[0].id}-brief" in extra
    first = view.list.item(0)
    assert not first.icon().isNull() and first.checkState() == Qt.CheckState.Checked
    assert "[附录]" in view.list.item(view.list.count() - 1).text()  # sources: the default appendix
    assert talk_window.talk.slides[0] == "title" and "sources" in talk_window.talk.appendix
    assert not set(extra) & set(talk_window.talk.slides + talk_window.talk.appendix)


def test_a_big_packs_talk_lists_its_sections_long_form_to_pull_in(make_window, tmp_path):
    """A big pack's default talk shows one slide a section; its groups' and cards' slides are rows, unticked,
    after their section's slide; ticking one puts it in the talk's main part, after that section."""
    from bench.synthetic import write_synthetic
    from briefing_app.model import load_pack

    pack = load_pack(write_synthetic(tmp_path / "big", 4))
    window = make_window(pack)
    window.talk_view.new_talk()
    view = window.talk_view
    rows = ids(view)
    brief = f"{pack.data.sections[1].id}-brief"
    group = next(g.id for g in pack.data.groups if g.section == pack.data.sections[1].id)
    assert brief in ticked(view) and group in rows and group not in ticked(view)
    assert rows.index(brief) < rows.index(group)
    view.list.setCurrentRow(rows.index(group))
    view.act("toggle")
    slides = list(window.talk.slides)
    assert group in slides and slides.index(group) == slides.index(brief) + 1


def test_keys_reorder_toggle_and_undo(talk_window, qtbot):
    view = talk_window.talk_view
    view.list.setFocus()
    view.list.setCurrentRow(1)
    before = ids(view)
    qtbot.keyClick(view.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ids(view)[:3] == [before[0], before[2], before[1]] and view.list.currentRow() == 2
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    assert view.list.item(2).checkState() == Qt.CheckState.Unchecked
    assert before[1] not in talk_window.talk.slides  # F5 would leave it out now
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.list.item(2).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(view) == before
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ids(view)[1] == before[2]


def test_move_to_appendix_and_back(talk_window):
    view = talk_window.talk_view
    view.list.setCurrentRow(1)  # summary
    view.buttons["to_appendix"].click()
    assert "summary" in talk_window.talk.appendix and "summary" not in talk_window.talk.slides
    assert view.buttons["to_appendix"].text() == "移回正文"
    view.act("undo")
    assert "summary" in talk_window.talk.slides


def test_drag_reorder_is_one_undoable_edit(talk_window):
    view = talk_window.talk_view
    before = ids(view)
    view.list.model().moveRow(view.list.rootIndex(), 3, view.list.rootIndex(), 1)  # what a drop does
    assert ids(view)[1] == before[3] and list(talk_window.talk.slides[:2]) == ["title", before[3]]
    view.act("undo")
    assert ids(view) == before


def test_save_then_open_gives_the_same_talk(talk_window, tmp_path, pack, qtbot):
    view = talk_window.talk_view
    type_into(view.occasion["zh"], "区委常委会专题汇报")
    type_into(view.occasion["en"], "District <b>committee</b> briefing")
    type_into(view.date, "2026-12-03")
    type_into(view.presenter["zh"], "王主任")
    type_into(view.presenter["en"], "Director Wang")
    view.minutes.setValue(12)
    view.list.setCurrentRow(2)
    view.act("toggle")
    view.list.setCurrentRow(1)
    view.act("to_appendix")
    saved = talk_window.talk
    path = tmp_path / "board.talk.yaml"
    assert view.save_to(path)
    loaded = load_talk(path)
    for name in ("occasion", "date", "presenter", "minutes", "slides", "appendix", "lang"):
        assert getattr(loaded, name) == getattr(saved, name), name
    assert loaded.occasion["en"] == "District <b>committee</b> briefing"  # plain text, kept as typed
    assert "summary" in loaded.appendix and ids(view)[2] not in loaded.slides
    assert path.read_text(encoding="utf-8").startswith("format: briefing-talk/1\n")
    view.new_talk()
    assert view.open_talk(path)
    assert talk_window.talk.slides == saved.slides and talk_window.talk.appendix == saved.appendix
    assert view.date.text() == "2026-12-03" and view.minutes.value() == 12
    assert view.presenter["en"].text() == "Director Wang"


def test_a_bad_talk_file_is_refused_with_its_line_and_keeps_the_open_talk(talk_window, tmp_path):
    bad = tmp_path / "bad.talk.yaml"
    bad.write_text("format: briefing-talk/1\nslides: [title, no-such-slide]\n", encoding="utf-8")
    before = talk_window.talk
    assert not talk_window.talk_view.open_talk(bad)
    shown = talk_window.last_dialog.informativeText()  # the dialog the user sees: `check`'s lines
    assert shown.startswith(f"{bad}:2: slides[1]") and "no-such-slide" in shown
    assert talk_window.talk is before


def test_an_unreadable_talk_file_gets_one_line(talk_window, tmp_path):
    assert not talk_window.talk_view.open_talk(tmp_path / "missing.talk.yaml")
    box = talk_window.last_dialog
    assert box.text() == "无法打开演讲文件"  # what happened, then why, one line each
    assert "missing.talk.yaml" in box.informativeText() and "\n" not in box.informativeText()


def test_f5_in_the_window_presents_the_edited_talk(talk_window):
    view = talk_window.talk_view
    view.minutes.setValue(7)
    view.list.setCurrentRow(1)
    view.act("toggle")  # leave out the summary
    talk_window.presentation.start("begin")
    show = talk_window.presentation.show
    try:
        assert "summary" not in [s.slide_id for s in show.deck.slides]
        assert show.timer.talk_seconds == 7 * 60
    finally:
        show.end()


def test_the_view_follows_the_language(talk_window):
    view = talk_window.talk_view
    talk_window.set_language("en")
    assert view.buttons["to_appendix"].text() == "Move to appendix"
    assert talk_window.talk_menu.title() == "&Talk"
    assert "[appendix]" in view.list.item(view.list.count() - 1).text()


def test_a_bad_date_is_refused_in_one_line_and_the_old_one_kept(talk_window):
    view = talk_window.talk_view
    view.date.setText("2026-12-03")
    view.date.editingFinished.emit()
    view.date.setText("3 December")
    view.date.editingFinished.emit()
    assert view.date.text() == "2026-12-03" and talk_window.talk.date == "2026-12-03"
    assert talk_window.statusBar().currentMessage() == "日期应写成 年-月-日，例如 2026-12-03"
