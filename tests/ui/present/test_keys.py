"""Every show key, as the audience sees the result on the audience window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

K = Qt.Key
NEXT_KEYS = [K.Key_Right, K.Key_Down, K.Key_Space, K.Key_PageDown, K.Key_Return, K.Key_Enter, K.Key_N]
PREVIOUS_KEYS = [K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P]


def press(widget, key, text: str = "", autorepeat: bool = False, mods=Qt.KeyboardModifier.NoModifier):
    event = QKeyEvent(QEvent.Type.KeyPress, key, mods, text, autorepeat)
    QApplication.sendEvent(widget, event)


def shown(show) -> int:
    """The number of the slide the audience canvas paints."""
    return show.audience.canvas.slide.number


@pytest.mark.parametrize("key", NEXT_KEYS)
def test_next_keys_advance_one_slide(make_show, key):
    show = make_show(start=3)
    press(show.audience, key)
    assert shown(show) == 4


@pytest.mark.parametrize("key", PREVIOUS_KEYS)
def test_previous_keys_go_back_one_slide(make_show, key):
    show = make_show(start=3)
    press(show.audience, key)
    assert shown(show) == 2


def test_keys_work_from_the_presenter_window_too(make_show):
    show = make_show(start=3)
    press(show.presenter, K.Key_PageDown)
    assert shown(show) == 4
    press(show.presenter, K.Key_PageUp)
    assert shown(show) == 3


def test_auto_repeat_does_not_race_through_slides(make_show):
    show = make_show(start=2)
    press(show.audience, K.Key_Right)
    for _ in range(10):
        press(show.audience, K.Key_Right, autorepeat=True)
    assert shown(show) == 3
    for _ in range(10):
        press(show.audience, K.Key_Left, autorepeat=True)
    assert shown(show) == 3


def test_home_end_and_the_ends_of_the_deck(make_show, decks):
    show = make_show(start=5)
    press(show.audience, K.Key_End)
    assert shown(show) == len(decks["zh"].slides)
    press(show.audience, K.Key_Right)
    assert shown(show) == len(decks["zh"].slides)
    press(show.audience, K.Key_Home)
    assert shown(show) == 1
    press(show.audience, K.Key_Left)
    assert shown(show) == 1


def test_number_then_enter_jumps(make_show, decks):
    show = make_show()
    press(show.audience, K.Key_1, "1")
    press(show.audience, K.Key_2, "2")
    assert shown(show) == 1
    assert "12" in show.presenter.view.banner.text()
    press(show.audience, K.Key_Return)
    assert shown(show) == 12
    assert show.audience.canvas.slide.title == decks["zh"].slides[11].title
    press(show.audience, K.Key_7, "7")
    press(show.audience, K.Key_Backspace)  # deletes the digit instead of going back
    press(show.audience, K.Key_5, "5")
    press(show.audience, K.Key_Enter)
    assert shown(show) == 5
    press(show.audience, K.Key_9, "9")
    press(show.audience, K.Key_9, "9")
    press(show.audience, K.Key_Return)
    assert shown(show) == len(decks["zh"].slides)


@pytest.mark.parametrize("keys,kind", [((K.Key_B, "b"), "black"), ((K.Key_Period, "."), "black"),
                                       ((K.Key_W, "w"), "white"), ((K.Key_Comma, ","), "white")])
def test_blank_screen_toggles_back(make_show, keys, kind):
    from tests.ui.present.conftest import image_of

    show = make_show(start=3)
    press(show.audience, *keys)
    assert show.audience.canvas.blank == kind
    img = image_of(show.audience.canvas)
    centre = img.pixelColor(img.width() // 2, img.height() // 2)
    assert (centre.lightness() > 250) if kind == "white" else (centre.lightness() < 5)
    assert kind in show.presenter.view.banner.text() or ("黑屏" if kind == "black" else "白屏") in \
        show.presenter.view.banner.text()
    press(show.audience, *keys)
    assert show.audience.canvas.blank is None
    assert shown(show) == 3


def test_next_on_a_blank_screen_brings_the_slide_back_first(make_show):
    show = make_show(start=3)
    press(show.audience, K.Key_B, "b")
    press(show.audience, K.Key_PageDown)
    assert show.audience.canvas.blank is None and shown(show) == 3
    press(show.audience, K.Key_PageDown)
    assert shown(show) == 4


@pytest.mark.parametrize("key", [K.Key_G, K.Key_Tab])
def test_overview_grid_picks_a_slide(make_show, decks, key):
    show = make_show(start=2)
    press(show.audience, key, "g")
    grid = show.audience.overview
    assert show.audience.stack.currentWidget() is grid
    assert grid.count() == len(decks["zh"].slides)
    assert grid.currentRow() == 1
    assert grid.item(6).text().endswith(decks["zh"].slides[6].title)
    grid.setCurrentRow(6)
    press(grid, K.Key_Return)
    assert show.audience.stack.currentWidget() is show.audience.canvas
    assert shown(show) == 7


def test_escape_closes_the_overview_before_ending(make_show):
    show = make_show(start=2)
    press(show.audience, K.Key_G, "g")
    press(show.audience.overview, K.Key_Escape)
    assert show.running and show.audience.stack.currentWidget() is show.audience.canvas
    press(show.audience, K.Key_Escape)
    assert not show.running


def test_f5_from_a_clicker_during_the_show_changes_nothing(make_show):
    show = make_show(start=4)
    press(show.audience, K.Key_F5)
    assert show.running and shown(show) == 4


def test_mouse_click_and_wheel(qtbot, make_show):
    show = make_show(start=3)
    show.audience.resize(960, 540)
    canvas = show.audience.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().center())
    assert shown(show) == 4
    qtbot.mouseClick(canvas, Qt.MouseButton.RightButton, pos=canvas.rect().center())
    assert shown(show) == 3

    def wheel(dy):
        event = QWheelEvent(QPointF(100, 100), QPointF(100, 100), QPoint(0, 0), QPoint(0, dy),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(show.audience, event)

    wheel(-120)
    assert shown(show) == 4
    wheel(60)
    assert shown(show) == 4  # half a notch does nothing yet
    wheel(60)
    assert shown(show) == 3
