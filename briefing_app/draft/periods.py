"""When a figure holds, read from the words before it.

One grammar of markers (`_MARK`): 2023年, 2024年一季度, 今年, 全年, 上年, 年末, 上年末, 上年同期, 一季度, 上半年,
1—9月, 前三季度, 一至三季度, 前5个月, 3月份, 3月末, 截至2024年2月, 过去2年, 目前… A marker right after 比/较/与/是…
is a comparison, not when the figure holds (比上年增长, 较2023年末净增, 比1—2月加快), and neither is 全年 in
全年目标 or 为全年最高.

The nearest marker in the figure's sentence wins. Without one:
- a document about one period (a bulletin, a quarterly or plan report: `frame.py`) carries the paragraph's
  last marker, else the figure is its section's year (a heading 二、2025年… speaks of 2025), else the
  report's own period. A marker after 其中, in a sentence of details (分季度看，一季度…) or in brackets
  (（上年为8652件）) is not carried; a year's or month's end is not carried to a flow (出栏, 产量, 新增…), nor
  a year's end to a rate of the year (毛入园率); in 年末…，全年新建…，每万人拥有… the stock is at the year's end.
- a news article carries the paragraph's last marker, except a day (it dates an event), 今年 (carried to plans
  only), a span (过去3年), 全年 past its 。 and, under a heading that names a year (一、2024年工作回顾), a part of
  the year (四季度, 1—11月) past its 。; without one a figure compared with the year before (同比, 比上年)
  is of the year the article gives results for (2024年，全区…), one under a heading that names a year of that
  year (a plan there, in a speech of that year, this year's), and any other current (目前). Its 全年 of a result
  is that year too; the time of an event (高铁站在2023年底通车) dates no figure, but 12月当月 is that month.
Three forms read together: 比年初增加… is the change over the report's period; a figure compared with the
end of last year (较上年末…) is this year's end; 一季度、上半年和全年…分别增长a、b和c pairs periods and values.
In 由上年的X调整为Y the marker is X's only.

Relative words count from the section's year (全年, 今年, 上年) or the report's (明年); in a news article from
the article's year (what its 今年 means).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model.format import five_year_plan_end

_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
_DASH = r"[—–\-－~～至到]"
_SUB_NAMES = ("qn", "qa", "qb", "q", "qend", "h", "hend", "m1", "m2", "mn", "m", "d", "mend", "same")


def _sub(p: str = "") -> str:
    """A part of a year (一季度, 上半年, 1—9月, 前三季度, 3月份, 3月末, 同期); `p` prefixes the group names, so the
    pattern can stand both after a year and alone."""
    return (rf"(?:前(?P<{p}qn>[二两三2-3])个?季度|(?P<{p}qa>[一1]){_DASH}(?P<{p}qb>[二三四2-4])季度"
            rf"|第?(?P<{p}q>[一二三四1-4])季度(?P<{p}qend>末|底)?"
            rf"|(?P<{p}h>[上下])半年(?P<{p}hend>末|底)?"
            rf"|(?P<{p}m1>\d{{1,2}})\s*{_DASH}\s*(?P<{p}m2>\d{{1,2}})月份?"
            rf"|前(?P<{p}mn>\d{{1,2}}|[两二三四五六七八九十]{{1,2}})个月"
            rf"|(?P<{p}m>\d{{1,2}})月份?(?:(?P<{p}d>\d{{1,2}})日|(?P<{p}mend>末|底))?"
            rf"|(?P<{p}same>同期))")


_REL = r"(?P<rel>今年|本年度?|全年度?|当年|上一?年|去年|明年|前年)"
_MARK = re.compile(
    r"(?P<asof>截至|截止到?)?(?P<to>(?<!截)[到至])?"
    rf"(?:(?:(?P<y>\d{{4}})年度?|{_REL})(?:{_sub()}|(?P<yend>末|底))?|{_sub('b_')}|(?P<ye>年末|年底))"
    r"|(?:过去的?|近|最近)(?P<past>\d+|[一两二三四五六七八九十])年"
    r"|(?P<now>截至目前|目前|当前|现已|现有|如今)"
    r"|“?十(?P<fyp>[一二三四五六七八九])五”?(?P<fyp_since>以来|来)?")


def _groups(m: re.Match) -> dict:
    """The marker's groups, a part of a year standing alone read like one after a year."""
    g = m.groupdict()
    for name in _SUB_NAMES:
        g[name] = g[name] or g.pop("b_" + name)
    return g


