"""What the drafter reads from a Chinese sentence: value, unit, qualifier, kind, and the numbers it skips."""

from __future__ import annotations

import pytest

from briefing_app.draft.numbers import find_numbers, plan_of, zh_numeral


def only(text):
    mentions, _ = find_numbers(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("全区共有企业1633家。", 1633, "家", "exact"),
    ("总投资约196亿元。", 196, "亿元", "约"),
    ("举办活动230余场。", 230, "场", "余"),
    ("1500多个团队参赛。", 1500, "个", "多"),
    ("新增企业10家以上。", 10, "家", "以上"),
    ("配套企业超过230家。", 230, "家", "超过"),
    ("产值突破2100亿元。", 2100, "亿元", "突破"),
    ("研发人员逾800名。", 800, "名", "逾"),
    ("其中博士近600名。", 600, "名", "近"),
    ("产能达到4万片/月。", 4, "万片/月", "exact"),
    ("实际使用外资8.6亿美元。", 8.6, "亿美元", "exact"),
    ("吞吐量达到486万标准箱。", 486, "万标准箱", "exact"),
    ("发电量2.2亿千瓦时。", 2.2, "亿千瓦时", "exact"),
    ("设计产能为300颗/年。", 300, "颗/年", "exact"),
    ("强度达6.79%。", 6.79, "%", "exact"),
    ("总额达1,650亿元。", 1650, "亿元", "exact"),
])
def test_quantities_keep_value_unit_and_qualifier(text, value, unit, qualifier):
    m = only(text)
    assert (m.kind, m.value, m.unit, m.qualifier) == ("quantity", value, unit, qualifier)


@pytest.mark.parametrize("text, value, tied, among", [
    ("总数居上海第一。", 1, False, "上海"),
    ("项目数量并列上海市第二。", 2, True, "上海市"),
    ("数量并列全省第三。", 3, True, "全省"),
    ("企业数位居上海前列。", None, False, "上海"),
    ("在全国百强区评价中创新指数排名第12位。", 12, False, "全国百强区"),
])
def test_ranks(text, value, tied, among):
    m = only(text)
    assert (m.kind, m.value, m.extra["tied"], m.extra["among"]) == ("rank", value, tied, among)


def test_ordinals_are_not_ranks_or_figures():
    mentions, skipped = find_numbers("第一批35个项目；第三届大赛；第2批企业。")
    assert [(m.kind, m.value) for m in mentions] == [("quantity", 35)]
    assert [(s.text, s.reason.split(" ")[0]) for s in skipped] == [("2", "an")]


@pytest.mark.parametrize("text, value, extra", [
    ("高新技术企业占全国的比重从1/12提升到1/7。", "1/7", {"from": "1/12", "of": "全国", "whole": "全国的比重"}),
    ("经营主体数量占全国的比重提升到1/15。", "1/15", {"rose": True, "of": "全国", "whole": "全国的比重"}),
    ("物流企业占全省的1/9。", "1/9", {"rose": False, "of": "全省", "whole": "全省的"}),
    ("民营企业占全区企业总数的9/10。", "9/10", {"rose": False, "of": "全区", "whole": "全区企业总数的"}),
])
def test_shares(text, value, extra):
    m = only(text)
    assert (m.kind, m.value, m.extra) == ("share", value, extra)


@pytest.mark.parametrize("text, value, unit, direction", [
    ("企业数量增长226.4%。", 226.4, "%", None),
    ("能耗下降4.2%。", 4.2, "%", "down"),
    ("较上年提高0.4个百分点。", 0.4, "百分点", None),
    ("用水量比上年减少1.6个百分点。", 1.6, "百分点", "down"),
])
def test_changes(text, value, unit, direction):
    m = only(text)
    assert (m.kind, m.value, m.unit, m.extra.get("direction")) == ("change", value, unit, direction)


