"""`draft` reads each statistics construct from its sentence, as a bulletin writes it, into the keys a person
would write, and every drafted figure passes `check` (none is dropped). Periods are another test's concern."""

from __future__ import annotations

import pytest

from briefing_app.draft import draft
from briefing_app.draft.numbers import find_numbers
from briefing_app.model.schema import PackData

#: (sentence, the figure's kind and keys the draft must give it; keys not named are not checked)
SENTENCES = [
    ("全市地区生产总值占全省的比重为9.6%。", {"type": "share", "value": 9.6, "unit": "%", "of": "全省"}),
    ("高新技术产业增加值占规模以上工业增加值的比重为45.6%。",
     {"type": "share", "value": 45.6, "unit": "%", "of": {"zh": "规模以上工业增加值"}}),
    ("全市民生支出占一般公共预算支出的比重保持在75%以上。",  # held at: the total is not …的比重保持在
     {"type": "share", "value": 75, "qualifier": "以上", "of": {"zh": "一般公共预算支出"},
      "label": {"zh": "民生支出占一般公共预算支出的比重"}}),
    ("数字经济核心产业增加值约占全市地区生产总值的9.8%。",
     {"type": "share", "value": 9.8, "unit": "%", "qualifier": "约", "of": {"zh": "全市地区生产总值"}}),
    ("高技术制造业增加值占比为15.2%。", {"type": "share", "value": 15.2, "unit": "%", "of": None}),
    ("全市八成以上的规模以上工业企业实现盈利。", {"type": "share", "value": 8, "unit": "成", "qualifier": "以上"}),
    ("全年三次产业结构为4.2:38.5:57.3。",
     {"type": "ratio", "value": "4.2:38.5:57.3", "parts": [{"zh": "第一产业"}, {"zh": "第二产业"}, {"zh": "第三产业"}]}),
    ("三次产业结构为4.2：38.5：57.3。", {"type": "ratio", "value": "4.2:38.5:57.3"}),
    ("户籍人口性别比为103.6:100。", {"type": "ratio", "value": "103.6:100", "parts": None}),
    ("城乡居民人均可支配收入比为1.95，比上年缩小0.04。", {"type": "ratio", "value": 1.95}),
    ("城乡居民人均可支配收入比为1.95，比上年缩小0.04。",
     {"type": "change", "value": 0.04, "unit": None, "direction": "down", "word": "缩小"}),
    ("全年粮食播种面积65.3万亩，比上年增加1.2万亩。", {"type": "change", "value": 1.2, "unit": "万亩", "word": None}),
    ("全市家庭农场达到2860家，净增153家。",
     {"type": "change", "value": 153, "unit": "家", "word": "净增", "unit_en": "[untranslated]"}),
    ("各项贷款余额6582.4亿元，比年初增加856.3亿元。",
     {"type": "change", "value": 856.3, "unit": "亿元", "base": {"zh": "比年初", "en": "since the start of the year"}}),
    ("地区生产总值增长5.8%，增速高于全省0.4个百分点。",
     {"type": "margin", "value": 0.4, "unit": "百分点", "direction": "above", "than": {"zh": "全省", "en": "the province"},
      "word": None}),
    ("农村居民人均可支配收入增长6.3%，快于城镇居民1.4个百分点。",
     {"type": "margin", "value": 1.4, "unit": "百分点", "direction": "above", "word": "快于", "than": {"zh": "城镇居民"}}),
    ("城镇调查失业率为5.1%，比全国低0.2个百分点。",
     {"type": "margin", "value": 0.2, "direction": "below", "word": "低", "than": {"zh": "全国"}}),
    ("城镇居民人均可支配收入58430元，高出全省1200元。",
     {"type": "margin", "value": 1200, "unit": "元", "word": "高出", "direction": "above"}),
    ("工业增加值增速比上年高0.3个百分点。", {"type": "change", "value": 0.3, "unit": "百分点", "word": "高"}),
    ("工业增加值拉动经济增长3.1个百分点。",
     {"type": "contribution", "value": 3.1, "unit": "百分点", "to": {"zh": "经济增长"}, "word": None}),
    ("工业对全市经济增长的贡献率为45.2%。",
     {"type": "contribution", "value": 45.2, "unit": "%", "to": {"zh": "全市经济增长"}, "word": None}),
    ("全年居民消费价格上涨0.4%。", {"type": "change", "value": 0.4, "unit": "%", "word": "上涨", "direction": None}),
    ("工业生产者出厂价格下跌1.8%。", {"type": "change", "value": 1.8, "direction": "down", "word": "下跌"}),
    ("营业收入利润率为5.36%，比上年回落0.42个百分点。",
     {"type": "change", "value": 0.42, "unit": "百分点", "direction": "down", "word": "回落"}),
    ("衣着类价格与上年持平。", {"type": "change", "value": 0, "direction": "flat", "word": None}),
    ("房地产开发投资增长-3.5%。", {"type": "change", "value": -3.5, "unit": "%", "direction": None, "word": None}),
    ("人口自然增长率为-0.38‰。", {"type": "quantity", "value": -0.38, "unit": "‰"}),
    ("出生率为6.83‰。", {"type": "quantity", "value": 6.83, "unit": "‰"}),
    ("年末每千常住人口执业（助理）医师3.42人。",
     {"type": "quantity", "value": 3.42, "unit": "人", "per": {"zh": "每千常住人口", "en": "per 1,000 residents"}}),
    ("2025年地区生产总值预期增长5.5%左右。",
     {"type": "change", "value": 5.5, "unit": "%", "qualifier": "左右", "plan": "预期"}),
    ("城镇调查失业率控制在5.5%以内。", {"type": "quantity", "value": 5.5, "unit": "%", "qualifier": "以内"}),
    ("规模以上工业企业亏损面降至10%以下。", {"type": "quantity", "value": 10, "qualifier": "以下"}),
    ("居民平均通勤时间不到35分钟。", {"type": "quantity", "value": 35, "unit": "分钟", "qualifier": "不到"}),
    ("第一产业比重不足5%。", {"type": "share", "value": 5, "unit": "%", "qualifier": "不足"}),  # a 比重 is a share
    ("规模以上工业增加值增长7%以上。", {"type": "change", "value": 7, "unit": "%", "qualifier": "以上"}),
    ("到2026年，全市高新技术企业力争突破3000家。",
     {"type": "quantity", "value": 3000, "qualifier": "突破", "plan": "力争", "target_year": 2026}),
    ("澄川港货物吞吐量居全省沿海港口第二位。", {"type": "rank", "value": 2, "among": {"zh": "全省沿海港口"}}),
    ("蔬菜播种面积96.2万亩，增加1.8万亩。", {"type": "change", "value": 1.8, "unit": "万亩", "word": None}),
    ("油料播种面积78.6万亩，减少2.3万亩。", {"type": "change", "value": 2.3, "unit": "万亩", "direction": "down"}),
    ("R&D经费投入70.8亿元，相当于地区生产总值的2.43%。",
     {"type": "share", "value": 2.43, "unit": "%", "of": {"zh": "地区生产总值"}}),
    ("60岁及以上人口92.36万人，占常住人口的22.4%；其中65岁及以上人口71.84万人，占17.4%。",
     {"type": "share", "value": 17.4, "unit": "%", "of": {"zh": "常住人口"}}),
    ("全年平均降水量1625.4毫米，比常年偏多7.9%。",
     {"type": "change", "value": 7.9, "unit": "%", "word": "偏多", "base": {"zh": "比常年", "en": "on the long-term average"}}),
    ("全年平均降水量1625.4毫米，比常年偏多7.9%。", {"value": 1625.4, "unit": "毫米", "unit_en": "mm"}),
    ("经最终核实，全市地区生产总值为2912.58亿元，比初步核算数增加56.15亿元。",
     {"type": "change", "value": 56.15, "unit": "亿元", "base": {"zh": "比初步核算数"}}),
    ("全市居民人均预期寿命为79.6岁，比上年提高0.3岁。", {"value": 79.6, "unit": "岁", "unit_en": "years", "plan": None}),
    ("全市居民人均预期寿命为79.6岁，比上年提高0.3岁。", {"type": "change", "value": 0.3, "unit": "岁"}),
    ("家禽出栏3215.6万羽。", {"value": 3215.6, "unit": "万羽", "unit_en": "birds"}),
    ("综合能源消费量586.3万吨标准煤。", {"value": 586.3, "unit": "万吨标准煤"}),
    ("细颗粒物（PM2.5）年平均浓度为29微克/立方米。", {"value": 29, "unit": "微克/立方米"}),
    ("新增城镇就业5.2万人，完成年度目标任务的117.2%。", {"value": 117.2, "unit": "%", "plan": None}),
    ("全年在建计划总投资亿元以上项目612个。", {"value": 612, "plan": None}),
    ("新区计划总投资约320亿元，建设零部件产业园。", {"value": 320, "plan": "计划", "qualifier": "约"}),
    ("2025年主要预期目标：地区生产总值增长5.5%左右。", {"type": "change", "value": 5.5, "plan": "预期"}),
    ("地区生产总值增长5.3%，增速比上半年加快0.2个百分点。",
     {"type": "change", "value": 0.2, "unit": "百分点", "word": "加快", "base": {"zh": "比上半年", "en": "on the first half"}}),
    ("9月份工业增加值增长7.1%，比8月份加快0.9个百分点。",
     {"type": "change", "value": 0.9, "word": "加快", "base": {"zh": "比8月份", "en": "on August"}}),
    ("3月份增长7.2%，比1—2月放缓0.6个百分点。",
     {"type": "change", "value": 0.6, "direction": "down", "word": "放缓", "base": {"en": "on January–February"}}),
    ("三次产业结构由上年的1.5:40.6:57.9调整为1.4:41.1:57.5。",
     {"type": "ratio", "value": "1.4:41.1:57.5", "label": {"zh": "三次产业结构"}, "parts": [{"zh": "第一产业"}, {"zh": "第二产业"},
                                                                              {"zh": "第三产业"}]}),
    ("城乡居民收入比缩小到1.71。", {"type": "ratio", "value": 1.71, "label": {"zh": "城乡居民收入比"}}),
    ("集成电路产量86.3亿块。", {"value": 86.3, "unit": "亿块"}),
    ("全年粮食总产量52.3万吨，比上年增产1.2万吨。", {"type": "change", "value": 1.2, "unit": "万吨", "word": "增产"}),
    ("油料产量9.4万吨，比上年减产0.3万吨。", {"type": "change", "value": 0.3, "direction": "down", "word": "减产"}),
    ("社会消费品零售总额增长５.２％。", {"type": "change", "value": 5.2, "unit": "%"}),  # full-width digits and ％
    ("比重从31.2％提高到34.5％。", {"value": 34.5, "unit": "%", "from": 31.2}),
    ("一般公共预算收入完成312.5亿元，完成年度计划的105.3%。", {"value": 105.3, "unit": "%", "plan": None}),
    ("累计完成投资56.3亿元，占年度计划的85.2%。", {"type": "share", "value": 85.2, "plan": None}),
    ("一般公共预算收入312.5亿元，同口径增长5.1%。", {"type": "change", "value": 5.1, "label": {"zh": "一般公共预算收入增长"}}),
    ("工业投资增速列全省第3位。", {"type": "rank", "value": 3, "among": {"zh": "全省"}}),
    ("每百户城镇居民家庭拥有家用汽车52.3辆。", {"value": 52.3, "per": {"zh": "每百户", "en": "per 100 households"}}),
    ("第一、二、三产业增加值占地区生产总值的比重分别为4.6%、38.9%和56.5%。",
     {"type": "share", "value": 38.9, "of": {"zh": "地区生产总值"}, "label": {"zh": "第二产业增加值占地区生产总值的比重"}}),
    ("第一产业增加值占地区生产总值的比重为4.6%，第二产业增加值比重为38.9%。",
     {"type": "share", "value": 38.9, "unit": "%", "of": {"zh": "地区生产总值"}}),
    ("城乡居民收入倍差缩小至2.01。", {"type": "ratio", "value": 2.01}),
    ("城乡居民收入比由上年同期的 1.79 缩小为 1.77。", {"type": "ratio", "value": 1.77, "label": {"zh": "城乡居民收入比"}}),
    ("年平均气温17.8℃，比常年偏高0.6℃。",
     {"type": "change", "value": 0.6, "unit": "℃", "unit_en": "°C", "word": "偏高", "base": {"zh": "比常年"}}),
    ("全年共发生各类生产安全事故12起，死亡15人，分别下降20.0%和16.7%。",
     {"type": "change", "value": 16.7, "direction": "down", "label": {"zh": "生产安全事故死亡人数下降"}}),
    ("增速比全国、全省分别高1.2和0.8个百分点。", {"type": "margin", "value": 0.8, "than": {"zh": "全省", "en": "the province"}}),
    ("居民消费价格同比上涨0.2%，环比下降0.1%。",
     {"type": "change", "value": 0.1, "direction": "down", "base": {"zh": "环比", "en": "on the previous period"}}),
    ("居民消费价格同比上涨0.2%，环比下降0.1%。", {"type": "change", "value": 0.2, "word": "上涨", "base": None}),
]


