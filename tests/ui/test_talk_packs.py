"""The Talk view over several packs: slides added from the Library's packs (one undo step, the talk's ids
becoming `key:slide-id`), series slides, save and open, F5; `open TALK` and `present TALK` from the command line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.deck.talk import load_talk

from ..deck.series_packs import QINGCEN, QINGCEN_2023, QINGCEN_2024


def ids(view):
    return [view.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.list.count())]


@pytest.fixture
def talk_window(window):
    window.open_library(QINGCEN)
    window.talk_view.new_talk()
    window.talk_view.parentWidget().show()
    return window


def test_the_pack_menu_lists_the_librarys_packs(talk_window):
    view = talk_window.talk_view
    menu = view.add_menus["add_pack_button"]
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert any("qingcen-2023.yaml" in t for t in texts) and any("qingcen-2024.yaml" in t for t in texts)


def test_adding_a_packs_slides_makes_a_talk_over_several_packs_in_one_undo_step(talk_window):
    view = talk_window.talk_view
    before = ids(view)
    assert view.add_pack(QINGCEN_2024)
    after = ids(view)
    assert after[:4] == ["title", "summary", "agenda", "songjiang-g60:overview"]  # the window's pack, now keyed
    added = [i for i in after if i.startswith("qingcen-2024:")]
    assert "qingcen-2024:overview" in added and "qingcen-2024:gdp-structure" in added
    assert all(view.list.item(after.index(i)).checkState() == Qt.CheckState.Unchecked for i in added)
    talk = talk_window.talk
    assert talk.several and set(talk.packs) == {"songjiang-g60", "qingcen-2024"}
    assert not any(i.startswith("qingcen-2024:") for i in talk.slides)  # unticked until chosen
    assert not view.add_pack(QINGCEN_2024)  # once only
    view.act("undo")
    assert ids(view) == before and talk_window.talk.packs is None and not talk_window.talk.several
    view.act("redo")
    assert ids(view) == after


def test_a_three_pack_talk_with_a_series_saves_opens_and_presents(talk_window, tmp_path):
    view = talk_window.talk_view
    view.add_pack(QINGCEN_2023)
    view.add_pack(QINGCEN_2024)
    rows = ids(view)
    view.list.setCurrentRow(rows.index("qingcen-2024:overview"))
    view.act("toggle")
    menu = view.add_menus["add_series_button"]
    menu.aboutToShow.emit()
    gdp = next(a for a in menu.actions() if "(gdp, 3)" in a.text())
    gdp.trigger()
    assert ids(view)[rows.index("qingcen-2024:overview") + 1] == "series:gdp"
    view.title["zh"].setText("三份材料")
    view.title["zh"].textEdited.emit("三份材料")
    path = tmp_path / "meeting" / "three.talk.yaml"
    path.parent.mkdir()
    assert view.save_to(path)
    text = path.read_text(encoding="utf-8")
    assert "packs:" in text and "pack:" not in text.replace("packs:", "") and "title: {zh: 三份材料}" in text
    loaded = load_talk(path)
    assert loaded.slides == talk_window.talk.slides and loaded.title == {"zh": "三份材料"}
    assert {k: p.resolve() for k, p in loaded.packs.items()} == {k: p.resolve() for k, p in talk_window.talk.packs.items()}
    view.new_talk()
    assert view.open_talk(path)
    assert talk_window.talk.slides == loaded.slides and view.title["zh"].text() == "三份材料"
    talk_window.presentation.start("begin")
    show = talk_window.presentation.show
    try:
        shown = [s.slide_id for s in show.deck.slides]
        assert "series:gdp" in shown and "qingcen-2024:overview" in shown
        assert show.deck.title == "三份材料"
        sources = next(s for s in show.deck.slides if s.slide_id == "sources")
        # the talk's own slides name every source once (both bulletins have the same one)
        assert show.deck.footer_text(sources) == "数据来源：中共上海市松江区委宣传部、青岑市统计局（虚构示例）"
    finally:
        show.end()


def test_open_talk_and_present_talk_from_the_command_line(qapp, family, tmp_path):
    from briefing_app.ui.app import fill_window
    from briefing_app.ui.main_window import MainWindow

    path = tmp_path / "t.talk.yaml"
    path.write_text(f"format: briefing-talk/1\npacks: {{a: {QINGCEN_2023}, b: {QINGCEN_2024}}}\n"
                    "slides: [title, b:overview, series:gdp]\n", encoding="utf-8")
    window = MainWindow(None, family=family, persist=False)
    try:
        assert fill_window(window, None, talk=path, present=True)
        assert window.pack.path.name == "qingcen-2024.yaml"  # the pack of the talk's first slide
        assert window.talk_view.path == path and window.talk_view.parentWidget().isVisibleTo(window)
        qapp.processEvents()
        show = window.presentation.show
        assert show is not None and show.running
        assert [s.slide_id for s in show.deck.slides][:3] == ["title", "b:overview", "series:gdp"]
        show.end()
    finally:
        window.close()
        window.deleteLater()


def test_a_bad_talk_on_the_command_line_says_why_and_presents_nothing(qapp, family, tmp_path, capsys):
    from briefing_app.ui.app import fill_window
    from briefing_app.ui.main_window import MainWindow

    path = tmp_path / "t.talk.yaml"
    path.write_text(f"format: briefing-talk/1\npack: {QINGCEN_2024}\nslides: [title, nosuch]\n", encoding="utf-8")
    window = MainWindow(None, family=family, persist=False)
    try:
        fill_window(window, None, talk=path, present=True)
        qapp.processEvents()
        assert f"{path}:3: slides[1]" in capsys.readouterr().err
        assert window.presentation.show is None
    finally:
        window.close()
        window.deleteLater()


def test_open_and_present_hand_a_talk_file_to_the_app(monkeypatch, tmp_path):
    from briefing_app.cli import main

    calls = []
    monkeypatch.setattr("briefing_app.ui.app.run_app", lambda **kw: calls.append(kw) or 0)
    talk = tmp_path / "board.talk.yaml"
    talk.write_text(f"format: briefing-talk/1\npack: {QINGCEN_2024}\n", encoding="utf-8")
    assert main(["open", str(talk)]) == 0 and main(["present", str(talk)]) == 0
    assert main(["open", str(QINGCEN_2024)]) == 0 and main(["present", str(QINGCEN_2024)]) == 0
    assert [(c.get("talk"), c.get("pack_path"), c.get("present")) for c in calls] == [
        (talk, None, False), (talk, None, True), (None, QINGCEN_2024, False), (None, QINGCEN_2024, True)]


def test_on_a_laptop_the_talk_fields_leave_the_slide_list_room(talk_window, qtbot):
    """At 1366×768, over several packs (five fields in two languages), the slide list keeps half the dock."""
    talk_window.resize(1366, 728)
    view = talk_window.talk_view
    view.add_pack(QINGCEN_2024)
    qtbot.waitUntil(lambda: view.title["zh"].isVisible())
    dock = view.parentWidget()
    assert view.list.height() >= dock.height() / 2, (view.list.height(), dock.height())
    assert view.title["zh"].y() == view.title["en"].y()  # side by side, each still named for a screen reader
    assert view.occasion["en"].accessibleName() == "场合（英文）"


def test_the_pack_menu_offers_a_pack_in_the_talk_but_does_not_add_it_twice(talk_window):
    view = talk_window.talk_view
    menu = view.add_menus["add_pack_button"]
    menu.aboutToShow.emit()
    enabled = {a.text().rpartition("(")[2].rstrip(")"): a.isEnabled() for a in menu.actions()}
    assert enabled["songjiang-g60.yaml"] is False and enabled["qingcen-2024.yaml"] is True
    view.add_pack(QINGCEN_2024)
    menu.aboutToShow.emit()
    assert not next(a for a in menu.actions() if "qingcen-2024.yaml" in a.text()).isEnabled()
