"""`draft` turns every data cell of every table into a figure that cites it: labels from the row and the column,
units from the cell, header, row, 单位 column or caption, growth columns as changes (negative = a fall), a 下降
column as falls, years across the columns as periods, a total row as the document's own place and out of the
column's chart, place rows as their places, and each column one group. Tables are generated here in the forms
bulletins use; expected figures are written out by hand. Every drafted pack must pass `check`."""

from __future__ import annotations

import shutil

import pytest

from briefing_app.draft import draft
from briefing_app.draft.command import write_draft
from briefing_app.model import load_pack

from tests.conftest import ROOT

HEAD = "# 柳岸县2024年国民经济和社会发展统计公报\n\n柳岸县统计局　2025年3月20日\n\n## 一、综合\n\n全年全县地区生产总值312.5亿元，比上年增长5.1%。\n\n"


def drafted(tmp_path, body: str):
    """The pack drafted for HEAD + body, loaded through `check`."""
    article = tmp_path / "gongbao.md"
    article.write_text(HEAD + body, encoding="utf-8")
    write_draft(article, tmp_path / "gongbao.yaml")
    return load_pack(tmp_path / "gongbao.yaml")


def cells(pack) -> dict[tuple, object]:
    return {(f.cell.table, f.cell.row, f.cell.column): f for f in pack.data.figures if f.cell is not None}


def summary(fig) -> tuple:
    period = fig.period.model_dump(exclude_none=True)
    return (fig.type, fig.value, getattr(fig, "unit", None), getattr(fig, "direction", None),
            getattr(fig, "qualifier", None), period, fig.label.zh)


def test_a_bulletin_table_drafts_one_figure_per_data_cell(tmp_path):
    pack = drafted(tmp_path, """表1　2024年分乡镇地区生产总值

单位：亿元

| 乡镇 | 地区生产总值 | 比上年增长（%） |
| --- | --- | --- |
| 全县 | 312.5 | 5.1 |
| 城关镇 | 120.3 | 6.2 |
| 临江镇 | 88.7 | -1.4 |
| 白石乡 | 约40 | — |
""")
    found = cells(pack)
    assert {k: summary(f) for k, f in found.items()} == {
        (1, "全县", "地区生产总值"): ("quantity", 312.5, "亿元", None, "exact", {"year": 2024}, "全县地区生产总值"),
        (1, "全县", "比上年增长（%）"): ("change", 5.1, "%", "up", "exact", {"year": 2024}, "全县地区生产总值增长"),
        (1, "城关镇", "地区生产总值"): ("quantity", 120.3, "亿元", None, "exact", {"year": 2024}, "城关镇地区生产总值"),
        (1, "城关镇", "比上年增长（%）"): ("change", 6.2, "%", "up", "exact", {"year": 2024}, "城关镇地区生产总值增长"),
        (1, "临江镇", "地区生产总值"): ("quantity", 88.7, "亿元", None, "exact", {"year": 2024}, "临江镇地区生产总值"),
        (1, "临江镇", "比上年增长（%）"): ("change", -1.4, "%", "up", "exact", {"year": 2024}, "临江镇地区生产总值增长"),
        (1, "白石乡", "地区生产总值"): ("quantity", 40, "亿元", None, "约", {"year": 2024}, "白石乡地区生产总值"),
    }
    falls = found[(1, "临江镇", "比上年增长（%）")]
    assert falls.falls and falls.quote == "| 临江镇 | 88.7 | -1.4 |"
    total, town = found[(1, "全县", "地区生产总值")], found[(1, "城关镇", "地区生产总值")]
    assert pack.data.scopes[total.scope].zh == "柳岸县" and pack.data.scopes[town.scope].zh == "城关镇"
    assert total.group is None  # the total is not a bar beside its parts
    column = pack.group_figures(town.group)
    assert [f.cell.row for f in column] == ["城关镇", "临江镇", "白石乡"]
    titles = {g.id: g.title.zh for g in pack.data.groups}
    assert titles[town.group] == "分乡镇地区生产总值"
    assert titles[found[(1, "城关镇", "比上年增长（%）")].group] == "分乡镇地区生产总值增长"


