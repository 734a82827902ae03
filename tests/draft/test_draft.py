"""A drafted pack: valid for `check` from the first moment, quotes verbatim, skipped numbers explained."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefing_app.draft import draft
from briefing_app.model import load_pack
from briefing_app.model.untranslated import UNTRANSLATED
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = SEEDS / "000_54ee800359b404e4.txt"
QINGLAN = ROOT / "tests" / "packs" / "qinglan" / "qinglan.txt"


def _cli(*argv, cwd):
    return subprocess.run([sys.executable, "-m", "briefing_app", *argv], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.fixture
def drafted(tmp_path):
    (tmp_path / ARTICLE.name).write_bytes(ARTICLE.read_bytes())
    done = _cli("draft", ARTICLE.name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return tmp_path / (ARTICLE.stem + ".yaml"), done


def test_draft_command_writes_a_pack_that_check_accepts_with_warnings(drafted):
    pack_path, done = drafted
    assert done.stdout.startswith(f"wrote {pack_path.name}: ")
    assert "今年 is read as 2024 (give --year to change it)" in done.stdout.splitlines()
    check = _cli("check", pack_path.name, cwd=pack_path.parent)
    assert check.returncode == 0, check.stdout + check.stderr
    lines = check.stdout.splitlines()
    warnings = [line for line in lines if "warning: English not translated yet" in line]
    assert warnings, lines
    file_lines = pack_path.read_text(encoding="utf-8").splitlines()
    for warning in warnings:  # FILE:LINE points at the line holding the marker
        name, line, _ = warning.split(":", 2)
        assert name == pack_path.name
        assert UNTRANSLATED in file_lines[int(line) - 1]
    assert lines[-1].endswith(f"{len(warnings)} English texts untranslated")


def test_every_quote_is_verbatim_and_every_figure_keeps_its_qualifier(drafted):
    pack_path, _ = drafted
    pack = load_pack(pack_path)
    article = pack.article
    for fig in pack.data.figures:
        assert fig.quote in article
    by_quote = {f.quote: f for f in pack.data.figures}
    assert by_quote["计划总投资约196亿元"].qualifier == "约" and by_quote["计划总投资约196亿元"].plan == "计划"
    ranks = [f for f in pack.data.figures if f.type == "rank"]
    assert {(f.value, f.tied, f.among.zh) for f in ranks} >= {(1, False, "上海"), (2, True, "上海市"), (None, False, "上海")}


def test_years_and_names_are_listed_as_comments_not_figures(drafted):
    pack_path, _ = drafted
    text = pack_path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    values = {f.get("value") for f in data["figures"]}
    assert not values & {2023, 2024, 60, 886}
    comments = [line for line in text.splitlines() if line.startswith("#   ")]
    assert "#   2023: a year or date, used as the period — 「2023年」" in comments
    assert any(c.startswith("#   60: part of a name") and "G60" in c for c in comments)
    assert any(c.startswith("#   886: a street address") for c in comments)


def test_zh_export_works_and_en_export_refuses_with_one_line(drafted):
    pack_path, _ = drafted
    folder = pack_path.parent
    done = _cli("export", pack_path.name, "-o", "zh.pptx", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert (folder / "zh.pptx").stat().st_size > 10_000
    done = _cli("export", pack_path.name, "--lang", "en", "-o", "en.pptx", cwd=folder)
    assert done.returncode == 1
    assert not (folder / "en.pptx").exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "English is not translated yet in" in lines[0] and "title.en (line " in lines[0]


def test_translated_pack_exports_in_english(drafted):
    pack_path, _ = drafted
    text = pack_path.read_text(encoding="utf-8")
    # A person translating every marked text: the English export then goes ahead.
    translated = text.replace(f'"{UNTRANSLATED}"', '"Translated by hand"')
    pack_path.write_text(translated, encoding="utf-8")
    assert load_pack(pack_path).untranslated == ()
    done = _cli("export", pack_path.name, "--lang", "en", "-o", "en.pptx", cwd=pack_path.parent)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("argv, message", [
    (["draft", "missing.txt"], "missing.txt:1: article: no such file"),
    (["draft", "a.docx"], "a.docx: the Word document is damaged (not a readable zip archive)"),
    (["draft", "gone.docx"], "gone.docx: no such file"),
    (["draft", "a.xls"], "a.xls:1: article: cannot read this kind of file; give .txt"),
    (["draft", "a.txt", "-o", "sub/a.yaml"], "a pack must sit beside its article"),
    (["draft", "a.txt", "-o", "a.json"], "must end in .yaml or .yml"),
    (["draft", "empty.txt"], "empty.txt:1: article:"),
    (["draft", "nonumbers.txt"], "no figures found"),
])
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, argv, message):
    (tmp_path / "a.txt").write_text("标题\n\n2023年，企业5家。\n", encoding="utf-8")
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "nonumbers.txt").write_text("标题\n\n2023年，没有数字。\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    done = _cli(*argv, cwd=tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_an_existing_pack_is_not_overwritten_without_force(tmp_path):
    (tmp_path / "a.txt").write_text("标题\n\n2023年，企业5家。\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("# my edits\n", encoding="utf-8")
    done = _cli("draft", "a.txt", cwd=tmp_path)
    assert done.returncode == 1 and "--force" in done.stderr
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == "# my edits\n"
    assert _cli("draft", "a.txt", "--force", cwd=tmp_path).returncode == 0
    assert load_pack(tmp_path / "a.yaml").data.figures[0].value == 5


def test_markdown_article_with_numbered_sections_drafts_sections_in_order():
    text = "# 示例区报告\n\n## 一、工业\n\n2024年，企业达12家。\n\n## 二、创新\n\n今年，力争新增实验室3个。\n"
    result = draft(text, "x.md")
    sections = result.pack["sections"]
    assert [s["title"]["zh"] for s in sections] == ["工业", "创新"]
    figs = result.pack["figures"]
    assert [(f["section"], f["value"], f.get("plan"), f["period"]) for f in figs] == [
        ("section-1", 12, None, {"year": 2024}), ("section-2", 3, "力争", {"this_year": 2024})]


def test_a_speech_whose_title_names_no_place_is_about_the_city_that_gives_it_not_a_built_up_area():
    """建成 ("built") before 区 is a built-up area (建成区), however often the speech says 建成."""
    text = ("# 政府工作报告\n\n——在栎阳市人民代表大会上\n\n## 一、回顾\n\n2024年，栎阳市全年建成5G基站800个，建成区绿化覆盖率"
            "达到42.1%，建成高标准农田3万亩。栎阳市建成公园12个，城市建成区面积扩大2.3平方公里。\n")
    scopes = draft(text, "x.md").pack["scopes"]
    assert [s["zh"] for s in scopes.values()] == ["栎阳市"]


def test_every_drafted_quote_points_at_one_place_in_the_article():
    """The same clause said of two things (下降12.5%) reaches back to its subject, so that "where is this from"
    shows the sentence the number belongs to."""
    text = ("# 示例市2024年统计公报\n\n## 一、工业\n\n2024年，规模以上工业企业营业收入3265.8亿元，比上年下降1.8%；"
            "利润总额286.4亿元，下降12.5%。\n\n## 二、对外经济\n\n全年进出口总额86.4亿元，增长3.1%。其中，出口52.1亿元，"
            "增长8.2%；进口34.3亿元，下降12.5%。\n")
    figures = draft(text, "x.md").pack["figures"]
    quotes = {f["label"]["zh"]: f["quote"] for f in figures}
    assert all(text.count(q) == 1 for q in quotes.values()), quotes
    assert quotes["利润总额下降"].endswith("利润总额286.4亿元，下降12.5%")
    assert quotes["进口下降"] == "进口34.3亿元，下降12.5%"
    # a space after the comma (text saved from a web page) is crossed, never looped on
    spaced = text.replace("进口34.3亿元，下降12.5%", "进口34.3亿元， 下降12.5%")
    quotes = {f["label"]["zh"]: f["quote"] for f in draft(spaced, "x.md").pack["figures"]}
    assert quotes["进口下降"] == "进口34.3亿元， 下降12.5%" and all(spaced.count(q) == 1 for q in quotes.values())


def test_english_comes_from_the_glossary_only_where_reliable():
    result = draft(QINGLAN.read_text(encoding="utf-8"), "qinglan.txt")
    labels = {f["label"]["zh"]: f["label"]["en"] for f in result.pack["figures"]}
    assert labels["规模以上工业企业"] == "Industrial enterprises above designated size"
    assert labels["集装箱吞吐量"] == "Container throughput"
    assert labels["撬动社会资本"] == UNTRANSLATED  # a verb phrase: not guessed
    units = {f["label"]["zh"]: f.get("unit_en") for f in result.pack["figures"]}
    assert units["规模以上工业企业"] == "firms"


def test_a_rank_among_a_whole_area_reads_as_a_noun_in_english(tmp_path):
    from briefing_app.model import display

    article = tmp_path / "a.md"
    article.write_text("# 甲县概况\n\n2024年，甲县地区生产总值增速位居全市第3位。\n", encoding="utf-8")
    result = draft(article.read_text(encoding="utf-8"), "a.md")
    (rank,) = [f for f in result.pack["figures"] if f.get("type") == "rank"]
    assert rank["among"] == {"zh": "全市", "en": "the city"}
    from briefing_app.model.schema import Rank

    fig = Rank.model_validate({k: v for k, v in rank.items() if k != "type"} | {"type": "rank"})
    assert display(fig, "en") == "No. 3 in the city" and display(fig, "zh") == "全市第3"