def drafted(sentence: str) -> list[dict]:
    text = f"# 某市2024年国民经济和社会发展统计公报\n\n{sentence}\n\n资料来源：某市统计局\n"
    result = draft(text, "a.txt", year=2024)
    assert not result.dropped, result.dropped  # every drafted figure passes check
    PackData.model_validate(result.pack)
    return result.pack["figures"]


def _matches(got, want) -> bool:
    """`want` inside `got`: a dict's named keys only (a missing key is None), lists item by item."""
    if isinstance(want, dict):
        return isinstance(got, dict) and all(
            _matches(got.get(k, "quantity" if k == "type" else None), v) for k, v in want.items())
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(map(_matches, got, want))
    return got == want


@pytest.mark.parametrize("sentence, keys", SENTENCES, ids=[f"{k.get('type', 'quantity')}-{s[:14]}" for s, k in SENTENCES])
def test_draft_reads_each_construct_from_its_sentence(sentence, keys):
    figures = drafted(sentence)
    assert any(_matches(f, keys) for f in figures), figures


def test_a_sign_is_part_of_the_number_only_where_the_article_writes_it():
    mentions, _ = find_numbers("增长率为−0.38‰，比上年下降0.5个百分点，区间为5-8%。")
    values = [(m.kind, m.value) for m in mentions]
    assert ("quantity", -0.38) in values and ("change", 0.5) in values
    assert ("quantity", -8) not in values  # a range's dash is not a minus sign


