"""The statistics constructs in the model: each one's zh and en wording, its metadata words, and what `check`
requires of its quote (naming the form it looked for). Expected texts are written out by hand here, not
computed by the code under test."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from briefing_app.model import display, qualifier_text
from briefing_app.model.format import display_line, numeric_value
from briefing_app.model.provenance import figure_problems
from briefing_app.model.schema import Change, Contribution, Margin, Quantity, Rank, Ratio, Share

BASE = dict(id="x", section="s", label={"zh": "甲", "en": "a"}, period={"year": 2024}, scope="s")
PROVINCE = {"zh": "全省", "en": "the province"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
MODELS = {"quantity": Quantity, "rank": Rank, "share": Share, "change": Change, "ratio": Ratio, "margin": Margin,
          "contribution": Contribution}


def make(**kw):
    kind = kw.get("type", "quantity")
    return MODELS[kind].model_validate({**BASE, **kw})


def problems(fig) -> list[str]:
    class Data:
        figures = [fig]

    return [f"{'.'.join(str(p) for p in loc[2:])}: {message}" for loc, message in figure_problems(Data)]


# (construct, keys, zh, en on slides, en exact, en metadata)
WORDING = [
    ("percent share of a named total", dict(type="share", value=9.6, unit="%", of="全省", quote="占全省的比重为9.6%"),
     "9.6%", "9.6%", "9.6%", "share of provincial total"),
    ("约占 share", dict(type="share", value=9.8, unit="%", qualifier="约", of={"zh": "全市地区生产总值", "en": "the city's GDP"},
                      quote="约占全市地区生产总值的9.8%"),
     "约9.8%", "about 9.8%", "about 9.8%", "share of the city's GDP; approximate"),
    ("八成以上", dict(type="share", value=8, unit="成", qualifier="以上", quote="八成以上的企业实现盈利"),
     "八成以上", "at least 80%", "at least 80%", "share; at least"),
    ("三成多", dict(type="share", value=3, unit="成", qualifier="多", quote="三成多的企业"),
     "三成多", "more than 30%", "more than 30%", "share; more than"),
    ("percent share from → to", dict(type="share", value=9.6, unit="%", **{"from": 9.1}, quote="比重从9.1%提高到9.6%"),
     "9.1%→9.6%", "9.1% → 9.6%", "9.1% → 9.6%", "share, from → to"),
    ("structure", dict(type="ratio", value="4.2:38.5:57.3", quote="三次产业结构为4.2：38.5：57.3",
                       parts=[{"zh": "第一产业", "en": "primary"}, {"zh": "第二产业", "en": "secondary"},
                              {"zh": "第三产业", "en": "tertiary"}]),
     "4.2：38.5：57.3", "4.2:38.5:57.3", "4.2:38.5:57.3", "ratio (primary : secondary : tertiary)"),
    ("ratio 2.6:1", dict(type="ratio", value="2.6:1", quote="比例为2.6∶1"), "2.6∶1", "2.6:1", "2.6:1", "ratio"),
    ("ratio of one number", dict(type="ratio", value=1.95, quote="收入比为1.95"), "1.95", "1.95", "1.95", "ratio"),
    ("absolute change", dict(type="change", value=1.2, unit="万亩", word="增加", quote="比上年增加1.2万亩"),
     "增加1.2万亩", "up 12,000 mu ≈ 800 ha", "up 12,000 mu ≈ 800 ha", "increase"),
    ("net increase of a count", dict(type="change", value=153, unit="家", unit_en="firms", word="净增", quote="净增153家"),
     "净增153家", "up a net 153 firms", "up a net 153 firms", "increase"),
    ("change since the start of the year", dict(type="change", value=856.3, unit="亿元", word="增加", quote="比年初增加856.3亿元",
                                                base={"zh": "比年初", "en": "since the start of the year"}),
     "比年初增加856.3亿元", "up CNY 85.63 billion since the start of the year",
     "up CNY 85.63 billion since the start of the year", "increase; since the start of the year"),
    ("a fall of an amount", dict(type="change", value=1.2, unit="亿元", direction="down", quote="减少1.2亿元"),
     "减少1.2亿元", "down CNY 120 million", "down CNY 120 million", "decrease"),
    ("unitless change", dict(type="change", value=0.04, direction="down", word="缩小", quote="比上年缩小0.04"),
     "缩小0.04", "down 0.04", "down 0.04", "change"),
    ("price word", dict(type="change", value=0.4, unit="%", word="上涨", quote="居民消费价格上涨0.4%"),
     "上涨0.4%", "up 0.4%", "up 0.4%", "rate of increase"),
    ("price fall", dict(type="change", value=1.6, unit="%", direction="down", word="下跌", quote="价格下跌1.6%"),
     "下跌1.6%", "down 1.6%", "down 1.6%", "rate of decrease"),
    ("回落", dict(type="change", value=0.42, unit="百分点", direction="down", word="回落", quote="回落0.42个百分点"),
     "回落0.42个百分点", "down 0.42 percentage points", "down 0.42 percentage points", "change in percentage points"),
    ("持平", dict(type="change", value=0, unit="%", direction="flat", quote="衣着类价格与上年持平"),
     "持平", "unchanged", "unchanged", "no change"),
    ("negative growth", dict(type="change", value=-3.5, unit="%", quote="房地产开发投资增长-3.5%"),
     "增长-3.5%", "down 3.5%", "down 3.5%", "rate of decrease"),
    ("negative growth, full-width minus", dict(type="change", value=-3.5, unit="%", quote="增长－3.5%"),
     "增长－3.5%", "down 3.5%", "down 3.5%", "rate of decrease"),
    ("change 以上", dict(type="change", value=7, unit="%", qualifier="以上", quote="增长7%以上"),
     "增长7%以上", "up at least 7%", "up at least 7%", "growth rate; at least"),
    ("预期 change 左右", dict(type="change", value=5.5, unit="%", qualifier="左右", plan="预期", quote="预期增长5.5%左右"),
     "预期增长5.5%左右", "expected: up about 5.5%", "expected: up about 5.5%", "expected; growth rate; approximate"),
    ("the article's precision", dict(type="change", value=5.0, unit="%", quote="增长5.0%"),
     "增长5.0%", "+5.0%", "+5.0%", "growth rate"),
    ("margin", dict(type="margin", value=0.4, unit="百分点", direction="above", than=PROVINCE, quote="增速高于全省0.4个百分点"),
     "高于全省0.4个百分点", "0.4 percentage points above the province", "0.4 percentage points above the province",
     "compared with the province"),
    ("margin 快于", dict(type="margin", value=1.4, unit="百分点", direction="above", word="快于",
                       than={"zh": "城镇居民", "en": "urban residents"}, quote="快于城镇居民1.4个百分点"),
     "快于城镇居民1.4个百分点", "1.4 percentage points above urban residents",
     "1.4 percentage points above urban residents", "compared with urban residents"),
    ("margin 比全国低", dict(type="margin", value=0.2, unit="百分点", direction="below", word="低",
                          than={"zh": "全国", "en": "the national rate"}, quote="比全国低0.2个百分点"),
     "比全国低0.2个百分点", "0.2 percentage points below the national rate",
     "0.2 percentage points below the national rate", "compared with the national rate"),
    ("margin of an amount", dict(type="margin", value=1200, unit="元", direction="above", word="高出", than=PROVINCE,
                                 quote="高出全省1200元"),
     "高出全省1200元", "CNY 1,200 above the province", "CNY 1,200 above the province", "compared with the province"),
    ("contribution 拉动", dict(type="contribution", value=3.1, unit="百分点",
                             to={"zh": "经济增长", "en": "economic growth"}, quote="拉动经济增长3.1个百分点"),
     "拉动经济增长3.1个百分点", "contributed 3.1 percentage points to economic growth",
     "contributed 3.1 percentage points to economic growth", "contribution to economic growth"),
    ("contribution rate", dict(type="contribution", value=45.2, unit="%", to={"zh": "经济增长", "en": "economic growth"},
                               quote="对经济增长的贡献率为45.2%"),
     "对经济增长贡献率45.2%", "45.2% of economic growth", "45.2% of economic growth",
     "contribution rate to economic growth"),
    ("per mille", dict(value=6.83, unit="‰", quote="出生率为6.83‰"), "6.83‰", "6.83 per 1,000", "6.83 per 1,000", "exact"),
    ("negative rate", dict(value=-0.38, unit="‰", quote="人口自然增长率为-0.38‰"),
     "-0.38‰", "-0.38 per 1,000", "-0.38 per 1,000", "exact"),
    ("negative rate, minus sign", dict(value=-0.38, unit="‰", quote="人口自然增长率为−0.38‰"),
     "−0.38‰", "-0.38 per 1,000", "-0.38 per 1,000", "exact"),
    ("per 1,000 residents", dict(value=3.42, unit="人", unit_en="doctors", per={"zh": "每千常住人口", "en": "per 1,000 residents"},
                                 quote="每千常住人口执业医师3.42人"),
     "每千常住人口3.42人", "3.42 doctors per 1,000 residents", "3.42 doctors per 1,000 residents",
     "exact; per 1,000 residents"),
    ("左右", dict(value=5.5, unit="%", qualifier="左右", quote="控制在5.5%左右"), "5.5%左右", "about 5.5%", "about 5.5%",
     "approximate"),
    ("以内", dict(value=3, unit="%", qualifier="以内", quote="控制在3%以内"), "3%以内", "up to 3%", "up to 3%", "up to"),
    ("以下", dict(value=10, unit="%", qualifier="以下", quote="降至10%以下"), "10%以下", "at most 10%", "at most 10%", "at most"),
    ("不足", dict(value=5, unit="%", qualifier="不足", quote="比重不足5%"), "不足5%", "less than 5%", "less than 5%", "less than"),
    ("不到", dict(value=35, unit="分钟", unit_en="minutes", qualifier="不到", quote="不到35分钟"),
     "不到35分钟", "less than 35 minutes", "less than 35 minutes", "less than"),
    ("以上 includes its bound", dict(value=95, unit="%", qualifier="以上", quote="达到95%以上"),
     "95%以上", "at least 95%", "at least 95%", "at least"),
    ("the plan year", dict(value=3000, unit="家", unit_en="firms", qualifier="突破", plan="力争", target_year=2026,
                           quote="到2026年，高新技术企业力争突破3000家"),
     "到2026年力争突破3000家", "target for 2026: more than 3,000 firms", "target for 2026: more than 3,000 firms",
     "target for 2026; more than"),
    ("a long exact number", dict(value=3861542, unit="万千瓦时", quote="全社会用电量3861542万千瓦时"),
     "3861542万千瓦时", "≈38.62 billion kWh", "38.61542 billion kWh", "exact"),
    ("a long lower bound", dict(value=3861542, unit="万千瓦时", qualifier="超过", quote="用电量超过3861542万千瓦时"),
     "超过3861542万千瓦时", "more than 38.61 billion kWh", "more than 38.61542 billion kWh", "more than"),
    ("a long upper bound", dict(value=3861542, unit="万千瓦时", qualifier="不足", quote="用电量不足3861542万千瓦时"),
     "不足3861542万千瓦时", "less than 38.62 billion kWh", "less than 38.62 billion kWh".replace("38.62", "38.61542"),
     "less than"),
    ("a long approximate number", dict(value=3861542, unit="万千瓦时", qualifier="约", quote="用电量约3861542万千瓦时"),
     "约3861542万千瓦时", "about 38.62 billion kWh", "about 38.61542 billion kWh", "approximate"),
    ("a three-decimal amount stays", dict(value=1260.5, unit="万人次", unit_en="visits", quote="接待游客1260.5万人次"),
     "1260.5万人次", "12.605 million visits", "12.605 million visits", "exact"),
    ("a long change", dict(type="change", value=3861542, unit="万千瓦时", word="增加", quote="增加3861542万千瓦时"),
     "增加3861542万千瓦时", "up ≈38.62 billion kWh", "up 38.61542 billion kWh", "increase"),
    ("a rank among a group", dict(type="rank", value=2, among={"zh": "全省沿海港口", "en": "among the province's coastal ports"},
                                  quote="居全省沿海港口第二位"),
     "全省沿海港口第二", "No. 2 among the province's coastal ports", "No. 2 among the province's coastal ports", "rank"),
    ("a rank in a field", dict(type="rank", value=12, among=PROVINCE, quote="居全省第12位"),
     "全省第12", "No. 12 in the province", "No. 12 in the province", "rank"),
    ("a rank nationwide", dict(type="rank", value=3, among={"zh": "全国", "en": "nationwide"}, quote="居全国第三"),
     "全国第三", "No. 3 nationwide", "No. 3 nationwide", "rank"),
    ("among the top of a group", dict(type="rank", value=None, among={"zh": "全省沿海港口", "en": "among the province's coastal ports"},
                                      quote="居全省沿海港口前列"),
     "全省沿海港口前列", "among the top of the province's coastal ports",
     "among the top of the province's coastal ports", "rank (among the top)"),
]


@pytest.mark.parametrize("construct, keys, zh, en, exact, meta", WORDING, ids=[w[0] for w in WORDING])
def test_each_construct_reads_right_and_checks(construct, keys, zh, en, exact, meta):
    fig = make(**keys)
    assert display(fig, "zh") == zh
    assert display(fig, "en") == en  # slides, cards, charts
    assert display(fig, "en", exact=True) == exact  # notes, tooltips, data, find
    assert display(fig, "zh", exact=True) == zh  # Chinese is always the article's form
    assert qualifier_text(fig, "en") == meta
    for text in (display(fig, "en"), display(fig, "en", exact=True), qualifier_text(fig, "en")):
        assert not CJK.search(text), text
        assert not text.startswith(("+-", "+−")) and "by 20" not in text
    assert problems(fig) == [], construct


def test_a_margin_is_never_a_rise_and_a_contribution_never_a_change():
    margin = make(type="margin", value=0.4, unit="百分点", direction="above", than=PROVINCE, quote="增速高于全省0.4个百分点")
    assert "+" not in display(margin, "en") and "提高" not in display(margin, "zh")
    assert numeric_value(margin) == 0.4
    below = make(type="margin", value=0.2, unit="百分点", direction="below", than=PROVINCE, quote="低于全省0.2个百分点")
    assert numeric_value(below) == -0.2


def test_a_percent_share_names_its_total_on_one_line():
    fig = make(type="share", value=9.6, unit="%", of="全市", quote="占全市的比重为9.6%")
    assert display_line(fig, "zh") == "9.6%（占全市比重）"
    assert display_line(fig, "en") == "9.6% (share of city total)"
    pair = make(type="share", value=9.8, unit="%", qualifier="约", of={"zh": "地区生产总值", "en": "GDP"},
                quote="约占地区生产总值的9.8%")
    assert display_line(pair, "en") == "about 9.8% (share of GDP)"
    assert display_line(make(value=5, unit="家", unit_en="firms", quote="5家"), "en") == "5 firms"


def test_a_composition_is_a_ratio_whose_named_parts_add_up_to_100():
    parts = [{"zh": p, "en": p} for p in ("甲", "乙", "丙")]
    assert make(type="ratio", value="4.2:38.5:57.3", parts=parts, quote="4.2:38.5:57.3").is_composition
    assert make(type="ratio", value="33.3:33.3:33.3", parts=parts, quote="33.3:33.3:33.3").is_composition  # rounding
    assert not make(type="ratio", value="4.2:38.5:50.3", parts=parts, quote="4.2:38.5:50.3").is_composition
    assert not make(type="ratio", value="4.2:38.5:57.3", quote="4.2:38.5:57.3").is_composition  # parts unnamed
    assert not make(type="ratio", value="103.6:100", parts=parts[:2], quote="103.6:100").is_composition


# (keys, the problem check names: field and the form it looked for)
REFUSED = [
    (dict(value=-0.38, unit="‰", quote="人口自然增长率为0.38‰"),
     "value: -0.38 does not occur in the quote as '-0.38‰' (number, qualifier and unit as the article writes them) "
     "(a negative number needs its sign in the quote"),
    (dict(value=3.42, unit="人", unit_en="doctors", per={"zh": "每万人", "en": "per 10,000 people"},
          quote="每千常住人口执业医师3.42人"), "per.zh: '每万人' does not occur in the quote"),
    (dict(type="share", value=9.6, unit="%", quote="占全省的比重为9.7%"), "value: 9.6% does not occur in the quote"),
    (dict(type="share", value=9.6, unit="%", quote="约占全省的9.6%"), "qualifier: the quote says 约占; give qualifier: 约"),
    (dict(type="share", value=8, unit="成", qualifier="以上", quote="七成以上"),
     "value: 8成以上 does not occur in the quote (looked for 八成, 8成, 8.0成"),
    (dict(type="ratio", value="4.2:38.5:57.3", quote="结构为4.2：38.5：57.4"),
     "value: 4.2:38.5:57.3 does not occur in the quote (its terms as the article writes them"),
    (dict(type="change", value=0.4, unit="%", word="上涨", quote="价格上升0.4%"), "word: '上涨' does not occur in the quote"),
    (dict(type="change", value=1.2, unit="万亩", quote="增加1.2亩"), "value: 1.2万亩 does not occur in the quote"),
    (dict(type="change", value=856.3, unit="亿元", base={"zh": "比年初", "en": "since the start of the year"},
          quote="比上年增加856.3亿元"), "base.zh: '比年初' does not occur in the quote"),
    (dict(type="change", value=-3.5, unit="%", quote="增长3.5%"),
     "direction: the quote does not say it fell (none of 下降"),
    (dict(type="change", value=0, unit="%", direction="flat", quote="价格基本稳定"),
     "direction: '持平' does not occur in the quote (direction: flat is 持平)"),
    (dict(type="change", value=7, unit="%", qualifier="以上", quote="增长7%"), "value: 7%以上 does not occur in the quote"),
    (dict(type="margin", value=0.4, unit="百分点", direction="above", than=PROVINCE, quote="增速快于全省0.4个百分点"),
     "direction: '高于' does not occur in the quote (give word: as the article compares"),
    (dict(type="margin", value=0.4, unit="百分点", direction="above", than=PROVINCE, quote="增速高于全国0.4个百分点"),
     "than.zh: '全省' does not occur in the quote"),
    (dict(type="contribution", value=3.1, unit="百分点", to={"zh": "工业增长", "en": "industrial growth"},
          quote="拉动经济增长3.1个百分点"), "to.zh: '工业增长' does not occur in the quote"),
    (dict(type="contribution", value=45.2, unit="%", to={"zh": "经济增长", "en": "economic growth"},
          quote="对经济增长的拉动为45.2%"), "word: '贡献率' does not occur in the quote"),
    (dict(value=5, unit="%", qualifier="以内", quote="控制在5%"), "value: 5 does not occur in the quote as '5%以内'"),
    (dict(value=5, unit="%", quote="控制在5%以内"), "qualifier: the quote says 5%以内; give qualifier: 以内"),
    (dict(value=5, unit="%", quote="不足5%"), "qualifier: the quote says 不足5%; give qualifier: 不足"),
    (dict(type="change", value=5.0, unit="%", quote="增长15.0%"),
     "value: 5% does not occur in the quote (looked for 5%, 5.0%, 5.00%: number"),
]


@pytest.mark.parametrize("keys, expected", REFUSED, ids=[r[1][:40] for r in REFUSED])
def test_check_names_the_form_it_looked_for(keys, expected):
    found = problems(make(**keys))
    assert any(p.startswith(expected) for p in found), found


@pytest.mark.parametrize("keys, message", [
    (dict(type="change", value=3, unit="%", word="下降", quote="下降3%"), "word '下降' says it fell: give direction: down"),
    (dict(type="change", value=3, unit="%", word="增长", direction="down", quote="增长3%"), "says it rose"),
    (dict(type="change", value=1, unit="%", direction="flat", quote="持平"), "with direction: flat (持平), the value is 0"),
    (dict(type="change", value=1, unit="家", quote="净增1家"), "unit '家' is a counter: give unit_en"),
    (dict(type="share", value=9.6, quote="9.6"), "is a number: give unit"),
    (dict(type="share", value="1/7", unit="%", quote="1/7"), "is a fraction: leave out unit"),
    (dict(type="share", value=120, unit="%", quote="120%"), "is not a share: between 0 and 100"),
    (dict(type="share", value=11, unit="成", quote="11成"), "is not a share: between 0 and 10"),
    (dict(type="ratio", value="4.2/38.5", quote="4.2/38.5"), "must be terms joined by colons"),
    (dict(type="ratio", value="1:2", parts=[{"zh": "甲", "en": "a"}], quote="1:2"), "parts names 1 terms"),
    (dict(type="margin", value=-1, unit="%", direction="above", than=PROVINCE, quote="高于全省1%"), "its size, 0 or more"),
    (dict(type="margin", value=1, unit="%", direction="up", than=PROVINCE, quote="高于全省1%"), "above"),
    (dict(type="contribution", value=1, unit="元", to=PROVINCE, quote="拉动1元"), "百分点"),
])
def test_the_schema_refuses_contradictions(keys, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        make(**keys)


def test_a_derived_figure_may_use_any_kind_as_input_and_check_names_the_form():
    from briefing_app.model.schema import PackData

    quote = "城镇居民人均可支配收入58430元，增长4.9%，高出全省1200元"
    margin = dict(BASE, id="margin", type="margin", value=1200, unit="元", direction="above", word="高出", than=PROVINCE,
                  quote=quote)
    change = dict(BASE, id="growth", type="change", value=4.9, unit="%", quote=quote)
    derived = dict(BASE, id="province", value=57230, unit="元", quote=quote,
                   derived={"from": ["margin", "growth"], "method": {"zh": "相减", "en": "subtracted"}})
    data = PackData.model_construct(figures=[make(**margin), make(**change), make(**derived)])
    assert list(figure_problems(data)) == []
    elsewhere = make(**dict(derived, quote="全省城镇居民人均可支配收入"))
    data = PackData.model_construct(figures=[make(**margin), make(**change), elsewhere])
    found = [message for _loc, message in figure_problems(data)]
    assert found == ["input 'margin' does not occur in this quote (looked for '1200元')",
                     "input 'growth' does not occur in this quote (looked for '4.9%')"]


def test_rates_per_1000_chart_on_their_own_axis_and_per_mille_reads_per_1000():
    from briefing_app.deck.chart_spec import chart_kind
    from briefing_app.model.format import quantity_axis

    per = {"zh": "每千常住人口", "en": "per 1,000 residents"}
    doctors = make(value=3.42, unit="人", unit_en="doctors", per=per, quote="每千常住人口医师3.42人")
    nurses = make(value=4.1, unit="人", unit_en="nurses", per=per, quote="每千常住人口护士4.1人")
    staff = make(value=38000, unit="人", unit_en="staff", quote="卫生技术人员38000人")
    axis = quantity_axis([doctors, nurses], "en")
    assert axis.title("en") == "number of doctors / nurses per 1,000 residents"
    assert quantity_axis([doctors, nurses], "zh").title("zh") == "数量（人，每千常住人口）"
    assert chart_kind([doctors, nurses, make(value=2.0, unit="人", unit_en="midwives", per=per, quote="2.0人")]) \
        == "quantities"
    assert chart_kind([doctors, nurses, staff]) is None  # a rate per 1,000 and a headcount share no axis
    rates = [make(value=v, unit="‰", quote=q) for v, q in ((6.83, "6.83‰"), (-0.38, "-0.38‰"))]
    assert quantity_axis(rates, "en").title("en") == "per 1,000"
    assert quantity_axis(rates, "zh").title("zh") == "单位：‰"
    assert [quantity_axis(rates, "en").value(f) for f in rates] == [6.83, -0.38]


def test_a_dropped_minus_sign_is_refused_and_a_range_is_not_a_sign():
    found = problems(make(value=0.38, unit="‰", quote="人口自然增长率为-0.38‰"))
    assert found == ["value: 0.38 does not occur in the quote as '0.38‰' (number, qualifier and unit as the article "
                     "writes them) (the quote writes it with a minus sign: value: -0.38)"]
    assert problems(make(type="change", value=3.5, unit="%", direction="down", quote="增长－3.5%"))
    assert problems(make(value=8, unit="%", quote="增速在5-8%之间")) == []  # 5-8%: the dash of a range


ECONOMY = {"zh": "经济增长", "en": "economic growth"}
LISTED = "第一、二、三产业分别拉动经济增长0.3、2.9和2.7个百分点"


@pytest.mark.parametrize("keys", [
    dict(type="contribution", value=0.3, unit="百分点", to=ECONOMY, quote=LISTED),
    dict(type="contribution", value=2.9, unit="百分点", to=ECONOMY, quote=LISTED),
    dict(type="contribution", value=2.7, unit="百分点", to=ECONOMY, quote=LISTED),
    dict(type="margin", value=0.3, unit="百分点", direction="above", than=PROVINCE, quote="分别高于全省0.3和0.5个百分点"),
    dict(type="change", value=5.2, unit="%", quote="三次产业增加值分别增长5.2、6.1和7.3%"),
    dict(type="change", value=6.1, unit="%", quote="分别增长5.2%、6.1%和7.3%"),
    dict(type="change", value=1.3, unit="%", direction="down", quote="分别下降1.3和0.8%"),
    dict(value=74, unit="亿元", quote="三条产业链产值分别为96、74和131亿元"),
    dict(type="share", value=9.6, unit="%", of="全市", quote="分别占全市的9.6和8.1%"),
], ids=lambda keys: f"{keys.get('type', 'quantity')} {keys['value']}")
def test_a_number_of_a_list_with_its_unit_after_the_last_is_found(keys):
    assert problems(make(**keys)) == []


@pytest.mark.parametrize("keys, expected", [
    # a contribution or margin in 百分点 not found must be named, not crash (it has no `size`)
    (dict(type="contribution", value=2.8, unit="百分点", to=ECONOMY, quote=LISTED),
     "value: 2.8个百分点 does not occur in the quote"),
    (dict(type="margin", value=0.4, unit="百分点", direction="above", than=PROVINCE, quote="高于全省0.3个百分点"),
     "value: 0.4个百分点 does not occur in the quote"),
    (dict(type="change", value=0.4, unit="百分点", quote="分别提高0.3和0.5"), "value: 0.4个百分点 does not occur"),
    (dict(value=75, unit="亿元", quote="分别为96、74和131亿元"), "value: 75 does not occur in the quote as '75亿元'"),
    (dict(value=96, unit="亿元", qualifier="约", quote="分别为96、74和131亿元"), "value: 96 does not occur"),
    # a number in a list whose last number carries another unit is not that unit's
    (dict(value=96, unit="万吨", quote="分别为96亿元、74和131万吨"), "value: 96 does not occur"),
    # the forms it looked for are the number's, whatever digits the quote holds (was "33%, 3.03%, 3.003%")
    (dict(type="change", value=3.0, unit="%", quote="增长3.0个百分点"),
     "value: 3% does not occur in the quote (looked for 3%, 3.0%, 3.00%: number"),
    (dict(type="change", value=7, unit="%", qualifier="以上", quote="增长7.0%"),
     "value: 7%以上 does not occur in the quote (looked for 7%以上, 7.0%以上, 7.00%以上: number"),
    (dict(type="change", value=10, unit="%", direction="down", qualifier="以上", quote="压减10%以上"),
     "direction: the quote does not say it fell (none of 下降"),  # …; or give word: the article's verb
    (dict(type="change", value=10, unit="%", direction="down", qualifier="以上", quote="增长10%以上"),
     "direction: the quote does not say it fell"),
    (dict(type="share", value="1/4", quote="约占全市的三分之一"), "value: 1/4 does not occur in the quote (looked for 1/4 and 四分之一)"),
    (dict(type="share", value="1/4", quote="约占全市的四分之一"), "qualifier: the quote says 约占; give qualifier: 约"),
])
def test_check_names_what_a_list_fraction_or_fall_lacks(keys, expected):
    found = problems(make(**keys))
    assert any(p.startswith(expected) for p in found), found


@pytest.mark.parametrize("word", ["压减", "压降", "下调", "削减"])
def test_a_fall_verb_the_pack_gives_says_it_fell_when_the_quote_has_it(word):
    fig = make(type="change", value=10, unit="%", direction="down", qualifier="以上", word=word,
               quote=f"年度能耗总量{word}10%以上")
    assert problems(fig) == []
    assert display(fig, "zh") == f"{word}10%以上"
    assert display(fig, "en") == "down at least 10%"


@pytest.mark.parametrize("value, quote, qualifier, zh, en", [
    ("1/4", "约占全市的四分之一", "约", "约四分之一", "about one quarter"),
    ("1/3", "超过三分之一的企业实现盈利", "超过", "超过三分之一", "more than one third"),
    ("2/5", "占全省的五分之二", "exact", "五分之二", "two fifths"),
    ("1/7", "占全国的1/7", "exact", "1/7", "one seventh"),  # as before: digits stay digits
])
def test_a_fraction_written_in_words_is_found_and_shown_as_written(value, quote, qualifier, zh, en):
    fig = make(type="share", value=value, qualifier=qualifier, quote=quote)
    assert problems(fig) == []
    assert (display(fig, "zh"), display(fig, "en")) == (zh, en)
