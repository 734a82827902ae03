"""Finding the numbers of an article and what each one is: a figure (quantity, rank, share, change,
ratio, margin, contribution) or a number that is not a figure (a year, a date, an ordinal, part of a
name…) with the reason.

Rules of Chinese text only: the qualifier sits right before the number (约, 近, 逾, 超过, 突破, 不足, 不到)
or between number and unit (余, 多) or after the unit (以上, 左右, 以内, 以下); 万/亿 belong to the unit;
ranks follow a verb of standing (居, 位居, 位列…) or 并列; shares follow 占 (a fraction, a percentage) or
are tenths (八成); changes follow a verb of change (增长-3.5% keeps its sign; 比上年增加1.2万亩 and 净增153家
are absolute; 持平 is none); margins compare with another figure (高于全省0.4个百分点, 比全国低0.2个百分点);
contributions follow 拉动 or 贡献率; ratios are terms joined by colons (4.2:38.5:57.3) or a 比 of one number.
Each number of a list is a figure of the first one's kind, whether the unit follows each number (增长5.2%、5.6%
和5.8%) or the last only (分别拉动0.3、2.9和2.7个百分点). Fractions may be words (约占…的四分之一). Spaces around a
number (增长 6.1 %) and a full-width ％ are read past; offsets stay the text's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.format import FULL_WIDTH, tight
from .periods import list_lead

ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
#: A minus sign written before a number (增长-3.5%, 自然增长率为-0.38‰): hyphen, minus sign, full-width.
SIGN = r"[-\u2212\uff0d]"
FRACTION = r"(?<![\d/.])[1-9]\d*/[1-9]\d*(?![\d/])"
#: A fraction in words: 四分之一 (1/4), 五分之二; 百分之/千分之 are per cent and per mille, not fractions.
ZH_FRACTION = r"(?<![百千万亿])[二三四五六七八九十]{1,3}分之[一二三四五六七八九十]{1,3}"
MAGNITUDE = r"(?:万亿|亿|万)"
#: Base units, longest first so 千瓦时 wins over 千瓦 and 平方公里 over 公里.
MEASURE_UNITS = ["平方公里", "平方米", "立方米", "千瓦时", "千瓦", "兆瓦", "公里", "公顷", "标准箱", "美元", "港元",
                 "欧元", "元", "亩", "吨", "%", "‰", "吨标准煤", "吨公里", "人公里", "毫米", "微克/立方米", "毫克/立方米",
                 "千克", "公斤", "℃", "摄氏度"]
COUNTERS = ["人次", "场次", "户次", "架次", "班次", "批次", "个工作日", "个方面", "家", "笔", "宗", "例", "个", "项", "条", "座", "场", "颗", "台", "套", "辆", "片", "人", "名",
            "所", "件", "批", "户", "栋", "幢", "处", "只", "种", "款", "架", "艘", "张", "部", "份", "支", "间",
            "城", "倍", "天", "小时", "分钟", "位", "篇", "根", "枚", "头", "株", "床", "家次", "元件", "岁", "羽", "匹",
            "册", "周岁", "块", "双", "起"]
#: Latin units written after a number (3000PFlops, 2万PFlops, 5nm): the unit as written is also its English.
LATIN_UNITS = ["EFlops", "PFlops", "TFlops", "EFLOPS", "PFLOPS", "TFLOPS", "GWh", "MWh", "kWh", "GW", "MW", "kW",
               "PB", "TB", "GB", "Gbps", "Mbps", "GHz", "MHz", "nm", "mm", "cm", "km", "kg"]
_BASES = sorted(MEASURE_UNITS + COUNTERS + LATIN_UNITS, key=len, reverse=True)
RATE = r"(?:/(?:年|月|日|天|小时))"
UNIT = rf"(?:{MAGNITUDE}?(?:{'|'.join(map(re.escape, _BASES))})(?![A-Za-z]){RATE}?|{MAGNITUDE})"
NO_STOP = r"[^，,。；;！？!?\n\d]"
#: Between the numbers of a list: 5.2%、5.6%和5.8%, or with the unit after the last only (0.3、2.9和2.7个百分点).
LIST_SEP = r"\s*(?:、|以及|和|及|与)\s*"
#: The further numbers of a list whose unit stands after the last one, between a number and that unit.
MORE = rf"(?P<more>(?:{LIST_SEP}{SIGN}?{NUM})*)"

#: Plan words; not 目标 in 预期目标 (the plan word is 预期) or 完成年度目标任务的117.2% (a result), nor 计划 in
#: 计划总投资亿元以上项目 (a project's size class), 完成年度计划的105.3% or 计划生育, nor 预期 in 人均预期寿命.
PLAN_WORDS = r"力争|计划(?!总投资(?!约?\d)|生育|的)|预计|预期(?!寿命)|(?<!预期)目标(?!任务|的)|争取|提出|将(?![近来])"
CHANGE_UP = ("增长", "增加", "提高", "提升", "上涨", "上升", "扩大", "净增", "上调", "偏多", "偏高", "加快", "增产", "增")
CHANGE_DOWN = ("下降", "减少", "降低", "回落", "下滑", "下跌", "收窄", "缩小", "净减", "压减", "压降", "压缩", "下调",
               "削减", "缩减", "偏少", "偏低", "放缓", "减缓", "减产", "降")
#: Verbs whose number may be an amount (比上年增加1.2万亩, 净增153家) rather than a rate; 新增 and 增 alone are not.
AMOUNT_VERBS = ("增加", "减少", "净增", "净减", "扩大", "缩小", "下降", "提高", "降低", "增长", "增产", "减产", "偏高",
                "偏低", "偏多", "偏少")
#: What a change is measured against, right before its verb (比上年增加…); only some make an amount a change.
COMPARED = r"(?:环比|比|较|同比|与)(?:上年末|上年同期|上年|去年末|去年|年初|上月末|上月|常年|初步核算数|\d{4}年末?)?"
#: An earlier part of the same year a rate is compared with (增速比上半年加快…, 比8月份加快…, 比1—2月回落…).
EARLIER_PART = r"[比较](?:上半年|第?[一二三]季度|前三季度|\d{1,2}\s*[—–\-－~～至]\s*\d{1,2}月份?|\d{1,2}月份?)"
#: Bases that are not the previous year: the figure keeps them (比年初增加856.3亿元: since the start of the year).
BASES_EN = {"年初": "since the start of the year", "上月末": "since the end of the previous month",
            "上月": "on the previous month", "常年": "on the long-term average",
            "初步核算数": "on the preliminary estimate"}
#: Words that compare a figure with another (a margin), with their direction.
MARGIN_WORDS = {"高于": "above", "快于": "above", "高出": "above", "超出": "above", "多于": "above", "领先": "above",
                "低于": "below", "慢于": "below", "低出": "below", "少于": "below", "落后": "below"}
MARGIN_SHORT = {"高": "above", "快": "above", "多": "above", "低": "below", "慢": "below", "少": "below"}
#: Comparisons with an earlier time are changes, not margins (比上年高0.3个百分点).
EARLIER = re.compile(r"^(?:上年末?|去年末?|上年同期|年初|上月末?|上半年|一季度|前三季度|\d{4}年(?:末|底|同期)?|同期)$")


@dataclass
class Mention:
    """A figure found in the text: where it is and what it says."""

    kind: str  # quantity | rank | share | change
    start: int
    end: int
    value: object  # number, fraction text, rank integer or None (前列)
    unit: str | None = None
    qualifier: str = "exact"
    extra: dict = field(default_factory=dict)  # from, direction, of, among, tied, rose


@dataclass
class Skipped:
    """A number that is not a figure, and why."""

    text: str
    start: int
    reason: str


def zh_numeral(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20; None when not a simple numeral up to 99."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in ZH_DIGITS and c != "十" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        value = (ZH_DIGITS.get(tens, 0) if tens else 1) * 10 + (ZH_DIGITS.get(ones, 0) if ones else 0)
        return value if value else None
    return ZH_DIGITS[text] if len(text) == 1 and text != "零" else None


def fraction_text(text: str) -> str:
    """A share's fraction as the pack writes it: 1/4 stays 1/4, 四分之一 is 1/4, 五分之二 is 2/5."""
    if "分之" not in text:
        return text
    den, _, num = text.partition("分之")
    return f"{zh_numeral(num)}/{zh_numeral(den)}"


