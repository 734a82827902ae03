"""Periods as a bulletin says them, and the document's own frame (its period, place and publisher), read
from short documents whose every expected value is written out here."""

from __future__ import annotations

import pytest

from briefing_app.draft import draft
from briefing_app.draft.article import parse_article
from briefing_app.draft.periods import period_for, target_of

BULLETIN = "2024年甲乙市国民经济和社会发展统计公报\n\n甲乙市统计局　国家统计局甲乙调查队\n2025年3月1日\n\n"


def periods_of(text: str, *numbers: str, year: int | None = None) -> list[dict]:
    article = parse_article(text, year)
    out = []
    for number in numbers:
        at = text.index(number)
        out.append(period_for(article, at, target=target_of(article, at)))
    return out


@pytest.mark.parametrize("title_and_dateline, first, report, where, place, publisher", [
    (BULLETIN, "全年，全市经济平稳。", {"year": 2024}, "the title", "甲乙市", "甲乙市统计局"),
    ("东丙省2023年国民经济和社会发展统计公报\n\n", "全省经济平稳。", {"year": 2023}, "the title", "东丙省", None),
    ("2024年一季度丁戊县经济运行情况\n\n发布机构：丁戊县统计局　发布日期：2024年4月19日\n\n", "一季度，全县经济平稳。",
     {"quarter": "2024-Q1"}, "the title", "丁戊县", "丁戊县统计局"),
    ("甲乙市丙丁区国民经济和社会发展统计公报\n\n", "2023年，全区经济平稳。", {"year": 2023}, "the first paragraph",
     "丙丁区", None),
    ("上半年丙丁区经济运行稳中有进\n\n来源：丙丁区统计局　　发布时间：2024-07-26\n\n", "今年以来，全区经济平稳。",
     {"half": "2024-H1"}, "the dateline (2024-07-26)", "丙丁区", "丙丁区统计局"),
    ("前三季度全市经济运行稳中向好\n\n发布时间：2024-10-22　来源：己庚市统计局\n\n", "前三季度，全市经济平稳。",
     {"months": "2024-01/2024-09"}, "the dateline (2024-10-22)", "己庚市", "己庚市统计局"),
    ("己庚市国民经济和社会发展统计公报\n\n发布时间：2025-03-20\n\n", "全市经济平稳。", {"year": 2024},
     "the dateline (2025-03-20)", "己庚市", None),  # a year's bulletin is published the year after
    ("# 己庚市国民经济和社会发展统计公报\n\n**【发布时间】2025/3/20｜【来源】己庚市统计局**\n\n", "全市经济平稳。",
     {"year": 2024}, "the dateline (2025-03-20)", "己庚市", "己庚市统计局"),  # a saved web page, as Markdown
])
def test_the_report_period_place_and_publisher(title_and_dateline, first, report, where, place, publisher):
    text = title_and_dateline + first + "全市企业12家，全区企业12家，全县企业12家，全省企业12家。\n"
    frame = parse_article(text).frame
    assert (frame.report, frame.report_from, frame.place, frame.publisher) == (report, where, place, publisher)


def test_the_publisher_at_the_end_of_the_document_and_the_year_override():
    text = "辛壬县国民经济和社会发展统计公报\n\n2024年，全县经济平稳。\n\n全县企业12家。\n\n辛壬县统计局\n2025年4月10日\n"
    frame = parse_article(text).frame
    assert (frame.report, frame.publisher, frame.publisher_line, frame.published) == (
        {"year": 2024}, "辛壬县统计局", "辛壬县统计局", "2025-04-10")
    assert periods_of(text, "12家") == [{"year": 2024}]
    assert parse_article(text, 2023).frame.report == {"year": 2023}
    assert periods_of(text, "12家", year=2023) == [{"year": 2023}]


def test_a_bulletin_whose_body_says_only_quanshi_is_about_the_city_of_its_title():
    text = "2024年甲乙市国民经济和社会发展统计公报\n\n全年全市地区生产总值500.5亿元。年末全市常住人口86.3万人。\n"
    pack = draft(text, "b.txt").pack
    assert pack["scopes"]["main"]["zh"] == "甲乙市" and {f["scope"] for f in pack["figures"]} == {"main"}
    assert [f["period"] for f in pack["figures"]] == [{"year": 2024}, {"year_end": 2024}]


