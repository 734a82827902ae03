"""The bundled pack holds what the article says, with qualifiers, periods and quotes intact."""

import re

import pytest

from briefing_app.model import display, period_text, qualifier_text

from ..conftest import SEEDS


def test_article_copied_unchanged(pack):
    shared = SEEDS.parents[1] / "shared" / "seeds" / "000_54ee800359b404e4.txt"  # ../shared beside the repo
    ours = (SEEDS / "000_54ee800359b404e4.txt").read_bytes()
    if shared.exists():
        assert ours == shared.read_bytes()
    assert pack.article == ours.decode("utf-8")


def test_rd_intensity_is_exact_2023(pack):
    fig = pack.figure("rd-intensity-2023")
    assert fig.value == 6.79 and fig.unit == "%"
    assert fig.precision == "exact" and not fig.is_target
    assert fig.period.year == 2023
    assert display(fig, "zh") == "6.79%" and display(fig, "en") == "6.79%"


def test_investment_is_approximate_and_planned(pack):
    fig = pack.figure("smart-space-investment")
    assert fig.value == 196 and fig.unit == "亿元"
    assert fig.precision == "approx" and fig.plan == "计划"
    assert display(fig, "zh") == "计划约196亿元"
    assert display(fig, "en") == "planned: about CNY 19.6 billion"
    assert "计划总投资约196亿元" in fig.quote


def test_land_target_is_2024_target(pack):
    fig = pack.figure("land-revitalised-target-2024")
    assert fig.value == 1500 and fig.unit == "亩" and fig.is_target and fig.plan == "力争"
    assert fig.period.this_year == 2024 == pack.data.article.year
    assert period_text(fig.period, "en") == "2024 (this year)"
    assert display(fig, "en") == "target: 1,500 mu ≈ 100 ha"


def test_events_count_is_a_lower_bound(pack):
    fig = pack.figure("linkage-events-2023")
    assert fig.value == 230 and fig.qualifier == "余" and fig.precision == "at_least"
    assert display(fig, "zh") == "230余场" and display(fig, "en") == "more than 230 events"
    assert qualifier_text(fig, "en") == "more than"


def test_recurring_numbers_stay_separate(pack):
    """35 亩 ≠ 35 个, 70 个 ≠ 70 项, 1500 亩 ≠ 1500 多个: same number, different meaning."""
    pairs = [("cheese-base-land", "smart-space-projects-2023"), ("projects-started-2023", "restructuring-target-2024"),
             ("land-revitalised-target-2024", "contest-teams")]
    for a, b in pairs:
        fa, fb = pack.figure(a), pack.figure(b)
        assert fa.value == fb.value
        assert (fa.unit, fa.qualifier, fa.plan) != (fb.unit, fb.qualifier, fb.plan)
        assert display(fa, "zh") != display(fb, "zh")
    assert display(pack.figure("contest-teams"), "zh") == "1500多个"
    assert display(pack.figure("contest-teams"), "en") == "more than 1,500 teams"


def test_nine_cities_with_provinces(pack):
    places = {p.name.zh: p.region.zh for p in pack.data.map.places}
    assert places == {"松江": "上海市", "苏州": "江苏省", "嘉兴": "浙江省", "杭州": "浙江省", "金华": "浙江省",
                      "湖州": "浙江省", "宣城": "安徽省", "芜湖": "安徽省", "合肥": "安徽省"}
    assert [p.name.zh for p in pack.data.map.places if p.origin] == ["松江"]
    # coordinates are reference data, labelled as not coming from the article
    assert "GeoNames" in pack.data.map.reference.en and "not from the article" in pack.data.map.reference.en
    for place in pack.data.map.places:
        assert place.name.zh in pack.data.map.quote
        assert place.region.zh.rstrip("市省") in pack.article