def number(text: str) -> int | float:
    text = text.replace(",", "")
    for sign in "\u2212\uff0d":
        text = text.replace(sign, "-")
    return float(text) if "." in text else int(text)


# --- patterns, in the order they claim text -----------------------------------------------------
_NOT_FIGURES = [
    (re.compile(r"[A-Za-z][A-Za-z-]*\d+[A-Za-z0-9]*|\d+(?!(?:" + "|".join(LATIN_UNITS) + r")(?![A-Za-z]))"
                r"[A-Za-z][A-Za-z0-9]*"), "part of a name (letters and digits)"),
    (re.compile(r"(?:截至|截止到?|到|至|于)?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?"), "a year or date, used as the period"),
    (re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}月份"), "a date"),
    (re.compile(r"(?:过去|近|最近|连续|前)\d+个?(?:年|月|天)|\d+个?(?:年|月)(?:来|间|以来|内)"), "a length of time, used as the period"),
    (re.compile(r"第\d+(?:届|批|期|次|轮|代|阶段|季度|个|项|家|条)"), "an ordinal (第N届/批…), not a quantity"),
    (re.compile(rf"第{NUM}(?:万亿|亿|万)?(?!位|名)(?:{'|'.join(map(re.escape, _BASES))})"),
     "an ordinal (第30万辆: the 300,000th), not a quantity"),
    (re.compile(r"前\d+(?:位|名|强)"), "a top-N list (前N位), which the pack format cannot hold"),
    (re.compile(rf"{NUM}(?:万亿|亿|万)(?:余|多)"), "a qualifier inside the unit (2.5万余人), which the pack format "
                                                 "cannot hold: left out rather than shown as exact"),
    (re.compile(r"(?:路|街|道|弄|巷)\d+号"), "a street address"),
    (re.compile(r"\d+号(?:线|楼|地块|码头)?"), "a number in a name (N号线, N号楼)"),
    (re.compile(r"\d+(?:年|月|日)"), "a date or duration"),
    (re.compile(rf"(?<=[满—\-～~至到])\d+周?岁|{NUM}周?岁(?=及|以|至|到|[—\-～~]|的|人口|老年|儿童|青少年)"),
     "an age bound (60岁及以上, 0—14岁), not a figure"),
    (re.compile(rf"超(?:过)?{NUM}{MAGNITUDE}?(?:{'|'.join(map(re.escape, _BASES))})?的"), "a threshold (超N…的), not a figure"),
    (re.compile(rf"{NUM}{MAGNITUDE}?(?:{'|'.join(map(re.escape, _BASES))})?(?:及以上|以上的|及以下|以下的)"),
     "a size class (年主营业务收入2000万元及以上的), not a figure"),
    (re.compile(rf"{NUM}个?(?=[^，,。；;\d]{{1,10}}?中[^，,。；;\d]{{0,8}}?(?:排名|排在|位列|位居|居于|名列|跃居|稳居|居|并列))"
                rf"|{NUM}个(?=[^，,。；;\d]{{1,10}}?中，?有\d)"),
     "the size of the field a rank or count is in (在全省15个设区市中排名第一, 41个行业中有32个), not a figure"),
    (re.compile(r"(?:7\s*[×xX*]\s*)?24小时(?=不间断|全天候|在线|值守|营业|运行|运转|无休|不打烊|服务|响应|畅通)"),
     "a round-the-clock way of working (24小时不间断), not a figure"),
]
#: Qualifiers the pack format has no word for: the figure is left out rather than shown as exact.
UNSUPPORTED_AFTER = re.compile(r"不到|不足|上下")
UNSUPPORTED_BEFORE = re.compile(r"(?:不超过|不少于|不低于|小于|大于|低于|高于|少于|多于|最高|最多|至少|超)$")
#: Qualifiers after a number and its unit, and before a number, that the pack format holds.
AFTER_UNIT = r"以上|左右|以内|以下"
BEFORE_NUMBER = r"大约|约|近|逾|超过|突破|不足|不到"

