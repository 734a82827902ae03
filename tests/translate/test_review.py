"""`briefing-app translate` and `draft` as a person uses them: suggestions to review as CSV, the accepted rows
written back (all or none, comments kept), `check` still naming what is left, and `draft` writing the English
the termbase covers completely."""

from __future__ import annotations

import csv
import shutil

import pytest

from briefing_app.cli import main
from briefing_app.model import load_pack
from briefing_app.model.untranslated import UNTRANSLATED
from briefing_app.translate.memory import pairs
from tests.conftest import ROOT

LANJIANG = ROOT / "tests" / "packs" / "lanjiang"


@pytest.fixture
def drafted(tmp_path, capsys):
    shutil.copy(LANJIANG / "lanjiang.txt", tmp_path)
    assert main(["draft", str(tmp_path / "lanjiang.txt")]) == 0
    out = capsys.readouterr().out
    return tmp_path / "lanjiang.yaml", out


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _write(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_draft_writes_the_english_the_termbase_covers_and_lists_it(drafted):
    pack_path, out = drafted
    text = pack_path.read_text(encoding="utf-8")
    assert "English texts come translated from the termbase" in out
    assert "# English filled in from the termbase and the Library" in text
    pack = load_pack(pack_path)
    labels = {f.label.zh: f.label.en for f in pack.data.figures}
    assert labels["规模以上工业增加值增长"] == "Growth in value added of industry above designated size"
    assert labels["全社会研究与试验发展经费投入强度"] == "R&D intensity"  # 全社会 is what English leaves out
    assert "#   figures[18].label.en: 规模以上工业增加值增长 → Growth in value added" in text
    assert any(en == UNTRANSLATED for en in labels.values())  # the rest stays for a person


def test_suggest_lists_every_untranslated_text_with_its_origin(drafted, tmp_path, capsys):
    pack_path, _ = drafted
    out = tmp_path / "s.csv"
    assert main(["translate", str(pack_path), "--library", str(ROOT / "tests" / "packs"), "--suggest",
                 "-o", str(out)]) == 0
    rows = _rows(out)
    pack = load_pack(pack_path)
    assert [r["field"] for r in rows] == [p.path for p in sorted(pack.untranslated, key=lambda p: p.line)]
    hand = {zh: en for zh, en in pairs(load_pack(LANJIANG / "lanjiang.yaml").data)}
    remembered = [r for r in rows if r["zh"] in hand and r["origin"] == "from lanjiang.yaml"]
    assert remembered and all(r["suggestion"] == hand[r["zh"]] for r in remembered)  # the hand pack's English
    assert all(r["origin"] for r in rows if r["suggestion"]) and any(not r["suggestion"] for r in rows)
    assert all(r["where"] for r in rows if r["field"].startswith("figures"))
    assert all(r["context"] for r in rows if r["field"].startswith("figures"))
    assert "wrote" in capsys.readouterr().out


def test_apply_writes_accepted_and_edited_rows_only_and_keeps_the_file_s_comments(drafted, tmp_path, capsys):
    pack_path, _ = drafted
    out = tmp_path / "s.csv"
    main(["translate", str(pack_path), "--library", str(ROOT / "tests" / "packs"), "--suggest", "-o", str(out)])
    rows = _rows(out)
    accepted = next(r for r in rows if r["suggestion"])
    accepted["accept"] = "yes"
    edited = next(r for r in rows if r["field"].startswith("sections") and r is not accepted)
    edited["english"] = "Chips: a chain that gathers pace"
    _write(out, rows)
    before = len(load_pack(pack_path).untranslated)
    assert main(["translate", str(pack_path), "--apply", str(out)]) == 0
    pack = load_pack(pack_path)
    assert len(pack.untranslated) == before - 2
    text = pack_path.read_text(encoding="utf-8")
    assert text.startswith("# Drafted by `briefing-app draft lanjiang.txt`") and "# Numbers that are not figures" in text
    assert "Chips: a chain that gathers pace" in text and accepted["suggestion"] in text
    capsys.readouterr()
    assert main(["check", str(pack_path)]) == 0
    assert f"{before - 2} English texts untranslated" in capsys.readouterr().out


def test_bad_rows_are_reported_by_line_and_nothing_is_written(drafted, tmp_path, capsys):
    pack_path, _ = drafted
    out = tmp_path / "s.csv"
    main(["translate", str(pack_path), "--suggest", "-o", str(out)])
    rows = _rows(out)
    rows[0]["accept"] = "yes"  # a good row: still not written, because of the bad ones
    rows[0]["english"] = rows[0]["english"] or "A title"
    rows[2]["english"] = "产业链"
    rows[3]["field"] = "figures[9999].label.en"
    rows[3]["accept"] = "x"
    rows[4]["zh"] = "别的中文"
    rows[4]["english"] = "Something"
    _write(out, rows)
    before = pack_path.read_bytes()
    capsys.readouterr()
    assert main(["translate", str(pack_path), "--apply", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{out}:4: {rows[2]['field']}: the English has Chinese characters" in err
    assert f"{out}:5: figures[9999].label.en: is not an English text of this pack" in err
    assert f"{out}:6: {rows[4]['field']}: the Chinese is now" in err
    assert "nothing was written (3 bad rows)" in err
    assert pack_path.read_bytes() == before


def test_a_file_that_is_not_a_suggestions_file_is_refused(drafted, tmp_path, capsys):
    pack_path, _ = drafted
    bad = tmp_path / "x.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["translate", str(pack_path), "--apply", str(bad)]) == 1
    assert f"{bad}:1: the header lacks the column(s) field, zh, suggestion, accept, english" in capsys.readouterr().err
    bad.write_bytes("field,zh\n".encode("gb18030") + "中文".encode("gb18030"))
    assert main(["translate", str(pack_path), "--apply", str(bad)]) == 1
    assert "is not UTF-8 text" in capsys.readouterr().err