@pytest.mark.parametrize("text", ["占地120亩。", "一成不变。", "形成了完整链条。", "上午10:30召开。", "不超过5家企业。"])
def test_words_that_look_like_the_constructs_are_not_read_as_them(text):
    mentions, _ = find_numbers(text)
    assert all(m.kind == "quantity" and m.qualifier != "超过" for m in mentions), mentions


def test_a_ratio_with_two_decimals_and_a_plan_share_keep_their_words():
    [fig] = [f for f in drafted("到2027年，全市数字经济核心产业增加值占GDP比重将达到15%。") if f.get("type") == "share"]
    assert (fig["value"], fig["plan"], fig["target_year"], fig["of"]["zh"]) == (15, "将", 2027, "GDP")


def test_subjects_carry_within_a_sentence_and_signs_follow_nouns():
    figures = drafted("消费对经济增长的贡献率为55.6%，拉动经济增长2.7个百分点。全市民营经济增加值占地区生产总值比重为"
                      "55.3%，比上年提高0.5个百分点。常住人口出生率5.67‰，自然增长率-2.34‰。")
    labels = {(f.get("type", "quantity"), f["value"]): f["label"]["zh"] for f in figures}
    assert labels[("contribution", 2.7)] == "消费对经济增长的拉动"
    assert labels[("change", 0.5)] == "民营经济增加值占地区生产总值的比重提高"  # not the last sentence's 消费
    assert ("quantity", -2.34) in labels
    assert next(f for f in figures if f.get("type") == "contribution")["to"]["en"] == "economic growth"