def test_years_across_the_columns_units_from_rows_and_falls(tmp_path):
    pack = drafted(tmp_path, """| 指标 | 单位 | 2023年 | 2024年 | 比上年下降（%） |
| --- | --- | --- | --- | --- |
| 生猪出栏 | 万头 | 27.3 | 26.8 | 1.8 |
| 规模以上工业企业数 | 家 | 412 | 436 |  |
| 耕地面积（万亩） |  | 56.2 | 55.9 | 0.5 |

表2　主要农产品产量

| 产品名称 | 2024年 | 2024年 |
| --- | --- | --- |
| 产品名称 | 产量（万吨） | 比上年增长（%） |
| 粮食 | 52.3 | 1.2 |
| 其中：稻谷 | 40.1 | 0.0 |
""")
    found = cells(pack)
    assert {k: summary(f) for k, f in found.items()} == {
        (1, "生猪出栏", "2023年"): ("quantity", 27.3, "万头", None, "exact", {"year": 2023}, "生猪出栏"),
        (1, "生猪出栏", "2024年"): ("quantity", 26.8, "万头", None, "exact", {"year": 2024}, "生猪出栏"),
        (1, "生猪出栏", "比上年下降（%）"): ("change", 1.8, "%", "down", "exact", {"year": 2024}, "生猪出栏下降"),
        (1, "规模以上工业企业数", "2023年"): ("quantity", 412, "家", None, "exact", {"year": 2023}, "规模以上工业企业数"),
        (1, "规模以上工业企业数", "2024年"): ("quantity", 436, "家", None, "exact", {"year": 2024}, "规模以上工业企业数"),
        (1, "耕地面积（万亩）", "2023年"): ("quantity", 56.2, "万亩", None, "exact", {"year": 2023}, "耕地面积"),
        (1, "耕地面积（万亩）", "2024年"): ("quantity", 55.9, "万亩", None, "exact", {"year": 2024}, "耕地面积"),
        (1, "耕地面积（万亩）", "比上年下降（%）"): ("change", 0.5, "%", "down", "exact", {"year": 2024}, "耕地面积下降"),
        (2, "粮食", "产量（万吨）"): ("quantity", 52.3, "万吨", None, "exact", {"year": 2024}, "粮食产量"),
        (2, "粮食", "比上年增长（%）"): ("change", 1.2, "%", "up", "exact", {"year": 2024}, "粮食产量增长"),
        (2, "其中：稻谷", "产量（万吨）"): ("quantity", 40.1, "万吨", None, "exact", {"year": 2024}, "稻谷产量"),
        (2, "其中：稻谷", "比上年增长（%）"): ("change", 0.0, "%", "up", "exact", {"year": 2024}, "稻谷产量增长"),
    }
    rice = found[(2, "其中：稻谷", "比上年增长（%）")]
    from briefing_app.model import display

    assert (display(rice, "zh"), display(rice, "en")) == ("增长0.0%", "+0.0%")  # the cell's digits kept


def test_a_cell_a_table_gives_no_unit_for_is_left_out_with_the_reason(tmp_path):
    result = draft(HEAD + "| 指标 | 2024年 |\n| --- | --- |\n| 综合指数 | 103.2 |\n", "a.md")
    assert not [f for f in result.pack["figures"] if "cell" in f]
    assert [(s.text, s.reason) for s in result.skipped if s.text == "103.2"] == [
        ("103.2", "a number of a table that gives no unit for it (header, row, 单位 column or line)")]


@pytest.mark.parametrize("year", ["2023", "2024"])
def test_the_qichuan_bulletins_tables_draft_every_hand_made_cell(tmp_path, year):
    """Measured against the hand-made packs of tests/packs/qichuan-*: each of their 40 cell figures is drafted
    with the same value, unit, kind and period (report: 40/40 for both)."""
    folder = ROOT / "tests" / "packs" / f"qichuan-{year}"
    shutil.copy(folder / f"qichuan-{year}.md", tmp_path)
    write_draft(tmp_path / f"qichuan-{year}.md", tmp_path / "drafted.yaml")
    mine = cells(load_pack(tmp_path / "drafted.yaml"))
    hand = cells(load_pack(folder / f"qichuan-{year}.yaml"))
    assert len(hand) == 40 and set(mine) == set(hand)
    for key, fig in hand.items():
        got = mine[key]
        assert (got.type, float(got.value), getattr(got, "unit", None), got.period) == \
               (fig.type, float(fig.value), getattr(fig, "unit", None), fig.period), key