def test_shares_and_change(pack):
    share = pack.figure("corridor-high-tech-share")
    assert (share.from_, share.value) == ("1/12", "1/7")
    assert display(share, "zh") == "1/12→1/7"
    assert display(share, "en") == "one twelfth → one seventh"
    assert period_text(share.period, "zh") == "截至2024年2月"
    assert display(pack.figure("corridor-star-share"), "en") == "one fifth"
    growth = pack.figure("corridor-little-giants-growth")
    assert display(growth, "zh") == "增长226.4%" and display(growth, "en") == "+226.4%"


def test_ranks(pack):
    assert display(pack.figure("industrial-firms-rank-2023"), "zh") == "上海第一"
    tied = pack.figure("smart-space-funded-rank")
    assert tied.tied and display(tied, "zh") == "并列上海市第二" and display(tied, "en") == "joint No. 2 in Shanghai"
    top = pack.figure("high-tech-firms-rank-2023")
    assert top.value is None and display(top, "en") == "among the top in Shanghai"


def test_derived_figure_names_its_input(pack):
    fig = pack.figure("corridor-high-tech-share-pct")
    assert fig.derived.from_ == ["corridor-high-tech-share"]
    assert "1/7" in fig.quote and fig.precision == "approx"
    assert abs(fig.value - 100 / 7) < 0.05


def test_every_quote_is_verbatim_with_its_number(pack):
    for fig in pack.data.figures:
        assert fig.quote in pack.article, fig.id
    for fig in pack.data.figures:
        if fig.type == "quantity" and not fig.derived:
            assert display(fig, "zh").removeprefix(fig.plan or "") in fig.quote, fig.id
    assert len(pack.data.figures) >= 30


def test_every_number_of_the_article_is_a_figure_or_date(pack):
    """Sentence by sentence: every number in the article is accounted for by a figure, date or edition."""
    shown = set()
    for fig in pack.data.figures:
        shown |= set(re.findall(r"\d+(?:\.\d+)?", f"{fig.value} {getattr(fig, 'from_', '')} {fig.period.past_years}"))
    numbers = set(re.findall(r"\d+(?:\.\d+)?", re.sub(r"G60|\d{4}年|\d{1,2}月|\d{1,2}日", " ", pack.article)))
    shown_norm = {n.rstrip("0").rstrip(".") if "." in n else n for n in shown}
    missing = {n for n in numbers if n not in shown_norm and n not in {"886"}}  # 886 is a street number
    assert not missing, missing


def test_entities_events_matrix_images(pack):
    names = {e.name.zh for e in pack.data.entities}
    assert {"移远通信", "库卡机器人", "复宏汉霖", "华晟新能源", "格思航天"} <= names
    assert [e.date for e in pack.events_by_date] == ["2023-09-22", "2023-11", "2023-12", "2024-03-04"]
    matrix = pack.data.matrices[0]
    assert [r.zh for r in matrix.rows] == ["初创期", "成长期", "成熟期", "扩展期", "更生期"]
    assert len(matrix.columns) == 5
    assert [i.caption.zh for i in pack.data.images][0] == "上海松江客运枢纽效果图"


def test_heading_of_quote(pack):
    assert pack.heading_of(pack.figure("ic-firms").quote) == "加快构建与新质生产力相适应的产业体系"
    assert pack.heading_of(pack.figure("industrial-firms-2023").quote).startswith("上海松江")


@pytest.mark.parametrize("fig_id", ["industrial-firms-2023", "smart-space-floor-area", "cheese-base-land",
                                    "satellite-factory-capacity", "enclave-tenants", "corridor-cities"])
def test_formatter_examples(pack, fig_id):
    expected = {
        "industrial-firms-2023": ("1633家", "1,633 firms"),
        "smart-space-floor-area": ("约280万平方米", "about 2.8 million m²"),
        "cheese-base-land": ("35亩", "35 mu ≈ 2.3 ha"),
        "satellite-factory-capacity": ("300颗/年", "300 satellites a year"),
        "enclave-tenants": ("10多家", "more than 10 firms"),
        "corridor-cities": ("九城", "9 cities"),
    }[fig_id]
    fig = pack.figure(fig_id)
    assert (display(fig, "zh"), display(fig, "en")) == expected
