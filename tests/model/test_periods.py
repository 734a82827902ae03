"""The periods bulletins speak in: a quarter (一季度), a half (上半年), a span of months (1—9月, 前三季度) and the
end of a year (年末), beside the kinds packs had before. Each reads right in zh and en wherever a figure
appears, sorts in time, and a wrong form is explained in words."""

from __future__ import annotations

import csv

import pytest
import yaml

from briefing_app.cli import main
from briefing_app.deck.build import build_deck
from briefing_app.library.search import find
from briefing_app.model import PackError, load_pack, period_text
from briefing_app.model.schema import Period

# The expected words are written out here, not computed: 2024-Q1 is 2024年一季度 and "Q1 2024".
WORDING = [
    ({"quarter": "2024-Q1"}, "2024年一季度", "Q1 2024"),
    ({"quarter": "2023-Q4"}, "2023年四季度", "Q4 2023"),
    ({"half": "2024-H1"}, "2024年上半年", "H1 2024"),
    ({"half": "2024-H2"}, "2024年下半年", "H2 2024"),
    ({"months": "2024-01/2024-09"}, "2024年1—9月", "Jan–Sep 2024"),
    ({"months": "2024-01/2024-02"}, "2024年1—2月", "Jan–Feb 2024"),
    ({"months": "2023-10/2024-03"}, "2023年10月—2024年3月", "Oct 2023–Mar 2024"),
    ({"year_end": 2024}, "2024年末", "end of 2024"),
    # the kinds packs had before read as they did
    ({"year": 2023}, "2023年", "2023"),
    ({"this_year": 2024}, "2024年（今年）", "2024 (this year)"),
    ({"as_of": "2024-02"}, "截至2024年2月", "as of Feb 2024"),
    ({"current": True}, "目前", "current"),
]


@pytest.mark.parametrize("period, zh, en", WORDING, ids=[str(p) for p, _, _ in WORDING])
def test_each_kind_reads_in_chinese_and_english(period, zh, en):
    p = Period.model_validate(period)
    assert (period_text(p, "zh"), period_text(p, "en")) == (zh, en)


def test_periods_sort_in_time_a_span_by_its_last_month():
    shuffled = [{"current": True}, {"year_end": 2024}, {"months": "2024-01/2024-09"}, {"quarter": "2024-Q2"},
                {"half": "2024-H1"}, {"quarter": "2024-Q1"}, {"year_end": 2023}, {"month": "2024-02"}]
    ordered = sorted((Period.model_validate(p) for p in shuffled), key=lambda p: p.sort_key)
    assert [period_text(p, "en") for p in ordered] == [
        "end of 2023", "Feb 2024", "Q1 2024", "Q2 2024", "H1 2024", "Jan–Sep 2024", "end of 2024", "current"]


NEW_PERIODS = {  # figure id in the bundled pack → the period it is given here
    "industrial-firms-2023": {"quarter": "2023-Q1"},
    "rd-intensity-2023": {"half": "2023-H1"},
    "biomed-firms": {"months": "2023-01/2023-09"},
    "enclave-tenants": {"year_end": 2023},
}


@pytest.fixture
def bulletin_periods(pack_copy):
    """The bundled pack with four figures given the new kinds (as a person would write them)."""
    data = yaml.safe_load(pack_copy.read_text(encoding="utf-8"))
    for fig in data["figures"]:
        if fig["id"] in NEW_PERIODS:
            fig["period"] = NEW_PERIODS[fig["id"]]
    pack_copy.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return pack_copy


SHOWN = {"industrial-firms-2023": ("2023年一季度", "Q1 2023"), "rd-intensity-2023": ("2023年上半年", "H1 2023"),
         "biomed-firms": ("2023年1—9月", "Jan–Sep 2023"), "enclave-tenants": ("2023年末", "end of 2023")}


def test_a_pack_with_the_new_kinds_checks_and_every_view_says_them(bulletin_periods, tmp_path):
    pack = load_pack(bulletin_periods)
    for fig_id, (zh, en) in SHOWN.items():
        fig = pack.figure(fig_id)
        assert pack.figure_meta(fig, "zh")[0] == zh and pack.figure_meta(fig, "en")[0] == en
    for lang, which in (("zh", 0), ("en", 1)):
        deck = build_deck(pack, lang, "16:9")
        for fig_id, words in SHOWN.items():
            slides = [s for s in deck.slides if fig_id in s.figure_ids]
            assert slides, fig_id
            shown = "\n".join(box.text for s in slides for box in s.items if hasattr(box, "lines")) + \
                "\n".join(s.notes for s in slides)
            assert words[which] in shown, (fig_id, lang)
    out = tmp_path / "figures.csv"
    assert main(["data", str(bulletin_periods), "-o", str(out)]) == 0
    rows = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    for fig_id, (zh, en) in SHOWN.items():
        assert (rows[fig_id]["period_zh"], rows[fig_id]["period"]) == (zh, en)


