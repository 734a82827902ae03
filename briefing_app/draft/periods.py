"""When a figure holds, read from the words before it: 2023年, 截至2024年2月, 今年, 过去2年, 目前…

The nearest marker in the figure's sentence wins; without one, the last marker earlier in the same
paragraph carries over (articles say the year once and list its figures after it); without any,
the figure is current (目前). A day (2023年9月22日) is not carried: it dates an event, not what follows.
"""

from __future__ import annotations

import re

_MARKER = re.compile(
    r"(?P<asof>截至|截止到?)?(?P<to>到|至)?(?P<y>\d{4})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?(?P<end>底|末)?"
    r"|(?P<this>今年|本年)|(?<![比较同是])(?P<last>去年|上年)(?![的同])"  # 较上年/比去年 compare, they are not periods
    r"|(?:过去|近|最近)(?P<past>\d+)年"
    r"|(?P<now>目前|当前|现已|现有|如今)")


def _iso(y: str, m: str | None, d: str | None = None) -> str:
    return f"{int(y):04d}" + (f"-{int(m):02d}" if m else "") + (f"-{int(d):02d}" if d else "")


def _period(m: re.Match, year: int, last_date: str | None) -> dict | None:
    if m.group("y"):
        if m.group("to"):
            return None  # 到2027年: a target year, not when the figure holds
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
        if m.group("asof"):
            if mo is None and m.group("end"):
                mo = "12"
            return {"as_of": _iso(y, mo)} if mo else {"year": int(y)}
        if d:
            return {"date": _iso(y, mo, d)}
        if mo:
            return {"month": _iso(y, mo)}
        return {"year": int(y)}
    if m.group("this"):
        return {"this_year": year}
    if m.group("last"):
        return {"year": year - 1}
    if m.group("past"):
        period = {"past_years": int(m.group("past"))}
        if last_date and len(last_date) == 10:
            period["until"] = last_date
        return period
    return {"current": True}


def period_before(text: str, start: int, at: int, year: int) -> dict | None:
    """The last period marker in text[start:at], or None."""
    found, last_date = None, None
    for m in _MARKER.finditer(text, start, at):
        period = _period(m, year, last_date)
        if period is None:
            continue
        if "date" in period:
            last_date = period["date"]
        found = period
    return found


def period_for(article, at: int, *, planned: bool = False, target: int | None = None) -> dict:
    """The period of a figure at offset `at`; `planned` and `target` (its target year) say whether it
    is a plan: a target year with no other marker is its period, and 今年 said in an earlier sentence
    carries over to plans only (a result said after this year's plans is current: 全区已形成…)."""
    sentence_start, _ = article.sentence_span(at)
    paragraph = article.paragraph_start(sentence_start)
    section = article.sections[article.section_at(at)]
    in_sentence = period_before(article.text, sentence_start, at, article.year)
    if in_sentence is not None:
        if "past_years" in in_sentence and "until" not in in_sentence:
            dated = period_before(article.text, paragraph, sentence_start, article.year) or {}
            if "date" in dated:
                in_sentence["until"] = dated["date"]
        return in_sentence
    if target:
        return {"year": target}
    carried = period_before(article.text, max(paragraph, section.start), sentence_start, article.year)
    if carried and "date" in carried:
        return {"current": True}  # a day is an event's; later sentences are not about that day
    if carried and "this_year" in carried and not planned:
        return {"current": True}
    return carried or {"current": True}


def target_year(text: str, start: int, at: int) -> int | None:
    m = None
    for m in re.finditer(r"(?<!截)(?<!截止)(?:到|至)(\d{4})年", text[start:at]):  # 截至2025年 is a period
        pass
    return int(m.group(1)) if m else None