#: 从 or 由 before the share a share rose from (由上年的11.9%提高到14.8%).
FROM = r"[从由](?:上年同期|上年末?|去年)?的?"
_SHARE = re.compile(
    rf"(?P<q0>约)?占(?P<of>全国|全省|全市|全区|全县|全球)?(?P<mid>{NO_STOP}{{0,8}}?)"
    rf"(?:{FROM}(?P<from>{FRACTION}){NO_STOP}{{0,3}}?(?:到|至))?(?P<rose>提升到|提高到|上升到|提升至|提高至)?"
    rf"(?P<q1>{BEFORE_NUMBER})?(?P<v>{FRACTION}|{ZH_FRACTION})(?P<q3>以上|左右|多)?")
#: 占全省的比重为9.6%, 约占全市地区生产总值的9.8%, 占比不足5%: a percentage of a named total.
_PERCENT_SHARE = re.compile(
    rf"(?P<q0>约)?(?:占|(?P<as>相当于)(?=[^，。；\d]{{1,16}}的))(?P<whole>{NO_STOP}{{0,16}}?)(?:的?比重|的?比例|的)?"
    rf"(?:分别)?(?:将|力争|预计|预期|计划|争取)?"
    rf"(?:为|达到|达|是|已达|保持在|稳定在|维持在)?"
    rf"(?:{FROM}(?P<from>{NUM})%?{NO_STOP}{{0,3}}?(?:到|至))?(?P<rose>提升到|提高到|上升到|提升至|提高至)?"
    rf"(?P<q1>{BEFORE_NUMBER})?(?P<v>{NUM}){MORE}(?P<unit>%)(?P<q3>{AFTER_UNIT})?")
