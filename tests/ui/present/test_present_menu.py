"""The Present menu: F5, Shift+F5 from the current tab's section, and resuming where Esc ended the show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

K = Qt.Key


class Host(QMainWindow):
    """A stand-in main window: exactly what the Present menu asks for (PresentHost), nothing more."""

    def __init__(self, pack, keys):
        super().__init__()
        self.pack, self.language = pack, "zh"
        self.tabs = QTabWidget()
        self.keys = keys
        for key in keys:
            self.tabs.addTab(QLabel(key), key)
        self.setCentralWidget(self.tabs)
        self.present_menu = self.menuBar().addMenu("Present")

    def current_key(self):
        return self.keys[self.tabs.currentIndex()]


@pytest.fixture
def window(qtbot, pack):
    from briefing_app.ui.present import attach
    from briefing_app.ui.present.present_menu import PresentHost

    win = Host(pack, ["overview", "industry", "corridor"])
    assert isinstance(win, PresentHost)
    win.presentation = attach(win)
    qtbot.addWidget(win)
    yield win
    if win.presentation.show is not None:
        win.presentation.show.end()


def action(win, shortcut: str):
    return next(a for a in win.present_menu.actions() if a.shortcut().toString() == shortcut)


def press(widget, key):
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))


def test_menu_has_the_present_actions(window):
    texts = [a.text() for a in window.present_menu.actions() if a.text()]
    assert texts[:2] == ["从头开始", "从当前幻灯片开始"]
    assert action(window, "F5") and action(window, "Shift+F5") and action(window, "Alt+F5")
    window.language = "en"
    window.present_menu.aboutToShow.emit()
    assert action(window, "F5").text() == "From &beginning"


def test_f5_starts_at_slide_one_and_shift_f5_at_the_current_tab(window, decks):
    window.tabs.setCurrentIndex(2)  # corridor
    action(window, "F5").trigger()
    show = window.presentation.show
    assert show.running and show.audience.isVisible() and show.audience.isFullScreen()
    assert show.audience.canvas.slide.number == 1
    press(show.audience, K.Key_Escape)
    window.tabs.setCurrentIndex(1)  # industry: a tab change since the end wins over resuming
    action(window, "Shift+F5").trigger()
    first_industry = next(s.number for s in decks["zh"].slides if s.section_id == "industry")
    assert window.presentation.show.audience.canvas.slide.number == first_industry


def test_escape_ends_and_shift_f5_resumes_where_it_ended(window):
    action(window, "F5").trigger()
    show = window.presentation.show
    for _ in range(6):
        press(show.audience, K.Key_PageDown)
    assert show.audience.canvas.slide.number == 7
    press(show.audience, K.Key_Escape)
    assert not show.running and not show.audience.isVisible()
    action(window, "Shift+F5").trigger()
    resumed = window.presentation.show
    assert resumed is not show and resumed.audience.canvas.slide.number == 7


def test_the_show_follows_the_window_language(window, decks):
    window.language = "en"
    action(window, "F5").trigger()
    show = window.presentation.show
    assert show.deck.lang == "en" and show.state.count == len(decks["en"].slides)
    assert show.audience.canvas.slide.title == decks["en"].slides[0].title


def test_audience_screen_menu_lists_automatic_and_every_screen(window):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    window.presentation.fill_screens(menu)
    names = [a.text() for a in menu.actions()]
    assert names[0].startswith("自动") and len(names) == 1 + len(QGuiApplication.screens())
    assert menu.actions()[0].isChecked()
    menu.actions()[1].trigger()
    assert window.presentation.audience_screen == QGuiApplication.screens()[0].name()


def test_an_open_talk_gives_f5_its_slides_title_line_and_countdown(window, tmp_path):
    """With a talk open in the window, F5 shows the talk's deck (order, appendix, occasion and date on the
    title) and the presenter's countdown runs for the talk's minutes, not the Talk length setting."""
    from briefing_app.deck.talk import load_talk

    path = tmp_path / "board.talk.yaml"
    path.write_text("format: briefing-talk/1\noccasion: {zh: 区委常委会专题汇报, en: District committee briefing}\n"
                    "date: 2026-12-03\nminutes: 12\nslides: [title, summary, timeline]\nappendix: [sources]\n",
                    encoding="utf-8")
    window.language = "en"
    window.talk = load_talk(path)
    action(window, "F5").trigger()
    show = window.presentation.show
    ids = [s.slide_id for s in show.deck.slides]
    assert ids[:3] == ["title", "summary", "timeline"] and ids[-1] == "sources" and "appendix" in ids
    title = show.audience.canvas.slide
    assert "District committee briefing" in " ".join(b.text for b in title.texts())
    assert "3 Dec 2026" in " ".join(b.text for b in title.texts()).replace("\u00a0", " ")  # no-break spaces
    assert show.timer.talk_seconds == 12 * 60
    assert show.presenter.view.talk.value() == 12
    press(show.audience, K.Key_Escape)
    window.talk = None
    action(window, "F5").trigger()
    assert window.presentation.show.timer.talk_seconds == window.presentation.talk_minutes * 60
    assert "timeline" in [s.slide_id for s in window.presentation.show.deck.slides][3:]
