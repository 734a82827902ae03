"""Suggestions from the termbase, the memory and composition, each with its origin; never a word-by-word guess."""

from __future__ import annotations

from briefing_app.translate.compose import compose
from briefing_app.translate.memory import Memory, Unit
from briefing_app.translate.suggest import Suggester


def test_formulaic_labels_compose_from_termbase_entries():
    assert compose("规模以上工业增加值增长") == "Growth in value added of industry above designated size"
    assert compose("年末常住人口") == "Resident population, year-end"
    assert compose("农村居民人均可支配收入增长") == "Growth in rural per capita disposable income"
    assert compose("集成电路企业") == "Integrated-circuit enterprises"
    assert compose("新增市级以上智能工厂") == "New smart factories at municipal level or above"
    assert compose("初中在校学生") == "Students in junior secondary schools"
    assert compose("每千常住人口注册护士") == "Registered nurses per 1,000 residents"


def test_house_style_short_labels_are_compounded_and_long_ones_keep_their_of():
    assert compose("新能源汽车产量同比增长") == "New-energy vehicle output growth"  # 同比 goes without saying
    assert compose("粮食产量增长") == "Grain output growth"
    assert compose("工业投资增速排名") == "Rank by industrial investment growth"
    assert compose("第一产业增加值增长") == "Growth in value added of the primary industry"
    assert compose("生猪出栏增长") == "Growth in pigs slaughtered"  # not "pigs slaughtered growth"


def test_house_style_a_change_is_named_by_what_changes_not_its_direction():
    """The value says "up 5%" or "down 2.1%": a label saying "Fall in" would say it twice, or contradict it."""
    assert compose("粮食产量下降") == compose("粮食产量增长") == "Grain output growth"
    assert compose("常住人口减少") == compose("常住人口增加") == "Change in resident population"
    assert compose("居民消费价格上涨") == "Consumer prices"  # shown with "up 0.2%"
    assert compose("食品烟酒类价格下降") == "Prices of food, tobacco and liquor"
    # a bulletin says 上涨 of prices only: a category that rose is its prices, never "Rise in clothing"
    assert compose("衣着类上涨") == "Clothing prices"
    assert compose("教育文化娱乐类上涨") == "Prices of education, culture and recreation"
    assert compose("最低工资标准上涨") == "Rise in minimum wage"  # a category's rise is its prices; a wage's is not
    # a rate moves in percentage points: its change is a change, never its "growth"
    assert compose("城镇调查失业率下降") == "Change in surveyed urban unemployment rate"
    assert compose("研发投入强度增长") == "Change in R&D intensity"


def test_a_place_a_period_a_share_a_comparison_and_a_list():
    assert compose("上半年社会消费品零售总额", {}) == "Retail sales of consumer goods, first half"
    assert compose("1—9月地区生产总值增长") == "GDP growth, January–September"
    assert compose("全年地区生产总值") == "GDP"  # the report's own period is the figure's period
    assert compose("2023年澜江新区地区生产总值", {"澜江新区": "Lanjiang New Area"}) == "GDP, Lanjiang New Area, 2023"
    assert compose("全市规模以上工业增加值") == "Value added of industry above designated size"  # the pack's own area
    assert compose("新区新能源汽车产量") == "New-energy vehicle output"
    assert compose("制造业增加值占地区生产总值的比重") == "Value added of manufacturing as a share of GDP"
    assert compose("新能源汽车产量占全市的比重") == "New-energy vehicle output as a share of the city's total"
    assert compose("民营经济增加值占全市地区生产总值的比重") == ("Value added of the private sector as a share of the "
                                                       "city's GDP")
    assert compose("地区生产总值增速与全省比较") == "GDP growth compared with the province"
    assert compose("粮食、棉花和油料产量") == "Output of grain, cotton and oil-bearing crops"
    assert compose("规模以上工业总产值、工业投资") == ("Gross output of industry above designated size and "
                                                  "industrial investment")  # two indicators, no shared head


