"""Each statistics construct of the bulletin pack (tests/packs/chengchuan) reads right everywhere a figure
appears outside the Qt app: the slides (cards, charts, titles) and their speaker notes, zh and en, 16:9 and 4:3;
the PPTX; the data export; `find`; the presenter's source panel and finder. The expected texts are written out
by hand here, from the article; the app's UI is tested in tests/ui/test_statistics_ui.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.deck.figure_search import FigureIndex as DeckIndex
from briefing_app.deck.figure_sources import figure_source
from briefing_app.deck.slides import Chart, TextBox
from briefing_app.export.data import figure_rows
from briefing_app.library import FigureIndex, scan
from briefing_app.model import load_pack
from briefing_app.typography import unwrap

CHENGCHUAN = Path(__file__).resolve().parents[1] / "packs" / "chengchuan" / "chengchuan.yaml"
CASES = [(lang, aspect) for lang in ("zh", "en") for aspect in ("16:9", "4:3")]

# figure id → (zh, en on slides, en exact where it differs)
EXPECTED = {
    "gdp-share": ("9.6%", "9.6%"),  # a percentage share of a named total
    "digital-share": ("约9.8%", "about 9.8%"),  # 约占
    "profitable-firms": ("八成以上", "at least 80%"),
    "structure": ("4.2：38.5：57.3", "4.2:38.5:57.3"),  # a composition
    "sex-ratio": ("103.6:100", "103.6:100"),
    "income-ratio": ("1.95", "1.95"),
    "grain-area-change": ("增加1.2万亩", "up 12,000 mu ≈ 800 ha"),
    "family-farms-net": ("净增153家", "up a net 153 farms"),
    "loans-change": ("比年初增加856.3亿元", "up CNY 85.63 billion since the start of the year"),
    "population-change": ("增加2.1万人", "up 21,000 people"),
    "income-ratio-change": ("缩小0.04", "down 0.04"),
    "gdp-margin": ("高于全省0.4个百分点", "0.4 percentage points above the province"),
    "rural-income-margin": ("快于城镇居民1.4个百分点", "1.4 percentage points above urban residents' growth"),
    "unemployment-margin": ("比全国低0.2个百分点", "0.2 percentage points below the national rate"),
    "urban-income-margin": ("高出全省1200元", "CNY 1,200 above the province"),
    "industry-pull": ("拉动经济增长3.1个百分点", "contributed 3.1 percentage points to economic growth"),
    "industry-contribution": ("对全市经济增长贡献率45.2%", "45.2% of the city's economic growth"),
    "cpi": ("上涨0.4%", "up 0.4%"),
    "food-prices": ("下跌1.6%", "down 1.6%"),
    "clothing-prices": ("持平", "unchanged"),
    "profit-margin-change": ("回落0.42个百分点", "down 0.42 percentage points"),
    "ppi-narrowing": ("收窄0.9个百分点", "down 0.9 percentage points"),
    "property-investment": ("增长-3.5%", "down 3.5%"),
    "natural-growth": ("-0.38‰", "-0.38 per 1,000"),
    "birth-rate": ("6.83‰", "6.83 per 1,000"),
    "doctors": ("每千常住人口3.42人", "3.42 doctors per 1,000 residents"),
    "gdp-target": ("预期增长5.5%左右", "expected: up about 5.5%"),
    "industry-target": ("预期增长7%以上", "expected: up at least 7%"),
    "cpi-target": ("预期2%左右", "expected: about 2%"),
    "unemployment-target": ("预期5.5%以内", "expected: up to 5.5%"),
    "commute": ("不到35分钟", "less than 35 minutes"),
    "loss-rate": ("10%以下", "at most 10%"),
    "hitech-target": ("到2026年力争突破3000家", "target for 2026: more than 3,000 firms"),
    "retail-growth": ("增长5.0%", "+5.0%"),
    "electricity": ("3861542万千瓦时", "≈38.62 billion kWh", "38.61542 billion kWh"),
    "port-rank": ("全省沿海港口第二", "No. 2 among the province's coastal ports"),
    "province-urban-income": ("57230元", "CNY 57,230"),  # derived from a quantity and a margin
}


def expected(fid: str, lang: str, exact: bool = False) -> str:
    zh, en, *full = EXPECTED[fid]
    return zh if lang == "zh" else (full[0] if exact and full else en)


@pytest.fixture(scope="module")
def pack():
    return load_pack(CHENGCHUAN)


@pytest.fixture(scope="module")
def decks(pack):
    return {case: build_deck(pack, *case) for case in CASES}


def slide_texts(slide) -> str:
    texts = [slide.title]
    for item in slide.items:
        if isinstance(item, TextBox):
            texts.append(unwrap(item.lines))
        elif isinstance(item, Chart):
            texts += [item.title, item.axis_title, *item.categories, *(p.label for p in item.points)]
    return "\n".join(texts).replace("\u00a0", " ")  # a number keeps its unit with no-break spaces


@pytest.mark.parametrize("case", CASES, ids=lambda c: "-".join(c))
@pytest.mark.parametrize("fid", list(EXPECTED))
def test_every_construct_on_its_slide_and_exact_in_its_notes(decks, fid, case):
    lang = case[0]
    slides = [s for s in decks[case].slides if fid in s.figure_ids]
    assert slides, f"{fid} is on no slide"
    assert any(expected(fid, lang) in slide_texts(s) for s in slides), [slide_texts(s) for s in slides]
    assert any(expected(fid, lang, exact=True) in s.notes for s in slides)


def test_a_composition_charts_its_parts_and_a_negative_rate_its_bar(decks):
    for (lang, _aspect), deck in decks.items():
        [composition] = [i for s in deck.slides if "structure" in s.figure_ids for i in s.items if isinstance(i, Chart)]
        assert [p.label for p in composition.points] == ["4.2", "38.5", "57.3"]
        assert composition.categories == (("第一产业", "第二产业", "第三产业") if lang == "zh"
                                          else ("Primary", "Secondary", "Tertiary"))
        assert composition.axis_title == ("各部分（合计100）" if lang == "zh" else "parts of 100")
        [rates] = [i for s in deck.slides for i in s.items if isinstance(i, Chart)
                   and {p.figure_id for p in i.points} == {"birth-rate", "death-rate", "natural-growth"}]
        assert [p.value for p in rates.points] == [6.83, 7.21, -0.38]
        assert rates.axis.minimum < -0.38 and rates.axis_title == ("单位：‰" if lang == "zh" else "per 1,000")


def test_ratios_that_are_not_compositions_stay_cards(decks):
    for deck in decks.values():
        charted = {p.figure_id for s in deck.slides for i in s.items if isinstance(i, Chart) for p in i.points}
        assert not charted & {"sex-ratio", "income-ratio"}


def test_the_pptx_keeps_the_composition_editable_and_names_below_a_negative_bar(pack, tmp_path):
    from pptx import Presentation

    from briefing_app.export.deck import export_deck

    path = tmp_path / "deck.pptx"
    export_deck(CHENGCHUAN, path, lang="en")
    charts = [shape.chart for slide in Presentation(str(path)).slides for shape in slide.shapes if shape.has_chart]
    composition = next(c for c in charts if tuple(c.plots[0].categories) == ("Primary", "Secondary", "Tertiary"))
    assert list(composition.plots[0].series[0].values) == [4.2, 38.5, 57.3]
    rates = next(c for c in charts if "Natural growth rate" in tuple(c.plots[0].categories))
    position = rates.category_axis._element.find(
        "{http://schemas.openxmlformats.org/drawingml/2006/chart}tickLblPos").get("val")
    assert position == "low"  # the names stand under the plot, not on the zero line the -0.38 bar hangs from
    others = [c for c in charts if c is not rates]
    assert all(c.category_axis._element.find(
        "{http://schemas.openxmlformats.org/drawingml/2006/chart}tickLblPos").get("val") != "low" for c in others)


@pytest.mark.parametrize("fid", list(EXPECTED))
def test_the_data_export_has_the_exact_value(pack, fid):
    row = next(r for r in figure_rows(pack) if r["id"] == fid)
    assert (row["display_zh"], row["display_en"]) == (expected(fid, "zh"), expected(fid, "en", exact=True))


def test_the_data_export_names_word_base_than_to_per_parts_and_total(pack):
    rows = {r["id"]: r for r in figure_rows(pack)}
    assert (rows["cpi"]["word"], rows["clothing-prices"]["word"], rows["property-investment"]["word"]) == \
        ("上涨", "持平", "增长")
    assert (rows["loans-change"]["base"], rows["loans-change"]["base_en"]) == ("比年初", "since the start of the year")
    assert (rows["unemployment-margin"]["than"], rows["unemployment-margin"]["word"]) == ("全国", "低")
    assert rows["industry-pull"]["to_en"] == "economic growth"
    assert rows["doctors"]["per_en"] == "per 1,000 residents"
    assert rows["structure"]["parts"] == "第一产业 : 第二产业 : 第三产业"
    assert (rows["digital-share"]["share_of"], rows["digital-share"]["qualifier_word"]) == ("全市地区生产总值", "约")
    assert rows["profitable-firms"]["qualifier_en"] == "share of industrial firms above designated size; at least"
    assert rows["natural-growth"]["value"] == -0.38


@pytest.mark.parametrize("query, fid, line_en", [
    ("9.6%", "gdp-share", "9.6% (share of provincial total)"),
    ("约占", "digital-share", "about 9.8% (share of the city's GDP)"),
    ("38.5", "structure", "4.2:38.5:57.3"),
    ("-0.38", "natural-growth", "-0.38 per 1,000"),
    ("85630000000", "loans-change", "up CNY 85.63 billion since the start of the year"),
    ("38615420000", "electricity", "38.61542 billion kWh"),
    ("上涨", "cpi", "up 0.4%"),
    ("持平", "clothing-prices", "unchanged"),
    ("above the province", "gdp-margin", "0.4 percentage points above the province"),
    ("contributed", "industry-pull", "contributed 3.1 percentage points to economic growth"),
    ("预期 7", "industry-target", "expected: up at least 7%"),
    ("per 1,000 residents", "doctors", "3.42 doctors per 1,000 residents"),
])
def test_find_reads_each_construct_with_its_total(tmp_path, query, fid, line_en):
    import shutil

    folder = tmp_path / "library"
    folder.mkdir()
    for name in ("chengchuan.yaml", "chengchuan.txt"):
        shutil.copy(CHENGCHUAN.parent / name, folder)
    index = FigureIndex(scan([folder], with_bundled=False))
    hits = {h.figure_id: h for h in index.search(query, "en")}
    assert fid in hits, (query, list(hits))
    assert hits[fid].display == line_en


def test_the_presenter_shows_exact_values_and_finds_shares_with_their_total(pack, decks):
    deck = decks[("en", "16:9")]
    assert figure_source(pack, "electricity", "en").value == "38.61542 billion kWh"
    assert "share of provincial total" in figure_source(pack, "gdp-share", "en").meta("en")
    hits = DeckIndex(deck, pack).find("9.6%")
    assert any(h.figure_id == "gdp-share" and h.text.endswith("9.6% (share of provincial total)") for h in hits)
    zh_hits = DeckIndex(decks[("zh", "16:9")], pack).find("高于全省")
    assert any(h.figure_id == "gdp-margin" and h.text.endswith("高于全省0.4个百分点") for h in zh_hits)


def test_the_appendix_names_what_it_lists(decks):
    titles = {lang: [s.title for s in decks[(lang, "16:9")].slides if s.kind == "list"] for lang in ("zh", "en")}
    assert titles["zh"] == ["文中提及的企业、机构、项目与地点"]
    assert titles["en"] == ["Firms, institutions, projects and places named in the article"]


def test_the_listed_wording_fixes_in_packs_of_earlier_rounds():
    """以上 includes its bound, and the appendix names what it lists (the fixes listed for old decks)."""
    root = CHENGCHUAN.parents[3]
    lanjiang = load_pack(root / "tests" / "packs" / "lanjiang" / "lanjiang.yaml")
    deck = build_deck(lanjiang, "en")
    assert any("at least 10 incubators" in slide_texts(s) for s in deck.slides)
    assert not any("more than 10 incubators" in s.notes for s in deck.slides)
    songjiang = load_pack(root / "seeds" / "songjiang-g60.yaml")
    titles = [s.title for s in build_deck(songjiang, "en").slides if s.kind == "list"]
    assert titles[0] == "Firms, institutions and places named in the article"
    assert [s.title for s in build_deck(songjiang, "zh").slides if s.kind == "list"][0] == "文中提及的企业、机构与地点"
