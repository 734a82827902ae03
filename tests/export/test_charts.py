"""Charts are native, editable charts whose data, labels and styling follow the slide model."""

from __future__ import annotations

import io
import zipfile

from dataclasses import replace

from pptx import Presentation

from briefing_app.deck.slides import Box, Chart, ChartPoint, Deck, Slide, TextBox
from briefing_app.deck.style import PALETTE
from briefing_app.export.pptx.writer import write_pptx

from .conftest import NS


def _charts(w):
    for slide, model in zip(w.prs().slides, w.deck.slides, strict=True):
        items = [i for i in model.items if isinstance(i, Chart)]
        frames = [s for s in slide.shapes if s.has_chart]
        assert len(items) == len(frames), model.number
        yield from zip(items, frames, strict=True)


def _labels(series) -> list[str]:
    out = []
    for d_lbl in series._element.findall("c:dLbls/c:dLbl", NS):
        out.append("".join(t.text for t in d_lbl.iter(f"{{{NS['a']}}}t")))
    return out


def test_charts_embed_the_model_data(each):
    count = 0
    for item, frame in _charts(each):
        chart = frame.chart
        plot = chart.plots[0]
        assert tuple(plot.categories) == item.category_names  # long names beside bars cut as the deck says
        assert len(plot.series) == len(item.series_names)
        for i, series in enumerate(plot.series):
            assert series.name == item.series_names[i]
            assert tuple(series.values) == item.values(i)
            expected = [p.label for c in item.categories for p in item.points if p.series == i and p.category == c]
            assert _labels(series) == expected
        assert chart.chart_title.text_frame.text == item.title
        assert chart.value_axis.axis_title.text_frame.text == item.axis_title
        axis = item.axis
        assert chart.value_axis.tick_labels.number_format == axis.number_format
        assert (chart.value_axis.minimum_scale, chart.value_axis.maximum_scale) == (axis.minimum, axis.maximum)
        assert chart.value_axis.major_unit == axis.step
        assert not chart.value_axis.tick_labels.number_format_is_linked
        c_nv_pr = frame._element.find(".//p:cNvPr", NS)
        assert c_nv_pr.get("descr") == item.alt_text
        for point in item.points:
            assert f"fig:{point.figure_id}" in frame.name
        count += 1
    # every chart of the model is written (the fictional pack has none since two bars became two cards)
    assert count == sum(isinstance(i, Chart) for s in each.deck.slides for i in s.items)


def test_bundled_deck_has_several_charts_and_the_workbooks_hold_the_data(written):
    w = written["zh"]
    pairs = list(_charts(w))
    assert len(pairs) >= 2
    item, frame = pairs[0]
    blob = frame.chart.part.chart_workbook.xlsx_part.blob
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        shared = z.read("xl/sharedStrings.xml").decode()
    assert all(c in shared for c in item.categories)


def _chart_deck() -> Deck:
    pts = (
        ChartPoint("甲", 196.0, "约196亿元", "f-approx", approximate=True),
        ChartPoint("乙", 1500.0, "力争1500亩", "f-target", target=True),
        ChartPoint("丙", 35.0, "35亩", "f-exact"),
    )
    chart = Chart(box=Box(60, 120, 600, 340), kind="bar", title="图表标题", axis_title="数值（亿元）",
                  series_names=("2023年",), points=pts, number_format="#,##0", alt_text="三个数值的柱状图")
    slide = Slide(number=1, kind="chart", title="图表",
                  items=(TextBox(Box(40, 30, 800, 40), ("图表",), 28, role="title"), chart),
                  notes="", source_line="来源")
    return Deck(lang="zh", aspect="16:9", width=960, height=540, title="t", subject="s", source="来源",
                footer_source=Box(40, 500, 600, 20), footer_number=Box(800, 500, 120, 20), footer_size=12,
                slides=(slide,))


def test_approximate_points_are_lighter_targets_dashed_and_unfilled(tmp_path):
    path = tmp_path / "chart.pptx"
    write_pptx(_chart_deck(), path)
    frame = next(s for s in Presentation(str(path)).slides[0].shapes if s.has_chart)
    assert frame.name == "Chart 2 fig:f-approx fig:f-target fig:f-exact"
    series = frame.chart.plots[0].series[0]
    d_pts = {int(d.find("c:idx", NS).get("val")): d for d in series._element.findall("c:dPt", NS)}
    approx = d_pts[0].find("c:spPr/a:solidFill/a:srgbClr", NS)
    assert approx.get("val") == PALETTE["approx"]
    target = d_pts[1].find("c:spPr", NS)
    assert target.find("a:noFill", NS) is not None
    assert target.find("a:ln/a:prstDash", NS).get("val") == "dash"
    assert target.find("a:ln/a:solidFill/a:srgbClr", NS).get("val") == PALETTE["target"]
    assert 2 not in d_pts  # exact points keep the series colour
    # custom labels keep the qualifier: never a bare number such as 196.00
    assert _labels(series) == ["约196亿元", "力争1500亩", "35亩"]
    assert frame.chart.value_axis.minimum_scale == 0


def test_no_native_legend_the_deck_draws_its_own(each):
    """Native legends are ordered differently by PowerPoint and LibreOffice; the deck's legend is shapes."""
    for _, frame in _charts(each):
        assert not frame.chart.has_legend


