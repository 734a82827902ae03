"""`briefing-app series KEY DIR…` prints every value with its quote; `data --series` writes them; `draft
--library` proposes the series keys of the Library's matching figures."""

from __future__ import annotations

import csv
import shutil

from briefing_app.cli import main

from ..deck.series_packs import QINGCEN, QINGCEN_2023


def test_series_prints_each_value_with_its_mark_pack_and_quote(capsys):
    assert main(["series", "gdp", str(QINGCEN)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "gdp: 地区生产总值：2023年4936.2亿元 → 2024年5106.8亿元，增加170.6亿元"
    assert lines[1:] == [
        "2023年  青岑市  4812.6亿元  后经修订  qingcen-2023.yaml  「初步核算，全年全市地区生产总值4812.6亿元」",
        "2023年  青岑市  4936.2亿元  修订后  qingcen-2024.yaml  「经最终核实，2023年全市地区生产总值修订为4936.2亿元」",
        "2024年  青岑市  5106.8亿元  qingcen-2024.yaml  「初步核算，全年全市地区生产总值5106.8亿元」"]


def test_series_in_english_says_the_scope_changed(capsys):
    assert main(["series", "urban-income", str(QINGCEN), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "2023  Qingcen urban districts  CNY 56,318  qingcen-2023.yaml  「全年市区城镇居民人均可支配收入56318元」" in out
    assert out.strip().endswith("scope changed: values for Qingcen urban districts, Qingcen City are not "
                                "comparable and are not joined")


def test_an_unknown_series_names_the_known_ones(capsys, tmp_path):
    assert main(["series", "gpd", str(QINGCEN)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no figure names the series 'gpd'; the series are: ") and " gdp," in err
    assert main(["series", "gdp", str(tmp_path / "nowhere")]) == 1


def test_data_writes_a_series_as_csv_and_xlsx(tmp_path):
    out = tmp_path / "revenue.csv"
    assert main(["data", "--series", "budget-revenue", str(QINGCEN), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert [(r["period"], r["value"], r["unit"], r["series_value"], r["series_unit"]) for r in rows] == [
        ("2023", "312.5", "亿元", "312.5", "亿元"), ("2024", "3278436", "万元", "327.8436", "亿元")]
    assert rows[1]["quote"] == "全年一般公共预算收入3278436万元" and rows[1]["pack"] == "qingcen-2024.yaml"
    from openpyxl import load_workbook

    xlsx = tmp_path / "gdp.xlsx"
    assert main(["data", "--series", "gdp", str(QINGCEN), "-o", str(xlsx)]) == 0
    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    statuses = [row[header.index("status")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert statuses == ["later revised", "revised", None]


def test_draft_proposes_the_librarys_series_keys(tmp_path, capsys):
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(QINGCEN_2023, library)
    shutil.copy(QINGCEN / "qingcen-2023.md", library)
    article = tmp_path / "new" / "qingcen-2024.md"
    article.parent.mkdir()
    shutil.copy(QINGCEN / "qingcen-2024.md", article)
    assert main(["draft", str(article), "--year", "2024", "--library", str(library)]) == 0
    assert "got a series key from the Library" in capsys.readouterr().out
    from briefing_app.model import load_pack

    drafted = load_pack(article.with_suffix(".yaml"))  # the keys keep the pack valid
    keyed = {f.series: f for f in drafted.data.figures if f.series}
    assert {"gdp", "retail-sales", "rural-income", "investment-growth", "population"} <= set(keyed)
    assert keyed["gdp"].value == 5106.8 and keyed["investment-growth"].type == "change"
    assert "urban-income" not in keyed  # 2023 was the urban districts', 2024 the whole city's: not proposed
    assert "# Series proposed from the Library" in article.with_suffix(".yaml").read_text(encoding="utf-8")
