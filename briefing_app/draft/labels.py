"""A short Chinese label for a figure, cut from the words around its number.

The label is the clause's subject: the words before the number without the period, scope, plan word
and linking verb (松江区规模以上工业企业达1633家 → 规模以上工业企业). When those words list examples
(A、B等70个项目开工建设) or are only a verb, the words after the unit name what is counted. Where they name
nothing an indicator could be known by (总数, 增速, 比8月份, none at all), the drafter (build.py) puts the subject
named before them in the sentence in front (规上工业企业总数, 地区生产总值增速与全省比较); a list's numbers each
take their own subject (城镇和农村居民… → 城镇居民…, 农村居民…). A category listed under an indicator takes the
indicator's measure when it names none (居民消费价格上涨…，衣着类上涨 → 衣着类价格上涨).
"""

from __future__ import annotations

import re

from .numbers import PLAN_WORDS

#: A count's 有 leads (年末全市有医院96个 → 医院), not words that begin with it (有效发明专利, 有色金属); nor does 在
#: in 在校学生, 在建项目.
LEADING = re.compile(
    r"^(?:其中|同时|此外|另外|目前|当前|现已|如今|今年|去年|本年|全年|全区|全市|全县|全省|共|已|还|并|均|累计|合计|总计|"
    r"截至|截止到?|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|初)?|过去\d+年|近\d+年|"
    r"年末|年底|[上去]年同期|上年末?|上年底|第?[一二三四]季度末?|前三季度|[一1]至[二三四]季度|[上下]半年末?|"
    r"\d{1,2}[—–\-－~～至]\d{1,2}月份?|\d{1,2}月份?(?:末|底)?|前\d{1,2}个月|分季度看|"
    r"当月|当季|力争|计划|预计|目标是|目标|争取|提出|将|到\d{4}年|在(?![校岗建编册营读线研职园孵库途售])|是|拥有|"
    r"现?有(?![效色机线关限序偿益氧毒害形轨])|发生(?:各类)?|实现|完成(?=\S{3})|以及|和|及|，|、|\s)+")
#: 均, 都 and an average's 平均 before the verb are not part of the name (办复率均为100%, 失业率平均为5.1%).
TRAILING_VERBS = re.compile(r"(?:力争|计划|预计|预期|目标|争取|将)?"
                            r"(?:已|共|分别|累计|合计|(?<![人年])(?:均|都|也|平均)(?=为|达|是|在|保持|稳定|控制))?"
                            r"(?:达到|达|为|是|有|共有|至|到|超|约|近|逾|超过|突破|实现|约为|完成|拥有|"
                            r"控制在|保持在|稳定在|降至|降到|下降到|在)?$")
PLAN_INSIDE = re.compile(rf"目标是|{PLAN_WORDS}")  # not 计划 in 完成年度计划的105.3%
ENUMERATING = re.compile(r"(?:集聚|聚集|共有|拥有|有|包括|涵盖|引进|引育|吸引|培育|落地|入驻|新增)")
AFTER_CUT = re.compile(r"(?:就|可|借助|通过|走上|涉及|全部|共计|合计|的|，)")
MAX_LABEL = 22
#: A、B等 lists examples; 等级, 等同 do not, nor 高等/中等 before a school word (普通高等学校, 中等职业学校);
#: 华中等地区 and 初中等学校 do.
LISTING = re.compile(r"(?<![平同对上优特次均相])等(?![级同于待])"
                     r"(?<!高等(?=学校|职业|教育|院校|专业|学历|师范))(?<!(?<!初)中等(?=学校|职业|教育|院校|专业|学历|师范))")
#: 实现/完成 between a subject and what it achieved (合计实现产值, 全年完成货物吞吐量): not part of the name.
ACHIEVED = re.compile(r"(?<=\S{2})(?:全年|今年|上半年|累计|合计|共)?(?:实现|完成)(?=\S{2})")
#: What a rank's 在…中 names when it is an evaluation (在全省开发区综合考评中位列第7名: 开发区综合考评).
EVALUATION = re.compile(r"(?:评价|考评|考核|评估|评比|测评|排行榜?|榜单?|指数|榜)$")
#: A rank that moved: 上升6位, 比上年前移3位.
MOVED = re.compile(r"(?:上升|提升|前移|上移|跃升|提高|下降|后移|下移|下滑|回落)$")
#: Words that name no indicator: the sentence's subject goes before them (总数 → 规上工业企业总数, 增速 → 地区生产
#: 总值增速, 比8月份 → …增速比8月份, 名义 → 居民人均可支配收入名义).
NAMES_NOTHING = re.compile(r"(?:总数|总量|总额|总计|合计|数量|增速|增幅|涨幅|降幅|跌幅|[两二三四五]年平均)|"
                           r"(?:名义|实际)$|(?:同比|环比)|"
                           r"[比较](?:上年|去年|年初|上月|同期|上半年|第?[一二三四]季度|前三季度|\d)")
