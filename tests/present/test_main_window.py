"""attach() on the real main window: Shift+F5 starts at the slide of the tab being looked at."""

from __future__ import annotations

import pytest


@pytest.fixture
def main_window(qtbot, pack):
    main_window = pytest.importorskip("briefing_app.ui.main_window")
    from briefing_app.ui.present import attach

    win = main_window.MainWindow(pack, lang="zh", persist=False)
    qtbot.addWidget(win)
    attach(win)
    yield win
    if win.presentation.show is not None:
        win.presentation.show.end()


@pytest.mark.parametrize("tab,kind_or_section", [("corridor", "corridor"), ("timeline", "timeline"),
                                                 ("source", "sources")])
def test_shift_f5_starts_at_the_current_tab(main_window, decks, tab, kind_or_section):
    assert main_window.select_tab(tab)
    start = next(a for a in main_window.present_menu.actions() if a.shortcut().toString() == "Shift+F5")
    start.trigger()
    slide = main_window.presentation.show.audience.canvas.slide
    assert kind_or_section in (slide.section_id, slide.kind)
    first = next(s for s in decks["zh"].slides if kind_or_section in (s.section_id, s.kind))
    assert slide.number == first.number
