"""The constructions of bulletins and work reports that compose.py builds English for, each stated in the house
style (compose.py's docstring): the expected English here is what a translator following that style writes."""

from __future__ import annotations

from briefing_app.translate.compose import compose, composition
from briefing_app.translate.places import romanise


def test_a_result_follows_its_noun_and_a_modifier_wraps_the_whole_compound():
    assert compose("建成省级以上智能工厂") == "Smart factories built at provincial level or above"
    assert compose("发放城乡低保资金") == "Urban and rural subsistence allowance funds granted"
    assert compose("项目竣工投产") == "Projects completed and put into operation"
    assert compose("建成“口袋公园”") == "Pocket parks built"  # quote marks are not words
    assert compose("引进数字经济项目") == "Digital-economy projects attracted"  # investment promotion wins them
    assert compose("新增光伏企业") == "New solar enterprises"
    assert compose("新建分布式光伏装机") == "New distributed solar installed capacity"
    assert compose("港口物流企业") == "Port logistics enterprises"  # three nouns, each before the next
    assert compose("新建和改建口袋公园") == "New and renovated pocket parks"
    assert compose("实施重大产业项目") == "Major industrial projects"  # 实施 goes without saying


def test_a_part_of_the_area_follows_after_a_comma_and_is_never_a_label_alone():
    assert compose("市区细颗粒物（PM2.5）年平均浓度") == ("Annual average concentration of fine particulate "
                                                   "matter (PM2.5), urban area")
    assert compose("县城常住人口") == "Resident population, county seat"
    assert composition("市区") is None and compose("12月") is None


def test_comparisons_name_the_other_side_and_leave_the_direction_to_the_value():
    assert compose("乡村消费品零售额与城镇比较") == "Rural retail sales compared with urban areas"
    assert compose("农村居民人均可支配收入与城镇居民相比") == ("Rural per capita disposable income compared with "
                                                     "urban residents")
    assert compose("地区生产总值增速高于全省") == "GDP growth compared with the province"
    assert compose("地区生产总值增速比全省高") == "GDP growth compared with the province"
    # a change of a rate since another period: named as a change ("up 0.5 percentage points")
    assert compose("增速比1—9月提高") == "Change in growth compared with January–September"
    assert compose("工业投资增速比一季度加快") == "Change in industrial investment growth compared with the first quarter"


def test_trade_with_a_partner():
    assert compose("对东盟进出口") == "Imports and exports with ASEAN"
    assert compose("对美国出口下降") == "Growth in exports to the United States"
    assert compose("对欧盟进口总额") == "Imports from the EU"


def test_a_rank_among_a_group_or_in_an_assessment():
    assert compose("增速在全省15个设区市中排名") == "Rank by growth among the province's 15 cities divided into districts"
    assert compose("开发区综合考评中排名") == "Rank in the overall assessment"  # the zone is the pack's own
    assert compose("在全省中排名") is None  # nothing it is ranked by, and no group


def test_shares_and_contributions_in_their_other_forms():
    assert compose("高新技术产业增加值在规模以上工业增加值中的比重") == (
        "Value added of high- and new-tech industries as a share of value added of industry above designated size")
    assert compose("65岁及以上人口的比重") == "Share of population aged 65 and over"
    assert compose("建成高标准农田占耕地面积的比重") == "High-standard farmland built as a share of cultivated land area"
    assert compose("工业增加值对全市经济增长的贡献率") == "Contribution rate of industrial value added to economic growth"
    assert compose("规模以上工业企业实现盈利占比") == "Share of profit-making industrial enterprises above designated size"


def test_a_place_may_be_followed_by_a_period():
    found = composition("澄川港全年完成货物吞吐量", {}, frozenset({"澄川"}))
    assert found.en == "Cargo throughput, Chengchuan Port" and found.romanised == ("澄川港",)


def test_what_stays_uncovered():
    assert compose("年度目标任务的") is None  # a phrase cut in the middle
    assert compose("茶产业综合") is None  # a section title (综合, overview) never joins a compound
    assert compose("惠及林农和经营主体") is None


def test_common_nouns_and_function_words_are_no_place_names():
    assert romanise("茶海景区") is None  # a scenic area (景区), not a district
    assert romanise("与云港市") is None  # "with 云港市"
    assert romanise("川城区") == "Chuancheng District"


def test_of_two_cuts_into_as_few_entries_the_one_that_reads_is_taken():
    assert compose("城乡低保标准") == "Urban and rural subsistence allowance standard"  # not 城乡低保 + 标准
    assert compose("重大项目完成投资") == "Investment completed in major projects"


def test_joining_a_scheme_counts_its_people_not_the_scheme():
    """参加失业保险 2.1万人 is a number of people: the label must not say "Unemployment insurance"."""
    assert compose("参加失业保险") == "People covered by unemployment insurance"
    assert compose("参加基本医疗保险人数") == "People covered by basic medical insurance"
    assert compose("参加城镇职工基本养老保险增加") == ("Change in people covered by basic pension insurance for "
                                                  "urban employees")
    assert compose("享受城乡居民最低生活保障") == "People receiving urban and rural subsistence allowances"


def test_a_size_stands_before_its_noun_as_english_writes_it():
    assert compose("12英寸晶圆产能") == "12-inch wafer capacity"
    assert compose("新建500千伏变电站") == "New 500 kV substations"
    assert compose("12英寸") is None  # a size with nothing it is the size of


def test_a_period_inside_a_label_qualifies_the_whole_label():
    """A table's row and column (住户存款 + 年末余额) put the period in the middle; it follows after a comma."""
    assert compose("住户存款年末余额增长") == "Household deposit growth, year-end"
    assert compose("企（事）业单位贷款年末余额") == "Loans to enterprises and public institutions, year-end"


def test_a_category_named_with_lei_is_its_prices_or_its_retail_sales():
    assert compose("衣着类上涨") == "Clothing prices"  # a consumer price category: its value says up or down
    assert compose("食品烟酒类价格下降") == "Prices of food, tobacco and liquor"
    assert compose("粮油、食品类增长") == "Growth in retail sales of grain, oil and food"


def test_a_ratio_of_two_indicators():
    assert compose("农产品加工业产值与农业总产值之比") == ("Ratio of farm-product processing industry output to gross "
                                                   "output of agriculture")
    # a 和 inside the first side is no cut: the ratio is at the 与
    assert compose("工业和服务业增加值与地区生产总值之比") == "Ratio of value added of industry and services to GDP"
    assert compose("交通运输、仓储和邮政业增加值与地区生产总值之比") == ("Ratio of value added of transport, storage and "
                                                         "post to GDP")


def test_trade_with_a_partner_as_a_share():
    assert compose("对“一带一路”共建国家进出口占全市进出口总额的比重") == (
        "Imports and exports with Belt and Road partner countries as a share of the city's imports and exports")