#: 第二产业增加值比重为38.9%: a share of the total named before it in the sentence, or of none.
_BARE_SHARE = re.compile(rf"比重(?:分别)?(?:为|达到|达|是)?(?P<q1>{BEFORE_NUMBER})?(?P<v>{NUM}){MORE}(?P<unit>%)"
                         rf"(?P<q3>{AFTER_UNIT})?")
#: 八成以上, 近九成, 约三成: tenths of a whole (成), as a share.
_TENTHS = re.compile(rf"(?P<q1>{BEFORE_NUMBER})?(?P<n>[一二两三四五六七八九]|\d)成(?P<q3>以上|左右|多|以下)?"
                     r"(?=的|[，,。；;、]|$|[\u4e00-\u9fff])(?!为|立|长|本|员|果|功|交|就|绩|熟|型|品|效|不变)")
#: 三次产业结构为4.2:38.5:57.3, 性别比为103.6:100, 城乡居民收入比为1.95.
RATIO_VALUE = rf"{NUM}(?:\s*[:：∶]\s*{NUM})+|{NUM}(?![\d.]|\s*(?:[%‰]|{'|'.join(map(re.escape, _BASES))}|万|亿))"
RATIO_TO = r"缩小到|缩小至|缩小为|扩大到|扩大至|扩大为|降至|降到|下降到|提高到|提高至"
_RATIO = re.compile(
    rf"(?P<what>结构|比例|比重|之比|比值|倍差|比)(?:为|是|达到|达|由|调整为|{RATIO_TO}){NO_STOP}{{0,6}}?(?P<v>{RATIO_VALUE})")
#: 由上年的13.9:41.6:44.5调整为13.5:42.4:44.1: the ratio it became, right after the one it was.
_RATIO_THEN = re.compile(rf"\s*(?:调整为|调整到|变为|变化为|优化为|{RATIO_TO})\s*(?P<v>{RATIO_VALUE})")
#: 增速高于全省0.4个百分点, 快于城镇居民1.4个百分点, 高出全省1200元; 比全国低0.2个百分点.
_MARGIN = re.compile(
    rf"(?:(?P<word>{'|'.join(MARGIN_WORDS)})(?P<than>{NO_STOP}{{1,12}}?)"
    rf"|比(?P<than2>{NO_STOP}{{1,12}}?)(?<![提升降增减缩放加偏])(?P<word2>{'|'.join(MARGIN_SHORT)}))"
    rf"(?P<q1>约|近)?(?P<n>{NUM}){MORE}(?P<unit>个百分点|百分点|%|{UNIT})(?P<q3>{AFTER_UNIT})?")
#: 拉动经济增长3.1个百分点; 对全市经济增长的贡献率为45.2%.
#: A contribution rate's numbers after its word: (分别)为x、y和z%.
_RATE_VALUES = rf"(?:分别)?(?:为|达到|达|是)?(?P<n2>{SIGN}?{NUM})(?P<more2>(?:{LIST_SEP}{SIGN}?{NUM})*)(?P<unit2>%)"
_CONTRIBUTION = re.compile(
    rf"(?:(?P<pull>拉动|带动)(?P<to>{NO_STOP}{{1,15}}?)(?P<n>{SIGN}?{NUM}){MORE}(?P<unit>个?百分点)"
    rf"|对(?P<to2>{NO_STOP}{{1,15}}?)的?贡献率{_RATE_VALUES})")
#: 拉动经济增长3.4个百分点，贡献率为56.0%: the contribution to the growth just named.
_RATE_AFTER_PULL = re.compile(rf"[，,]\s*(?P<w>贡献率){_RATE_VALUES}")
#: 与上年持平, 同比持平, 基本持平: no change.
_FLAT = re.compile(r"(?:与上年|与去年|同比|比上年|与上年同期)?(?:基本)?持平")
_FROM_TO = re.compile(
    rf"{FROM}(?P<a>{NUM})(?P<ua>{UNIT})?(?P<verb>{NO_STOP}{{0,4}}?)(?:到|至)(?P<b>{NUM})(?P<ub>{UNIT})")
_CHANGE = re.compile(
    rf"(?P<verb>{'|'.join(sorted(CHANGE_UP + CHANGE_DOWN, key=len, reverse=True))})了?"
    rf"(?P<q1>{BEFORE_NUMBER})?(?P<n>{SIGN}?{NUM}){MORE}(?P<unit>%|个百分点|百分点)")