#: Period words right after these are what a figure is compared with: 比上年, 较2023年末, 比1—2月, 是上年的.
_PHRASE = (rf"(?:\d{{4}}年度?|今年|本年度?|全年度?|当年|上一?年|去年|前年|同期|年初|年末|年底|末|底|前三季度"
           rf"|第?[一二三四1-4]季度|[上下]半年|\d{{1,2}}\s*{_DASH}\s*\d{{1,2}}月份?|\d{{1,2}}月份?|前\d{{1,2}}个月)")
_COMPARED = re.compile(rf"(?:比|较|与|同|相比|相较|低于|高于|快于|慢于|好于|超过|超出|是|为|相当于|占|恢复到|恢复至){_PHRASE}+"
                       r"|全年(?=目标|任务|计划|预算|最高|最低|新高|新低)")
_FROM = re.compile(r"[由从]$")
_TO_VERB = re.compile(r"(?:调整|提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|变化|变|升|降)(?:为|到|至)")
_SINCE_START = re.compile(r"[比较]年初")
#: A sentence of details by part (分季度看，一季度…; 从季度走势看…): its periods are not the paragraph's.
_DETAILS = re.compile(r"(?:分|从)[^，。；]{1,6}看")
#: Words of a flow over the period, never a stock at its end (年末生猪存栏…。家禽出栏… is the year's; 9月末…。禽蛋产量…
#: is the report's period).
_FLOW = re.compile(r"出栏|产量|产值|新增|新建|新设|新开工|招生|出生|死亡|接待|成交额|授权量|吞吐量|业务量|用电量|增加值|"
                   r"营业收入|利润|零售额|进出口|可支配收入|消费支出")
#: A comparison with the year before (同比, 比上年): in a news article, said of its year of results.
_ON_LAST_YEAR = re.compile(r"同比|[比较]上年(?!末|底)|[比较]去年(?!末|底)")
#: Words of a stock at a date (每万人拥有, 用户, 余额, 存栏, 保有量).
_STOCK = re.compile(r"拥有|用户|余额|存栏|保有量")
#: A rate of the year (毛入园率, 机械化率, 巩固率, 预期寿命, 三次产业结构): a year's end said in an earlier sentence is
#: not its period.
_RATE = re.compile(r"(?<!城镇化)率|寿命|结构")
_LAST_YEAR_END = r"[比较](?:上年|去年|{last}年)(?:末|底)"


@dataclass(frozen=True)
class _Context:
    report: dict | None  # the document's own period, or None for a news article
    year: int  # what 全年/今年/上年 count from here: the section's year, the report's, or the article's
    report_year: int  # what 明年 counts from
    reviewed: int | None = None  # a news article's year of results (2024年，…): what its 全年 of a result means
    section_year: int | None = None  # a news article's heading year (一、2024年工作回顾): a whole year reviewed


@dataclass(frozen=True)
class Target:
    year: int
    at: int  # offset of its words (到2026年, 明年, “十五五”), for the quote
    year_end: bool = False  # 到2025年底