def _random_table(rng, n: int) -> tuple[str, dict]:
    """A bulletin table of random shape, headers and numbers, and the cells (row, column) → (value, unit, kind)
    a reader of the table sees in it."""
    units = ["亿元", "万吨", "万人", "家", "万平方米", "万千瓦时"]
    unit = rng.choice(units)
    layout = rng.choice(["header", "caption", "unit column", "row label"])
    places = rng.sample(["城关镇", "临江镇", "白石乡", "东山街道", "西湖区", "南岭县", "北港镇"], rng.randint(2, 5))
    total = rng.random() < 0.5
    rows = (["全县"] if total else []) + places
    years = rng.random() < 0.4
    measure = rng.choice(["产值", "销售额", "产量", "投资额"])
    headers = ["地区"] + ([] if layout != "unit column" else ["单位"])
    columns = []
    in_header = f"（{unit}）" if layout == "header" else ""
    if years:
        columns += [(f"2023年{in_header}", "quantity", 2023), (f"2024年{in_header}", "quantity", 2024)]
    else:
        columns += [(measure + in_header, "quantity", 2024)]
    columns.append(("比上年增长（%）", "change", 2024))
    lines = [f"表{n}　2024年分乡镇{measure}" if layout != "caption" else f"单位：{unit}", ""]
    lines.append("| " + " | ".join(headers + [c[0] for c in columns]) + " |")
    lines.append("| " + " | ".join(["---"] * (len(headers) + len(columns))) + " |")
    expected = {}
    for place in rows:
        label = place + (f"（{unit}）" if layout == "row label" else "")
        cells = [label] + ([unit] if layout == "unit column" else [])
        for header, kind, year in columns:
            if kind == "change":
                value = round(rng.uniform(-9.9, 19.9), 1)
                expected[(label, header)] = (value, "%", "change", year)
            else:
                value = round(rng.uniform(1, 9999), rng.choice([0, 1, 2]))
                value = int(value) if value == int(value) else value
                expected[(label, header)] = (value, unit, "quantity", year)
            cells.append(f"{value:.1f}" if kind == "change" else str(value))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n", expected


@pytest.mark.parametrize("seed", range(8))
def test_generated_tables_draft_every_cell_and_check_accepts_them(tmp_path, seed):
    import random

    rng = random.Random(seed)
    body, want = "", {}
    for n in (1, 2):
        table, cells_of = _random_table(rng, n)
        body += f"## {'二三'[n - 1]}、分乡镇情况\n\n" + table + "\n"
        want.update({(n, row, column): v for (row, column), v in cells_of.items()})
    pack = drafted(tmp_path, body)
    got = {k: (f.value, getattr(f, "unit", None), f.type, f.period.year) for k, f in cells(pack).items()}
    assert got == {(n, row, col): (pytest.approx(v), u, kind, y) for (n, row, col), (v, u, kind, y) in want.items()}
    for (_n, row, _column), fig in cells(pack).items():  # each place's own figure; the total is the county's
        place = row.split("（")[0]
        assert pack.data.scopes[fig.scope].zh == ("柳岸县" if place == "全县" else place)


