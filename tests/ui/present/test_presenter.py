"""The presenter view: notes, next slide, timers, private browsing, figure sources and the quote overlay."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.ui.present.conftest import image_of

K = Qt.Key


def showing(deck, figure_id: str) -> list[int]:
    """The numbers of the slides that show `figure_id`."""
    return [s.number for s in deck.slides if figure_id in s.figure_ids]


def chart_of(deck, figure_id: str) -> int:
    return next(s.number for s in deck.slides if s.kind == "chart" and figure_id in s.figure_ids)


def press(widget, key, text: str = "", mods=Qt.KeyboardModifier.NoModifier):
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))


def test_notes_next_slide_and_position_follow_the_show(make_show, decks):
    deck = decks["zh"]
    n = chart_of(deck, "biomed-firms")
    show = make_show(start=n, rehearse=True)
    view = show.presenter.view
    assert show.presenter.isVisible()
    assert view.current.slide.number == n
    assert view.next_canvas.slide.number == n + 1
    assert view.notes.toPlainText() == deck.slides[n - 1].notes
    assert "3109" in view.notes.toPlainText()  # the notes cite the verbatim quote behind the slide
    assert view.position.text() == f"第 {n} / {len(deck.slides)} 页"
    press(show.audience, K.Key_End)
    assert view.notes.toPlainText() == deck.slides[-1].notes
    assert view.next_canvas.slide is None and view.next_canvas.caption == "演示结束"


def test_notes_font_size_is_adjustable(make_show):
    show = make_show(start=3)
    view = show.presenter.view
    before = view.notes.font().pixelSize()
    press(show.presenter, K.Key_Plus, "+")
    assert view.notes.font().pixelSize() > before
    press(show.presenter, K.Key_Minus, "-")
    press(show.presenter, K.Key_Minus, "-")
    assert view.notes.font().pixelSize() < before


def test_timer_counts_pauses_and_counts_down_with_the_injected_clock(make_show, clock):
    show = make_show(lang="en", talk_minutes=10)
    view = show.presenter.view
    clock.advance(65)
    view.tick()
    assert view.elapsed.text() == "1:05"
    assert view.remaining.text() == "8:55 left"
    assert view.clock.text() == "14:05"
    press(show.presenter, K.Key_T, "t")
    clock.advance(600)
    view.tick()
    assert view.elapsed.text() == "1:05"  # paused
    assert view.pause_btn.text().startswith("Resume")
    press(show.presenter, K.Key_T, "t")
    clock.advance(7 * 60 + 55)
    view.tick()
    assert view.elapsed.text() == "9:00"
    assert view.progress.value() == 900
    assert "#B7791F" in view.progress.styleSheet()  # amber in the last fifth
    clock.advance(90)
    view.tick()
    assert view.remaining.text() == "−0:30 left"
    assert "#C8102E" in view.progress.styleSheet()  # red once over time


def test_private_browsing_leaves_the_audience_slide_unchanged(make_show, decks):
    show = make_show(start=4)
    before = image_of(show.audience.canvas)
    ctrl = Qt.KeyboardModifier.ControlModifier
    press(show.presenter, K.Key_Right, mods=ctrl)
    press(show.presenter, K.Key_Right, mods=ctrl)
    view = show.presenter.view
    assert view.current.slide.number == 6
    assert view.notes.toPlainText() == decks["zh"].slides[5].notes
    assert "第 6 页" in view.banner.text() and "第 4 页" in view.banner.text()
    assert show.audience.canvas.slide.number == 4
    assert image_of(show.audience.canvas) == before
    press(show.presenter, K.Key_Escape)  # back to the current slide, the show goes on
    assert show.running and view.current.slide.number == 4
    press(show.presenter, K.Key_Right, mods=ctrl)
    press(show.presenter, K.Key_Return)  # show the previewed slide to the audience
    assert show.audience.canvas.slide.number == 5 and view.current.slide.number == 5


def _click_figure(qtbot, show, figure_id):
    """Click the presenter's current-slide pane where `figure_id` is drawn."""
    from briefing_app.ui.present.hittest import figure_boxes
    from briefing_app.ui.present.slide_painter import to_slide
    from PySide6.QtCore import QRectF

    canvas = show.presenter.view.current
    box = figure_boxes(canvas.slide, figure_id)[0]
    point = to_slide(canvas.deck, QRectF(canvas.rect())).map(box.center())
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())


def test_clicking_a_figure_shows_its_source_and_q_puts_the_quote_on_screen(qtbot, make_show, pack, decks):
    chart = chart_of(decks["zh"], "biomed-firms")
    show = make_show(start=chart, rehearse=True)  # the biomedicine chart: bars carry figure ids
    show.presenter.resize(1400, 900)
    qtbot.waitUntil(lambda: show.presenter.view.current.width() > 300)
    fig = pack.figure("biomed-firms")
    _click_figure(qtbot, show, "biomed-firms")
    text = show.presenter.view.figure.text()
    assert fig.quote in text and "2023" in text and "精确" in text
    assert show.audience.canvas.slide.number == chart  # a click in the presenter view does not advance
    assert show.audience.canvas.overlay is None
    before = image_of(show.audience.canvas)
    press(show.presenter, K.Key_Q, "q")
    overlay = show.audience.canvas.overlay
    assert overlay is not None and overlay.quote == fig.quote and overlay.value == "3109家"
    assert image_of(show.audience.canvas) != before
    press(show.presenter, K.Key_Q, "q")
    assert show.audience.canvas.overlay is None
    press(show.presenter, K.Key_Q, "q")
    press(show.presenter, K.Key_Right)
    assert show.audience.canvas.overlay is None  # the next slide starts clean
    assert show.presenter.view.figure.text() == "点击当前幻灯片上的数字，查看原文出处"


