"""Each statistics construct of the bulletin pack as the app shows it: its card on its tab (slides' English),
the Data tab and tooltips (every digit, a share's total), the Source tab (its quote highlighted), the charts
(a composition's parts, a negative rate's bar), the status bar and the presenter's finder."""

from __future__ import annotations

import pytest

from briefing_app.model import load_pack
from briefing_app.ui.chart_widgets import CompositionChart
from briefing_app.ui.widgets import FigureCard, figure_tooltip

from tests.deck.test_statistics_everywhere import CHENGCHUAN, EXPECTED, expected
from tests.ui.helpers import chart_of, page

#: Figures the app draws as bars of a chart rather than as cards.
CHARTED = {"birth-rate", "natural-growth"}


@pytest.fixture(scope="module")
def bulletin():
    return load_pack(CHENGCHUAN)


@pytest.fixture(params=["zh", "en"])
def shown(request, make_window, bulletin):
    window = make_window(bulletin, lang=request.param)
    for key in window.tab_keys:
        page(window, key)
    return window, request.param


def test_each_construct_on_its_card_in_the_data_tab_and_tooltip(shown, bulletin):
    window, lang = shown
    cards = {}
    for key in window.tab_keys:
        for card in page(window, key).findChildren(FigureCard):
            cards.setdefault(card.figure.id, []).append(card.value_label.text())
    window.select_tab("data")
    from briefing_app.ui.tabs.data_table import FIGURE_ROLE, VALUE

    tab = window.data_tab
    values = dict(zip((tab.proxy.index(r, 0).data(FIGURE_ROLE) for r in range(tab.proxy.rowCount())),
                      tab.visible_texts(VALUE)))
    for fid in EXPECTED:
        if fid not in CHARTED:
            assert expected(fid, lang) in cards[fid], (fid, cards.get(fid))
        assert values[fid] == expected(fid, lang, exact=True), fid
        tooltip = figure_tooltip(window.context(), bulletin.figure(fid))
        assert expected(fid, lang, exact=True) in tooltip.splitlines(), (fid, tooltip)
    share = figure_tooltip(window.context(), bulletin.figure("digital-share"))
    assert ("占全市地区生产总值比重" if lang == "zh" else "share of the city's GDP") in share


def test_each_construct_quote_is_found_in_the_source_tab(shown, bulletin):
    window, _lang = shown
    source = page(window, "source")
    for fid in EXPECTED:
        quote = bulletin.figure(fid).quote
        assert source.show_quote(quote), fid
        assert source.selected_text() == quote


def test_a_composition_charts_its_parts_and_a_negative_rate_stays_clickable(shown, bulletin):
    window, lang = shown
    charts = [c for c in window.charts() if isinstance(c, CompositionChart)]
    assert len(charts) == 1 and charts[0].value_texts == ["4.2", "38.5", "57.3"]
    assert charts[0].title_text == ("三次产业结构：4.2：38.5：57.3" if lang == "zh"
                                    else "Structure of the three sectors: 4.2:38.5:57.3")
    rates = chart_of(window, "birth-rate")
    assert rates.value_texts == (["6.83‰", "7.21‰", "-0.38‰"] if lang == "zh"
                                 else ["6.83 per 1,000", "7.21 per 1,000", "-0.38 per 1,000"])
    low, high = rates.getPlotItem().getViewBox().viewRange()[0]
    assert low < -0.38 < 0 < 7.21 < high  # the negative bar is inside the view, not cut off at 0
    assert rates.figure_at(-0.2, rates.y_of(2)).id == "natural-growth"


def test_the_status_bar_names_a_share_with_its_total(shown):
    window, lang = shown
    assert window.show_figure("gdp-share")
    message = window.statusBar().currentMessage()
    assert message.endswith("9.6%（占全省比重）" if lang == "zh" else "9.6% (share of provincial total)")


def test_the_presenter_finder_finds_a_margin_and_an_absolute_change(qtbot, bulletin):
    from briefing_app.deck.build import build_deck
    from briefing_app.ui.present.finder import FinderPanel

    panel = FinderPanel(build_deck(bulletin, "en"), bulletin)
    qtbot.addWidget(panel)
    panel.search("above the province")
    texts = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert any("0.4 percentage points above the province" in t for t in texts), texts
    panel.search("856.3")
    texts = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert any("up CNY 85.63 billion since the start of the year" in t for t in texts), texts


def test_the_data_tab_names_every_new_kind_whole(make_window):
    """'contribution', the longest kind, was cut to 'contribut…' in the English Data tab."""
    from PySide6.QtGui import QFontMetrics

    from briefing_app.model import load_pack
    from briefing_app.ui.tabs.data_table import COLUMNS

    window = make_window(load_pack(CHENGCHUAN), lang="en")
    window.select_tab("data")
    table = window.data_tab.table
    column = COLUMNS.index("col_type")
    kinds = {table.model().index(r, column).data() for r in range(table.model().rowCount())}
    assert {"contribution", "margin", "ratio"} <= kinds
    metrics = QFontMetrics(table.font())
    assert table.columnWidth(column) >= max(metrics.horizontalAdvance(k) for k in kinds) + 8


def test_cards_beside_a_composition_chart_keep_their_own_height(make_window):
    """Cards in a chart's row were stretched to the chart's height: tall boxes, mostly empty."""
    from briefing_app.model import load_pack
    from briefing_app.ui.widgets import FigureCard, LazyPlot

    window = make_window(load_pack(CHENGCHUAN), lang="zh")
    overview = page(window, "overview")
    window.resize(1600, 1000)
    chart = next(s for s in overview.findChildren(LazyPlot) if "structure" in getattr(s, "figure_ids", ()))
    top = chart.mapTo(overview, chart.rect().topLeft()).y()
    beside = [c for c in overview.findChildren(FigureCard) if c.isVisible()
              and abs(c.mapTo(overview, c.rect().topLeft()).y() - top) < 4]
    assert len(beside) == 2
    for card in beside:
        assert card.height() <= card.sizeHint().height() + 4 < chart.height()