#: An amount after a verb of change and what it is compared with (比上年增加1.2万亩), or after 净增/净减.
_AMOUNT_CHANGE = re.compile(
    rf"(?:(?P<base>{COMPARED})(?P<verb>{'|'.join(sorted(AMOUNT_VERBS, key=len, reverse=True))})|(?P<net>净增|净减)"
    rf"|(?<=[，,；;])(?P<next>增加|减少))了?"
    rf"(?P<q1>{BEFORE_NUMBER})?(?P<n>{NUM}){MORE}(?P<unit>{UNIT})?(?P<q3>{AFTER_UNIT})?"
    rf"(?![\d.%‰]|个?百分点)")
_RANK = re.compile(
    r"(?:(?P<verb>位居|位列|跃居|稳居|排名|排在|名列|居于|居|排|列(?![入为出举]))(?P<tied1>并列)?|(?P<tied2>并列))"
    r"(?P<among>[^，,。；;、\d第]{0,10}?)"
    rf"(?:第(?P<n>[{''.join(ZH_DIGITS)}十]+|\d+)(?P<suffix>位|名)?(?![批届期次轮代个项家方梯档])|(?P<top>前列|首位))")
_FRACTION = re.compile(rf"(?P<q1>{BEFORE_NUMBER})?(?P<v>{FRACTION}|{ZH_FRACTION})(?P<q3>以上|左右|多)?")
_QUANTITY = re.compile(
    rf"(?P<q1>{BEFORE_NUMBER})?(?P<sign>(?<![\d.%‰)）])[-\u2212\uff0d])?(?P<n>{NUM}){MORE}(?P<q2>余|多)?(?P<unit>{UNIT})"
    rf"(?P<q3>{AFTER_UNIT})?")


def find_numbers(text: str) -> tuple[list[Mention], list[Skipped]]:
    """Every figure the text states, and every other number with the reason it is not a figure. Full-width ％ reads
    as %, and spaces around a number (增长 6.1 %, as PDFs and web pages write it) are read past; offsets are the
    text's own."""
    squeezed, where = tight(text.translate(FULL_WIDTH))
    mentions, skipped = _find_numbers(squeezed)
    if len(squeezed) == len(text):
        return mentions, skipped
    for item in mentions:
        item.start, item.end = where[item.start], where[item.end - 1] + 1
    for item in skipped:
        item.start = where[item.start]
    return mentions, skipped


