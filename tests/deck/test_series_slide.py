"""A series slide: the change over the span in the formatter's words (only from the articles' figures), a
native chart (columns for two periods, a line from three, a scope change never joined), notes quoting every
point with its article, and the same axes in the Qt painter and the PPTX."""

from __future__ import annotations

import pytest

from briefing_app.deck.series import build_series
from briefing_app.deck.series_slide import series_deck, series_notes, series_title
from briefing_app.deck.slides import Chart
from briefing_app.model import load_pack

from .series_packs import QINGCEN_2023, QINGCEN_2024, figure, write_pack


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """The two bulletins and a 2022 one before them (same indicators, the urban districts' income)."""
    folder = tmp_path_factory.mktemp("y22")
    y22 = write_pack(folder, "q22", 2022, [
        figure("gdp", "gdp", "初步核算，全年全市地区生产总值4521.3亿元", 4521.3, "亿元", 2022),
        figure("urban-income", "urban-income", "全年市区城镇居民人均可支配收入53712元", 53712, "元", 2022,
               scope="urban", label={"zh": "城镇居民人均可支配收入", "en": "Urban disposable income per person"})])
    return [("q22", load_pack(y22)), ("q23", load_pack(QINGCEN_2023)), ("q24", load_pack(QINGCEN_2024))]


def chart_of(deck) -> Chart:
    return next(i for i in deck.slides[0].items if isinstance(i, Chart))


@pytest.mark.parametrize("key, lang, title", [
    ("gdp", "zh", "地区生产总值：2023年4936.2亿元 → 2024年5106.8亿元，增加170.6亿元"),
    ("gdp", "en", "Gross domestic product: CNY 493.62 billion (2023) → CNY 510.68 billion (2024), "
                  "up CNY 17.06 billion"),
    ("investment-growth", "zh", "固定资产投资增长：2023年增长4.6% → 2024年下降2.1%，下降6.7个百分点"),
    ("high-tech-share", "en", "High-tech output as a share of industrial output: 46.8% (2023) → 48.3% (2024), "
                              "up 1.5 percentage points"),  # the 2024 bulletin itself says 提高1.5个百分点
    ("urban-income", "zh", "城镇居民人均可支配收入：2024年53126元，口径由青岑市区改为青岑市"),
    ("population", "en", "Resident population at year end: 4.883 million people (2023) → 4.901 million people "
                         "(2024), up 18,000 people"),  # the bulletin: 比上年末增加1.8万人
])
def test_the_title_says_the_change_over_the_span(key, lang, title):
    packs = [("q23", load_pack(QINGCEN_2023)), ("q24", load_pack(QINGCEN_2024))]
    assert series_title(build_series(key, packs), lang) == title