def test_nothing_when_any_part_is_not_covered():
    assert compose("盘活存量低效工业用地") is None
    assert compose("规模以上工业增加值加速成势") is None  # 加速成势 is not in the termbase
    assert compose("新增项目人才") is None  # two nouns that do not form a known compound
    assert compose("新增规模以上") is None  # modifiers with nothing to modify
    assert compose("规模以上") == "Above designated size"  # a whole entry on its own is the glossary's
    assert compose("") is None


def test_origins_in_order_of_trust():
    memory = Memory([Unit("芯片产业链", "Chip chain", "lanjiang.yaml"),
                     Unit("全年规模以上工业增加值增长", "Growth in industrial value added for the year", "a.yaml")])
    s = Suggester(memory)
    assert (s.suggest("地区生产总值").en, s.suggest("地区生产总值").origin) == ("GDP", "glossary")
    assert (s.suggest("芯片产业链").en, s.suggest("芯片产业链").origin) == ("Chip chain", "from lanjiang.yaml")
    assert s.suggest("城镇居民人均可支配收入增长").origin == "composed"


def test_fuzzy_matches_mark_the_difference_and_adapt_through_the_termbase():
    memory = Memory([Unit("全年芯车港走廊产值", "Output of the Xincheport corridor", "lanjiang.yaml")])
    match = memory.fuzzy("上半年芯车港走廊产值")
    assert match.changes == (("全年", "上半年"),)
    assert match.marked == "【全年→上半年】芯车港走廊产值"
    assert match.adapted == "Output of the Xincheport corridor, first half"  # the report's year was unsaid
    s = Suggester(memory).suggest("上半年芯车港走廊产值")  # 芯车港走廊 is no termbase entry: not composed
    assert s.origin == "from lanjiang.yaml, adapted" and not s.sure and "【全年→上半年】" in s.note
    memory = Memory([Unit("一季度芯车港走廊产值", "Xincheport corridor output, first quarter", "lanjiang.yaml")])
    assert memory.fuzzy("二季度芯车港走廊产值").adapted == "Xincheport corridor output, second quarter"


def test_a_change_word_after_a_remembered_noun_phrase_heads_its_english():
    memory = Memory([Unit("接待研学旅游团队", "Study-tour groups received", "yunling.yaml"),
                     Unit("芯车港走廊产值增速", "Xincheport corridor output growth", "lanjiang.yaml"),
                     Unit("澜江港集装箱吞吐量", "Container throughput of Lanjiang Port, first half", "lanjiang.yaml")])
    s = Suggester(memory).suggest("接待研学旅游团队下降")  # a fall is named as growth: its value says "down"
    assert (s.en, s.origin) == ("Growth in study-tour groups received", "from yunling.yaml, adapted")
    assert Suggester(memory).suggest("接待研学旅游团队净增").en == "Net increase in study-tour groups received"
    named = Memory([Unit("朔原港国有码头货物吞吐量", "Shuoyuan Port cargo at state-owned terminals", "s.yaml")])
    assert named.fuzzy("朔原港国有码头货物吞吐量增长").adapted == "Growth in Shuoyuan Port cargo at state-owned terminals"
    # a remembered text that is already a rate, or carries a period after a comma, is not headed again
    assert memory.fuzzy("芯车港走廊产值增速提高").adapted is None
    assert memory.fuzzy("澜江港集装箱吞吐量增长") is None  # and a level's English is no label for its change


def test_a_fuzzy_match_never_labels_a_level_as_a_change_or_a_change_as_a_level():
    memory = Memory([Unit("第一产业投资增长", "Investment growth, primary industry", "a.yaml"),
                     Unit("新能源汽车产量", "New-energy vehicle output", "b.yaml")])
    assert memory.fuzzy("第一产业投资额") is None  # 投资额 is an amount: "Investment growth…" would mislead
    assert Memory([Unit("安全事故死亡率", "Accident death rate", "d.yaml")]).fuzzy("安全事故死亡") is None  # a count
    assert memory.fuzzy("新能源汽车产量增速") .adapted == "New-energy vehicle output growth"
    memory = Memory([*memory.exact_units.values(), Unit("第一产业投资", "Investment, primary industry", "c.yaml")])
    assert memory.fuzzy("第一产业投资额").unit.source == "c.yaml"  # the next closest of the same kind


