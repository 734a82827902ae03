"""The one wording policy: magnitudes on every unit, decreases, points, plan words, ranks, share totals."""

import re

import pytest

from briefing_app.model import display, load_pack, qualifier_text
from briefing_app.model.format import quantity_axis, share_axis_title
from briefing_app.model.schema import Change, Quantity, Rank, Share

from ..conftest import ROOT

LANJIANG = ROOT / "tests" / "packs" / "lanjiang" / "lanjiang.yaml"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
BASE = dict(id="x", section="s", label={"zh": "甲", "en": "a"}, period={"year": 2023}, scope="s", quote="q")


def quantity(**kw):
    return Quantity.model_validate({**BASE, **kw})


@pytest.mark.parametrize("kw, zh, en", [
    (dict(value=4, unit="万片/月", unit_en="wafers a month"), "4万片/月", "40,000 wafers a month"),
    (dict(value=30, unit="万辆", unit_en="vehicles"), "30万辆", "300,000 vehicles"),
    (dict(value=4.2, unit="万人", unit_en="people", qualifier="约"), "约4.2万人", "about 42,000 people"),
    (dict(value=486, unit="万标准箱", qualifier="约"), "约486万标准箱", "about 4.86 million TEU"),
    (dict(value=8.6, unit="亿美元"), "8.6亿美元", "USD 860 million"),
    (dict(value=15, unit="亿港元"), "15亿港元", "HKD 1.5 billion"),
    (dict(value=2, unit="亿欧元"), "2亿欧元", "EUR 200 million"),
    (dict(value=1.02, unit="万亿元"), "1.02万亿元", "CNY 1.02 trillion"),
    (dict(value=3.2, unit="亿千瓦时"), "3.2亿千瓦时", "320 million kWh"),
    (dict(value=45, unit="万千瓦"), "45万千瓦", "450,000 kW"),
    (dict(value=1.35, unit="亿吨"), "1.35亿吨", "135 million tonnes"),
    (dict(value=1.2, unit="万亩"), "1.2万亩", "12,000 mu ≈ 800 ha"),
    (dict(value=12.5, unit="平方公里"), "12.5平方公里", "12.5 km²"),
    (dict(value=1, unit="个", unit_en="centres"), "1个", "1 centre"),
    (dict(value=1, unit="吨"), "1吨", "1 tonne"),
    (dict(value=1, unit="人", unit_en="people"), "1人", "1 person"),
    (dict(value=1, unit="个工作日", unit_en="working days"), "1个工作日", "1 working day"),
    (dict(value=1, unit="套", unit_en="sets of equipment"), "1套", "1 set of equipment"),
    (dict(value=1, unit="万片/月", unit_en="wafers a month"), "1万片/月", "10,000 wafers a month"),
    (dict(value=120, unit="万人", unit_en="people", qualifier="近"), "近120万人", "nearly 1.2 million people"),
    (dict(value=300, unit="家", unit_en="firms", qualifier="超过"), "超过300家", "more than 300 firms"),
    (dict(value=500, unit="亿元", qualifier="突破"), "突破500亿元", "more than CNY 50 billion"),
    (dict(value=3000, unit="个", unit_en="base stations", qualifier="逾"), "逾3000个", "more than 3,000 base stations"),
    (dict(value=230, unit="场", unit_en="events", qualifier="余"), "230余场", "more than 230 events"),
    (dict(value=22, unit="%", **{"from": 15}), "15%→22%", "15% → 22%"),
    (dict(value=10, unit="万片/月", unit_en="wafers a month", plan="力争", target_year=2026),
     "到2026年力争10万片/月", "target for 2026: 100,000 wafers a month"),
    (dict(value=2, unit="万个", unit_en="charging points", plan="目标", target_year=2025),
     "到2025年目标2万个", "target for 2025: 20,000 charging points"),
    (dict(value=1500, unit="万人次", unit_en="visits", qualifier="超过", plan="预计"),
     "预计超过1500万人次", "expected: more than 15 million visits"),
    (dict(value=5, unit="万个", unit_en="jobs", plan="提出"), "提出5万个", "proposed: 50,000 jobs"),
    (dict(value=100, unit="个", unit_en="projects", plan="争取"), "争取100个", "target: 100 projects"),
])
def test_quantity_wording(kw, zh, en):
    fig = quantity(**kw)
    assert (display(fig, "zh"), display(fig, "en")) == (zh, en)


@pytest.mark.parametrize("kw, zh, en, meta_en", [
    (dict(value=4.1, unit="%", direction="down"), "下降4.1%", "down 4.1%", "rate of decrease"),
    (dict(value=-3.5, unit="%"), "下降3.5%", "down 3.5%", "rate of decrease"),
    (dict(value=2.3, unit="百分点", direction="down"), "下降2.3个百分点", "down 2.3 percentage points",
     "change in percentage points"),
    (dict(value=1, unit="百分点"), "提高1个百分点", "+1 percentage point", "change in percentage points"),
    (dict(value=226.4, unit="%"), "增长226.4%", "+226.4%", "growth rate"),
    (dict(value=6.5, unit="%", plan="预计"), "预计增长6.5%", "expected: +6.5%", "expected; growth rate"),
])
def test_change_wording(kw, zh, en, meta_en):
    fig = Change.model_validate({**BASE, "type": "change", **kw})
    assert (display(fig, "zh"), display(fig, "en"), qualifier_text(fig, "en")) == (zh, en, meta_en)
    assert "+-" not in display(fig, "en")