def test_no_difference_is_computed_from_an_approximate_value(tmp_path):
    a = write_pack(tmp_path / "a", "a", 2023, [figure("g", "g", "全年地区生产总值约4800亿元", 4800, "亿元", 2023,
                                                      qualifier="约")])
    b = write_pack(tmp_path / "b", "b", 2024, [figure("g", "g", "全年地区生产总值5106.8亿元", 5106.8, "亿元", 2024)])
    series = build_series("g", [("a", load_pack(a)), ("b", load_pack(b))])
    assert series_title(series, "zh") == "地区生产总值：2023年约4800亿元 → 2024年5106.8亿元"
    assert "about CNY 480 billion (2023)" in series_title(series, "en")
    assert "相减" not in series_notes(series, "zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_notes_quote_every_point_with_its_article(three, lang):
    series = build_series("gdp", three)
    notes = series_notes(series, lang)
    for p in series.points:
        a = p.pack.data.article
        assert f"“{p.quote}”" in notes and (a.title if lang == "zh" else a.title_en) in notes
    quoted = [line for line in notes.splitlines() if line.startswith(("  原文：“", "  Source quote: “"))]
    assert len(quoted) == len(series.points) == 4
    assert ("后经修订" if lang == "zh" else "later revised") in notes


def test_two_periods_are_columns_three_a_line_and_a_scope_change_two_unjoined_series(three):
    two = chart_of(series_deck(build_series("population", three[1:]), "zh"))
    assert two.kind == "bar" and two.series_names == ("青岑市",) and two.values(0) == (488.3, 490.1)
    revised = chart_of(series_deck(build_series("gdp", three[1:]), "zh"))  # the first estimate beside its revision
    assert revised.kind == "line" and revised.series_names == ("青岑市", "修订前数值") and revised.hollow == (1,)
    assert revised.label_below(next(p for p in revised.points if p.series == 1))
    line = chart_of(series_deck(build_series("gdp", three), "en"))
    assert line.kind == "line" and line.categories == ("2022", "2023", "2024")
    assert line.values(0) == (4521.3 / 10, 4936.2 / 10, 5106.8 / 10)  # CNY billion, as the labels say
    assert line.values(1) == (None, 481.26, None)  # the first estimate of 2023, an open marker
    income = chart_of(series_deck(build_series("urban-income", three), "zh"))
    assert income.series_names == ("青岑市区", "青岑市") and income.hollow == ()
    assert income.values(0) == (53712, 56318, None) and income.values(1) == (None, None, 53126)


def test_a_point_on_the_slide_is_clickable_to_its_quote(three, qapp):
    from briefing_app.deck.figure_sources import DeckPacks, figure_source
    from briefing_app.ui.present.chart_painter import layout
    from briefing_app.ui.present.hittest import figure_at

    deck = series_deck(build_series("gdp", three), "zh")
    chart = chart_of(deck)
    packs = DeckPacks(dict(three))
    for marker, point in layout(chart).bars:
        centre = marker.center()
        assert figure_at(deck.slides[0], centre.x(), centre.y()) == point.figure_id
        source = figure_source(packs, point.figure_id, "zh")
        assert source.quote in packs.resolve(point.figure_id)[0].article and source.article.startswith("《")


@pytest.mark.parametrize("key", ["gdp", "urban-income", "investment-growth", "budget-revenue"])
def test_qt_and_pptx_draw_the_same_axes(three, key, tmp_path, qapp):
    from pptx import Presentation

    from briefing_app.export.pptx.writer import write_pptx
    from briefing_app.ui.present.chart_painter import layout

    for lang in ("zh", "en"):
        for packs in (three, three[1:]):
            deck = series_deck(build_series(key, packs), lang)
            chart = chart_of(deck)
            assert [label for _, label in layout(chart).ticks] == list(chart.axis.labels)
            path = tmp_path / f"{key}-{lang}.pptx"
            write_pptx(deck, path)
            frame = next(s for s in Presentation(str(path)).slides[0].shapes if s.has_chart)
            axis = frame.chart.value_axis
            assert (axis.minimum_scale, axis.maximum_scale, axis.major_unit) == (
                chart.axis.minimum, chart.axis.maximum, chart.axis.step)
            assert axis.tick_labels.number_format == chart.axis.number_format
            plot = frame.chart.plots[0]
            assert tuple(plot.categories) == chart.categories
            for i, series in enumerate(plot.series):
                assert tuple(series.values) == chart.values(i)


def test_the_line_chart_draws_revised_values_as_open_markers_without_a_line(three, tmp_path):
    from pptx import Presentation
    from pptx.enum.chart import XL_CHART_TYPE

    from briefing_app.export.pptx.writer import write_pptx

    deck = series_deck(build_series("gdp", three), "zh")
    write_pptx(deck, tmp_path / "gdp.pptx")
    frame = next(s for s in Presentation(str(tmp_path / "gdp.pptx")).slides[0].shapes if s.has_chart)
    assert frame.chart.chart_type == XL_CHART_TYPE.LINE_MARKERS
    latest, earlier = frame.chart.plots[0].series
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
          "c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    assert earlier._element.find("c:spPr/a:ln/a:noFill", ns) is not None  # no line joins the earlier values
    assert latest._element.find("c:spPr/a:ln/a:solidFill", ns) is not None
    labels = ["".join(t.text for t in d.iter(f"{{{ns['a']}}}t")) for d in earlier._element.iterfind(
        "c:dLbls/c:dLbl", ns)]
    assert labels == ["4812.6亿元"]
