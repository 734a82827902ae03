"""Each tab builds from the pack and shows its figures, formatted by `display`."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from briefing_app.model import display
from briefing_app.model.format import date_text
from briefing_app.ui.chart_widgets import BarChart, ShareChart
from briefing_app.ui.widgets import FigureCard

from .helpers import page, visible_texts


def test_tabs_follow_the_pack_sections(window, pack):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    sections = [s.title.zh for s in pack.data.sections if s.id != "overview"]
    assert titles == ["概览", *sections, "时间线", "数据", "原文"]


def test_overview_has_a_kpi_card_per_headline(window, pack):
    cards = page(window, "overview").findChildren(FigureCard)
    headline_ids = [f.id for f in pack.headlines]
    assert [c.figure.id for c in cards][:len(headline_ids)] == headline_ids
    values = [c.value_label.text() for c in cards]
    assert "约196亿元" in values[headline_ids.index("smart-space-investment")]
    assert "1633家" in values and "1/12→1/7" in values and "230余场" in values


def test_every_figure_shows_on_its_section_tab(window, pack):
    for section in pack.data.sections:
        key = "overview" if section.id == "overview" else section.id
        texts = " | ".join(visible_texts(page(window, key)))
        for fig in pack.figures_in(section.id):
            assert display(fig, "zh") in texts, (section.id, fig.id)


def test_charts_are_bars_for_same_unit_groups_and_from_to_for_shares(window, pack):
    for key in window.tab_keys:  # every tab shown once, so every chart is drawn
        page(window, key)
    charts = window.charts()
    bars = {tuple(f.id for f in c.figures) for c in charts if isinstance(c, BarChart)}
    assert ("ic-firms", "ai-firms", "biomed-firms") in bars
    assert ("projects-started-2023", "projects-completed-2023") in bars
    shares = [c for c in charts if isinstance(c, ShareChart)]
    assert len(shares) == 1 and "1/12→1/7" in shares[0].value_texts
    clusters = next(c for c in charts if isinstance(c, BarChart) and c.figures[0].id == "ic-firms")
    assert clusters.value_texts == ["136家", "967家", "3109家"]
    axis = clusters.getPlotItem().getAxis("bottom").labelText
    assert "家" in axis


def test_targets_are_outlined_and_read_as_targets_never_plain(window, pack):
    cards = {c.figure.id: c for c in page(window, "industry").findChildren(FigureCard)}
    card = cards["land-revitalised-target-2024"]
    badges = [b.text() for b in card.findChildren(type(card.value_label)) if b.objectName() == "badge"]
    assert "力争" not in badges  # the value reads its plan word; a badge would say it twice (test_badges.py)
    assert "dashed" in card.styleSheet()
    assert card.value_label.text() == "力争1500亩"


def test_map_names_every_place_marks_the_origin_and_shows_its_reference(window, pack):
    corridor = page(window, "corridor")
    texts = visible_texts(corridor)
    spec = pack.data.map
    for place in spec.places:
        assert any(t.startswith(place.name.zh) for t in texts), place.id
    assert any("起点" in t and spec.places[0].name.zh in t for t in texts)
    assert any(spec.reference.zh in t for t in texts)


def test_business_tab_lists_entities_events_and_the_matrix(window, pack):
    texts = " | ".join(visible_texts(page(window, "business")))
    for entity in pack.in_section("entities", "business"):
        assert entity.name.zh in texts
    matrix = pack.in_section("matrices", "business")[0]
    for item in matrix.rows + matrix.columns:
        assert item.zh in texts
    assert "宣城科创中心揭牌启用" in texts


def test_timeline_lists_every_event_in_date_order(window, pack):
    texts = visible_texts(page(window, "timeline"))
    titles = [t for t in texts if t in {e.title.zh for e in pack.data.events}]
    assert titles == [e.title.zh for e in pack.events_by_date]
    assert date_text("2023-09-22", "zh") in texts


def test_source_shows_the_article_and_lists_every_cited_quote(window, pack):
    source = page(window, "source")
    from briefing_app.ui.tabs.source import article_blocks

    shown = source.shown_text()
    assert shown.split("\n") == [b.text for b in article_blocks(pack.article)]
    assert "#" not in shown and "\n\n" not in shown  # headings without markers, no blank rows
    assert source.quotes.count() == len(pack.cited_quotes())


def test_images_are_captions_only(window, pack):
    texts = " | ".join(visible_texts(page(window, "industry")))
    for image in pack.in_section("images", "industry"):
        assert image.caption.zh in texts
    from PySide6.QtWidgets import QLabel

    assert not any(label.pixmap() and not label.pixmap().isNull()
                   for label in page(window, "industry").findChildren(QLabel))


def test_a_tab_is_built_when_first_shown_and_a_language_switch_rebuilds_only_the_shown_one(window):
    from briefing_app.ui.main_window import PendingPage

    assert set(window.pages) == {"overview"}
    unbuilt = window.tabs.widget(window.tab_keys.index("data"))
    assert isinstance(unbuilt, PendingPage) and unbuilt.accessibleName() == "数据"
    window.select_tab("data")
    assert set(window.pages) == {"overview", "data"} and window.tabs.currentWidget() is window.data_tab
    assert window.data_tab.model.rowCount() == len(window.pack.data.figures)
    old_pages = list(window.pages.values())
    window.toggle_language()
    assert set(window.pages) == {"data"} and window.current_key() == "data"
    assert not any(shiboken6.isValid(p) for p in old_pages)  # deleted before the new page was built
    assert window.tabs.tabText(window.tab_keys.index("data")) == "Data"
    assert window.data_tab.model.headerData(1, Qt.Orientation.Horizontal) == "Figure"


def test_charts_are_drawn_as_they_come_into_view(make_window, pack, qtbot):
    from PySide6.QtCore import QPoint

    from briefing_app.ui.widgets import LazyPlot

    window = make_window(pack)
    window.resize(1600, 320)  # a short window: the industry tab's third chart is far below the fold
    window.select_tab("industry")
    page = window.page("industry")
    slots = page.findChildren(LazyPlot)
    qtbot.waitUntil(lambda: slots[0].filled and slots[1].filled, timeout=5000)
    assert not slots[2].filled
    page.verticalScrollBar().setValue(slots[2].mapTo(page.widget(), QPoint(0, 0)).y())
    qtbot.waitUntil(lambda: slots[2].filled, timeout=5000)
    assert window.charts_in_view(page, filled=True)[-1] is slots[2]
