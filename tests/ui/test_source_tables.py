"""Tables in the Source tab: drawn as a grid (header rows bold, numbers on the right), every cell a figure cites
highlighted, and a click on a table figure anywhere — its card, its bar, its Data row, its timeline chip, its line
in the cited list — selects that cell, with its citation in the status bar; Back and Forward come back to it.
The pack: tests/model/cells/bulletin.yaml (three tables, a merged two-row header, an escaped `|`)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor, QTextTable

from briefing_app.model import load_pack
from briefing_app.model.cells import citation
from briefing_app.ui.widgets import Chip, FigureCard

from tests.conftest import ROOT
from tests.ui.helpers import chart_of, page

BULLETIN = ROOT / "tests" / "model" / "cells" / "bulletin.yaml"


@pytest.fixture(scope="module")
def pack():
    return load_pack(BULLETIN)


def tables(source) -> list[QTextTable]:
    return [f for f in source.view.document().rootFrame().childFrames() if isinstance(f, QTextTable)]


def cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_markdown_tables_are_drawn_as_grids_not_bars(window):
    source = page(window, "source")
    one, two, three = tables(source)
    assert [(t.rows(), t.columns()) for t in (one, two, three)] == [(5, 4), (5, 4), (4, 4)]
    assert [cell_text(two, r, 0) for r in range(5)] == ["产品名称", "产品名称", "粮食", "油料", "糖料（甘蔗|甜菜）"]
    assert [cell_text(two, 0, c) for c in range(4)] == ["产品名称", "2024年", "2024年", "2023年"]
    shown = source.shown_text().splitlines()
    assert not [line for line in shown if line.startswith("|") or "---" in line]
    assert "表1\u30002024年分乡镇主要指标" in shown and "单位：亿元" in shown  # caption lines stay paragraphs
    header = two.cellAt(1, 1).firstCursorPosition()
    header.movePosition(QTextCursor.MoveOperation.Right)
    assert header.charFormat().fontWeight() >= 700  # both header rows are headers
    number = two.cellAt(3, 1).firstCursorPosition()
    assert number.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_every_cited_cell_is_highlighted_and_no_other(window, pack):
    source = page(window, "source")
    highlight = QColor(window.context().theme.highlight)
    one, two, _three = tables(source)
    cited = {(1, 1, 1), (1, 2, 2), (1, 2, 3), (1, 3, 2), (1, 4, 1), (1, 4, 2), (2, 3, 1), (2, 3, 2), (2, 3, 3),
             (2, 4, 1)}
    for number, table in ((1, one), (2, two)):
        for r in range(table.rows()):
            for c in range(table.columns()):
                lit = table.cellAt(r, c).format().background().color() == highlight
                assert lit == ((number, r, c) in cited), (number, r, c)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_click_on_a_table_figure_anywhere_lands_on_its_cell(make_window, pack, qtbot, lang):
    window = make_window(pack, lang=lang)
    source = page(window, "source")

    def landed(fig_id: str, text: str):
        assert window.current_key() == "source"
        assert source.selected_text() == text
        assert window.statusBar().currentMessage() == citation(pack.figure(fig_id), lang)

    card = next(c for c in page(window, "overview").findChildren(FigureCard) if c.figure.id == "gdp-county")
    window.select_tab("overview")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    landed("gdp-county", "612.35")

    import pyqtgraph as pg

    window.select_tab("farming")
    chart = chart_of(window, "oil-output")
    qtbot.waitExposed(chart)
    y, _x0, x1, fig = next(row for row in chart.rows if row[3].id == "sugar-output")
    vb = chart.getPlotItem().getViewBox()
    point = chart.mapFromScene(vb.mapViewToScene(pg.Point(x1 / 2, y)))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    landed("sugar-output", "120.5")

    data = page(window, "data")
    from briefing_app.ui.tabs.data_table import FIGURE_ROLE

    row = next(r for r in range(data.proxy.rowCount()) if data.proxy.index(r, 0).data(FIGURE_ROLE) == "oil-growth")
    data.table.activated.emit(data.proxy.index(row, 1))
    landed("oil-growth", "-3.1")

    chip = next(c for c in page(window, "timeline").findChildren(Chip) if pack.figure("gdp-county").label(lang) in c.text())
    window.select_tab("timeline")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    landed("gdp-county", "612.35")

    items = [source.quotes.item(r) for r in range(source.quotes.count())]
    baishi = next(i for i in items if i.text() == citation(pack.figure("growth-baishi"), lang))
    source.quotes.itemClicked.emit(baishi)
    assert source.selected_text() == "约4"

    window.go(-1)  # Back from the timeline's jump, then Forward to the cell again
    assert window.current_key() == "timeline"
    window.go(1)
    landed("gdp-county", "612.35")


def test_a_table_cell_from_the_article_stays_plain_text(make_window, tmp_path):
    for path in BULLETIN.parent.iterdir():
        shutil.copy(path, tmp_path)
    article = tmp_path / "bulletin.md"
    text = article.read_text(encoding="utf-8")
    row = "| 家禽出栏 | 万羽 | 321.5 | 2.2 |\n"
    article.write_text(text.replace(row, row + "| <b>粗体</b> &amp; <img src=x> | 个 | 1 |  |\n"), encoding="utf-8")
    window = make_window(load_pack(tmp_path / "bulletin.yaml"))
    source = page(window, "source")
    three = tables(source)[2]
    assert cell_text(three, 3, 0) == "<b>粗体</b> &amp; <img src=x>"


def test_a_figure_added_from_a_selected_table_cell_cites_that_cell(make_window, tmp_path):
    for path in BULLETIN.parent.iterdir():
        shutil.copy(path, tmp_path)
    window = make_window(load_pack(tmp_path / "bulletin.yaml"))
    source = page(window, "source")
    window.select_tab("source")
    article = window.pack.article
    cell = article.index("| 2.2 |") + 2  # 家禽出栏's fall, cited by no figure yet
    source.select_span(cell, cell + 3)
    assert source.selected_text() == "2.2"
    window.findChild(type(window.editing.actions["add"]), "edit-add").trigger()
    form = window.editing.last_form
    assert (form._text("type"), form._text("value"), form._text("unit"), form._text("direction")) == \
           ("change", "2.2", "%", "down")
    assert (form._text("label_zh"), form._text("quote")) == ("家禽出栏下降", "| 家禽出栏 | 万羽 | 321.5 | 2.2 |")
    form.set("id", "poultry-fall")
    form.set("label_en", "Poultry slaughtered, fall")
    form.accept()
    fig = window.pack.figure("poultry-fall")  # saved, reloaded: `check` found its cell
    assert (fig.cell.table, fig.cell.row, fig.cell.column) == (3, "家禽出栏", "比上年下降（%）")
    assert citation(fig, "zh") == "第3个表格 · 家禽出栏 · 比上年下降（%）：2.2"
