"""Figures read from a table cell: `check` finds the cell, proves its number (sign, qualifier, digits), its unit
(column header, row label, 单位 column, caption line) and its kind, and says what the cell holds when it does not;
the views show a cell's citation. tests/model/cells/bulletin.md is a small bulletin with a caption unit, a two-row
merged header with years, an escaped `|`, a rank column, a 单位 column and a column of falls. Expected texts are
written out by hand."""

from __future__ import annotations

import shutil

import pytest

from briefing_app.cli import main
from briefing_app.model import PackError, display, load_pack
from briefing_app.model.cells import citation, source_text
from briefing_app.model.tables import read_number, read_tables

from ..conftest import ROOT, edit

HERE = ROOT / "tests" / "model" / "cells"


@pytest.fixture
def bulletin(tmp_path):
    for name in ("bulletin.yaml", "bulletin.md"):
        shutil.copy(HERE / name, tmp_path)
    return tmp_path / "bulletin.yaml"


def problems(path) -> list[str]:
    with pytest.raises(PackError) as exc:
        load_pack(path)
    return [str(p).split(": ", 1)[1] for p in exc.value.problems]


# (figure id, zh, en on a slide, zh citation, en citation)
SHOWN = [
    ("gdp-county", "612.35亿元", "CNY 61.235 billion", "表1 · 全县 · 地区生产总值：612.35",
     "Table 1 · 全县 · 地区生产总值: 612.35"),
    ("growth-chengguan", "增长6.0%", "+6.0%", "表1 · 城关镇 · 比上年增长（%）：6.0", "Table 1 · 城关镇 · 比上年增长（%）: 6.0"),
    ("growth-linjiang", "增长-2.3%", "down 2.3%", "表1 · 临江镇 · 比上年增长（%）：-2.3",
     "Table 1 · 临江镇 · 比上年增长（%）: -2.3"),
    ("growth-baishi", "增长约4%", "up about 4%", "表1 · 白石乡 · 比上年增长（%）：约4", "Table 1 · 白石乡 · 比上年增长（%）: 约4"),
    ("gdp-baishi", "1034.5亿元", "CNY 103.45 billion", "表1 · 白石乡 · 地区生产总值：1,034.5",
     "Table 1 · 白石乡 · 地区生产总值: 1,034.5"),
    ("rank-chengguan", "各乡镇第1", "No. 1 among the towns", "表1 · 城关镇 · 位次：1", "Table 1 · 城关镇 · 位次: 1"),
    ("oil-output", "9.4万吨", "94,000 tonnes", "表2 · 油料 · 2024年 / 产量（万吨）：9.4",
     "Table 2 · 油料 · 2024年 / 产量（万吨）: 9.4"),
    ("oil-growth", "增长-3.1%", "down 3.1%", "表2 · 油料 · 比上年增长（%）：-3.1", "Table 2 · 油料 · 比上年增长（%）: -3.1"),
    ("sugar-output", "120.5万吨", "1.205 million tonnes", "表2 · 糖料（甘蔗|甜菜） · 2024年 / 产量（万吨）：120.5",
     "Table 2 · 糖料（甘蔗|甜菜） · 2024年 / 产量（万吨）: 120.5"),
    ("pigs", "26.8万头", "268,000 pigs", "第3个表格 · 生猪出栏 · 绝对数：26.8", "table 3 (unnumbered) · 生猪出栏 · 绝对数: 26.8"),
    ("pigs-fall", "下降1.8%", "down 1.8%", "第3个表格 · 生猪出栏 · 比上年下降（%）：1.8",
     "table 3 (unnumbered) · 生猪出栏 · 比上年下降（%）: 1.8"),
    ("urban-income", "48562元", "CNY 48,562", "第3个表格 · 城镇居民人均可支配收入（元） · 绝对数：48562",
     "table 3 (unnumbered) · 城镇居民人均可支配收入（元） · 绝对数: 48562"),
]


def test_a_pack_of_cell_figures_checks_and_reads_as_its_tables_write_them():
    pack = load_pack(HERE / "bulletin.yaml")
    for fig_id, zh, en, cite_zh, cite_en in SHOWN:
        fig = pack.figure(fig_id)
        assert (display(fig, "zh"), display(fig, "en")) == (zh, en), fig_id
        assert (citation(fig, "zh"), citation(fig, "en")) == (cite_zh, cite_en), fig_id
        assert source_text(fig, "zh") == cite_zh
    text = pack.figure("oil-output-2023")
    assert text.cell.found.column.year == (2023, False)


def test_a_figure_quoted_from_the_text_keeps_its_quote_as_its_source():
    pack = load_pack(ROOT / "tests" / "packs" / "qichuan-2023" / "qichuan-2023.yaml")
    fig = next(f for f in pack.data.figures if f.cell is None)
    assert citation(fig, "zh") is None and source_text(fig, "en") == fig.quote