def test_two_changes_after_fenbie():
    mentions, _ = find_numbers("同比分别增长5.3%和11.8%。")
    assert [(m.kind, m.value) for m in mentions] == [("change", 5.3), ("change", 11.8)]


@pytest.mark.parametrize("text, expected", [
    ("第一、二、三产业分别拉动经济增长0.3、2.9和2.7个百分点。",
     [("contribution", 0.3, "百分点"), ("contribution", 2.9, "百分点"), ("contribution", 2.7, "百分点")]),
    ("对经济增长的贡献率分别为5.1%、40.2%和54.7%。",
     [("contribution", 5.1, "%"), ("contribution", 40.2, "%"), ("contribution", 54.7, "%")]),
    ("三次产业增加值分别增长5.2、6.1和7.3%。", [("change", 5.2, "%"), ("change", 6.1, "%"), ("change", 7.3, "%")]),
    ("分别增长5.2%、5.6%、5.8%和5.9%。",
     [("change", 5.2, "%"), ("change", 5.6, "%"), ("change", 5.8, "%"), ("change", 5.9, "%")]),
    ("分别高于全省0.3和0.5个百分点。", [("margin", 0.3, "百分点"), ("margin", 0.5, "百分点")]),
    ("分别占全市的9.6%和8.1%。", [("share", 9.6, "%"), ("share", 8.1, "%")]),
    ("产值分别为96、74和131亿元。", [("quantity", 96, "亿元"), ("quantity", 74, "亿元"), ("quantity", 131, "亿元")]),
])
def test_every_number_of_a_list_is_a_figure_of_the_first_ones_kind(text, expected):
    mentions, skipped = find_numbers(text)
    assert [(m.kind, m.value, m.unit) for m in mentions] == expected
    assert [m.extra["respectively"] for m in mentions] == [(k, len(expected)) for k in range(len(expected))]
    assert skipped == []


@pytest.mark.parametrize("text, value, qualifier", [
    ("民营企业约占全市企业总数的四分之一。", "1/4", "约"),
    ("超过三分之一的企业实现盈利。", "1/3", "超过"),
    ("占全省的五分之二。", "2/5", "exact"),
])
def test_fractions_in_words_are_shares(text, value, qualifier):
    m = only(text)
    assert (m.kind, m.value, m.unit, m.qualifier) == ("share", value, None, qualifier)


def test_percent_and_per_mille_in_words_are_not_fractions():
    assert find_numbers("百分之五十，千分之三。")[0] == []


@pytest.mark.parametrize("text, word", [("能耗总量压减10%以上。", "压减"), ("贷款利率下调0.25个百分点。", "下调"),
                                        ("库存压降12.5%。", "压降")])
def test_falls_the_bulletins_write_with_other_verbs(text, word):
    m = only(text)
    assert (m.kind, m.extra["direction"], m.extra["word"]) == ("change", "down", word)


def test_from_to_is_one_quantity_with_its_start():
    m = only("比重从31.2%提高到34.5%。")
    assert (m.kind, m.value, m.unit, m.extra) == ("quantity", 34.5, "%", {"from": 31.2})
    m = only("班列线路由6条增至11条。")
    assert (m.value, m.unit, m.extra["from"]) == (11, "条", 6)


@pytest.mark.parametrize("text, reason", [
    ("2023年，全区", "a year or date, used as the period"),
    ("截至2024年2月，", "a year or date, used as the period"),
    ("过去2年，", "a length of time, used as the period"),
    ("长三角G60科创走廊", "part of a name (letters and digits)"),
    ("位于中德路886号", "a street address"),
    ("地铁7号线开通", "a number in a name (N号线, N号楼)"),
    ("产值超10亿元的企业", "a threshold (超N…的), not a figure"),
    ("年产值超过10亿元的企业", "a threshold (超N…的), not a figure"),
    ("机器人24小时不间断作业", "a round-the-clock way of working (24小时不间断), not a figure"),
])
def test_numbers_that_are_not_figures_say_why(text, reason):
    mentions, skipped = find_numbers(text)
    assert mentions == []
    assert skipped and all(s.reason == reason for s in skipped)