def test_a_row_that_names_its_measure_does_not_take_the_columns_again(tmp_path):
    """A row that is already a quantity (发电量, 民间投资, 各项贷款余额) is labelled as a person writes it, not with
    the column's measure repeated (发电量产量, 民间投资投资额); a change of a year-end balance is the balance's."""
    pack = drafted(tmp_path, """表3　2024年主要工业产品产量

| 产品名称 | 单位 | 产量 | 比上年增长（%） |
| --- | --- | --- | --- |
| 水泥 | 万吨 | 86.4 | -3.2 |
| 供电量 | 亿千瓦时 | 21.7 | 4.6 |

表4　2024年固定资产投资

| 指标 | 投资额（亿元） | 比上年增长（%） |
| --- | --- | --- |
| 固定资产投资（不含农户） | 154.2 | 3.1 |
| 制造业 | 41.8 | 9.7 |
| 民间投资 | 77.0 | -2.5 |

表5　2024年末金融机构存贷款

单位：亿元

| 指标 | 年末余额 | 比年初增加 | 比上年增长（%） |
| --- | --- | --- | --- |
| 各项贷款余额 | 512.6 | 48.3 | 10.4 |
| 其中：个人经营贷款 | 96.1 | 12.0 | 14.3 |
""")
    labels = {(row, column): fig.label.zh for (_table, row, column), fig in cells(pack).items()}
    assert labels == {
        ("水泥", "产量"): "水泥产量", ("水泥", "比上年增长（%）"): "水泥产量增长",
        ("供电量", "产量"): "供电量", ("供电量", "比上年增长（%）"): "供电量增长",
        ("固定资产投资（不含农户）", "投资额（亿元）"): "固定资产投资（不含农户）",
        ("固定资产投资（不含农户）", "比上年增长（%）"): "固定资产投资（不含农户）增长",
        ("制造业", "投资额（亿元）"): "制造业投资额", ("制造业", "比上年增长（%）"): "制造业投资额增长",
        ("民间投资", "投资额（亿元）"): "民间投资", ("民间投资", "比上年增长（%）"): "民间投资增长",
        ("各项贷款余额", "年末余额"): "各项贷款余额", ("各项贷款余额", "比年初增加"): "各项贷款余额增加",
        ("各项贷款余额", "比上年增长（%）"): "各项贷款余额增长",
        ("其中：个人经营贷款", "年末余额"): "个人经营贷款年末余额",
        ("其中：个人经营贷款", "比年初增加"): "个人经营贷款余额增加",
        ("其中：个人经营贷款", "比上年增长（%）"): "个人经营贷款余额增长",
    }


def test_rows_under_a_generic_or_change_only_column_take_the_measure_their_caption_names(tmp_path):
    """绝对数 names nothing: the caption (主要农产品产量…) says each row is an output; a table of growth rates only
    (…固定资产投资增长速度) is of investment, and a price table's 涨跌 is a price change."""
    pack = drafted(tmp_path, """表2　2024年主要农产品产量及其增长速度

| 产品名称 | 单位 | 绝对数 | 比上年增长（%） |
| --- | --- | --- | --- |
| 茶叶 | 吨 | 3120 | 6.4 |
| 其中：红茶 | 吨 | 870 | -2.1 |

表3　2024年分领域固定资产投资增长速度

| 指标 | 比上年增长（%） |
| --- | --- |
| 基础设施 | 7.3 |
| 房地产开发 | -11.6 |
| 施工项目个数 | 4.2 |

表4　2024年居民消费价格比上年涨跌幅度

| 指标 | 比上年涨跌（%） |
| --- | --- |
| 衣着类 | 1.1 |
""")
    labels = {(row, column): fig.label.zh for (_table, row, column), fig in cells(pack).items()}
    assert labels == {
        ("茶叶", "绝对数"): "茶叶产量", ("茶叶", "比上年增长（%）"): "茶叶产量增长",
        ("其中：红茶", "绝对数"): "红茶产量", ("其中：红茶", "比上年增长（%）"): "红茶产量增长",
        ("基础设施", "比上年增长（%）"): "基础设施投资增长", ("房地产开发", "比上年增长（%）"): "房地产开发投资增长",
        ("施工项目个数", "比上年增长（%）"): "施工项目个数增长",  # a count of its own, never 施工项目个数投资
        ("衣着类", "比上年涨跌（%）"): "衣着类价格涨跌",
    }
    from briefing_app.translate.compose import compose

    assert compose("茶叶产量") == "Tea output" and compose("衣着类价格涨跌") == "Clothing prices"


def test_a_total_row_is_its_measure_and_then_its_total_as_chinese_says_it(tmp_path):
    pack = drafted(tmp_path, """表1　2024年各镇地区生产总值

| 镇 | 地区生产总值（亿元） | 比上年增长（%） |
| --- | --- | --- |
| 石桥镇 | 41.36 | 4.8 |
| 合计 | 86.73 | 5.9 |
""")
    labels = {(row, column): fig.label.zh for (_table, row, column), fig in cells(pack).items()}
    assert labels[("合计", "地区生产总值（亿元）")] == "地区生产总值合计"
    assert labels[("合计", "比上年增长（%）")] == "地区生产总值合计增长"
    assert labels[("石桥镇", "地区生产总值（亿元）")] == "石桥镇地区生产总值"