def test_each_number_of_a_list_is_a_figure_of_its_own_subject():
    figures = drafted("第一、二、三产业分别拉动经济增长0.3、2.9和2.7个百分点，对经济增长的贡献率分别为5.5%、49.1%和45.4%。"
                      "城镇和农村居民人均可支配收入分别增长5.2%和6.8%。"
                      "工业增加值1200亿元，建筑业增加值300亿元，分别增长5.1%和-2.6%。全年能耗总量压减10%以上。"
                      "民营企业约占全市企业总数的四分之一。")
    got = [(f.get("type", "quantity"), f["value"], f["label"]["zh"]) for f in figures]
    assert got == [
        ("contribution", 0.3, "第一产业对经济增长的拉动"), ("contribution", 2.9, "第二产业对经济增长的拉动"),
        ("contribution", 2.7, "第三产业对经济增长的拉动"), ("contribution", 5.5, "第一产业对经济增长的贡献率"),
        ("contribution", 49.1, "第二产业对经济增长的贡献率"), ("contribution", 45.4, "第三产业对经济增长的贡献率"),
        ("change", 5.2, "城镇居民人均可支配收入增长"), ("change", 6.8, "农村居民人均可支配收入增长"),
        ("quantity", 1200, "工业增加值"), ("quantity", 300, "建筑业增加值"),
        ("change", 5.1, "工业增加值增长"), ("change", -2.6, "建筑业增加值增长"),
        ("change", 10, "能耗总量压减"), ("share", "1/4", "民营企业占全市企业总数的比重")]
    fall, share = figures[-2:]
    assert (fall["direction"], fall["word"], fall["qualifier"]) == ("down", "压减", "以上")
    assert (share["qualifier"], share["of"]) == ("约", "全市")


@pytest.mark.parametrize("text", ["60岁及以上人口92.36万人。", "0—14岁人口50.2万人。", "规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。"])
def test_age_bounds_and_size_classes_are_not_figures(text):
    mentions, _ = find_numbers(text)
    assert [m.unit for m in mentions] in ([], ["万人"]), mentions
