"""`briefing-app data -o FILE` lists every figure with qualifier, period and quote."""

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from briefing_app.cli import main
from briefing_app.export.data import COLUMNS

REQUIRED = ["id", "section", "label_zh", "label_en", "value", "unit", "qualifier", "period", "display_zh",
            "display_en", "quote"]


def test_csv_has_bom_and_every_figure(pack, tmp_path, capsys):
    out = tmp_path / "figures.csv"
    assert main(["data", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert set(REQUIRED) <= set(rows[0])
    assert [r["id"] for r in rows] == [f.id for f in pack.data.figures]
    by_id = {r["id"]: r for r in rows}
    assert by_id["smart-space-investment"]["display_zh"] == "计划约196亿元"
    assert by_id["smart-space-investment"]["qualifier"] == "计划；约"
    assert by_id["linkage-events-2023"]["display_en"] == "more than 230 events"
    assert by_id["corridor-alliances"]["period"] == "as of Feb 2024"
    assert by_id["rd-intensity-2023"]["quote"] == "研究与试验发展投入强度达6.79%"
    assert by_id["corridor-high-tech-share-pct"]["derived_from"] == "corridor-high-tech-share"
    for row in rows:
        assert row["quote"] in pack.article
    assert "wrote 35 figures" in capsys.readouterr().out


def test_json_is_a_list_of_objects(pack, tmp_path):
    out = tmp_path / "figures.json"
    assert main(["data", "-o", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(rows, list) and len(rows) == len(pack.data.figures)
    assert rows[0]["value"] == 1633 and rows[0]["label_zh"] == "规模以上工业企业"
    assert list(rows[0]) == COLUMNS


def test_xlsx(pack, tmp_path):
    out = tmp_path / "figures.xlsx"
    assert main(["data", "-o", str(out)]) == 0
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header == COLUMNS
    assert sheet.max_row == len(pack.data.figures) + 1
    assert sheet.cell(row=2, column=header.index("display_zh") + 1).value == "1633家"


@pytest.mark.parametrize("name, message", [("figures.txt", "must end in .csv or .json or .xlsx"),
                                           ("missing/figures.csv", "does not exist")])
def test_bad_output_paths(tmp_path, capsys, name, message):
    assert main(["data", "-o", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_output_is_a_folder(tmp_path, capsys):
    folder = tmp_path / "x.csv"
    folder.mkdir()
    assert main(["data", "-o", str(folder)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_unwritable_folder(unwritable_folder, capsys):
    assert main(["data", "-o", str(unwritable_folder / "f.csv")]) == 1
    assert "not writable" in capsys.readouterr().err
    assert not list(unwritable_folder.iterdir())


def test_failed_write_keeps_existing_file(pack, tmp_path, monkeypatch):
    """A crash mid-write leaves the old file untouched and no temporary file behind."""
    from briefing_app.export import data

    out = tmp_path / "figures.csv"
    out.write_text("precious", encoding="utf-8")

    def broken(rows, path):
        path.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data, "_csv", broken)
    assert main(["data", "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.csv"]


def test_plan_year_direction_and_denominator_have_their_own_columns(tmp_path):
    """An analyst can filter targets, falls and shares of a total without parsing the display text."""
    pack_path = Path(__file__).parents[1] / "packs" / "lanjiang" / "lanjiang.yaml"
    out = tmp_path / "figures.csv"
    assert main(["data", str(pack_path), "-o", str(out)]) == 0
    by_id = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    target = by_id["wafer-capacity-target"]
    assert (target["plan"], target["plan_en"], target["target_year"]) == ("力争", "target for 2026", "2026")
    assert (by_id["ic-share-province"]["share_of"], by_id["ic-share-province"]["share_of_en"]) == (
        "全省", "provincial total")
    falls = [r for r in by_id.values() if r["direction"] == "down"]
    assert falls and all(r["type"] == "change" for r in falls)
    assert by_id["ic-firms"]["plan"] == by_id["ic-firms"]["target_year"] == by_id["ic-firms"]["share_of"] == ""