#: A verb that makes a stock new (新增规上工业企业186家，总数达到2214家: the total is not new).
NEW = re.compile(r"^(?:新增|新建|新认定|新培育|新引进|新设立|新登记|新开工|净增|累计新增)")
#: A part of the year or the year before leading a clause whose subject is carried (分季度看，一季度增长4.9%，
#: 上半年增长5.5%; 失业率为4.6%（上年为4.9%）): it tells the figures apart.
WHEN = re.compile(r"第?[一二三四]季度|上半年|下半年|前三季度|\d{1,2}\s*[—–\-－~～至]\s*\d{1,2}月份?|\d{1,2}月份?|"
                  r"上年同期|上年末?|去年")
#: A note in brackets that is not part of the name: 地区生产总值（GDP）, 规模以上工业（以下简称规上工业）.
NOTE = re.compile(r"[（(](?:以下简称|下称|简称)[^）)]*[）)]|[（(][A-Z]{2,5}[）)]")


def _strip(text: str, scope_names: list[str]) -> str:
    text = NOTE.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = LEADING.sub("", text)
        for name in scope_names:
            # 松江区… or 松江力争… loses the place; 青澜港… keeps it (the port is not the district)
            if text.startswith(name) and len(text) > len(name) + 1 and text[len(name)] not in "港湾园城镇区市县省":
                text = text[len(name):]
    return _trim(text)


def _trim(text: str) -> str:
    """Without the punctuation at its ends, but with the bracket that closes a note of the name (城乡居家养老服务中心
    （站）, 各级各类学校（含幼儿园）)."""
    text = text.strip("，、：: ").lstrip("（）()")
    while text and text[-1] in "，、：: （(）)":
        if text[-1] in "）)" and text.count("（") + text.count("(") >= text.count("）") + text.count(")"):
            break
        text = text[:-1]
    return text


def _after(post: str) -> str:
    """What is counted, from the words after the unit: 项目开工建设, 创新团队…"""
    post = post.strip("，、 （）()")
    m = next((c for c in AFTER_CUT.finditer(post, 2) if not (c.group() == "的" and c.start() < 4)), None)
    post = post[: m.start()] if m else post
    return post[:MAX_LABEL]


def quantity_label(pre: str, post: str, scope_names: list[str]) -> str:
    """`pre`: the clause before the number (from the previous figure on); `post`: after the unit.
    The plan word has its own key, so it leaves the label (新区力争建成… → 建成…); so does the verb before what
    was achieved (三大主导产业合计实现产值 → 三大主导产业产值)."""
    label = _label(ACHIEVED.sub("", PLAN_INSIDE.sub("", pre, count=1)), post, scope_names)
    return label.removesuffix("的")  # 其中评为省级以上精品民宿的有41家


def _label(pre: str, post: str, scope_names: list[str]) -> str:
    listing = list(LISTING.finditer(pre))
    if listing:
        head, tail = pre[:listing[-1].start()], pre[listing[-1].end():]
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
        return _tail(pre, MAX_LABEL)
    return pre or _after(post)


def _tail(text: str, limit: int) -> str:
    """The last `limit` characters, from after a 的 near their start rather than mid-word (具有资质等级的总承包…企业
    → 总承包…企业, not 级的总承包…)."""
    tail = text[-limit:]
    cut = tail.find("的")
    return tail[cut + 1:] if 0 <= cut < 6 and len(tail) - cut > 4 else tail


def short(label: str, limit: int = MAX_LABEL) -> str:
    """A label of at most `limit` characters (its end, cut after a 的 near its start)."""
    return _tail(label, limit) if len(label) > limit else label