def test_a_news_article_has_no_report_period_and_keeps_current():
    text = "# 癸子区：新质生产力加快成势\n\n2023年，癸子区企业达12家。目前，全区实验室3个。\n"
    article = parse_article(text)
    assert article.frame.report is None and article.frame.place == "癸子区"
    assert periods_of(text, "12家", "3个") == [{"year": 2023}, {"current": True}]


NEWS = ("# 癸子区：老厂房里的新产业\n\n本报讯 2月26日，癸子区召开2025年推进会。2024年，癸子区地区生产总值862.4亿元。\n\n"
        "近三年来，全区累计盘活厂房156万平方米。园区已入驻企业73家。\n\n"
        "全区工业投资完成214.6亿元，同比增长18.2%。全区现有研发机构64个。\n\n"
        "全年新设经营主体1.86万户。企业开办时间压缩至1个工作日。\n\n"
        "今年，癸子区力争产值突破500亿元，预计全年新增企业30家。轨道交通全长约12.6公里，计划2026年建成通车。\n")


def test_a_news_article_on_last_year_s_results():
    article = parse_article(NEWS)
    assert article.frame.report is None and article.year == 2025  # 计划2026年建成 is a plan's year, not the present
    assert periods_of(NEWS, "862.4", "156万", "73家") == [{"year": 2024}, {"past_years": 3}, {"current": True}]
    assert periods_of(NEWS, "214.6", "18.2%", "64个") == [  # compared with the year before: its year of results
        {"year": 2024}, {"year": 2024}, {"current": True}]
    assert periods_of(NEWS, "1.86万", "1个工作日") == [{"year": 2024}, {"current": True}]  # 全年 of a result
    assert periods_of(NEWS, "500亿", "30家", "12.6") == [{"this_year": 2025}, {"this_year": 2025}, {"current": True}]


def test_a_news_article_s_event_time_is_not_its_figures_and_a_sentence_compared_with_last_year_is_one():
    text = ("# 云丙县：高铁带旺文旅\n\n2024年，云丙县接待游客1260万人次。\n\n随着高铁站在2023年底通车，到省城的通行时间"
            "缩短至1.5小时。在2023年全省营商环境评价中，云丙县位居全省第3位。\n\n"
            "全县茶叶电商销售额12.8亿元，同比增长34%；茶叶出口额1850万美元。\n")
    assert periods_of(text, "1.5小时", "第3位") == [{"current": True}, {"year": 2023}]
    assert periods_of(text, "12.8", "1850") == [{"year": 2024}, {"year": 2024}]  # 同比 speaks for the whole sentence


WORK_REPORT = ("# 政府工作报告\n\n——2025年1月15日在岚州市第十七届人民代表大会第四次会议上\n\n各位代表：\n\n"
               "## 一、2024年工作回顾\n\n过去一年，全市地区生产总值达到5236.8亿元，增长5.8%。新增高新技术企业520家。\n\n"
               "## 二、2025年工作安排\n\n今年主要预期目标是：地区生产总值增长5.5%左右。今年要实施重大项目320个；新增企业500家。\n")


def test_a_work_report_reviews_last_year_under_its_heading_and_plans_this_year():
    assert periods_of(WORK_REPORT, "5236.8", "5.8%", "520家") == [{"year": 2024}] * 3  # 过去一年, then its heading
    assert periods_of(WORK_REPORT, "5.5%", "320个", "500家") == [{"this_year": 2025}, {"this_year": 2025}, {"year": 2025}]


SPEECH = ("# 政府工作报告\n\n——2026年1月20日在辛壬市第九届人民代表大会第五次会议上\n\n各位代表：\n\n"
          "## 一、2025年工作回顾\n\n"
          "全市地区生产总值增长5.2%。三季度地区生产总值增长5.9%，比二季度加快0.3个百分点。税收收入83.6亿元。"
          "工业增加值增长6.1%，11月当月增长8.4%；1—10月，规上工业利润增长3.3%。外贸进出口总额311.2亿元。"
          "全年新登记经营主体2.7万户。\n\n"
          "## 二、2026年主要目标\n\n"
          "今年主要预期目标是：地区生产总值增长5%左右；一般公共预算收入增长4%；城镇新增就业3.2万人以上。\n\n"
          "## 三、2026年重点工作\n\n力争新增规上工业企业90家以上。新建口袋公园12个。\n")