def _bars(chart_xml) -> list[tuple[int, int, str, float, str]]:
    """(series, position, category, value, label) of every bar, read from the chart part's own XML by point
    index, as PowerPoint reads it: the category and value caches and each point's custom label."""
    c = NS["c"]
    bars = []
    for s_index, ser in enumerate(chart_xml.iter(f"{{{c}}}ser")):
        cats = {int(p.get("idx")): p.findtext(f"{{{c}}}v") for p in ser.find("c:cat", NS).iter(f"{{{c}}}pt")}
        vals = {int(p.get("idx")): float(p.findtext(f"{{{c}}}v")) for p in ser.find("c:val", NS).iter(f"{{{c}}}pt")}
        labels = {int(d.find("c:idx", NS).get("val")): "".join(t.text for t in d.iter(f"{{{NS['a']}}}t"))
                  for d in ser.findall("c:dLbls/c:dLbl", NS)}
        bars += [(s_index, i, cats[i], vals[i], labels.get(i, "")) for i in sorted(vals)]
    return bars


def _horizontal_two_series_deck() -> Deck:
    """Horizontal bars (long labels), two series, seven categories: the chart the packs' decks lack."""
    cats = [f"第{i}类很长的类别名称" for i in range(1, 8)]
    pts = tuple(ChartPoint(cat, float(10 * i + s), f"{10 * i + s}家", f"f{i}-{s}", series=s)
                for i, cat in enumerate(cats, 1) for s in (0, 1))
    chart = Chart(box=Box(60, 100, 800, 380), kind="from_to", title="", axis_title="家", series_names=("此前", "现在"),
                  points=pts, number_format="#,##0", alt_text="七类两期", horizontal=True)
    slide = Slide(number=1, kind="chart", title="图表", items=(TextBox(Box(40, 30, 800, 40), ("图表",), 28,
                                                                   role="title"), chart), notes="", source_line="来源")
    return replace(_chart_deck(), slides=(slide,))


def _written_charts(path, deck):
    """(model chart, chart XML) pairs of a written deck, in slide order."""
    prs = Presentation(str(path))
    for slide, model in zip(prs.slides, deck.slides, strict=True):
        items = [i for i in model.items if isinstance(i, Chart)]
        frames = [s for s in slide.shapes if s.has_chart]
        yield from zip(items, (f.chart._chartSpace for f in frames), strict=True)


def _check_bars(item, xml) -> None:
    """Each bar in the model's order, with its own category, value and label; horizontal bars read top down."""
    expected = [(p.series, item.categories.index(p.category), p.category, p.value, p.label) for p in item.points]
    assert _bars(xml) == sorted(expected)
    orientation = xml.find(".//c:catAx/c:scaling/c:orientation", NS)
    crosses = xml.find(".//c:valAx/c:crosses", NS).get("val")
    if item.is_horizontal:  # first category on top, the value axis at the bottom: as the Qt painter draws
        assert (orientation.get("val"), crosses) == ("maxMin", "max")
        # each label on one line beyond its bar, as the painter draws it (not "CNY 82.614 billi / on")
        bodies = xml.findall(".//c:dLbl/c:tx/c:rich/a:bodyPr", NS)
        assert len(bodies) == len(item.points) and all(b.get("wrap") == "none" for b in bodies)
    else:  # first category on the left
        assert (orientation.get("val") if orientation is not None else "minMax", crosses) == ("minMax", "autoZero")


def test_every_bar_is_in_its_place_with_its_category_value_and_label(each):
    count = 0
    for item, xml in _written_charts(each.path, each.deck):
        _check_bars(item, xml)
        count += 1
    assert count == sum(isinstance(i, Chart) for s in each.deck.slides for i in s.items)


def test_horizontal_bars_of_two_series_are_in_place_and_read_top_down(tmp_path):
    deck = _horizontal_two_series_deck()
    write_pptx(deck, tmp_path / "bars.pptx")
    (item, xml), = _written_charts(tmp_path / "bars.pptx", deck)
    assert item.is_horizontal and len(item.categories) == 7
    _check_bars(item, xml)


def test_a_long_name_beside_a_horizontal_bar_is_written_cut_as_the_deck_says(tmp_path):
    """PowerPoint would wrap it over its neighbours' names: the PPTX holds the name cut with … (deck.Chart)."""
    deck = _horizontal_two_series_deck()
    slide = deck.slides[0]
    chart = next(i for i in slide.items if isinstance(i, Chart))
    long = ("Fixed-asset investment (excluding rural households) in projects of CNY 100 million or more as a share of"
            " total fixed-asset investment (excluding rural households) in the county")
    points = tuple(replace(p, category=long) if p.category == chart.categories[0] else p for p in chart.points)
    chart = replace(chart, points=points)
    deck = replace(deck, slides=(replace(slide, items=tuple(chart if isinstance(i, Chart) else i
                                                            for i in slide.items)),))
    write_pptx(deck, tmp_path / "bars.pptx")
    written = next(s for s in Presentation(str(tmp_path / "bars.pptx")).slides[0].shapes if s.has_chart)
    names = tuple(written.chart.plots[0].categories)
    assert names == chart.category_names and names[0].endswith("…") and names[1:] == chart.categories[1:]