def test_clicking_beside_the_figures_clears_the_selection(qtbot, make_show, decks):
    show = make_show(start=chart_of(decks["zh"], "ic-firms"), rehearse=True)
    show.presenter.resize(1400, 900)
    qtbot.waitUntil(lambda: show.presenter.view.current.width() > 300)
    _click_figure(qtbot, show, "ic-firms")
    assert show.private.selected == "ic-firms"
    canvas = show.presenter.view.current
    from briefing_app.ui.present.slide_painter import slide_rect
    from PySide6.QtCore import QRectF
    corner = slide_rect(canvas.deck, QRectF(canvas.rect())).topLeft().toPoint() + QPoint(3, 3)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=corner)
    assert show.private.selected is None and not show.presenter.view.quote_btn.isEnabled()


def test_quote_key_does_nothing_without_a_figure_on_the_audience_slide(make_show):
    show = make_show(start=2)
    press(show.presenter, K.Key_Q, "q")
    assert show.audience.canvas.overlay is None
    assert not show.presenter.view.quote_btn.isEnabled()


def test_figure_finder_previews_privately_then_jumps(qtbot, make_show, pack, decks):
    first, second = showing(decks["zh"], "biomed-firms")[:2]
    show = make_show(start=2)
    press(show.audience, K.Key_F, "f")
    finder = show.presenter.finder
    assert show.presenter.isVisible() and show.presenter.stack.currentWidget() is finder
    qtbot.keyClicks(finder.query, "3109")
    slides = {h.slide for h in finder.hits}
    assert {first, second} <= slides
    assert any(pack.figure("biomed-firms").quote in finder.results.item(i).text()
               for i in range(finder.results.count()))
    assert finder.preview.slide.number == first and finder.preview.highlight == "biomed-firms"
    assert show.audience.canvas.slide.number == 2  # previewing is private
    qtbot.keyClick(finder.query, K.Key_Down)
    assert finder.preview.slide.number == second
    qtbot.keyClick(finder.query, K.Key_Up)
    qtbot.keyClick(finder.query, K.Key_Return)
    assert show.audience.canvas.slide.number == first
    assert show.presenter.stack.currentWidget() is show.presenter.view


def test_figure_finder_matches_names_in_both_languages_and_grouped_digits(qtbot, make_show, decks):
    chart = chart_of(decks["en"], "biomed-firms")
    show = make_show(lang="en", start=1)
    show.do("find")
    finder = show.presenter.finder
    for query in ("生物医药", "3,109", "biomedicine"):
        finder.query.setText(query)
        assert any(h.figure_id == "biomed-firms" and h.slide == chart for h in finder.hits), query
    finder.query.setText("no such thing 987654")
    assert finder.hits == [] and finder.count.text() == "Nothing found"
    qtbot.keyClick(finder.query, K.Key_Escape)
    assert show.running and show.presenter.stack.currentWidget() is show.presenter.view


def test_presenter_overview_is_private(make_show):
    show = make_show(start=3, rehearse=True)
    press(show.presenter, K.Key_G, "g")
    assert show.presenter.stack.currentWidget() is show.presenter.overview
    assert show.audience.stack.currentWidget() is show.audience.canvas
    show.presenter.overview.setCurrentRow(9)
    press(show.presenter.overview, K.Key_Return)
    assert show.audience.canvas.slide.number == 10


def test_presenter_window_toggles_and_unplugging_a_screen_keeps_the_show(qtbot, make_show):
    show = make_show(start=3)
    assert not show.presenter.isVisible()  # one screen: the audience only
    press(show.audience, K.Key_V, "v")
    assert show.presenter.isVisible()
    press(show.audience, K.Key_V, "v")
    assert not show.presenter.isVisible()
    show._screens_changed(None)
    qtbot.wait(20)
    assert show.running and show.audience.isVisible() and show.audience.canvas.slide.number == 3
    press(show.audience, K.Key_S, "s")  # swap with one screen: nothing breaks
    assert show.audience.isVisible()


def test_screen_share_mode_uses_ordinary_windows(make_show):
    show = make_show(start=2, mode="window")
    assert show.audience.isVisible() and not show.audience.isFullScreen()
    assert show.presenter.isVisible()
    assert show.audience.canvas.slide.number == 2


def test_talk_length_spinbox_sets_the_countdown(make_show, clock):
    show = make_show(lang="en", talk_minutes=20)
    view = show.presenter.view
    view.talk.setValue(5)
    clock.advance(4 * 60 + 30)
    view.tick()
    assert view.remaining.text() == "0:30 left"
    assert "#B7791F" in view.progress.styleSheet()