def test_a_speech_s_review_of_last_year_keeps_each_part_of_the_year_to_its_sentence():
    """A government work report read as a news article: its review chapter's 三季度 and 1—10月 hold for their own
    sentences, the rest of the chapter is its heading's year, 11月当月 is that month and 全年 that year."""
    assert periods_of(SPEECH, "5.2%", "5.9%", "83.6", "6.1%", "8.4%", "3.3%", "311.2", "2.7万") == [
        {"year": 2025}, {"quarter": "2025-Q3"}, {"year": 2025}, {"year": 2025}, {"month": "2025-11"},
        {"months": "2025-01/2025-10"}, {"year": 2025}, {"year": 2025}]


def test_each_item_of_a_list_of_targets_has_the_lead_s_plan_word_and_this_year_s_plans_are_this_year_s():
    figures = {f["quote"].rsplit("；", 1)[-1]: f for f in draft(SPEECH, "speech.md").pack["figures"]}
    targets = [f for f in figures.values() if "预期目标" in f["quote"]]
    assert len(targets) == 3 and all(f.get("plan") == "预期" for f in targets), targets
    assert all(f["period"] == {"this_year": 2026} for f in targets)
    firms = next(f for f in figures.values() if f.get("value") == 90)
    assert firms.get("plan") == "力争" and firms["period"] == {"this_year": 2026}  # a plan of the speech's year
    parks = next(f for f in figures.values() if f.get("value") == 12)
    assert "plan" not in parks and parks["period"] == {"year": 2026}  # no plan word: the heading's year


ANNUAL = BULLETIN + (
    "全年全市地区生产总值500.5亿元，比上年增长5.6%。分季度看，一季度增长5.9%，上半年增长5.7%，前三季度增长5.5%。\n\n"
    "年末全市常住人口86.3万人，比上年末增加1.8万人。其中，城镇常住人口62.1万人。上年末常住人口为84.5万人。\n\n"
    "年末存款余额1234.5亿元，比年初增加85.6亿元；贷款余额1098.7亿元，比年初增加102.3亿元，增长10.3%。\n\n"
    "全区规上工业企业312家，较2023年末净增27家。全年新增就业1.6万人，上年为1.5万人。\n\n"
    "一季度、上半年、一至三季度和全年工业增加值分别增长5.2%、5.6%、5.8%和5.9%。四季度增长9.1%，为全年最高。\n\n"
    "三次产业结构由上年的13.9:41.6:44.5调整为13.5:42.4:44.1，服务业占比提高到44.1%。\n")


def test_a_bulletin_reads_its_periods_from_its_year():
    assert periods_of(ANNUAL, "500.5", "5.6%", "5.9%", "5.7%", "5.5%") == [
        {"year": 2024}, {"year": 2024}, {"quarter": "2024-Q1"}, {"half": "2024-H1"}, {"months": "2024-01/2024-09"}]
    assert periods_of(ANNUAL, "86.3", "1.8万", "62.1", "84.5") == [  # 比上年末 compares; 上年末 is a period
        {"year_end": 2024}, {"year_end": 2024}, {"year_end": 2024}, {"year_end": 2023}]
    assert periods_of(ANNUAL, "1234.5", "85.6", "1098.7", "102.3", "10.3%") == [  # 比年初: over the year
        {"year_end": 2024}, {"year": 2024}, {"year_end": 2024}, {"year": 2024}, {"year_end": 2024}]
    assert periods_of(ANNUAL, "312家", "27家", "1.6万", "1.5万") == [  # compared with last year's end: this year's
        {"year_end": 2024}, {"year_end": 2024}, {"year": 2024}, {"year": 2023}]
    assert periods_of(ANNUAL, "5.2%", "5.6%、", "5.8%", "5.9%。", "9.1%") == [  # 分别: in order
        {"quarter": "2024-Q1"}, {"half": "2024-H1"}, {"months": "2024-01/2024-09"}, {"year": 2024},
        {"quarter": "2024-Q4"}]
    assert periods_of(ANNUAL, "13.9:", "13.5:", "44.1%") == [{"year": 2023}, {"year": 2024}, {"year": 2024}]
    assert periods_of(ANNUAL + "当年新增企业2.3万户。\n", "2.3万") == [{"year": 2024}]