def _find_numbers(text: str) -> tuple[list[Mention], list[Skipped]]:
    taken = [False] * len(text)
    mentions: list[Mention] = []
    skipped: list[Skipped] = []

    def free(a: int, b: int) -> bool:
        return not any(taken[a:b])

    def claim(a: int, b: int) -> None:
        for i in range(a, b):
            taken[i] = True

    for pattern, reason in _NOT_FIGURES:
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                claim(m.start(), m.end())
                for d in re.finditer(r"\d+", m.group()):
                    skipped.append(Skipped(d.group(), m.start() + d.start(), reason))

    mentions += _statistics(text, free, claim)
    for m in _SHARE.finditer(text):
        if not free(m.start("v") - 1 if m.group("from") is None else m.start("from"), m.end()):
            continue
        extra = {"rose": bool(m.group("rose")), "whole": (m.group("of") or "") + m.group("mid")}
        if m.group("from"):
            extra = {"from": m.group("from"), "whole": extra["whole"]}
        if m.group("of"):
            extra["of"] = m.group("of")
        mentions.append(Mention("share", m.start(), m.end(), fraction_text(m.group("v")),
                                qualifier=_qualifier(m.group("q0") or m.group("q1") or m.group("q3")), extra=extra))
        claim(m.start(), m.end())
    for m in _FROM_TO.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group("ua") and m.group("ua") != m.group("ub"):
            continue
        extra = {"from": number(m.group("a"))}
        mentions.append(Mention("quantity", m.start(), m.end(), number(m.group("b")), m.group("ub"), extra=extra))
        claim(m.start(), m.end())
    for m in _CHANGE.finditer(text):
        unit = "%" if m.group("unit") == "%" else "百分点"
        extra = {"word": m.group("verb")}
        base = re.search(rf"(?:{COMPARED}|{EARLIER_PART})$", text[max(0, m.start() - 8):m.start()])
        if base and _kept_base(base.group()):
            extra["base"] = base.group()  # 比年初增长12.3%, 比上半年加快0.2个百分点: not against the previous year
        after = re.match(AFTER_UNIT, text[m.end():m.end() + 2])
        listed = _listed(text, m, m.end() + (after.end() if after else 0), (after.group() if after else None))
        if not free(m.start("n"), listed[-1].end):
            continue
        claim(m.start("n"), listed[-1].end)
        for k, item in enumerate(listed):
            value = number(item.digits)
            fall = {"direction": "down"} if m.group("verb") in CHANGE_DOWN and value >= 0 else {}
            qualifier = _qualifier(m.group("q1") if k == 0 else None) if item.after is None else _qualifier(item.after)
            mentions.append(Mention("change", m.start() if k == 0 else item.start, item.end, value, unit, qualifier,
                                    extra=_item_extra(extra | fall, k, listed, verb=m.group("verb"))))
    for m in _RANK.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if not (m.group("verb") or m.group("tied1") or m.group("tied2") or m.group("suffix")):
            continue
        value = None if m.group("top") else zh_numeral(m.group("n"))
        if m.group("top") == "首位":
            value = 1
        if not m.group("top") and value is None:
            continue
        among = m.group("among").removesuffix("的")
        if not among:
            clause_start = max(text.rfind(c, 0, m.start()) for c in "，。；\n") + 1
            where = re.search(r"在([^，。；在]{2,12}?)(?:评价|排名|榜单|评比|考核|评估)?中", text[clause_start:m.start()])
            among = where.group(1) if where else ""
        extra = {"among": among, "tied": bool(m.group("tied1") or m.group("tied2")),
                 "ordinal": m.group("top") or "第" + m.group("n")}
        mentions.append(Mention("rank", m.start(), m.end(), value, extra=extra))
        claim(m.start(), m.end())
    for m in _FRACTION.finditer(text):
        if free(m.start(), m.end()):
            mentions.append(Mention("share", m.start(), m.end(), fraction_text(m.group("v")),
                                    qualifier=_qualifier(m.group("q1") or m.group("q3")), extra={}))
            claim(m.start(), m.end())
    for m in _QUANTITY.finditer(text):
        if not free(m.start("n"), m.end("unit")):
            continue
        if m.group("q1") and not free(m.start(), m.start("n")):
            continue
        after = text[m.end():m.end() + 2]
        if m.group("unit") == "个" and text.startswith("百分点", m.end() - len(m.group("q3") or "")):
            skipped.append(Skipped(m.group("n"), m.start("n"), "percentage points without a verb of change "
                                   "(高2.1个百分点 compares, it is not a change)"))
            claim(m.start(), m.end() + 3)
            continue
        before = text[max(0, m.start() - 4):m.start("n")]  # with its qualifier: 不超过 is not 超过
        if UNSUPPORTED_AFTER.match(after) or UNSUPPORTED_BEFORE.search(before):
            word = UNSUPPORTED_AFTER.match(after).group() if UNSUPPORTED_AFTER.match(after) else \
                UNSUPPORTED_BEFORE.search(before).group()
            skipped.append(Skipped(m.group("n"), m.start("n"), f"qualifier {word!r}, which the pack format "
                                   "cannot hold: left out rather than shown as exact"))
            claim(m.start(), m.end())
            continue
        start = m.start("q1") if m.group("q1") and _qualifier(m.group("q1")) != m.group("q1") else m.start()
        listed = _listed(text, m, m.end(), m.group("q2") or m.group("q3"))
        listed[0].digits = (m.group("sign") or "") + listed[0].digits
        for k, item in enumerate(listed[:1] if not m.group("more") else listed):  # each with its unit: matched alone
            qualifier = _qualifier(item.after or (m.group("q1") if k == 0 else None))
            mentions.append(Mention("quantity", start if k == 0 else item.start, item.end if m.group("more") else m.end(),
                                    number(item.digits), m.group("unit"), qualifier,
                                    extra=_item_extra({}, k, listed) if m.group("more") else {}))
        claim(m.start(), m.end())

    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        if free(m.start(), m.end()):
            skipped.append(Skipped(m.group(), m.start(), "no unit or kind recognised"))
    mentions.sort(key=lambda x: x.start)
    skipped.sort(key=lambda x: x.start)
    _chain_lists(text, mentions)
    return mentions, skipped


def _chain_lists(text: str, mentions: list[Mention]) -> None:
    """Quantities each written with its unit and joined only by 、/和 (分别达到58126元和31450元) are one list: each
    is the k-th subject's, as a list with the unit after the last is (0.3、2.9和2.7个百分点)."""
    chain: list[Mention] = []
    for m in [*mentions, None]:
        if (m is not None and chain and m.kind == "quantity" and m.unit == chain[-1].unit and "respectively" not in m.extra
                and re.fullmatch(LIST_SEP, text[chain[-1].end:m.start])):
            chain.append(m)
            continue
        if len(chain) > 1:
            for k, item in enumerate(chain):
                item.extra["respectively"] = (k, len(chain))
        chain = [m] if m is not None and m.kind == "quantity" and "respectively" not in m.extra else []