@pytest.mark.parametrize("query, expected", [
    ("一季度", {"industrial-firms-2023"}),
    ("Q1 2023", {"industrial-firms-2023"}),
    ("2023-Q1", {"industrial-firms-2023"}),
    ("上半年", {"rd-intensity-2023"}),
    ("1-9月", {"biomed-firms"}),  # typed with a hyphen, written with a dash
    ("Jan–Sep", {"biomed-firms"}),
    ("年末", {"enclave-tenants"}),
    ("end of 2023", {"enclave-tenants"}),
])
def test_the_library_finds_figures_by_their_period(bulletin_periods, query, expected):
    hits = find(query, [bulletin_periods.parent], with_bundled=False)
    assert {h.figure_id for h in hits} == expected


@pytest.mark.parametrize("period, words", [
    ("{quarter: 2024-Q5}", "period.quarter: must be a year and quarter written YYYY-Qn, e.g. 2024-Q1 for 一季度 "
                           "(Q1 to Q4) (got '2024-Q5')"),
    ("{quarter: 2024Q1}", "period.quarter: must be a year and quarter written YYYY-Qn"),
    ("{half: 2024-H3}", "period.half: must be a year and half written YYYY-H1 (上半年) or YYYY-H2 (下半年)"),
    ("{months: 2024-1/2024-9}", "period.months: must be the first and last month written YYYY-MM/YYYY-MM, "
                                "e.g. 2024-01/2024-09 for 1—9月 or 前三季度 (got '2024-1/2024-9')"),
    ("{months: 2024-09/2024-01}", "the first month must come before the last (a single month is month: YYYY-MM)"),
    ("{year_end: '2024'}", "period.year_end: Input should be a valid integer (got '2024')"),
    ("{year_end: 2024, year: 2024}", "period: give exactly one of"),
])
def test_a_wrong_form_is_explained_in_words(pack_copy, period, words):
    text = pack_copy.read_text(encoding="utf-8")
    old = "period: {year: 2023}"
    assert old in text
    pack_copy.write_text(text.replace(old, f"period: {period}", 1), encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_pack(pack_copy)
    messages = [str(p) for p in info.value.problems]
    assert any(words in m for m in messages), messages
    assert not any("\\d" in m or "[1-4]" in m for m in messages)  # never a raw pattern


ARTICLE = "甲乙县计划报告\n\n明年全县主要预期目标是：固定资产投资增长7%。“十五五”期间，全县计划累计完成投资1000亿元。\n"
PACK = """format: briefing-pack/1
id: plan
title: {{zh: 甲乙县计划报告, en: A county plan}}
subtitle: {{zh: 甲乙县, en: The county}}
article: {{file: plan.txt, title: 甲乙县计划报告, title_en: A county plan, year: {year},
  source: {{zh: 甲乙县, en: The county}}, source_quote: 甲乙县计划报告}}
scopes: {{county: {{zh: 甲乙县, en: The county}}}}
sections: [{{id: plan, title: {{zh: 目标, en: Targets}}, message: {{zh: 目标, en: Targets}}}}]
figures:
  - {{id: investment, section: plan, type: change, label: {{zh: 固定资产投资, en: Investment}}, value: 7, unit: "%",
     target_year: 2025, period: {{year: 2025}}, scope: county, quote: 明年全县主要预期目标是：固定资产投资增长7%}}
  - {{id: five-year, section: plan, label: {{zh: 累计投资, en: Investment over the plan}}, value: 1000, unit: 亿元,
     plan: 计划, target_year: {plan_end}, period: {{year: {plan_end}}}, scope: county,
     quote: “十五五”期间，全县计划累计完成投资1000亿元}}
"""


def test_a_target_year_may_be_said_as_next_year_or_as_the_five_year_plan_it_ends(tmp_path):
    (tmp_path / "plan.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(PACK.format(year=2024, plan_end=2030), encoding="utf-8")
    pack = load_pack(path)
    assert [f.target_year for f in pack.data.figures] == [2025, 2030]
    path.write_text(PACK.format(year=2023, plan_end=2029), encoding="utf-8")  # 明年 is 2024 then; 十五五 ends in 2030
    with pytest.raises(PackError) as info:
        load_pack(path)
    messages = [str(p) for p in info.value.problems]
    assert len(messages) == 2, messages
    assert "figures[0].target_year: 2025 does not occur in the quote (到2025年, or 十四五)" in messages[0]
    assert "figures[1].target_year: 2029 does not occur in the quote (到2029年)" in messages[1]