QUARTER = ("2024年一季度甲乙市经济运行情况\n\n发布机构：甲乙市统计局\n\n"
           "一季度，全市地区生产总值123.4亿元，增长5.8%，增速比上年全年加快0.5个百分点。\n\n"
           "1—3月，规模以上工业增加值增长6.9%。其中，3月份增长7.2%，比1—2月加快0.6个百分点。全市26个行业增长。\n\n"
           "3月末，存款余额986.5亿元，比年初增加52.6亿元。城镇调查失业率为5.2%，比2月末下降0.2个百分点。\n\n"
           "全市新增就业3.1万人，完成全年目标任务的28.4%。上年同期进出口下降4.6%。前5个月网上零售额增长16.5%。\n\n"
           "下阶段，全市力争上半年地区生产总值增长5.5%以上。\n")


def test_a_quarterly_report_reads_its_periods_from_its_quarter():
    assert periods_of(QUARTER, "123.4", "5.8%", "6.9%", "7.2%", "26个") == [
        {"quarter": "2024-Q1"}, {"quarter": "2024-Q1"}, {"months": "2024-01/2024-03"}, {"month": "2024-03"},
        {"months": "2024-01/2024-03"}]  # the 3月份 detail after 其中 is not carried to the next sentence
    assert periods_of(QUARTER, "986.5", "52.6", "5.2%", "0.2") == [
        {"as_of": "2024-03"}, {"quarter": "2024-Q1"}, {"as_of": "2024-03"}, {"as_of": "2024-03"}]
    assert periods_of(QUARTER, "3.1万", "28.4%", "4.6%", "16.5%", "5.5%") == [  # 全年目标 is not a period
        {"quarter": "2024-Q1"}, {"quarter": "2024-Q1"}, {"quarter": "2023-Q1"}, {"months": "2024-01/2024-05"},
        {"half": "2024-H1"}]


PLAN = ("关于甲乙县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n\n"
        "——2024年12月26日在甲乙县人民代表大会常务委员会会议上\n甲乙县发展和改革局\n\n"
        "一、2024年计划执行情况\n\n今年以来，全县新增企业21家。全年实施重点项目138个。\n\n"
        "二、2025年主要预期目标\n\n明年全县主要预期目标是：地区生产总值增长6%；固定资产投资增长7%；城镇新增就业5000人以上。\n\n"
        "三、2025年重点工作\n\n力争全年新增企业20家，到2025年底，全县企业达到188家。"
        "展望“十五五”，力争到2030年全县地区生产总值突破500亿元。“十五五”期间，全县计划累计完成投资1000亿元。\n")


def test_a_plan_report_reads_each_section_s_year_and_next_year_s_targets():
    article = parse_article(PLAN)
    assert article.frame.report == {"year": 2024} and article.frame.publisher == "甲乙县发展和改革局"
    assert periods_of(PLAN, "21家", "138个", "6%", "7%", "5000人", "20家", "188家", "500亿元", "1000亿元") == [
        {"year": 2024}, {"year": 2024}, {"year": 2025}, {"year": 2025}, {"year": 2025}, {"year": 2025},
        {"year_end": 2025}, {"year": 2030}, {"year": 2030}]
    targets = [target_of(article, PLAN.index(n)) for n in ("138个", "6%", "7%", "5000人", "20家", "188家", "1000亿元")]
    assert [t.year if t else None for t in targets] == [None, 2025, 2025, 2025, None, 2025, 2030]


def test_a_drafted_plan_checks_with_its_target_years_and_a_bulletin_with_its_frame():
    result = draft(PLAN, "plan.txt")
    by_value = {f["value"]: f for f in result.pack["figures"]}
    assert (by_value[7]["target_year"], by_value[7]["period"]) == (2025, {"year": 2025})
    assert "明年" in by_value[7]["quote"] and "2025" not in by_value[7]["quote"]
    assert (by_value[1000]["target_year"], "十五五" in by_value[1000]["quote"]) == (2030, True)
    result = draft(ANNUAL, "bulletin.txt")
    pack = result.pack
    assert (pack["title"]["zh"], pack["subtitle"]["zh"]) == ("2024年甲乙市国民经济和社会发展统计公报", "甲乙市 · 2024年")
    assert pack["article"]["source"]["zh"] == "甲乙市统计局"
    assert pack["article"]["source_quote"] == "甲乙市统计局　国家统计局甲乙调查队"
    assert pack["scopes"] == {"main": {"zh": "甲乙市", "en": "[untranslated]"}}
    assert "2025" not in {str(f["value"]) for f in pack["figures"]}  # the dateline's date is not a figure


