"""Drafted labels name the indicator, as a person would write it, where the article's words around the number name
nothing on their own (总数, 增速, 居第二位, 比8月份…), list the subjects, or carry a verb or the number itself.

The sentences are written for this test (no test pack holds them); labels_measure.py counts the labels a person
must rewrite over every test article, independently of the drafter's rules.
"""

from __future__ import annotations

import pytest

from briefing_app.draft import draft

from .labels_measure import articles, measure, why_bad

#: (article sentences, the drafted figures' values and labels in order: (value, label))
SENTENCES = [
    # a total after the new ones: the subject is carried, without 新增
    ("全年新增国家级专精特新“小巨人”企业12家，总数达到57家。",
     [(12, "新增国家级专精特新“小巨人”企业"), (57, "国家级专精特新“小巨人”企业总数")]),
    # a level and its change with only verbs before them, never the number itself
    ("全市科技型中小企业突破3000家，达到3184家，净增416家。",
     [(3000, "科技型中小企业"), (3184, "科技型中小企业"), (416, "科技型中小企业净增")]),
    # places moved and the place in an evaluation both name the evaluation
    ("栖霞经开区在国家级经济技术开发区综合发展水平考评中上升9位，居全国第41位。",
     [(9, "国家级经济技术开发区综合发展水平考评排名上升"), (41, "国家级经济技术开发区综合发展水平考评排名")]),
    ("在全省数字政府建设评估中，与南岭区并列全省第四。", [(4, "数字政府建设评估排名")]),
    # a share that rose 由X到Y is one figure with its from
    ("战略性新兴产业增加值占地区生产总值的比重由上年的17.2%提高到18.6%。",
     [(18.6, "战略性新兴产业增加值占地区生产总值的比重")]),
    ("新能源汽车产业产值占全市规上工业总产值的比重由11.9%提高到14.8%。",
     [(14.8, "新能源汽车产业产值占全市规上工业总产值的比重")]),
    # 合计实现 and 达到 are not part of what was achieved
    ("汽车、电子和纺织三大支柱产业合计实现营业收入达到865.3亿元，增长8.2%。",
     [(865.3, "汽车、电子和纺织三大支柱产业营业收入"), (8.2, "汽车、电子和纺织三大支柱产业营业收入增长")]),
    # numbers each with their unit are a list of the subjects named before them
    ("城镇和农村居民人均消费支出分别达到31260元和18745元，分别增长5.1%和7.9%。",
     [(31260, "城镇居民人均消费支出"), (18745, "农村居民人均消费支出"), (5.1, "城镇居民人均消费支出增长"),
      (7.9, "农村居民人均消费支出增长")]),
    ("丝绸、茶叶和陶瓷三条传统产业链，全年产值分别为88亿元、52亿元和47亿元。",
     [(88, "丝绸产业链产值"), (52, "茶叶产业链产值"), (47, "陶瓷产业链产值")]),
    ("纺织服装、食品加工和电子信息三大集群分别实现营业收入412亿元、236亿元和198亿元。",
     [(412, "纺织服装集群营业收入"), (236, "食品加工集群营业收入"), (198, "电子信息集群营业收入")]),
    # a share in tenths names its total once
    ("网络零售额约占社会消费品零售总额的四成。", [(4, "网络零售额占社会消费品零售总额的比重")]),
    # a growth rate compared, and the parts of the year of the paragraph's first subject
    ("初步核算，全年全市地区生产总值3521.7亿元，比上年增长6.2%，增速高于全省0.6个百分点。分季度看，一季度增长5.8%，"
     "上半年增长6.0%，前三季度增长6.1%。",
     [(3521.7, "地区生产总值"), (6.2, "地区生产总值增长"), (0.6, "地区生产总值增速与全省比较"),
      (5.8, "一季度地区生产总值增长"), (6.0, "上半年地区生产总值增长"), (6.1, "前三季度地区生产总值增长")]),
    ("全市规模以上工业增加值增长8.7%，增速居全省第三位。",
     [(8.7, "规模以上工业增加值增长"), (3, "规模以上工业增加值增速排名")]),
    ("10月份，规模以上工业增加值同比增长6.4%，比9月份加快0.7个百分点。",
     [(6.4, "规模以上工业增加值增长"), (0.7, "规模以上工业增加值增速比9月份加快")]),
    ("农村居民人均可支配收入增长7.1%，快于城镇居民2.3个百分点。",
     [(7.1, "农村居民人均可支配收入增长"), (2.3, "农村居民人均可支配收入增速与城镇居民比较")]),
    # a share, a ratio's change, last year's value, a multiple, a target met: each of the subject named before
    ("民间投资下降1.4%，占全部投资的比重为48.7%。", [(1.4, "民间投资下降"), (48.7, "民间投资占全部投资的比重")]),
    ("城乡居民人均可支配收入比为2.03，比上年缩小0.05。",
     [(2.03, "城乡居民人均可支配收入比"), (0.05, "城乡居民人均可支配收入比缩小")]),
    ("全年货物进出口总额412.6亿元，增长3.1%（上年为400.2亿元）。",
     [(412.6, "货物进出口总额"), (3.1, "货物进出口总额增长"), (400.2, "上年货物进出口总额")]),
    ("跨境电商交易额58.4亿元，是上年的1.6倍。", [(58.4, "跨境电商交易额"), (1.6, "跨境电商交易额相当于上年的倍数")]),
    ("城镇新增就业4.3万人，完成年度目标任务的108.5%。", [(4.3, "城镇新增就业"), (108.5, "城镇新增就业完成年度目标任务")]),
    # 等级 is not a list's 等; a long subject is cut after a 的, not mid-word
    ("年末全市具有资质等级的建筑业企业658家。", [(658, "具有资质等级的建筑业企业")]),
    ("全年具有资质等级的总承包和专业承包建筑业企业完成建筑业总产值412.8亿元。",
     [(412.8, "总承包和专业承包建筑业企业建筑业总产值")]),
    ("全市科技型中小企业达到3184家，净增416家，数量居全省第二。",
     [(3184, "科技型中小企业"), (416, "科技型中小企业净增"), (2, "科技型中小企业数量排名")]),
    # categories listed after their indicator take its measure: the prices, the retail sales, the value added
    ("全年居民消费价格比上年上涨0.6%，其中，食品烟酒类价格上涨1.4%，衣着类下降0.5%，居住类与上年持平，医疗保健类上涨2.2%。",
     [(0.6, "居民消费价格上涨"), (1.4, "食品烟酒类价格上涨"), (0.5, "衣着类价格下降"), (0, "居住类价格变化"),
      (2.2, "医疗保健类价格上涨")]),
    ("在限额以上单位商品零售额中，家具类增长4.3%，建筑及装潢材料类下降7.9%，中西药品类增长6.0%。",
     [(4.3, "家具类零售额增长"), (7.9, "建筑及装潢材料类零售额下降"), (6.0, "中西药品类零售额增长")]),
    ("规模以上工业中，采矿业增长3.2%，制造业增长7.4%，电力、热力、燃气及水生产和供应业下降1.8%。",
     [(3.2, "采矿业增加值增长"), (7.4, "制造业增加值增长"), (1.8, "电力、热力、燃气及水生产和供应业增加值下降")]),
    ("分经济类型看，国有控股企业营业收入增长3.5%，股份制企业增长6.1%，外商及港澳台商投资企业下降1.2%。",
     [(3.5, "国有控股企业营业收入增长"), (6.1, "股份制企业营业收入增长"), (1.2, "外商及港澳台商投资企业营业收入下降")]),
    # …and so do the breakdowns after the paragraph's first figure, sentence by sentence
    ("全年规模以上工业增加值增长6.8%。分门类看，采矿业下降2.1%，制造业增长7.3%。轻工业增长5.0%，重工业增长8.1%。",
     [(6.8, "规模以上工业增加值增长"), (2.1, "采矿业增加值下降"), (7.3, "制造业增加值增长"), (5.0, "轻工业增加值增长"),
      (8.1, "重工业增加值增长")]),
    # a list whose last category names the measure: each takes it (not cut mid-word, not a share of the measure)
    ("限额以上单位中，文化办公用品类、日用品类和新能源汽车类零售额分别增长9.4%、3.7%和31.2%。",
     [(9.4, "文化办公用品类零售额增长"), (3.7, "日用品类零售额增长"), (31.2, "新能源汽车类零售额增长")]),
    ("化妆品类、五金电料类零售额分别增长5.5%和2.8%。", [(5.5, "化妆品类零售额增长"), (2.8, "五金电料类零售额增长")]),
    ("国有控股企业、私营企业和外商及港澳台商投资企业增加值分别增长3.9、9.1和2.6%。",
     [(3.9, "国有控股企业增加值增长"), (9.1, "私营企业增加值增长"), (2.6, "外商及港澳台商投资企业增加值增长")]),
    # a change that only narrows the figure before (其中 a part of the year, the month alone, two years' average) is
    # of its subject, the period being the figure's own, also in the next sentence of the paragraph
    ("全年全市地区生产总值4126.3亿元，比上年增长5.9%。其中，二季度增长6.3%。",
     [(4126.3, "地区生产总值"), (5.9, "地区生产总值增长"), (6.3, "地区生产总值增长")]),
    # … even when the sentence before ended with the growth's rank: the rank is no subject
    ("全年全县地区生产总值318.6亿元，比上年增长6.2%，居全市第3位。其中，四季度增长6.9%。",
     [(318.6, "地区生产总值"), (6.2, "地区生产总值增长"), (3, "地区生产总值增速排名"), (6.9, "地区生产总值增长")]),
    ("1—6月，全区规模以上工业增加值同比增长7.9%。其中，5月份增长8.8%。",
     [(7.9, "规模以上工业增加值增长"), (8.8, "规模以上工业增加值增长")]),
    ("上半年社会消费品零售总额486.2亿元，增长4.7%，6月当月增长5.8%。",
     [(486.2, "社会消费品零售总额"), (4.7, "社会消费品零售总额增长"), (5.8, "社会消费品零售总额增长")]),
    ("全市规模以上工业增加值比上年增长10.2%，两年平均增长6.9%。",
     [(10.2, "规模以上工业增加值增长"), (6.9, "规模以上工业增加值两年平均增长")]),
    ("全年居民消费价格上涨0.2%，涨幅比上年回落0.5个百分点。", [(0.2, "居民消费价格上涨"), (0.5, "居民消费价格涨幅回落")]),
    # the subject named in a clause of its own before the first number
    ("新能源装备产业产值首次突破百亿元，达到108.4亿元，增长29.5%。",
     [(108.4, "新能源装备产业产值"), (29.5, "新能源装备产业产值增长")]),
    ("第一产业拉动经济增长0.3个百分点，对经济增长的贡献率为5.2%；第二产业拉动经济增长2.1个百分点，贡献率为38.7%。",
     [(0.3, "第一产业对经济增长的拉动"), (5.2, "第一产业对经济增长的贡献率"), (2.1, "第二产业对经济增长的拉动"),
      (38.7, "第二产业对经济增长的贡献率")]),
    # what is counted, without the 有 that counts it (but 有效, 有色… are words) and with its school level
    ("年末全市共有医院96个，有A级旅游景区48个。全县有家庭农场1260家、低保对象8420人。",
     [(96, "医院"), (48, "A级旅游景区"), (1260, "家庭农场"), (8420, "低保对象")]),
    ("年末全市有效发明专利8923件，有有色金属冶炼企业12家。", [(8923, "有效发明专利"), (12, "有色金属冶炼企业")]),
    ("年末全市共有普通高等学校6所，在校学生9.14万人；中等职业学校18所，在校学生3.27万人。全年普通高等教育招生2.8万人。",
     [(6, "普通高等学校"), (9.14, "普通高等学校在校学生"), (18, "中等职业学校"), (3.27, "中等职业学校在校学生"),
      (2.8, "普通高等教育招生")]),
    # a note in brackets is closed, and the students of all schools are students
    ("年末全市共有各级各类学校（含幼儿园）105所，在校学生6.48万人。全县有社区养老服务中心（站）92个。",
     [(105, "各级各类学校（含幼儿园）"), (6.48, "在校学生"), (92, "社区养老服务中心（站）")]),
    # 均, 都 and an average's 平均 are not part of the name
    ("全年办理人大代表建议312件、政协提案458件，办复率均为100%。",
     [(312, "办理人大代表建议"), (458, "政协提案"), (100, "办复率")]),
    ("全年城镇调查失业率平均为5.2%。", [(5.2, "城镇调查失业率")]),
    # deaths of the accidents counted before them; a city's or a group's figure of the indicator before it
    ("全年发生各类生产安全事故37起，死亡29人。", [(37, "生产安全事故"), (29, "生产安全事故死亡人数")]),
    ("全年居民消费价格上涨0.4%，其中城市上涨0.5%，农村上涨0.2%。",
     [(0.4, "居民消费价格上涨"), (0.5, "城市居民消费价格上涨"), (0.2, "农村居民消费价格上涨")]),
    ("城镇居民恩格尔系数为28.1%，农村居民为31.6%。", [(28.1, "城镇居民恩格尔系数"), (31.6, "农村居民恩格尔系数")]),
    # … and a group's figure under the whole population's is the group's alone
    ("全年全体居民人均可支配收入35000元，增长5.2%；城镇居民增长4.5%，农村居民增长6.1%。",
     [(35000, "全体居民人均可支配收入"), (5.2, "全体居民人均可支配收入增长"), (4.5, "城镇居民人均可支配收入增长"),
      (6.1, "农村居民人均可支配收入增长")]),
    # 在园, 在孵 are words; 均在 before a level is no part of the name
    ("年末全市在园幼儿3.2万人，在孵企业126家。城市空气质量优良率均在90%以上。",
     [(3.2, "在园幼儿"), (126, "在孵企业"), (90, "城市空气质量优良率")]),
]