def subject_label(pre: str, scope_names: list[str], limit: int = MAX_LABEL) -> str:
    """The subject before a rank, share or change verb."""
    pre = re.split(r"涉及|其中|包括", pre)[-1]
    pre = PLAN_INSIDE.sub("", pre, count=1)
    pre = re.sub(r"(?:同比|比上年|较上年|比去年|较去年|较改革前|同口径|可比口径|按可比价格?计算|分别|和|、)+$", "", pre.strip())
    text = _strip(pre, scope_names)
    return short(TRAILING_VERBS.sub("", text), limit)


def names_nothing(subject: str) -> bool:
    """A subject that is empty, a single character or only a generic word: a person would have to rewrite it."""
    return len(subject) < 2 or NAMES_NOTHING.match(subject) is not None


def carried(subject: str, *, stock: bool = False) -> str:
    """The sentence's last subject as the head of a figure that names none; a total or level (`stock`) of what the
    sentence counted as new is not new (新增规上工业企业 → 规上工业企业)."""
    subject = re.sub(r"(?:总数|总量|数量)$", "", subject)
    return NEW.sub("", subject) if stock and len(NEW.sub("", subject)) >= 2 else subject


#: A list's subjects counted before what they are (A、B和C三大主导产业, A和B两条产业链): the items and the noun.
COUNTED = re.compile(r"(?P<items>\S+?)[两二三四五六七八九十\d]+(?:大|条|个|家|项|类|种|批)(?P<noun>\S*)")
#: The head of that noun each item keeps (三大主导产业 → 电子信息产业).
KIND = re.compile(r"(?:产业链|产业|行业|企业|集群|园区|基地|项目|板块|领域)$")
LIST_VERB = re.compile(r"^(?:实现|完成|达到|达|为|是|有|共|累计|合计)+")


#: What an indicator measures, by the words it ends with, as its categories name it (居民消费价格 → 价格, 社会消费品
#: 零售总额 → 零售额); industry alone (规模以上工业) is measured by its value added.
MEASURES = (("增加值", "增加值"), ("生产总值", "增加值"), ("总产值", "产值"), ("产值", "产值"), ("零售总额", "零售额"),
            ("零售额", "零售额"), ("销售额", "销售额"), ("营业收入", "营业收入"), ("营业额", "营业额"),
            ("利润总额", "利润总额"), ("价格", "价格"), ("投资", "投资"), ("产量", "产量"), ("工业", "增加值"))
#: A category of an indicator's breakdown: 衣着类, 制造业, 国有控股企业 (not 就业, 创业: what people do).
CATEGORY = re.compile(r"(?:类|(?<![就失创毕从营专学作物])业)$")


def measure_noun(indicator: str) -> str:
    """What `indicator` measures ('' when its words do not say): 规模以上工业增加值 → 增加值."""
    return next((noun for end, noun in MEASURES if indicator.endswith(end)), "")


def measured(category: str, lead: str) -> str:
    """A category listed under an indicator (`lead`), with the indicator's measure when it names none of its own:
    衣着类 under 居民消费价格 → 衣着类价格, 采矿业 under 规模以上工业 → 采矿业增加值."""
    if not CATEGORY.search(category) or lead == category:
        return category
    return category + measure_noun(lead)


def split_subjects(subject: str, n: int) -> list[str]:
    """The n subjects a list of numbers is about, as its words name them (A、B和C分别…); fewer when the words do
    not name n. A shared head and tail are given to each: 第一、二、三产业 → 第一产业, 第二产业, 第三产业;
    城镇和农村居民 → 城镇居民, 农村居民; categories take the measure the last names (A类、B类零售额 → A类零售额…)."""
    # 及 joins the items, or words inside one (外商及港澳台投资企业): tried without it when the items are not n
    parts = next((p for p in (re.split(r"、|以及|和|及|与", subject), re.split(r"、|以及|和|与", subject))
                  if len(p) == n), [])
    if not parts or not all(parts):
        return [subject]
    noun = measure_noun(parts[-1])
    if noun and all(CATEGORY.search(p) for p in [*parts[:-1], parts[-1].removesuffix(noun)]):
        return [measured(p, parts[-1]) for p in parts[:-1]] + [parts[-1]]
    head = "第" if parts[0].startswith("第") and len(parts[0]) > 1 else ""
    inner = [parts[0].removeprefix(head), *parts[1:-1]]
    size = len(inner[0])
    if all(len(p) == size for p in inner) and len(parts[-1]) > size + 1:
        tail = parts[-1][size:]
        return [head + p + tail for p in inner] + [head + parts[-1] if head and not parts[-1].startswith(head)
                                                   else parts[-1]]
    return parts