def test_draft_says_what_it_took_the_document_to_be(tmp_path, capsys):
    from briefing_app.cli import main

    (tmp_path / "q.txt").write_text(QUARTER, encoding="utf-8")
    assert main(["draft", str(tmp_path / "q.txt")]) == 0
    out = capsys.readouterr().out
    assert ("a report on Q1 2024 (read from the title), about 甲乙市, published by 甲乙市统计局; "
            "全年, 年末, 上年 count from 2024 (give --year to change it)") in out
    assert main(["draft", str(tmp_path / "q.txt"), "--year", "2023", "--force"]) == 0
    assert "a report on Q1 2023 (read from --year)" in capsys.readouterr().out


def test_this_year_so_far_in_a_report_on_a_quarter_is_the_quarter():
    text = QUARTER + "\n今年以来，全市新增企业1.2万户。全年，力争新增企业5万户。\n"
    assert periods_of(text, "1.2万", "5万") == [{"quarter": "2024-Q1"}, {"year": 2024}]


def test_a_drafted_chart_compares_figures_of_one_period():
    text = BULLETIN + "年末全市常住人口86.3万人，城镇常住人口62.1万人。全年出生人口5.5万人，死亡人口6.1万人。\n"
    pack = draft(text, "b.txt").pack
    members = {g["id"]: [(f["value"], f["period"]) for f in pack["figures"] if f.get("group") == g["id"]]
               for g in pack["groups"]}
    assert sorted(members.values()) == [[(5.5, {"year": 2024}), (6.1, {"year": 2024})],
                                        [(86.3, {"year_end": 2024}), (62.1, {"year_end": 2024})]]


def test_details_brackets_and_flows_do_not_carry_their_periods():
    text = BULLETIN + (
        "全年地区生产总值500.5亿元。分季度看，一季度增长5.9%，1—9月增长5.5%。分产业看，第一产业增加值20.4亿元。\n\n"
        "全年专利授权量8314件，下降3.9%（上年为8652件）；其中发明专利授权量1428件。\n\n"
        "年末生猪存栏173.2万头，下降2.0%。家禽出栏3351.8万羽，增长4.2%。全市拥有农业机械2.6万台。\n")
    assert periods_of(text, "5.5%", "20.4", "8652", "1428") == [
        {"months": "2024-01/2024-09"}, {"year": 2024}, {"year": 2023}, {"year": 2024}]
    assert periods_of(text, "173.2", "3351.8", "4.2%", "2.6万") == [
        {"year_end": 2024}, {"year": 2024}, {"year": 2024}, {"year_end": 2024}]


def test_a_stock_s_date_is_not_carried_to_a_flow_nor_a_year_s_end_to_a_rate_of_the_year():
    quarter = ("2024年前三季度甲乙省经济运行情况\n\n甲乙省统计局\n\n"
               "9月末生猪存栏2315.6万头，同比下降4.1%。禽蛋产量142.6万吨，增长2.8%。\n\n")
    assert periods_of(quarter, "2315.6", "142.6", "2.8%") == [
        {"as_of": "2024-09"}, {"months": "2024-01/2024-09"}, {"months": "2024-01/2024-09"}]
    annual = BULLETIN + "年末全区共有各级各类学校96所。学前教育毛入园率98.6%。常住人口城镇化率为91.6%。\n"
    assert periods_of(annual, "96所", "98.6%", "91.6%") == [{"year_end": 2024}, {"year": 2024}, {"year_end": 2024}]
    recovered = BULLETIN + "全年接待游客1200万人次，恢复到2019年的112%。\n"  # the year it is compared with
    assert periods_of(recovered, "112%") == [{"year": 2024}]
    stocks = BULLETIN + ("年末全市5G基站8612个，全年新建1786个，每万人拥有5G基站20.9个。全年出生人口2.66万人。"
                         "全市居民人均预期寿命为79.9岁。力争到2025年末营业收入突破1000亿元，到2025年末企业达到300家。\n")
    assert periods_of(stocks, "8612", "1786", "20.9", "79.9", "1000亿", "300家") == [
        {"year_end": 2024}, {"year": 2024}, {"year_end": 2024}, {"year": 2024}, {"year": 2025}, {"year_end": 2025}]


def test_a_rise_since_the_start_of_the_year_whether_read_from_its_verb_or_its_comparison():
    article = parse_article(ANNUAL)
    for words in ("比年初增加85.6", "增加85.6", "85.6"):  # where a reader may say the figure starts
        assert period_for(article, ANNUAL.index(words)) == {"year": 2024}, words