def drafted(sentences: str) -> list[dict]:
    text = f"# 2024年岫川市国民经济和社会发展统计公报\n\n{sentences}\n"
    return draft(text, "a.txt", year=2024).pack["figures"]


@pytest.mark.parametrize("sentences, labels", SENTENCES, ids=[s[:12] for s, _ in SENTENCES])
def test_each_figure_is_labelled_by_what_it_measures(sentences, labels):
    figures = drafted(sentences)
    assert [(f["value"], f["label"]["zh"]) for f in figures] == labels
    assert not [f["label"]["zh"] for f in figures if why_bad(f["label"]["zh"], f["value"])]


def test_a_share_that_rose_keeps_where_it_rose_from():
    (share,) = drafted("战略性新兴产业增加值占地区生产总值的比重由上年的17.2%提高到18.6%。")
    assert (share["type"], share["value"], share["from"], share["unit"]) == ("share", 18.6, 17.2, "%")


def test_words_that_name_something_are_left_as_they_are():
    """The subject is carried only where the figure's own words name nothing: a sentence's second subject keeps
    its own name, and nothing is carried from the sentence before."""
    figures = drafted("全市高新技术企业2036家。科技型中小企业3184家，其中省级专精特新企业412家。")
    assert [f["label"]["zh"] for f in figures] == ["高新技术企业", "科技型中小企业", "省级专精特新企业"]
    figures = drafted("全市高新技术企业2036家。增长12.3%。")
    assert figures[1]["label"]["zh"] != "高新技术企业增长"
    # a category counted after a lead that names no measure, and one whose growth is of its own count
    figures = drafted("年末全市市场主体8.6万户，其中，私营企业增长6.2%。全年城镇新增就业1.2万人，就业增长3.1%。")
    assert [f["label"]["zh"] for f in figures] == ["市场主体", "私营企业增长", "城镇新增就业", "就业增长"]
    figures = drafted("全年居民消费价格上涨0.4%。新登记企业1.2万户，增长8.1%。")
    assert [f["label"]["zh"] for f in figures][-1] == "新登记企业增长"