def test_the_size_of_a_ranking_or_of_what_a_count_is_among_is_not_a_figure():
    mentions, skipped = find_numbers("增速在全省15个设区市中排名第一，全省41个工业大类行业中有32个行业增加值保持增长。"
                                     "全市共有15个区县。")
    assert [(m.kind, m.value) for m in mentions] == [("rank", 1), ("quantity", 32), ("quantity", 15)]
    assert [s.reason for s in skipped] == [
        "the size of the field a rank or count is in (在全省15个设区市中排名第一, 41个行业中有32个), not a figure"] * 2


@pytest.mark.parametrize("text", ["企业不超过5家。", "至少3个项目。", "用工5000人上下。", "最多10家。"])
def test_qualifiers_the_format_cannot_hold_are_left_out_not_made_exact(text):
    mentions, skipped = find_numbers(text)
    assert mentions == []
    assert any("cannot hold" in s.reason for s in skipped)


def test_plan_word_and_target_year_before_the_number():
    text = "到2027年，目标是产业规模达到3000亿元。"
    at = text.index("3000")
    assert plan_of(text, 0, at) == ("目标", text.index("目标"), 2027)
    text = "设计产能为300颗/年，将致力于打造。"
    assert plan_of(text, 0, text.index("300"))[0] is None  # 将 after the number is not its plan


def test_chinese_numerals():
    assert [zh_numeral(t) for t in ("一", "十", "十二", "二十", "九十九", "12", "百")] == [1, 10, 12, 20, 99, 12, None]


@pytest.mark.parametrize("text, unit", [("开展技术培训230余场次。", "场次"), ("完成交易2笔。", "笔")])
def test_compound_and_less_common_counters(text, unit):
    assert only(text).unit == unit


def test_top_n_lists_are_not_quantities():
    mentions, skipped = find_numbers("连续4年入选全国前20位。")
    assert mentions == [] and any(s.reason.startswith("a top-N list") for s in skipped)


@pytest.mark.parametrize("text, reason", [
    ("两者相差2.1个百分点。", "percentage points without a verb of change"),
    ("吸纳就业2.5万余人。", "a qualifier inside the unit"),
])
def test_forms_that_would_be_misread_are_left_out(text, reason):
    mentions, skipped = find_numbers(text)
    assert mentions == [] and any(s.reason.startswith(reason) for s in skipped)


def test_first_tier_is_not_first_place():
    mentions, _ = find_numbers("综合实力居全省第一方阵。")
    assert mentions == []


@pytest.mark.parametrize("text, value, unit", [("算力规模达到3000PFlops。", 3000, "PFlops"),
                                               ("算力总规模突破2万PFlops。", 2, "万PFlops"),
                                               ("装机容量120MW。", 120, "MW")])
def test_latin_units_after_a_number(text, value, unit):
    m = only(text)
    assert (m.value, m.unit) == (value, unit)


def test_letters_that_are_not_a_unit_stay_part_of_a_name():
    mentions, skipped = find_numbers("建成5G基站，G60走廊，3D打印。")
    assert mentions == [] and {s.text for s in skipped} == {"5", "60", "3"}


def test_a_clause_of_results_ends_the_plan_word():
    text = "新区计划总投资约320亿元，建设产业园，目前已有48个项目签约落地。"
    assert plan_of(text, 0, text.index("320"))[0] == "计划"
    assert plan_of(text, 0, text.index("48"))[0] is None


def test_an_ordinal_count_and_a_comparison_are_not_figures():
    mentions, skipped = find_numbers("工厂第30万辆新能源汽车下线，服务半径小于2公里。")
    assert mentions == []
    assert [s.reason.split(" (")[0].split(",")[0] for s in skipped] == ["an ordinal", "qualifier '小于'"]
