"""A short Chinese label for a figure, cut from the words around its number.

The label is the clause's subject: the words before the number without the period, scope, plan word
and linking verb (松江区规模以上工业企业达1633家 → 规模以上工业企业). When those words list examples
(A、B等70个项目开工建设) or are only a verb, the words after the unit name what is counted.
"""

from __future__ import annotations

import re

from .numbers import PLAN_WORDS

LEADING = re.compile(
    r"^(?:其中|同时|此外|另外|目前|当前|现已|如今|今年|去年|本年|全年|全区|全市|全县|全省|共|已|还|并|均|累计|合计|总计|"
    r"截至|截止到?|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|初)?|过去\d+年|近\d+年|"
    r"年末|年底|上年末?|上年底|第?[一二三四]季度末?|前三季度|[一1]至[二三四]季度|[上下]半年末?|"
    r"\d{1,2}[—–\-－~～至]\d{1,2}月份?|\d{1,2}月份?(?:末|底)?|前\d{1,2}个月|分季度看|"
    r"力争|计划|预计|目标是|目标|争取|提出|将|到\d{4}年|在|是|拥有|共有|实现|完成(?=\S{3})|以及|和|及|，|、|\s)+")
TRAILING_VERBS = re.compile(r"(?:力争|计划|预计|预期|目标|争取|将)?(?:已|共|分别|累计|合计)?"
                            r"(?:达到|达|为|是|有|共有|至|到|超|约|近|逾|超过|突破|实现|约为|完成|拥有|"
                            r"控制在|保持在|稳定在|降至|降到|下降到)?$")
PLAN_INSIDE = re.compile(rf"目标是|{PLAN_WORDS}")  # not 计划 in 完成年度计划的105.3%
ENUMERATING = re.compile(r"(?:集聚|聚集|共有|拥有|有|包括|涵盖|引进|引育|吸引|培育|落地|入驻|新增)")
AFTER_CUT = re.compile(r"(?:就|可|借助|通过|走上|涉及|全部|共计|合计|的|，)")
MAX_LABEL = 22


def _strip(text: str, scope_names: list[str]) -> str:
    previous = None
    while previous != text:
        previous = text
        text = LEADING.sub("", text)
        for name in scope_names:
            # 松江区… or 松江力争… loses the place; 青澜港… keeps it (the port is not the district)
            if text.startswith(name) and len(text) > len(name) + 1 and text[len(name)] not in "港湾园城镇区市县省":
                text = text[len(name):]
    return text.strip("，、：:（）() ")


def _after(post: str) -> str:
    """What is counted, from the words after the unit: 项目开工建设, 创新团队…"""
    post = post.strip("，、 ")
    m = next((c for c in AFTER_CUT.finditer(post, 2) if not (c.group() == "的" and c.start() < 4)), None)
    post = post[: m.start()] if m else post
    return post[:MAX_LABEL]


def quantity_label(pre: str, post: str, scope_names: list[str]) -> str:
    """`pre`: the clause before the number (from the previous figure on); `post`: after the unit.
    The plan word has its own key, so it leaves the label (新区力争建成… → 建成…)."""
    return _label(PLAN_INSIDE.sub("", pre, count=1), post, scope_names)


def _label(pre: str, post: str, scope_names: list[str]) -> str:
    if "等" in pre:
        head, _, tail = pre.rpartition("等")
        tail = tail.strip()
        verb = ENUMERATING.search(head)
        lead = _strip(head[: verb.start()], scope_names) if verb else ""
        if tail and len(tail) <= 2 and post.strip():
            return tail + _after(post)  # A、B等周边5个区县: 周边 + 区县
        if tail and len(tail) >= 2:
            return (lead if len(lead) <= 8 else "") + tail
        return _after(post) or _strip(pre, scope_names)
    if pre.rstrip().endswith("、") and post.strip():
        return _after(post)  # 16个A、13个B: B is named after its number
    pre = _strip(pre, scope_names)
    pre = TRAILING_VERBS.sub("", pre)
    ordinal = re.search(r"(?:的|之)?(第[一二三四五六七八九十\d]+[批届期轮])$", pre)
    if (ordinal or pre.endswith("的")) and post.strip():
        return (ordinal.group(1) if ordinal else "") + _after(post)
    pre = re.split(r"涉及|其中|包括", pre)[-1]
    pre = _strip(pre, scope_names)
    if len(pre) <= 2 and post.strip():
        counted = _after(post)
        if counted:
            return (pre if pre and not re.fullmatch(r"成立|建成|建设|举办|推动|推进|完成|新增|仅需|需要", pre) else "") + counted
    if len(pre) > MAX_LABEL:
        counted = _after(post)
        if counted and len(counted) >= 2:
            return counted
        return pre[-MAX_LABEL:]
    return pre or _after(post)


def subject_label(pre: str, scope_names: list[str], limit: int = MAX_LABEL) -> str:
    """The subject before a rank, share or change verb."""
    pre = re.split(r"涉及|其中|包括", pre)[-1]
    pre = PLAN_INSIDE.sub("", pre, count=1)
    pre = re.sub(r"(?:同比|比上年|较上年|比去年|较去年|较改革前|同口径|可比口径|按可比价格?计算|分别|和|、)+$", "", pre.strip())
    text = _strip(pre, scope_names)
    text = TRAILING_VERBS.sub("", text)
    return text[-limit:] if len(text) > limit else text