#: Labels a person must rewrite, over the drafts of every test article (tests/packs/* and the bundled one), as
#: labels_measure.py counts them. 84 on main before this work (43 generic words, 28 without their subject, 6
#: fragments, 3 list verbs, 2 own numbers, 2 shares named twice); 2 since, both in the hostile test article,
#: whose 排名居全区第2位 and 占全区的1/3 stand in sentences that name no subject at all. A ceiling: lower it as
#: the drafter improves.
REWRITE_AT_MOST = 2


def test_drafted_labels_a_person_must_rewrite_over_every_test_article():
    bad = measure()
    assert len(articles()) >= 15
    assert len(bad) <= REWRITE_AT_MOST, "\n".join(map(str, bad))


@pytest.mark.parametrize("label, value, why", [
    ("总数", 2214, "generic"), ("增长", 4.9, "generic"), ("排名", 2, "generic"), ("增速排名", 1, "generic"),
    ("和增长", 9.3, "generic"), ("）", 4.9, "generic"), ("占全部投资的比重", 52.3, "no subject"),
    ("比8月份加快", 0.9, "no subject"), ("达到2036家", 2036, "own number"), ("达到2036家净增", 312, "verb"),
    ("城镇和农村居民人均可支配收入分别达到", 31450, "verb"), ("新能源汽车产值占规上工业总产值的比重由的比重", 11.9, "verb"),
    ("夜间消费额占全市服务业消费的占比", 3, "doubled"), ("年度目标任务的", 85.5, "fragment"),
    ("规上工业企业总数", 2214, None), ("5G基站", 6826, None), ("地区生产总值增速与全省比较", 0.4, None),
    ("细颗粒物（PM2.5）年平均浓度", 29, None), ("产值超10亿元的企业", 47, None), ("实际使用外资", 2.74, None),
])
def test_the_measure_tells_labels_to_rewrite_from_good_ones(label, value, why):
    assert why_bad(label, value) == why
