"""Small things: Open folder without a launcher shows the path with Copy; chart axes start at a 0 label and use
round ticks; paired charts are equally tall; Chinese chips use the full-width colon."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from briefing_app.deck.chart_axis import value_axis
from briefing_app.ui.open_folder import open_folder
from briefing_app.ui.widgets import Chip, LazyPlot

from tests.ui.helpers import chart_of, page


def test_open_folder_without_a_launcher_shows_the_path_with_copy(window, tmp_path):
    asked = []
    box = open_folder(window, tmp_path, "zh", opener=lambda url: asked.append(url.toLocalFile()) or False)
    assert asked == [str(tmp_path)]
    assert str(tmp_path) in box.findChild(QLabel, "qt_msgbox_label").text()
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "复制路径")
    copy.click()
    assert QGuiApplication.clipboard().text() == str(tmp_path)
    assert box.isVisible()  # still open after copying
    assert open_folder(window, tmp_path, "zh", opener=lambda url: True) is None  # a launcher: no dialog


def test_round_ticks_from_zero():
    assert value_axis([22]).labels == ("0", "5", "10", "15", "20", "25")
    assert value_axis([3109]).labels == ("0", "1,000", "2,000", "3,000", "4,000")
    assert value_axis([2e7]).labels[-1] == "25,000,000"  # never 2e+07
    assert value_axis([0.35]).labels == ("0.0", "0.1", "0.2", "0.3", "0.4")
    for top in (0.07, 1, 6.79, 14.3, 99, 101, 1633, 486e4):
        ticks = value_axis([top])
        assert ticks.ticks[0] == 0 and top <= ticks.maximum < top * 2.5 and len(ticks.ticks) <= 7


def test_chart_axis_is_ticked_from_zero_and_paired_charts_match(window, pack):
    window.select_tab("industry")
    chart = chart_of(window, "ic-firms")
    ticks = chart.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert ticks[0] == (0.0, "0") and all(label for _, label in ticks)
    left, right = chart.getPlotItem().getViewBox().viewRange()[0]
    assert left < 0 <= right  # the 0 label lies inside the plot, so it is drawn
    slots = [s for s in page(window, "industry").findChildren(LazyPlot)]
    pair = [s for s in slots if s.accessibleName().startswith(pack.figure("ic-firms").label.zh)
            or s.accessibleName().startswith(pack.figure("projects-started-2023").label.zh)]
    assert len(pair) == 2 and pair[0].height() == pair[1].height()


def test_chinese_chips_use_the_full_width_colon(window):
    chips = page(window, "timeline").findChildren(Chip)
    assert chips and all("：" in c.text() and ": " not in c.text() for c in chips)