@dataclass
class _Item:
    """One number of a match: its own, or another of its list."""

    start: int
    end: int  # of the item (the number; the last of a list with its unit and qualifier)
    digits: str
    after: str | None = None  # a qualifier after its unit (以上, 左右…)


def _listed(text: str, m: re.Match, end: int, after: str | None, n: str = "n", more: str = "more",
            unit: str = "unit") -> list[_Item]:
    """The numbers a match states, in order: its own number, the others of a list written with the unit after
    the last (0.3、2.9和2.7个百分点) and those that follow it, each with the same unit (5.2%、5.6%和5.8%).
    `end`: where the match ends with its qualifier `after`."""
    items = [_Item(m.start(n), m.end(n), m.group(n))]
    if m.group(more):
        at = m.start(more)
        items += [_Item(at + x.start(), at + x.end(), x.group()) for x in re.finditer(rf"{SIGN}?{NUM}", m.group(more))]
    items[-1].end, items[-1].after = end, after
    written = re.escape(m.group(unit)).replace("个", "个?")
    following = re.compile(rf"{LIST_SEP}(?P<n>{SIGN}?{NUM})(?:{written})(?P<after>{AFTER_UNIT})?(?![\d.])")
    while (f := following.match(text, items[-1].end)) is not None:
        items.append(_Item(f.start("n"), f.end(), f.group("n"), f.group("after")))
    return items


def _item_extra(extra: dict, k: int, items: list, **more) -> dict:
    """The k-th number of a list says what the first says, of the k-th subject (A、B分别增长x%和y%)."""
    if len(items) == 1:
        return extra
    return extra | ({} if k == 0 else more) | {"respectively": (k, len(items))}


def _kept_base(base: str) -> bool:
    """What a change is measured against, when it is not the previous year (the default, shown as nothing): 比年初,
    比常年, 环比, 比2020年, 比上半年, 比8月份."""
    return base == "环比" or (base[:1] in "比较与" and (
        base[1:] in BASES_EN or re.fullmatch(r"\d{4}年末?", base[1:]) is not None)) or re.fullmatch(EARLIER_PART, base) is not None


def _qualifier(word: str | None) -> str:
    return {"大约": "约", None: "exact"}.get(word, word)


