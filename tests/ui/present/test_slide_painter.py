"""The QPainter renderer on a small hand-made deck: letterbox, chart colours, dashed targets, footer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from briefing_app.deck.slides import Box, Chart, ChartPoint, Deck, Rect, Slide, TextBox
from briefing_app.deck.style import PALETTE


def _deck() -> Deck:
    chart = Chart(box=Box(40, 120, 520, 360), kind="bar", title="Firms", axis_title="firms",
                  series_names=("2023",), number_format="#,##0", alt_text="bars",
                  points=(ChartPoint("Exact", 100, "100 firms", "a"),
                          ChartPoint("About", 100, "about 100", "b", approximate=True),
                          ChartPoint("Plan", 100, "target 100", "c", target=True)))
    slide = Slide(number=2, kind="chart", title="Three bars", notes="n", source_line="src",
                  items=(TextBox(Box(40, 26, 880, 40), ("Three bars",), 28, role="title", bold=True),
                         chart, Rect(Box(600, 120, 300, 100), fill=None, line="target", dashed=True, figure_id="c")),
                  figure_ids=("a", "b", "c"))
    return Deck(lang="en", aspect="16:9", width=960, height=540, title="T", subject="S", source="Source: test",
                footer_source=Box(40, 500, 800, 24), footer_number=Box(860, 500, 60, 24), footer_size=12,
                slides=(slide,))


def _render(deck, w, h, **kw) -> QImage:
    from briefing_app.ui.present.slide_painter import paint_slide

    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(0x808080)
    painter = QPainter(image)
    paint_slide(painter, deck, deck.slides[0], QRectF(0, 0, w, h), **kw)
    painter.end()
    return image


def _close(c: QColor, hex_rgb: str, tol: int = 12) -> bool:
    ref = QColor("#" + hex_rgb)
    return all(abs(a - b) <= tol for a, b in ((c.red(), ref.red()), (c.green(), ref.green()), (c.blue(), ref.blue())))


def test_bars_exact_approximate_and_target_as_the_app_draws_them(qapp):
    from briefing_app.ui.present.chart_painter import layout

    deck = _deck()
    image = _render(deck, 1920, 1080)
    bars = {p.figure_id: rect for rect, p in layout(deck.slides[0].items[1]).bars}
    pixel = {fid: image.pixelColor(int(r.center().x() * 2), int(r.center().y() * 2)) for fid, r in bars.items()}
    assert _close(pixel["a"], PALETTE["accent"])
    assert _close(pixel["b"], PALETTE["approx"])  # approximate: lighter
    edge = bars["c"]
    inside = [image.pixelColor(x, y) for x in range(int(edge.left() * 2) + 8, int(edge.right() * 2) - 8, 4)
              for y in range(int(edge.top() * 2) + 8, int(edge.bottom() * 2) - 8, 4)]
    assert sum(_close(c, PALETTE["background"]) for c in inside) > 0.85 * len(inside)  # target: no fill
    border = [image.pixelColor(int(edge.left() * 2), int(y * 2))
              for y in range(int(edge.top()) + 2, int(edge.bottom()))]
    on = sum(_close(c, PALETTE["target"], 60) for c in border)
    assert 0.2 * len(border) < on < 0.9 * len(border)  # dashed: the outline has gaps


def test_letterbox_keeps_the_aspect(qapp):
    image = _render(_deck(), 1600, 1200)  # 4:3 screen, 16:9 slide
    assert image.pixelColor(800, 50).lightness() < 5  # black band above
    assert image.pixelColor(800, 1150).lightness() < 5  # and below
    assert image.pixelColor(5, 600).lightness() > 250  # the slide fills the width


def test_footer_shows_the_source_and_the_slide_number(qapp):
    deck = _deck()
    image = _render(deck, 1920, 1080)
    number_ink = [image.pixelColor(x, y) for x in range(1720, 1840) for y in range(1000, 1048)
                  if image.pixelColor(x, y).lightness() < 200]
    source_ink = [1 for x in range(80, 300) for y in range(1000, 1048) if image.pixelColor(x, y).lightness() < 200]
    assert number_ink and source_ink


@pytest.mark.parametrize("x,y,expected", [(750, 170, "c"), (300, 30, None)])
def test_hit_testing_finds_figures(x, y, expected, qapp):
    from briefing_app.ui.present.hittest import figure_at

    assert figure_at(_deck().slides[0], x, y) == expected


def test_a_click_on_a_bar_finds_its_figure(qapp):
    from briefing_app.ui.present.chart_painter import layout
    from briefing_app.ui.present.hittest import figure_at

    slide = _deck().slides[0]
    for rect, p in layout(slide.items[1]).bars:
        assert figure_at(slide, rect.center().x(), rect.center().y()) == p.figure_id


def _table_deck() -> Deck:
    """A data table: a header row, a section heading across the table, two figure rows."""
    from briefing_app.deck.slides import Cell, Table

    rows = ((Cell(("Figure",), bold=True, fill="panel"), Cell(("Value",), bold=True, fill="panel")),
            (Cell(("Industry",), bold=True, color="accent", span=2),),
            (Cell(("Firms",), figure_id="firms"), Cell(("1,186 firms",), color="accent", figure_id="firms")),
            (Cell(("Output",), figure_id="output"), Cell(("CNY 421.56 billion",), color="accent", figure_id="output")))
    table = Table(box=Box(40, 120, 600, 100), rows=rows, col_widths=(400.0, 200.0), row_heights=(25.0,) * 4,
                  size=14)
    slide = Slide(number=5, kind="table", title="Data tables: Industry", notes="[1] quote", source_line="src",
                  items=(table,), figure_ids=("firms", "output"))
    return Deck(lang="en", aspect="16:9", width=960, height=540, title="T", subject="S", source="Source: test",
                footer_source=Box(40, 500, 800, 24), footer_number=Box(860, 500, 60, 24), footer_size=12,
                slides=(slide,))


def test_a_table_is_painted_on_its_grid_with_its_heading_across_it(qapp):
    """Header cells on the panel colour, the heading row unbroken by the column rule, text in every cell."""
    image = _render(_table_deck(), 960, 540)
    assert _close(image.pixelColor(300, 123), PALETTE["panel"])  # header row, left of its text
    assert _close(image.pixelColor(440, 162), PALETTE["background"])  # heading row: no rule at x = 440
    assert _close(image.pixelColor(440, 187), PALETTE["rule"], 40)  # a figure row: the column rule
    for top in (120, 145, 170, 195):  # every row holds ink (its text)
        assert any(image.pixelColor(x, y).lightness() < 120 for x in range(46, 200) for y in range(top + 4, top + 22))


def test_a_click_on_a_table_row_finds_its_figure(qapp):
    from briefing_app.ui.present.hittest import figure_at, figure_boxes

    slide = _table_deck().slides[0]
    assert figure_at(slide, 100, 182) == "firms" and figure_at(slide, 560, 207) == "output"
    assert figure_at(slide, 100, 157) is None  # the heading is no figure
    assert len(figure_boxes(slide, "firms")) == 2  # its label and its value are ringed
