"""The Present menu on the real main window: Shift+F5 starts at the slide of the tab being looked at."""

from __future__ import annotations

import pytest


@pytest.fixture
def main_window(qtbot, pack):
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.present.present_menu import PresentHost

    win = MainWindow(pack, lang="zh", persist=False)
    qtbot.addWidget(win)
    assert isinstance(win, PresentHost)  # the main window offers what the Present menu needs
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


def test_f5_on_the_main_window_starts_the_show(qtbot, main_window):
    """Reload's standard Refresh key is F5 on Linux; attach() takes F5 for the show (Ctrl+R still reloads)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    main_window.show()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    owners = [a.text() for a in main_window.findChildren(QAction)
              if any(s.toString() == "F5" for s in a.shortcuts())]
    assert owners == ["从头开始"]
    qtbot.keyClick(main_window, Qt.Key.Key_F5)
    show = main_window.presentation.show
    assert show is not None and show.running and show.audience.canvas.slide.number == 1