def test_a_fall_is_given_as_a_size():
    with pytest.raises(Exception, match="positive value"):
        Change.model_validate({**BASE, "type": "change", "value": -4.1, "unit": "%", "direction": "down"})


@pytest.mark.parametrize("value, quote, zh, en", [
    (12, "居全省第12位", "全省第12", "No. 12 in the province"),
    (12, "居全省第十二", "全省第十二", "No. 12 in the province"),
    (1, "居全省第一", "全省第一", "No. 1 in the province"),
    (1234, "居全省第1234位", "全省第1234", "No. 1,234 in the province"),
    (None, "位居全省前列", "全省前列", "among the top in the province"),
])
def test_ranks_of_any_size(value, quote, zh, en):
    fig = Rank.model_validate({**BASE, "type": "rank", "value": value, "quote": quote,
                               "among": {"zh": "全省", "en": "the province"}})
    assert (display(fig, "zh"), display(fig, "en")) == (zh, en)
    assert not CJK.search(qualifier_text(fig, "en"))


@pytest.mark.parametrize("of, zh, en", [
    ("全国", "占全国比重", "share of national total"), ("全省", "占全省比重", "share of provincial total"),
    ("全市", "占全市比重", "share of city total"), ("全区", "占全区比重", "share of district total"),
    ({"zh": "长三角", "en": "the Yangtze River Delta total"}, "占长三角比重", "share of the Yangtze River Delta total"),
    (None, "比重", "share"),
])
def test_shares_name_the_pack_total_or_none(of, zh, en):
    fig = Share.model_validate({**BASE, "type": "share", "value": "2/5", "of": of, "rose": True})
    assert (qualifier_text(fig, "zh"), qualifier_text(fig, "en")) == (zh, en)
    assert display(fig, "en") == "risen to two fifths"
    assert share_axis_title([fig], "en") == en


def test_english_metadata_never_has_chinese():
    pack = load_pack(LANJIANG)
    for fig in pack.data.figures:
        for text in (display(fig, "en"), qualifier_text(fig, "en")):
            assert not CJK.search(text), (fig.id, text)


def test_chart_axis_uses_the_label_scale():
    figs = [quantity(value=280, unit="万平方米", qualifier="约"), quantity(value=35, unit="万平方米")]
    en, zh = quantity_axis(figs, "en"), quantity_axis(figs, "zh")
    assert en.title("en") == "million m²" and [en.value(f) for f in figs] == [2.8, 0.35]
    assert zh.title("zh") == "单位：万平方米" and [zh.value(f) for f in figs] == [280, 35]
    money = [quantity(value=8.6, unit="亿美元"), quantity(value=15, unit="亿美元")]
    assert quantity_axis(money, "en").title("en") == "USD billion"
    wafers = [quantity(value=4, unit="万片/月", unit_en="wafers a month"), quantity(value=3, unit="万片/月", unit_en="wafers a month")]
    axis = quantity_axis(wafers, "en")
    assert axis.title("en") == "number of wafers a month" and axis.value(wafers[0]) == 40_000


def test_lanjiang_pack_covers_every_kind_and_word():
    pack = load_pack(LANJIANG)
    figs = pack.data.figures
    assert len(figs) >= 40
    assert {f.type for f in figs} == {"quantity", "rank", "share", "change"}
    assert {f.qualifier for f in figs if f.type == "quantity"} >= {"exact", "约", "近", "余", "多", "以上", "超过", "突破", "逾"}
    assert {f.plan for f in figs} - {None} == {"力争", "计划", "将", "预计", "目标", "提出", "争取"}
    assert {f.of for f in figs if f.type == "share"} == {"全国", "全省", "全市", "全区"}
    assert len(pack.data.matrices[0].rows) == 6 and pack.data.map.reference.en
    assert len(pack.article) >= 2500 and "虚构" in pack.article


@pytest.mark.parametrize("kind, kw, quote, zh", [
    ("change", dict(value=8.0, unit="%"), "工业增加值增长8.0%", "增长8.0%"),
    ("change", dict(value=0.5, unit="百分点", direction="down"), "下降0.50个百分点", "下降0.50个百分点"),
    ("quantity", dict(value=2.5, unit="亿元"), "投资2.50亿元", "2.50亿元"),
    ("quantity", dict(value=9, unit="城", unit_en="cities"), "九城一体", "九城"),
])
def test_zh_keeps_the_article_digits(kind, kw, quote, zh):
    """Statistics write 8.0% and 2.50亿元; the value is 8 or 2.5, the zh display keeps the article's digits."""
    model = Change if kind == "change" else Quantity
    fig = model.model_validate({**BASE, "type": kind, "quote": quote, **kw})
    assert display(fig, "zh") == zh