OIL_GROWTH = "    table: 2\n    row: 油料\n    column: 比上年增长（%）"


@pytest.mark.parametrize("old, new, expected", [
    (OIL_GROWTH, OIL_GROWTH.replace("table: 2", "table: 4"),
     "figures[8].cell.table: the article has 3 tables (a Markdown table: a header row, a | --- | row, then one line "
     "per row); there is no table 4"),
    ("  value: -3.1\n", "  value: 3.1\n",
     "figures[8].value: table 2, row 油料, column 比上年增长（%） holds -3.1, not 3.1 (the cell writes a minus sign: "
     "value: -3.1)"),
    ("  value: -3.1\n", "  value: 3.1\n  direction: down\n",
     "figures[8].value: table 2, row 油料, column 比上年增长（%） holds -3.1: a fall written as negative growth is "
     "value: -3.1 with no direction"),
    ("  value: 9.4\n", "  value: 9.5\n",
     "figures[6].value: table 2, row 油料, column 2024年 / 产量（万吨） holds 9.4, not 9.5"),
    ("    row: 油料\n    column: 2023年", "    row: 油菜\n    column: 2023年",
     "figures[7].cell.row: table 2 has no row '油菜' (its rows: 粮食, 油料, 糖料（甘蔗|甜菜）); row is the row's first "
     "cell as written"),
    ("    column: 2024年 / 产量（万吨）\n  quote: '| 油料", "    column: 产量（万吨）\n  quote: '| 油料",
     "figures[6].cell.column: '产量（万吨）' names 2 columns of table 2; name one by its header cells joined with ' / ' "
     "('2024年 / 产量（万吨）', '2023年 / 产量（万吨）')"),
    ("    column: 2024年 / 产量（万吨）\n  quote: '| 油料", "    column: 产量\n  quote: '| 油料",
     "figures[6].cell.column: table 2 has no column '产量' (its columns: 产量（万吨）, 比上年增长（%）); column is a "
     "header cell as written"),
    ("    column: 2024年 / 产量（万吨）\n  quote: '| 油料", "    column: 产品名称\n  quote: '| 油料",
     "figures[6].cell.column: '产品名称' is not a column of numbers in table 2 (its columns of numbers: 产量（万吨）, "
     "比上年增长（%）)"),
    ("  value: 9.4\n  unit: 万吨", "  value: 9.4\n  unit: 吨",
     "figures[6].unit: table 2, row 油料, column 2024年 / 产量（万吨）: the table gives 万吨 for this cell (from its "
     "column header '产量（万吨）'), not 吨"),
    ("  value: 612.35\n  unit: 亿元", "  value: 612.35\n  unit: 万元",
     "figures[0].unit: table 1, row 全县, column 地区生产总值: the table gives 亿元 for this cell (from the line "
     "'单位：亿元' before the table), not 万元"),
    ("  value: 26.8\n  unit: 万头", "  value: 26.8\n  unit: 头",
     "figures[10].unit: table 3, row 生猪出栏, column 绝对数: the table gives 万头 for this cell (from the row's 单位 "
     "column), not 头"),
    ("  value: 48562\n  unit: 元", "  value: 48562\n  unit: 万元",
     "figures[12].unit: table 3, row 城镇居民人均可支配收入（元）, column 绝对数: the table gives 元 for this cell (from "
     "its row's label '城镇居民人均可支配收入（元）'), not 万元"),
    ("  qualifier: 约\n", "",
     "figures[3].qualifier: table 1, row 白石乡, column 比上年增长（%） holds 约4: give qualifier: 约"),
    ("  type: change\n  label:\n    zh: 临江镇", "  label:\n    zh: 临江镇",
     "figures[2].type: table 1, row 临江镇, column 比上年增长（%）: '比上年增长（%）' is a change (比上年增长, 增速, 增减…): "
     "give type: change; a negative number there is a fall, value: -2.3 with no direction"),
    ("  quote: '| 临江镇 | 98.40 | -2.3 | 2 |'", "  quote: '| 城关镇 | 205.10 | 6.0 | 1 |'",
     "figures[2].quote: a cell figure quotes its table row whole, as it stands in the article: "
     "'| 临江镇 | 98.40 | -2.3 | 2 |'"),
    ("  direction: down\n  word: 下降\n", "",
     "figures[11].direction: table 3, row 生猪出栏, column 比上年下降（%）: '比上年下降（%）' counts falls: give "
     "direction: down"),
    ("  word: 下降\n", "  word: 减少\n",
     "figures[11].word: '减少' does not occur in the table's caption, the column's header or the row's label"),
    ("    column: 位次", "    column: 地区生产总值",
     "figures[5].value: table 1, row 城关镇, column 地区生产总值 holds 205.10, not the rank 1"),
    (OIL_GROWTH, OIL_GROWTH + "\n  derived:\n    from: [oil-output]\n    method: {zh: 计算, en: computed}",
     "figures[8].cell: a derived figure is computed, not read from a table: leave out cell"),
])
def test_check_refuses_a_cell_that_does_not_hold_the_figure_and_says_what_it_holds(bulletin, old, new, expected):
    edit(bulletin, old, new)
    assert expected in problems(bulletin)


