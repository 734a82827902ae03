"""The Library's Series view: an indicator across the Library's packs as its slide and a table; a click on a
point (or a row) gives its quote; each point opens its own article at its own quote; export; add to talk."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from ..deck.series_packs import QINGCEN


@pytest.fixture
def series_view(window):
    library = window.open_library(QINGCEN)
    library.lower.setCurrentWidget(library.series_view)
    view = library.series_view
    keys = [view.keys.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.keys.count())]
    view.keys.setCurrentRow(keys.index("gdp"))
    view.resize(1400, 900)
    view.show()
    return view


def test_the_library_lists_its_series_and_shows_every_value_marked(series_view):
    view = series_view
    assert view.keys.count() == 28 and "地区生产总值" in view.keys.currentItem().text()
    model = view.model
    rows = [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [r[:4] for r in rows] == [["2023年", "青岑市", "4812.6亿元", "后经修订"],
                                     ["2023年", "青岑市", "4936.2亿元", "修订后"],
                                     ["2024年", "青岑市", "5106.8亿元", ""]]
    assert view.canvas.slide.slide_id == "series:gdp"


def test_a_click_on_a_point_of_the_chart_shows_its_own_quote(series_view, qtbot):
    from briefing_app.deck.slides import Chart
    from briefing_app.ui.present.chart_painter import layout
    from briefing_app.ui.present.slide_painter import to_slide

    view = series_view
    chart = next(i for i in view.canvas.slide.items if isinstance(i, Chart))
    to_widget = to_slide(view.deck, view.canvas.rect().toRectF())
    for marker, point in layout(chart).bars:
        where = to_widget.map(marker.center()).toPoint()
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=where)
        chosen = view.series.points[view.current_row()]
        assert chosen.figure_id == point.figure_id
        assert f"「{chosen.quote}」" in view.quote.text()
        assert f"《{chosen.pack.data.article.title}》" in view.quote.text()  # its own article


def test_open_in_its_article_shows_the_points_pack_at_its_quote(series_view, window):
    view = series_view
    view.choose("qingcen-2023:gdp")
    view.buttons["open"].click()
    assert window.pack.path.name == "qingcen-2023.yaml" and window.current_key() == "source"
    assert window.statusBar().currentMessage() == "初步核算，全年全市地区生产总值4812.6亿元"
    view.open_point(1)  # the revision is in the other bulletin
    assert window.pack.path.name == "qingcen-2024.yaml"
    assert window.page("source").selected_text() == "经最终核实，2023年全市地区生产总值修订为4936.2亿元"


def test_export_writes_the_series(series_view, tmp_path):
    assert series_view.export_to(tmp_path / "gdp.csv") == 3
    rows = list(csv.DictReader((tmp_path / "gdp.csv").open(encoding="utf-8-sig")))
    assert [r["display_zh"] for r in rows] == ["4812.6亿元", "4936.2亿元", "5106.8亿元"]


def test_add_to_talk_brings_the_series_and_its_packs(series_view, window):
    series_view.buttons["to_talk"].click()
    talk = window.talk
    assert "series:gdp" in talk.slides and talk.several
    assert {p.name for p in talk.packs.values()} >= {"qingcen-2023.yaml", "qingcen-2024.yaml"}
    window.presentation.start("begin")
    show = window.presentation.show
    try:
        number = next(s.number for s in show.deck.slides if s.slide_id == "series:gdp")
        show.goto(number)
        show.select_figure("qingcen-2023:gdp")  # a click in the presenter view
        assert "初步核算，全年全市地区生产总值4812.6亿元" in show.presenter.view.figure.text()
    finally:
        show.end()


def test_a_library_without_series_says_so(window, tmp_path):
    library = window.open_library(tmp_path)
    view = library.series_view
    assert view.keys.count() == 0 and not view.empty.isHidden()
    assert view.empty.text().startswith("还没有指标序列：") and "series" in view.empty.text()  # and what to do
    assert view.split.isHidden()  # no empty list, blank slide, empty table or greyed buttons around it
    library.load(QINGCEN)
    assert view.empty.isHidden() and not view.split.isHidden()


def test_on_a_laptop_the_library_shows_every_point_of_a_series(window):
    """At 1366×768 the Library takes most of the screen and the points table keeps its rows in view."""
    from PySide6.QtCore import QRect

    library = window.open_library(QINGCEN)
    library.place(QRect(0, 0, 1366, 738))
    assert library.width() >= 1200 and library.height() >= 650
    library.lower.setCurrentWidget(library.series_view)
    library.show()
    view = library.series_view
    keys = [view.keys.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.keys.count())]
    view.keys.setCurrentRow(keys.index("gdp"))  # three values: one of them revised
    table = view.table
    last = table.visualRect(table.model().index(2, 0))
    assert last.isValid() and last.bottom() <= table.viewport().height()  # the third row, whole, without scrolling
    assert view.canvas.height() >= 150
    packs = library.packs  # three packs: all listed without scrolling, the rest of the height for the series
    last_pack = packs.visualRect(packs.model().index(packs.rowCount() - 1, 0))
    assert last_pack.bottom() <= packs.viewport().height()


def test_the_series_view_in_english(make_window, pack):
    window = make_window(pack, lang="en")
    view = window.open_library(QINGCEN).series_view
    keys = [view.keys.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.keys.count())]
    view.keys.setCurrentRow(keys.index("urban-income"))
    assert [view.model.text(r, 1) for r in range(2)] == ["Qingcen urban districts", "Qingcen City"]
    assert view.canvas.slide.title.startswith("Urban disposable income per person: CNY 53,126 (2024)")


def test_open_in_its_article_brings_the_window_forward_with_the_keyboard(series_view, window, qtbot):
    library = series_view.window()
    library.activateWindow()
    qtbot.waitUntil(library.isActiveWindow)
    series_view.choose("qingcen-2023:gdp")
    series_view.buttons["open"].click()
    qtbot.waitUntil(window.isActiveWindow)  # typing now goes to the article, not the Library behind it