def test_another_citys_text_becomes_this_citys_when_only_the_name_and_years_differ():
    memory = Memory([Unit("澄川市2024年国民经济和社会发展统计公报", "Chengchuan City statistical bulletin, 2024",
                          "chengchuan.yaml"), Unit("澄川港货物吞吐量增速排名", "Chengchuan Port's rank by cargo growth", "c.yaml")])
    s = Suggester(memory, scopes=("朔原市",)).suggest("朔原市2025年国民经济和社会发展统计公报")
    assert (s.en, s.origin, s.sure) == ("Shuoyuan City statistical bulletin, 2025",
                                        "from chengchuan.yaml, adapted, romanised 朔原", False)
    assert "【澄川→朔原】" in s.note
    # a name that is not the pack's own place is not swapped, and a match that says another year is not offered
    assert Suggester(memory, scopes=("岭皋区",)).suggest("朔原市2025年国民经济和社会发展统计公报") is None
    assert Suggester(memory, scopes=("岭皋区",)).suggest("朔原市2024年国民经济和社会发展统计公报").origin.endswith("% match")
    s = Suggester(memory, scopes=("朔原市",)).suggest("澄川市2025年国民经济和社会发展统计公报")  # the year alone differs
    assert (s.en, s.origin) == ("Chengchuan City statistical bulletin, 2025", "from chengchuan.yaml, adapted, years")
    # every swap at once: 2023—2024 → 2024—2025 is never 2025—2025
    memory = Memory([Unit("澄川市2023—2024年国民经济和社会发展报告", "Chengchuan City development report 2023-2024", "c.yaml")])
    assert Suggester(memory, scopes=("朔原市",)).suggest("朔原市2024—2025年国民经济和社会发展报告").en == (
        "Shuoyuan City development report 2024-2025")


def test_a_close_match_that_differs_in_a_number_is_never_offered():
    """六大主导行业 is not "three leading industries": the label would say a number the article does not."""
    memory = Memory([Unit("三大主导行业增加值占规模以上工业的比重", "Three leading industries' share of industry", "a.yaml"),
                     Unit("国家A级旅游景区数量", "A-grade tourist attractions", "b.yaml")])
    assert Suggester(memory).suggest("六大主导行业增加值占规模以上工业的比重") is None
    assert Suggester(memory).suggest("国家4A级旅游景区数量") is None


def test_a_fuzzy_match_that_cannot_be_adapted_keeps_its_english_and_says_how_close_it_is():
    memory = Memory([Unit("澜江港集装箱吞吐量", "Container throughput of Lanjiang Port", "lanjiang.yaml")])
    s = Suggester(memory).suggest("澜江港集装箱航线数")
    assert s is None or (not s.sure and "match" in s.origin)
    s = Suggester(memory).suggest("澜江港集装箱吞吐量增")
    assert s.en == "Container throughput of Lanjiang Port" and s.origin.endswith("% match") and "【→增】" in s.note


def test_an_accepted_text_is_remembered():
    s = Suggester(Memory([]))
    assert s.suggest("芯片产业链加速成势") is None
    s.learn("芯片产业链加速成势", "The chip chain gathers pace", "draft.yaml")
    assert s.suggest("芯片产业链加速成势").en == "The chip chain gathers pace"


def test_draft_writes_the_english_it_is_sure_of_but_never_a_label_too_long_for_a_card():
    """A composed label of 108 characters would wrap or shrink on every card: it stays for a person to shorten,
    with its suggestion, as `check` would warn of it."""
    from briefing_app.model.limits import max_chars
    from briefing_app.model.untranslated import UNTRANSLATED
    from briefing_app.translate.prefill import filled_english

    long_zh = "高技术制造业增加值占规模以上工业增加值的比重提高"
    pack = {"figures": [{"label": {"zh": "粮食产量", "en": UNTRANSLATED}},
                        {"label": {"zh": long_zh, "en": UNTRANSLATED}}]}
    assert len(Suggester().suggest(long_zh).en) > max_chars("label", "en")
    filled = filled_english(pack, [])
    assert [f[0] for f in filled] == ["figures[0].label.en"]
    assert pack["figures"][0]["label"]["en"] == "Grain output"
    assert pack["figures"][1]["label"]["en"] == UNTRANSLATED