def _numeral(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 2 and text[0] == "十":
        return 10 + _NUMERALS[text[1]]
    return _NUMERALS[text] if len(text) == 1 else _NUMERALS[text[0]] * 10  # 二十


def _iso(y: int, m: int | str | None = None, d: int | str | None = None) -> str:
    return f"{int(y):04d}" + (f"-{int(m):02d}" if m else "") + (f"-{int(d):02d}" if d else "")


def _masked(text: str) -> str:
    """The text with comparisons blanked out (same offsets), so only real period markers match."""
    return _COMPARED.sub(lambda m: "\x00" * len(m.group()), text)


def _same_as_report(report: dict | None, year: int) -> dict | None:
    """上年同期: the report's own period, a year earlier."""
    if report is None:
        return None
    kind, value = next(iter(report.items()))
    if isinstance(value, int):
        return {kind: year}
    return {kind: re.sub(r"\d{4}", str(year), value)}


def _sub_period(g: dict, year: int, ctx: _Context, asof: bool) -> dict | None:
    if g["qn"] or g["qb"]:
        last = 3 * _numeral(g["qn"] or g["qb"])
        return {"months": f"{_iso(year, 1)}/{_iso(year, last)}"}
    if g["q"]:
        q = _numeral(g["q"])
        return {"as_of": _iso(year, 3 * q)} if g["qend"] else {"quarter": f"{year}-Q{q}"}
    if g["h"]:
        h = 1 if g["h"] == "上" else 2
        return {"as_of": _iso(year, 6 * h)} if g["hend"] else {"half": f"{year}-H{h}"}
    if g["m1"]:
        first, last = int(g["m1"]), int(g["m2"])
        if not 1 <= first < last <= 12:
            return None if first != last or not 1 <= first <= 12 else {"month": _iso(year, first)}
        return {"months": f"{_iso(year, first)}/{_iso(year, last)}"}
    if g["mn"]:
        last = _numeral(g["mn"])
        return {"months": f"{_iso(year, 1)}/{_iso(year, last)}"} if 1 < last <= 12 else None
    if g["m"]:
        month = int(g["m"])
        if not 1 <= month <= 12:
            return None
        if g["d"]:
            return {"date": _iso(year, month, g["d"])} if 1 <= int(g["d"]) <= 31 else None
        return {"as_of": _iso(year, month)} if (g["mend"] or asof) else {"month": _iso(year, month)}
    if g["same"]:
        return _same_as_report(ctx.report, year)
    return None


#: What a target marker (到2027年, “十五五”) stands for among periods: the figure's period comes from its target.
TARGET = {}


#: Verbs of an event that happened at a time (在2023年底通车, 于2024年建成投产).
_EVENT = re.compile(r"通车|开业|建成|投产|开通|开工|竣工|揭牌|成立|落成|运营|上线|启用|举办|召开|获批|挂牌")
#: Words before 全年 that make it the coming whole year (预计全年, 今年全年), not a year of results.
_PLANNED_WHOLE_YEAR = re.compile(r"(?:今年|本年|明年|力争|计划|预计|预期|目标|争取|确保|将)[^，,。；;]{0,8}$")


def _period(m: re.Match, ctx: _Context, following: str, preceding: str = "") -> dict | None:
    """The period a marker says; TARGET for a target year; None for nothing to hold a figure."""
    g = _groups(m)
    if g["now"]:
        return {"current": True}
    if g["past"]:
        years = _numeral(g["past"])  # 过去一年 is last year (a year's review); 过去3年 a span
        return {"year": ctx.report_year - 1} if years == 1 else {"past_years": years}
    if g["fyp"] or g["to"]:
        return TARGET  # 到2027年, “十五五”: target years (target_of), not when the figure holds
    report = ctx.report is not None
    rel = g["rel"]
    has_sub = any(g[k] for k in ("qn", "qb", "q", "h", "m1", "mn", "m", "same"))
    if g["y"] and not report and not has_sub and preceding.endswith(("在", "于")) and _EVENT.match(following):
        return None  # 高铁站在2023年底通车: when an event happened, in a news article not when its figures hold
    if g["y"]:
        year = int(g["y"])
    elif rel:
        if rel.startswith(("全年", "当年")) and not report:
            reviewed = ctx.section_year or ctx.reviewed
            if rel.startswith("全年") and reviewed and not has_sub and not _PLANNED_WHOLE_YEAR.search(preceding):
                return {"year": reviewed}  # 全年完成改造98个 in a news article on 2024's results: 2024
            return None  # 今年全年, 预计全年: read from the sentence's year, as before
        if rel.startswith(("上", "去")) and not report and following.startswith("的"):
            return None  # 上年的: a comparison in a news article (是上年的2.3倍)
        if rel == "明年":
            year = ctx.report_year + 1
        elif rel == "前年":
            year = ctx.year - 2
        else:
            year = ctx.year - 1 if rel[0] in "上去" else ctx.year
    else:
        year = ctx.year
    if g["m"] and not report and not g["y"] and not following.startswith("当月"):
        # a news article's 今年6月 / 6月 dates an event (将于今年6月开业), as it always has: read as the year alone;
        # 12月当月增长9.1% is the month's
        return None if not rel else ({"this_year": year} if rel[0] in "今本" else {"year": year})
    if has_sub:
        return _sub_period(g, year, ctx, bool(g["asof"]))
    if g["yend"] or g["ye"]:
        return {"as_of": _iso(year, 12)} if g["asof"] else {"year_end": year}
    if rel and rel[0] in "今本" and not report:
        return {"this_year": year}
    if rel and rel[0] in "今本" and following.startswith("以来") and ctx.year == ctx.report_year:
        return dict(ctx.report)  # 今年以来 in a report on a quarter: the quarter (the year so far)
    return {"year": year}


def _marks(text: str, start: int, stop: int, ctx: _Context):
    """(offset, period, whether 由/从 stands before it, the match) of every marker in text[start:stop], in order."""
    masked = _masked(text[start:stop])
    found = []
    for m in _MARK.finditer(masked):
        period = _period(m, ctx, text[start + m.end():start + m.end() + 2],
                         text[max(0, start + m.start() - 10):start + m.start()])
        found.append((start + m.start(), period, bool(_FROM.search(masked[:m.start()])), m))
    return found


def _last(text: str, start: int, stop: int, ctx: _Context, *, carried: bool = False,
          last_date: list | None = None) -> dict | None:
    """The last period marker in text[start:stop], or None. A target year (到2027年) after other markers
    leaves None: the figure is of its target. A 由/从 marker is undone at the verb that says what it
    became (由上年的X调整为Y: Y is not last year's). When `carried` (markers of earlier sentences for a later
    one), targets, a marker after 其中 or in a sentence of details do not count. A marker in brackets that
    close before `stop` (…（上年为8652件）；其中…) is the bracket's only."""
    found, before_from, from_at, day = None, None, None, None
    for at, period, after_from, m in _marks(text, start, stop, ctx):
        if period is None or (period is TARGET and carried):
            continue
        if period is TARGET:
            found = None
            continue
        if carried and ("其中" in text[_sentence_start(text, at):at] or _DETAILS.match(text, _sentence_start(text, at))):
            continue
        if _bracketed(text, start, at, stop):
            continue
        if from_at is not None and _TO_VERB.search(text, from_at, at):
            found, from_at = before_from, None
        if after_from:
            before_from, from_at = found, at
        if "date" in period:
            day = period["date"]
            if last_date is not None:
                last_date.append(day)
        if "past_years" in period and day:
            period = dict(period, until=day)  # 2024年3月4日…过去2年: the span ends on that day
        found = period
    if from_at is not None and _TO_VERB.search(text, from_at, stop):
        found = before_from
    return found


def _bracketed(text: str, start: int, at: int, stop: int) -> bool:
    """Whether the marker at `at` stands in brackets that close before `stop`."""
    opened = max(text.rfind("（", start, at), text.rfind("(", start, at))
    if opened < 0 or max(text.rfind("）", opened, at), text.rfind(")", opened, at)) >= 0:
        return False
    return any(c in text[at:stop] for c in "）)")


def list_lead(text: str, start: int) -> tuple[int, int]:
    """(start, colon) of the lead of a list (目标是：A；B；C) when the sentence at `start` is one of its items;
    (start, -1) otherwise. The lead's target year and plan word hold for every item."""
    lead = start
    while lead > 0 and text[lead - 1] == "；":
        lead = _sentence_start(text, lead - 1)
    colon = max(text.rfind("：", lead, start), text.rfind(":", lead, start))
    return (lead, colon) if colon >= 0 and text[colon + 1:start].count("。") == 0 else (start, -1)


def _sentence_start(text: str, at: int) -> int:
    start = at
    while start > 0 and text[start - 1] not in "。！？；!?\n":
        start -= 1
    return start


def _context(article, at: int) -> _Context:
    frame = getattr(article, "frame", None)
    report = frame.report if frame is not None else None
    named = _SECTION_YEAR.search(article.sections[article.section_at(at)].title)
    if report is None:  # a news article or speech: under 一、2024年工作回顾 its 四季度 and 1—11月 are 2024's
        year = int(named.group(1)) if named else None
        return _Context(None, year or article.year, article.year, _reviewed_year(article.marks_text), year)
    return _Context(report, int(named.group(1)) if named else frame.year, frame.year)


#: Periods that are a part of a year.
_PART_OF_YEAR = {"quarter", "half", "months", "month"}
#: A heading's own year (二、2025年主要目标), not a target's (到2027年) nor a span's start (2020年以来).
_SECTION_YEAR = re.compile(r"(?<![到至\d])(\d{4})年(?!以来|来)")


#: A year standing as a clause's time (2024年，全区…; 2024年全年，…) and the rest of its sentence.
_YEAR_OF_RESULTS = re.compile(r"(?<![到至\d])(\d{4})年(?:全年|度)?[，,]([^。；;\n]*)")
_PLAN_IN_SENTENCE = re.compile(r"力争|计划|预计|预期|目标|争取|确保|将")


@lru_cache(maxsize=8)
def _reviewed_year(text: str) -> int | None:
    """The latest year a news article gives results for as a sentence's time (2024年，全区实现…), not a
    target's (到2027年，…) nor a plan's (2024年，新区预计…); None when it names none."""
    years = [int(y) for y, rest in _YEAR_OF_RESULTS.findall(text)
             if 1900 <= int(y) <= 2200 and not _PLAN_IN_SENTENCE.search(rest)]
    return max(years) if years else None


def _default(ctx: _Context) -> dict:
    """A figure of a report without a marker: its section's year, else the report's period."""
    if ctx.year != ctx.report_year:
        return {"year": ctx.year}
    return dict(ctx.report)


def _full_stop_after(text: str, at: int) -> int:
    """The end of the sentence (to its 。, past any ；) holding `at`."""
    ends = [i for i in (text.find("。", at), text.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(text)


def _stock_after_flow(article, start: int, at: int, ctx: _Context) -> dict | None:
    """年末5G基站8612个，全年新建1786个，每万人拥有5G基站20.9个: a year's flow said in a clause of a sentence about
    the year's end is that clause's; the sentence's later stocks are at the year's end again."""
    marks = [(pos, period) for pos, period, _, _ in _marks(article.marks_text, start, at, ctx) if period]
    clause = article.clause_span(at)[0]
    if len(marks) >= 2 and marks[-1][1] == {"year": ctx.year} and "year_end" in marks[-2][1] \
            and marks[-1][0] < clause and _STOCK.search(article.marks_text, clause, at):
        return marks[-2][1]
    return None


def _respectively(text: str, start: int, at: int, ctx: _Context) -> dict | None:
    """一季度、上半年和全年…分别增长5.2%、5.6%和5.9%: the k-th value takes the k-th period."""
    both = text.rfind("分别", start, at)
    if both < 0:
        return None
    marks = [(pos, period, m) for pos, period, _, m in _marks(text, start, both, ctx) if period]
    listed = marks[-1:]
    for earlier, later in zip(reversed(marks[:-1]), reversed(marks[1:])):
        if re.fullmatch(r"[、和及与，,\s]*", text[earlier[0] + len(earlier[2].group()):later[0]]):
            listed.insert(0, earlier)
        else:
            break
    if len(listed) < 2:
        return None
    k = len(re.findall(r"\d+(?:\.\d+)?", text[both:at]))
    return listed[k][1] if k < len(listed) else None


def period_for(article, at: int, *, planned: bool = False, target: Target | int | None = None) -> dict:
    """The period of a figure at offset `at`; `planned` and `target` (its target year) say whether it
    is a plan: a target year with no other marker is its period, and 今年 said in an earlier sentence
    carries over to plans only in a news article (a result said after this year's plans is current)."""
    text = article.marks_text  # its words as if written without spaces around numbers (2024 年)
    at = article.marks_offset(at)
    ctx = _context(article, at)
    sentence_start, sentence_end = article.sentence_span(at)
    paragraph = article.paragraph_start(sentence_start)
    section = article.sections[article.section_at(at)]
    report = ctx.report is not None
    if report and _SINCE_START.search(text, article.clause_span(at)[0], at + 3):
        return _default(ctx)  # 比年初增加…: the change over the report's period (`at` may be its 比)
    listed = _respectively(text, sentence_start, at, ctx)
    if listed is not None:
        return listed
    in_sentence = _last(text, sentence_start, at, ctx)
    if report and in_sentence == {"year": ctx.year}:
        in_sentence = _stock_after_flow(article, sentence_start, at, ctx) or in_sentence
    if in_sentence is not None:
        if "past_years" in in_sentence and "until" not in in_sentence:
            dated: list = []
            _last(text, paragraph, sentence_start, ctx, last_date=dated)
            if dated:
                in_sentence["until"] = dated[-1]
        return in_sentence
    if isinstance(target, int):
        target = Target(target, -1)
    if target:
        flow = _FLOW.search(text, article.clause_span(at)[0], at)  # 到2025年末营业收入突破…: the year's revenue
        return {"year_end": target.year} if target.year_end and not flow else {"year": target.year}
    if report:
        last_end = _LAST_YEAR_END.format(last=ctx.year - 1)
        if re.search(last_end, text[sentence_start:sentence_end]):
            return {"year_end": ctx.year}  # 较上年末净增…: this year's end
        carried = _last(text, max(paragraph, section.start), sentence_start, ctx, carried=True)
        stock = "year_end" in carried or "as_of" in carried if carried else False
        if carried is None or "date" in carried or (stock and _FLOW.search(text, sentence_start, at)) or (
                carried and "year_end" in carried and _RATE.search(text, sentence_start, at)):
            return _default(ctx)
        return carried
    # 全年 of a result holds for its own sentence (to its 。): later ones may describe what stands now
    full_stop = max(text.rfind("。", 0, sentence_start), text.rfind("\n", 0, sentence_start)) + 1
    carried = _last(text, max(full_stop, paragraph, section.start), sentence_start, ctx)
    if carried is None or "past_years" in carried:
        carried = _last(text, max(paragraph, section.start), sentence_start, replace(ctx, reviewed=None))
        if carried and ctx.section_year and _PART_OF_YEAR.intersection(carried):
            carried = None  # 四季度…增长6.0%。一般公共预算收入… in a year's review: the part holds for its sentence
    if (carried is None or "past_years" in carried) and ctx.reviewed and not planned \
            and _ON_LAST_YEAR.search(text, full_stop, _full_stop_after(text, sentence_end)):
        return {"year": ctx.reviewed}  # 增长18.2%, 比上年提高…: a year's result set beside the year before it
    if carried and "past_years" in carried:
        return {"current": True}  # 过去3年，累计…: the span is its own sentence's
    if planned and ctx.section_year == ctx.report_year and (carried is None or "year" in carried):
        return {"this_year": ctx.report_year}  # 三、2025年重点工作 in a speech of 2025: this year's plans
    if carried and "date" in carried:
        return {"current": True}  # a day is an event's; later sentences are not about that day
    if (carried is None or ("this_year" in carried and not planned)) and ctx.section_year:
        return {"year": ctx.section_year}  # 一、2024年工作回顾: the section's year
    if carried and "this_year" in carried and not planned:
        return {"current": True}
    return carried or {"current": True}


def target_of(article, at: int) -> Target | None:
    """The target year of a figure at `at`: 到2026年, a future year (2025年计划… in a report on 2024), 明年,
    “十五五” (2030). Said in its sentence, or before the colon of a list of targets (目标是：A；B；C)."""
    text = article.marks_text  # its words as if written without spaces around numbers (2024 年)
    at = article.marks_offset(at)
    ctx = _context(article, at)
    start = list_lead(text, _sentence_start(text, at))[0]  # a list after a colon shares its lead's target
    found = None
    for pos, period, _, m in _marks(text, start, at, ctx):
        g = _groups(m)
        if g["fyp"]:
            year = five_year_plan_end(10 + _numeral(g["fyp"]))
            found = Target(year, pos) if year > ctx.report_year and not g["fyp_since"] else found
        elif g["to"] and g["y"] and not any(g[k] for k in ("m", "m1", "q", "h")):
            found = Target(int(g["y"]), pos, bool(g["yend"]))
        elif g["rel"] == "明年" and period and "year" in period:
            found = Target(period["year"], pos)
        elif (g["y"] and not g["asof"] and period and set(period) <= {"year", "year_end"}
              and int(g["y"]) > ctx.report_year):  # a year after the report's: 2025年计划… in a report on 2024
            found = Target(int(g["y"]), pos, "year_end" in period)
        elif period:
            found = None  # a later period marker: the figure is of that period, not the plan's
    return found


def title_period(title: str) -> tuple[str, object, int | None] | None:
    """The first period a title names, as (kind, value, year or None): 2024年…公报 → ("year", None, 2024);
    2024年一季度… → ("quarter", 1, 2024); 上半年… → ("half", 1, None); 1—9月… → ("months", (1, 9), None);
    3月份… → ("month", 3, None). A target year (到2027年) is not the title's period."""
    for m in _MARK.finditer(_masked(title)):
        g = _groups(m)
        if g["to"] or g["fyp"] or g["now"] or g["past"] or g["rel"] or g["ye"] or g["same"]:
            continue
        year = int(g["y"]) if g["y"] else None
        if g["qn"] or g["qb"]:
            return "months", (1, 3 * _numeral(g["qn"] or g["qb"])), year
        if g["q"]:
            return "quarter", _numeral(g["q"]), year
        if g["h"]:
            return "half", 1 if g["h"] == "上" else 2, year
        if g["m1"] and 1 <= int(g["m1"]) < int(g["m2"]) <= 12:
            return "months", (int(g["m1"]), int(g["m2"])), year
        if g["mn"]:
            return "months", (1, _numeral(g["mn"])), year
        if g["m"] and not g["d"] and 1 <= int(g["m"]) <= 12:
            return "month", int(g["m"]), year
        if year is not None and not any(g[k] for k in ("m1", "m", "yend")):
            return "year", None, year
    return None