def test_a_table_row_quoted_without_its_cell_is_pointed_to_cell(bulletin):
    edit(bulletin, "  cell:\n    table: 1\n    row: 全县\n    column: 地区生产总值\n", "")
    found = problems(bulletin)
    assert "figures[0].cell: the quote is a table row: give the cell its number stands in, cell: {table: N, row: …, " \
           "column: …} (seeds/README.md)" in found


def test_check_prints_one_line_per_bad_cell_and_exits_1(bulletin, capsys):
    edit(bulletin, "  value: 9.4\n", "  value: 9.5\n")
    assert main(["check", str(bulletin)]) == 1
    err = capsys.readouterr().out.strip().splitlines()
    line = bulletin.read_text(encoding="utf-8").splitlines().index("  value: 9.5") + 1
    assert err == [f"{bulletin}:{line}: figures[6].value: table 2, row 油料, column 2024年 / 产量（万吨） holds 9.4, not 9.5"]


def test_tables_are_read_as_the_convention_writes_them():
    article = (HERE / "bulletin.md").read_text(encoding="utf-8")
    one, two, three = read_tables(article)
    assert one.caption == ("表1　2024年分乡镇主要指标", "单位：亿元") and one.unit == "亿元" and one.label == ("表1", "Table 1")
    assert [c.name for c in one.data_columns] == ["地区生产总值", "比上年增长（%）", "位次"]
    assert [c.kind for c in one.data_columns] == ["quantity", "change", "rank"]
    assert two.header_rows == 2 and two.caption == ("表2　主要农产品产量",) and two.unit is None
    assert [c.full_name for c in two.data_columns] == ["2024年 / 产量（万吨）", "2024年 / 比上年增长（%）",
                                                       "2023年 / 产量（万吨）"]
    assert [two.row_label(r) for r in two.data_rows] == ["粮食", "油料", "糖料（甘蔗|甜菜）"]
    assert three.caption == () and three.unit_column == 1 and three.data_columns[1].falls
    for table in (one, two, three):  # every cell's offsets point at its text in the article
        for row in table.rows:
            assert article[row.start:row.start + len(row.line)] == row.line
            for cell in row.cells:
                assert article[cell.start:cell.end].replace("\\|", "|") == cell.text


@pytest.mark.parametrize("text, digits, qualifier, unit", [
    ("12.35", "12.35", "exact", ""), ("-3.1", "-3.1", "exact", ""), ("−0.5", "−0.5", "exact", ""),
    ("1,234.5", "1,234.5", "exact", ""), ("约12", "12", "约", ""), ("120余", "120", "余", ""),
    ("9.4万吨", "9.4", "exact", "万吨"), ("5.5%左右", "5.5", "左右", "%"), ("12以上", "12", "以上", ""),
])
def test_a_cell_number_keeps_its_sign_qualifier_and_unit(text, digits, qualifier, unit):
    number = read_number(text)
    assert (number.digits, number.qualifier, number.unit) == (digits, qualifier, unit)


@pytest.mark.parametrize("text", ["", "—", "…", "2023年", "3号", "城关镇", "12月"])
def test_text_years_and_dashes_are_not_numbers_of_a_table(text):
    assert read_number(text) is None


@pytest.mark.parametrize("header, kind, unit", [
    ("产量（万吨）", "quantity", "万吨"), ("工业增加值（亿元）", "quantity", "亿元"), ("人口自然增长率（‰）", "quantity", "‰"),
    ("比上年增长（%）", "change", "%"), ("增速", "change", "%"), ("增加值比上年增长（%）", "change", "%"),
    ("比上年增减（万亩）", "change", "万亩"), ("比重提高（百分点）", "change", "百分点"), ("比上年下降（%）", "change", "%"),
    ("占全市比重（%）", "share", "%"), ("位次", "rank", None), ("2023年", "quantity", None), ("(亿元)", "quantity", "亿元"),
    ("人均收入（元/人）", "quantity", "元/人"), ("分县（市、区）", "quantity", None),
])
def test_a_column_header_says_what_kind_of_number_and_unit_its_cells_are(header, kind, unit):
    (table,) = read_tables(f"| 地区 | {header} |\n| --- | --- |\n| 全市 | 12 |\n")
    (column,) = table.data_columns
    assert (column.kind, table.cell_unit(table.data_rows[0], column)[0]) == (kind, unit)
