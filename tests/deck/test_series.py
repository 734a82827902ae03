"""One indicator across articles (deck/series.py): exact unit conversions only, scopes never joined, revisions
kept and marked, periods placed by year. Expected values are worked out by hand from the articles' sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefing_app.deck.series import REPEATED, REVISED, SUPERSEDED, build_series, series_keys
from briefing_app.model import load_pack

from .series_packs import QINGCEN_2023, QINGCEN_2024, figure, write_pack


@pytest.fixture(scope="module")
def bulletins():
    return [("q23", load_pack(QINGCEN_2023)), ("q24", load_pack(QINGCEN_2024))]


def test_the_two_bulletins_share_at_least_twenty_indicators(bulletins):
    keys = [set(f.series for f in p.data.figures if f.series) for _k, p in bulletins]
    assert len(keys[0] & keys[1]) >= 20
    assert all(n >= 2 for n in series_keys(bulletins).values())


def test_a_revision_keeps_both_values_marked_and_the_line_goes_through_the_latest(bulletins):
    gdp = build_series("gdp", bulletins)
    rows = [(p.figure_id, p.period("zh"), p.value, p.status) for p in gdp.points]
    assert rows == [("q23:gdp", "2023年", Decimal("4812.6"), SUPERSEDED),  # 初步核算, in the 2023 bulletin
                    ("q24:gdp-2023-final", "2023年", Decimal("4936.2"), REVISED),  # 最终核实, in the 2024 one
                    ("q24:gdp", "2024年", Decimal("5106.8"), "")]
    assert [p.value for p in gdp.line("青岑市")] == [Decimal("4936.2"), Decimal("5106.8")]  # never averaged
    assert [p.figure_id for p in gdp.superseded] == ["q23:gdp"]
    assert gdp.span()[2] == Decimal("170.6")  # 5106.8 − 4936.2, from the revised value


def test_units_are_converted_only_exactly(bulletins, tmp_path):
    revenue = build_series("budget-revenue", bulletins)  # 312.5亿元, then 3278436万元
    assert revenue.unit == "亿元" and [p.value for p in revenue.points] == [Decimal("312.5"), Decimal("327.8436")]
    assert revenue.display(revenue.points[1], "zh") == "327.8436亿元"
    assert revenue.display(revenue.points[1], "en", exact=True) == "CNY 32.78436 billion"  # = 3278436万元
    assert revenue.display(revenue.points[1], "en") == "≈CNY 32.78 billion"  # on a slide: rounded, and marked
    per_person = build_series("gdp-per-person", bulletins)  # 98560元, then 10.45万元: a tie, the larger magnitude
    assert per_person.unit == "万元" and per_person.points[0].value == Decimal("9.856")
    # USD beside CNY, and 亩 beside 公顷: no exact conversion, so off the chart (kept in the table)
    a = write_pack(tmp_path / "a", "a", 2023, [
        figure("fdi", "fdi", "实际使用外资6.8亿美元", 6.8, "亿美元", 2023),
        figure("land", "land", "供地186.5万亩", 186.5, "万亩", 2023)])
    b = write_pack(tmp_path / "b", "b", 2024, [
        figure("fdi", "fdi", "实际使用外资49.6亿元", 49.6, "亿元", 2024),
        figure("fdi-usd", "fdi", "实际使用外资7.1亿美元", 7.1, "亿美元", 2024),
        figure("land", "land", "供地12.4万公顷", 12.4, "万公顷", 2024)])
    packs = [("a", load_pack(a)), ("b", load_pack(b))]
    fdi = build_series("fdi", packs)
    assert fdi.unit == "亿美元" and [(p.figure_id, p.off_chart) for p in fdi.points] == [
        ("a:fdi", ""), ("b:fdi", "unit"), ("b:fdi-usd", "")]
    land = build_series("land", packs)
    assert sum(p.value is None for p in land.points) == 1


def test_points_of_another_scope_are_another_line(bulletins):
    income = build_series("urban-income", bulletins)
    assert income.scopes == ("青岑市区", "青岑市")
    assert [p.figure_id for p in income.line("青岑市区")] == ["q23:urban-income"]
    assert [p.figure_id for p in income.line("青岑市")] == ["q24:urban-income"]
    assert income.span() is None  # no change is computed across the scope change


def test_periods_kinds_targets_and_repeats(tmp_path):
    a = write_pack(tmp_path / "a", "a", 2024, [
        figure("now", "gdp", "今年地区生产总值5000亿元", 5000, "亿元", {"this_year": 2024}),
        figure("current", "gdp", "目前地区生产总值约5100亿元", 5100, "亿元", {"current": True}, qualifier="约"),
        figure("plan", "gdp", "力争明年地区生产总值5400亿元", 5400, "亿元", 2025, plan="力争"),
        figure("growth", "gdp", "地区生产总值增长5.2%", 5.2, "%", 2024, type="change"),
        figure("rank", "gdp", "地区生产总值居全省第三", 3, None, 2024, type="rank",
               among={"zh": "全省", "en": "the province"})])
    b = write_pack(tmp_path / "b", "b", 2025, [figure("last", "gdp", "上年地区生产总值5000亿元", 5000, "亿元", 2024)])
    gdp = build_series("gdp", [("a", load_pack(a)), ("b", load_pack(b))])
    why = {p.figure_id: (p.off_chart, p.status) for p in gdp.points}
    assert why == {"a:now": ("", REPEATED), "b:last": ("", ""),  # 今年 2024 and 2024: one period, same value
                   "a:current": ("period", ""), "a:plan": ("target", ""), "a:growth": ("kind", ""),
                   "a:rank": ("kind", "")}
    assert [s.label("zh") for s in gdp.slots] == ["2024年"]
    assert build_series("nothing", [("a", load_pack(a))]) is None


def test_the_same_article_twice_in_a_library_is_one_earlier_value(bulletins):
    from briefing_app.deck.series_slide import series_chart
    from briefing_app.deck.slides import Box

    twice = [bulletins[0], ("q23-copy", bulletins[0][1]), bulletins[1]]
    gdp = build_series("gdp", twice)
    assert [p.status for p in gdp.points if p.period("zh") == "2023年"] == [REPEATED, SUPERSEDED, REVISED]
    chart = series_chart(gdp, Box(0, 0, 600, 300), "zh")
    assert chart.hollow == (1,) and chart.values(1) == (4812.6, None)