def list_subjects(clause: str, earlier: str, n: int, scope_names: list[str]) -> list[str]:
    """The n subjects of a list whose numbers each carry their unit, from the words before its first number
    (`clause`; `earlier`: the clause before it in the sentence): 城镇和农村居民人均可支配收入分别达到… → 城镇居民…,
    农村居民…; A、B和C三大主导产业分别实现产值… → A产业产值, B产业产值, C产业产值; A、B和C三条产业链，去年产值分别为…
    → A产业链产值…. Empty when the words name no n items."""
    before, _, after = _strip(clause, scope_names).partition("分别")
    measure = TRAILING_VERBS.sub("", LIST_VERB.sub("", after))
    for words, tail in ((before, measure), (earlier, _strip(before, scope_names) + measure)):
        words = TRAILING_VERBS.sub("", _strip(words, scope_names))
        counted = COUNTED.fullmatch(words)
        kind = KIND.search(counted["noun"]) if counted else None
        parts = split_subjects(counted["items"] if counted else words, n)
        if len(parts) == n and all(len(p) >= 2 for p in parts):
            return [p + (kind.group() if kind else "") + tail for p in parts]
    return []


def ranked(subject: str, scope_names: list[str]) -> str:
    """What a rank is of: X在Y中 is Y when Y is an evaluation (岫川高新区在国家级高新区综合评价中 → 国家级高新区综合评价),
    else X, Y being the field ranked among, which the rank's `among` holds (增速在全省15个设区市中 → 增速)."""
    m = re.search(r"(?:^|在)(?P<y>[^在]*?)中(?:排名)?$", subject)  # a leading 在 is gone with the place before it
    if m is None:
        return subject
    field = _strip(m["y"], scope_names)
    return field if EVALUATION.search(field) else subject[:m.start()]


#: Who or what an institution counts, named after a count of the institutions (普通高等学校6所，在校学生9.14万人).
OF_INSTITUTION = re.compile(r"在校学?生|招生|毕业生|专任教师|教职工")
SCHOOL = re.compile(r"^(?!各)\S*(?:学校|学|高中|幼儿园|高校|院校|学院)$")  # not 各级各类学校: all students
#: People harmed in the accidents counted before them (生产安全事故37起，死亡29人).
CASUALTY = re.compile(r"死亡|受伤|失踪|伤亡")
#: A part of the population a figure is given for (城市, 农村居民): the indicator before it is the figure's.
GROUP = re.compile(r"(?:城镇|农村|城市|乡村)(?:居民)?")
#: The subject of a clause that only names a level passed (新能源装备产业产值首次突破百亿元，达到108.4亿元).
PASSED = re.compile(r"(?P<subject>\S{2,}?)(?:首次|首度|历史性地?|成功|稳步)*(?:突破|跨越|迈上|跃上|站上|跨过|越过)")


def of_last(label: str, last: str) -> str:
    """A label that names only what an institution or an accident counts (在校学生, 死亡), or a part of the population
    (城市, 农村居民), with the sentence's last subject (`last`) it is of: 普通高等学校在校学生, 生产安全事故死亡人数,
    城市居民消费价格 (under 居民消费价格), 农村居民恩格尔系数 (after 城镇居民恩格尔系数)."""
    if not last:
        return label
    if OF_INSTITUTION.fullmatch(label) and SCHOOL.search(last):
        return last + label
    if CASUALTY.fullmatch(label) and re.search(r"事故|火灾|灾害|案件", last):
        return last + label + "人数"
    if GROUP.fullmatch(label):
        rest = re.sub(r"^(?:全体|城乡|城镇|农村|城市|乡村)", "", last)
        if rest.startswith("居民") and label.endswith("居民"):
            rest = rest[2:]
        return label + rest if rest else label
    return label


def passed_subject(clause: str, scope_names: list[str]) -> str:
    """The subject of a clause before the number that only says a level was passed ("" when it says more)."""
    m = PASSED.match(_strip(clause, scope_names))
    return m["subject"] if m and not names_nothing(m["subject"]) else ""
