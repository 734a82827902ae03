"""The one value-axis rule: round ticks from 0 to a round maximum just above the data, thousands
separators, no scientific notation; the PPTX chart and the Qt slide painter show the same axis."""

from __future__ import annotations

import re

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.deck.chart_axis import value_axis
from briefing_app.deck.slides import Chart

from ..conftest import FICTIONAL


@pytest.mark.parametrize("values, percent, labels", [
    ([40000, 35000], False, ("0", "10,000", "20,000", "30,000", "40,000", "50,000")),
    ([3480], False, ("0", "1,000", "2,000", "3,000", "4,000")),
    ([90, 85], False, ("0", "20", "40", "60", "80", "100")),
    ([1 / 7, 1 / 12], True, ("0%", "5%", "10%", "15%")),
    ([2.8, 1.2], False, ("0", "1", "2", "3")),
    ([0.3], False, ("0.0", "0.1", "0.2", "0.3", "0.4")),
    ([-4.1, 18.5], False, ("-5", "0", "5", "10", "15", "20")),
])
def test_ticks_are_round_and_labelled_plainly(values, percent, labels):
    axis = value_axis(values, percent=percent)
    assert axis.labels == labels
    assert axis.maximum > max(values) and axis.minimum <= min(values + [0])


@pytest.mark.parametrize("top", [7, 99, 3480, 40000, 2.5e7, 1234567890123, 9999999999999])
def test_any_magnitude_gives_at_most_six_ticks_without_scientific_notation(top):
    axis = value_axis([top, top / 3])
    assert 3 <= len(axis.ticks) <= 6
    assert axis.ticks[0] == 0 and axis.maximum >= top
    assert axis.maximum <= top * 1.05 + axis.step + 1e-6  # just above: at most one step of headroom
    for label in axis.labels:
        assert re.fullmatch(r"-?\d{1,3}(,\d{3})*(\.\d+)?%?", label), label
    assert axis.number_format.startswith("#,##0")


def _charts(deck):
    return [i for s in deck.slides for i in s.items if isinstance(i, Chart)]


def test_qt_painter_draws_the_axis_the_pptx_chart_gets(pack, qapp):
    """Ticks in the Qt slide painter are the chart model's axis, which the PPTX writer writes as min,
    max, major unit and number format (tests/export/test_charts.py reads them back from the file)."""
    from briefing_app.ui.present.chart_painter import layout

    from briefing_app.model import load_pack

    for p in (pack, load_pack(FICTIONAL)):
        for lang in ("zh", "en"):
            for chart in _charts(build_deck(p, lang)):
                drawn = layout(chart)
                assert [label for _, label in drawn.ticks] == list(chart.axis.labels)
                assert drawn.horizontal == chart.is_horizontal


def test_zh_and_en_charts_have_the_same_form(pack):
    zh, en = _charts(build_deck(pack, "zh")), _charts(build_deck(pack, "en"))
    assert [c.is_horizontal for c in zh] == [c.is_horizontal for c in en]


def test_long_names_beside_horizontal_bars_are_cut_to_the_lines_their_slot_holds():
    """PowerPoint and LibreOffice wrap a long category name over its neighbours' (seen: "Fixed-asset investment
    (excluding rural households) as a share of total investment" on a 4:3 slide); the deck gives them the name cut
    with … to what its bar's slot holds; short names, columns and Chinese names that fit stay whole."""
    from briefing_app.deck.slides import Box, Chart, ChartPoint
    from briefing_app.deck.style import CAPTION
    from briefing_app.typography.metrics import text_width, wrap

    long = "Fixed-asset investment (excluding rural households) as a share of total investment"
    names = [long, "Primary industry", *(f"Share of sector {i} in total investment" for i in range(5))]
    points = tuple(ChartPoint(n, 10.0 + i, f"{10 + i}%", f"f{i}") for i, n in enumerate(names))
    chart = Chart(Box(40, 116, 384, 315.2), "bar", "", "", ("",), points, "0%", "")
    assert chart.is_horizontal
    shown = dict(zip(chart.categories, chart.category_names))
    assert shown[long].endswith("…") and long.startswith(shown[long][:-1].rstrip())
    assert len(wrap(shown[long], CAPTION, chart.box.w * 0.5)) <= 2
    assert shown["Primary industry"] == "Primary industry"
    assert text_width(shown[long], CAPTION) < text_width(long, CAPTION)
    columns = Chart(Box(40, 116, 384, 315.2), "bar", "", "", ("",), points[:3], "0%", "", horizontal=False)
    assert columns.category_names == columns.categories
