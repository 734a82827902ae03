"""Back and Forward like a browser: across tab changes and figure jumps, by Alt+←/→, the mouse's side buttons
and the toolbar, restoring the scroll position; the status bar drops its quote when you leave."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from briefing_app.ui.history import History, Place
from briefing_app.ui.widgets import FigureCard

from tests.ui.helpers import page


def side_button(widget, button):
    for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, QPointF(5, 5), widget.mapToGlobal(QPointF(5, 5)), button, button,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def test_back_returns_from_a_figure_jump_to_the_scrolled_place(window, pack, qtbot):
    window.resize(1229, 691)
    window.select_tab("industry")
    industry = page(window, "industry")
    QApplication.processEvents()
    bar = industry.verticalScrollBar()
    assert bar.maximum() > 300
    bar.setValue(300)
    card = next(c for c in industry.findChildren(FigureCard))
    card.activated.emit(card.quote)  # what a click does
    assert window.current_key() == "source"
    assert window.statusBar().currentMessage() == card.quote
    assert window.actions_by_key["back"].isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_key() == "industry"
    assert bar.value() == 300
    assert window.statusBar().currentMessage() == ""  # the quote left with Source
    assert window.actions_by_key["forward"].isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_key() == "source"
    assert window.source_tab.selected_text() == card.quote


def test_mouse_side_buttons_and_toolbar_walk_the_tabs(window, qtbot):
    for key in ("industry", "timeline", "data"):
        window.select_tab(key)
    target = window.data_tab.table.viewport()
    side_button(target, Qt.MouseButton.BackButton)
    assert window.current_key() == "timeline"
    side_button(page(window, "timeline").viewport(), Qt.MouseButton.BackButton)
    assert window.current_key() == "industry"
    side_button(page(window, "industry").viewport(), Qt.MouseButton.ForwardButton)
    assert window.current_key() == "timeline"
    toolbar = window.nav_toolbar
    back_button = toolbar.widgetForAction(window.actions_by_key["back"])
    qtbot.mouseClick(back_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "industry"
    window.select_tab("source")  # a new visit drops the forward places
    assert not window.actions_by_key["forward"].isEnabled()


def test_history_drops_forward_places_on_a_new_visit():
    h = History()
    for tab in ("a", "b", "c"):
        h.visit(Place(tab))
    assert h.go(-1).tab == "b" and h.go(-1).tab == "a" and h.go(-1) is None
    h.visit(Place("d"))
    assert [p.tab for p in h.places] == ["a", "d"] and not h.can_go(1)


def test_side_buttons_work_over_cards_and_chips_too(window):
    from briefing_app.ui.widgets import Chip

    window.select_tab("overview")
    window.select_tab("industry")
    card = page(window, "industry").findChildren(FigureCard)[0]
    side_button(card, Qt.MouseButton.BackButton)  # the card ignores it; it reaches the page's viewport
    assert window.current_key() == "overview"
    window.select_tab("timeline")
    chip = page(window, "timeline").findChildren(Chip)[0]
    side_button(chip, Qt.MouseButton.BackButton)
    assert window.current_key() == "overview"