def _statistics(text: str, free, claim) -> list[Mention]:
    """The constructs of statistics bulletins, read before plain changes and quantities claim their numbers:
    contributions, margins, ratios, percentage and tenths shares, no change (持平) and absolute changes."""
    found: list[Mention] = []

    def add(m: re.Match, kind: str, value, unit=None, qualifier="exact", start=None, own=None, **extra) -> None:
        """`own`: where the words that must still be free begin (a base's year is already claimed as a date)."""
        a = m.start() if start is None else start
        if free(a if own is None else own, m.end()):
            found.append(Mention(kind, a, m.end(), value, unit, qualifier, extra=extra))
            claim(a, m.end())

    def add_listed(m: re.Match, kind: str, unit, before: str | None, items: list[_Item], start=None, own=None,
                   **extra) -> None:
        """One figure per number of a list (分别拉动0.3、2.9和2.7个百分点): the qualifier before the first number
        is the first's, the one after a unit the number's before it."""
        a = m.start() if start is None else start
        if not free(a if own is None else own, items[-1].end):
            return
        claim(a, items[-1].end)
        for k, item in enumerate(items):
            qualifier = _qualifier(item.after or (before if k == 0 else None))
            found.append(Mention(kind, a if k == 0 else item.start, item.end, number(item.digits), unit, qualifier,
                                 extra=_item_extra(extra, k, items)))

    for m in _CONTRIBUTION.finditer(text):
        if m.group("pull"):
            items = _listed(text, m, m.end(), None)
            to = m.group("to").removesuffix("的")
            add_listed(m, "contribution", "百分点", "exact", items, to=to, word=m.group("pull"))
            rate = _RATE_AFTER_PULL.match(text, items[-1].end)
            if rate:
                add_listed(rate, "contribution", "%", "exact", _listed(text, rate, rate.end(), None, "n2", "more2",
                                                                     "unit2"), start=rate.start("w"), to=to,
                           word="贡献率")
        else:
            add_listed(m, "contribution", "%", "exact", _listed(text, m, m.end(), None, "n2", "more2", "unit2"),
                       to=m.group("to2"), word="贡献率")
    for m in _MARGIN.finditer(text):
        than = m.group("than") if m.group("word") else m.group("than2")
        word = m.group("word") or m.group("word2")
        direction = MARGIN_WORDS.get(word) or MARGIN_SHORT[word]
        unit = "百分点" if "百分点" in m.group("unit") else m.group("unit")
        items = _listed(text, m, m.end(), m.group("q3"))
        if EARLIER.match(than):  # 比上年高0.3个百分点: a change against an earlier time, not a margin
            extra = {"word": word} | ({"direction": "down"} if direction == "below" else {})
            add_listed(m, "change", unit, m.group("q1"), items, **extra)
        else:
            add_listed(m, "margin", unit, m.group("q1"), items, than=than, word=word, direction=direction)
            thans = re.split(r"、|和|及", than.removesuffix("分别"))
            if len(items) > 1 and len(thans) == len(items) and all(thans):
                for mention, each in zip(found[-len(items):], thans):
                    mention.extra["than"] = each  # 比全国、全省分别高1.2和0.8个百分点: each than its own
    for m in _RATIO.finditer(text):
        for v in (m, _RATIO_THEN.match(text, m.end())):
            if v is not None:
                value = re.sub(r"\s*[:：∶]\s*", ":", v.group("v"))
                add(v, "ratio", value if ":" in value else number(value), start=v.start("v"), what=m.group("what"),
                    then=v is not m)
    for m in _PERCENT_SHARE.finditer(text):
        whole = m.group("whole")
        if whole.startswith(("地", "用", "据", "领", "有")) and not whole.startswith("地区"):
            continue  # 占地, 占用, 占据, 占有率…: not a share (占地区生产总值 is); 占17.4% is the total named before
        extra = {"whole": whole, "rose": bool(m.group("rose"))}
        if m.group("from"):
            extra = {"whole": whole, "from": number(m.group("from"))}
        add_listed(m, "share", "%", m.group("q0") or m.group("q1"), _listed(text, m, m.end(), m.group("q3"), "v"),
                   **extra)
    for m in _BARE_SHARE.finditer(text):
        add_listed(m, "share", "%", m.group("q1"), _listed(text, m, m.end(), m.group("q3"), "v"), whole="",
                   rose=False)
    for m in _TENTHS.finditer(text):
        if m.start() and text[m.start() - 1] in "第十百千万零":
            continue
        tenths = int(m.group("n")) if m.group("n").isdigit() else {"两": 2}.get(m.group("n")) or zh_numeral(m.group("n"))
        add(m, "share", tenths, "成", _qualifier(m.group("q1") or m.group("q3")))
    for m in _FLAT.finditer(text):
        add(m, "change", 0, "%", direction="flat", word="持平")
    for m in _AMOUNT_CHANGE.finditer(text):
        level = text[max(0, m.start() - 30):m.start() - 1]
        if m.group("next") and not re.search(rf"{NUM}{re.escape(m.group('unit') or '-')}$", level):
            continue  # ，增加1.8万亩 is a change only right after a level in the same unit (96.2万亩，增加1.8万亩)
        verb = m.group("verb") or m.group("net") or m.group("next")
        base = (m.group("base") or "").removeprefix("同比")
        extra = {"word": verb} | ({"direction": "down"} if verb in CHANGE_DOWN else {})
        if _kept_base(base):
            extra["base"] = base
        verb_at = m.start("verb") if m.group("verb") else m.start("next") if m.group("next") else m.start()
        items = _listed(text, m, m.end(), m.group("q3")) if m.group("unit") else \
            [_Item(m.start("n"), m.end(), m.group("n"), m.group("q3"))]
        if m.group("more") and not m.group("unit"):
            continue  # numbers without a unit after a verb: not a list of amounts
        add_listed(m, "change", m.group("unit"), m.group("q1"), items,
                   start=m.start() if extra.get("base") else verb_at, own=verb_at, **extra)
    return found


def plan_of(text: str, sentence_start: int, at: int) -> tuple[str | None, int | None, int | None]:
    """(plan word, its offset, target year) said before `at` in the same sentence, or the plan word of the lead
    of the list the sentence is an item of."""
    before = text[sentence_start:at]
    plan = None
    pos = None
    for m in re.finditer(PLAN_WORDS, text[sentence_start:at + 4]):  # what follows may say it is not a plan word
        if sentence_start + m.end() <= at:
            plan, pos = m.group(), sentence_start + m.start()
    if pos is not None and re.search(r"[，,：:]\s*(?:目前|当前|现已|已经|已有|已|截至)", text[pos:at]):
        plan, pos = None, None  # 计划投资…，目前已有48个项目签约: a clause of results ends the plan
    if plan is None:
        lead, colon = list_lead(text, sentence_start)  # 主要预期目标是：A；B；C: each item is 预期
        if 0 <= colon < sentence_start:
            plan, pos, _ = plan_of(text, lead, colon)
    target = re.search(r"(?<!截止)到(\d{4})年", before)
    return plan, pos, int(target.group(1)) if target else None
