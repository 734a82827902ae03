"""Sections, title, source and periods as the drafter reads them from an article."""

from __future__ import annotations

from briefing_app.draft.article import parse_article
from briefing_app.draft.periods import period_for

NUMBERED = """青澜区工作报告

导语一句话。

一、制造业

2024年，企业达12家。

二、创新

截至2025年3月，企业1912家。今年，力争新增企业20家。

（一）不是新的一节

目前，实验室3个。

来源：示例编辑部
"""


def test_chinese_numbered_headings_make_sections_and_subheadings_stay_inside():
    a = parse_article(NUMBERED)
    assert a.title == "青澜区工作报告"
    assert [s.title for s in a.sections] == ["", "一、制造业", "二、创新"]
    assert a.source == "示例编辑部" and a.source_line == "来源：示例编辑部"
    assert a.year == 2025  # the latest year the article reports on: its 今年


def test_markdown_headings():
    a = parse_article("# 标题\n\n导语。\n\n## 第一部分\n\n2023年，企业5家。\n\n## 第二部分\n\n企业6家。\n")
    assert a.title == "标题"
    assert [s.title for s in a.sections] == ["", "第一部分", "第二部分"]
    assert a.year == 2023


def test_target_years_are_not_the_article_year():
    assert parse_article("标题\n\n2023年，企业5家。到2027年，企业达到9家。\n").year == 2023


def test_periods():
    a = parse_article(NUMBERED)
    text = a.text
    assert period_for(a, text.index("12家")) == {"year": 2024}
    assert period_for(a, text.index("1912")) == {"as_of": "2025-03"}
    assert period_for(a, text.index("20家")) == {"this_year": 2025}
    assert period_for(a, text.index("3个")) == {"current": True}


def test_past_years_take_the_date_said_before_them_and_periods_carry_within_a_paragraph():
    a = parse_article("标题\n\n2024年3月4日，大赛启动，过去2年，1500多个团队参赛。2023年，举办活动230余场。共有5家企业。\n\n企业8家。\n")
    text = a.text
    assert period_for(a, text.index("1500")) == {"past_years": 2, "until": "2024-03-04"}
    assert period_for(a, text.index("5家")) == {"year": 2023}  # carried from the sentence before
    assert period_for(a, text.index("8家")) == {"current": True}  # a new paragraph starts afresh


def test_a_year_reported_as_complete_means_the_article_is_written_after_it():
    assert parse_article("标题\n\n截至2024年底，民宿612家。今年，计划新建1万亩。\n").year == 2025


def test_jiezhi_is_a_period_not_a_target_year():
    from briefing_app.draft.periods import target_of

    a = parse_article("标题\n\n截至2025年3月，企业1912家。截止到2024年底，企业5家。到2027年，企业达到9家。\n")
    assert target_of(a, a.text.index("1912")) is None
    assert target_of(a, a.text.index("5家")) is None
    assert target_of(a, a.text.index("9家")).year == 2027


def test_comparisons_are_not_periods_and_a_day_is_not_carried():
    a = parse_article("标题\n\n截至2025年3月，强度达到3.85%，较上年提高0.4个百分点。\n\n"
                      "2024年9月18日，实验室启用，引进团队21个。其中55项实现产业化。\n")
    text = a.text
    assert period_for(a, text.index("0.4")) == {"as_of": "2025-03"}
    assert period_for(a, text.index("21个")) == {"date": "2024-09-18"}
    assert period_for(a, text.index("55项")) == {"current": True}


def test_this_year_carries_to_plans_only_and_a_target_year_is_the_period():
    a = parse_article("标题\n\n2024年，企业12家。今年，预计产量达到25万辆。全区已形成约1500亿元规模的产业集群。"
                      "到2027年，目标是产业规模达到3000亿元。\n")
    text = a.text
    assert period_for(a, text.index("25万"), planned=True) == {"this_year": 2024}
    assert period_for(a, text.index("1500")) == {"current": True}
    assert period_for(a, text.index("3000"), planned=True, target=2027) == {"year": 2027}


def test_a_multiple_of_last_year_is_a_comparison_and_december_completes_a_year():
    a = parse_article("标题\n\n截至2024年12月，交易额9.8亿元，是上年的2.3倍。\n")
    assert a.year == 2025
    assert period_for(a, a.text.index("2.3")) == {"as_of": "2024-12"}


def test_headings_in_bold_are_sections():
    text = "# 2024年甲市统计公报\n\n**一、综合**\n\n全年地区生产总值500亿元。\n\n__二、农业__\n\n全年粮食产量5万吨。\n"
    article = parse_article(text)
    assert [s.title for s in article.sections] == ["一、综合", "二、农业"]
