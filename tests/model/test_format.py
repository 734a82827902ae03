"""The one formatter per language: zh keeps the article's form, en converts and keeps qualifiers."""

import pytest

from briefing_app.model.format import date_text, fraction_en, number_en, number_zh, period_text, zh_integer
from briefing_app.model.schema import Period, Quantity
from briefing_app.model import display


def quantity(**kw):
    base = dict(id="x", section="s", label={"zh": "甲", "en": "a"}, period={"year": 2023}, scope="s", quote="q")
    return Quantity.model_validate({**base, **kw})


@pytest.mark.parametrize("kw, zh, en", [
    (dict(value=196, unit="亿元", qualifier="约"), "约196亿元", "about CNY 19.6 billion"),
    (dict(value=280, unit="万平方米", qualifier="约"), "约280万平方米", "about 2.8 million m²"),
    (dict(value=1500, unit="个", unit_en="teams", qualifier="多"), "1500多个", "more than 1,500 teams"),
    (dict(value=10, unit="家", unit_en="firms", qualifier="以上"), "10家以上", "at least 10 firms"),  # 以上 includes its bound
    (dict(value=35, unit="亩"), "35亩", "35 mu ≈ 2.3 ha"),
    (dict(value=5000, unit="万元"), "5000万元", "CNY 50 million"),
    (dict(value=1.5, unit="亿元", plan="力争"), "力争1.5亿元", "target: CNY 150 million"),
    (dict(value=3, unit="平方米"), "3平方米", "3 m²"),
])
def test_quantities(kw, zh, en):
    fig = quantity(**kw)
    assert display(fig, "zh") == zh and display(fig, "en") == en


def test_counter_needs_english_noun():
    with pytest.raises(Exception, match="give unit_en"):
        quantity(value=3, unit="家")


def test_numbers():
    assert number_zh(6.79) == "6.79" and number_zh(1633) == "1633" and number_zh(1633.0) == "1633"
    assert number_en(1633) == "1,633" and number_en(226.4) == "226.4" and number_en(1234567.891, 2) == "1,234,567.89"
    assert [zh_integer(n) for n in (1, 9, 10, 16, 20, 99)] == ["一", "九", "十", "十六", "二十", "九十九"]


def test_fractions():
    assert [fraction_en(f) for f in ("1/2", "1/7", "1/12", "2/5", "3/4", "1/25")] == \
        ["one half", "one seventh", "one twelfth", "two fifths", "three quarters", "1/25"]


def test_periods():
    assert date_text("2023-09-22", "zh") == "2023年9月22日" and date_text("2023-09-22", "en") == "22 Sep 2023"
    assert period_text(Period(as_of="2024-02"), "en") == "as of Feb 2024"
    assert period_text(Period(past_years=2, until="2024-03-04"), "zh") == "过去2年（至2024年3月4日）"
    assert period_text(Period(current=True), "en") == "current"
