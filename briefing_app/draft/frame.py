"""What a document is, read from its own title, dateline and first paragraph: the period it reports on,
the place it is about and who published it, when.

A statistics bulletin (2024年南州市国民经济和社会发展统计公报), a quarterly report (2024年一季度…经济运行情况)
or a plan report (…2024年计划执行情况与2025年计划草案的报告) is about one period: its figures without a marker
belong to that period, and 全年, 年末, 上年 are relative to it. A news article speaks in the present: it has no
report period, and its unmarked figures stay `current`.

Where each thing comes from, in order:
- the period: the title (2024年…, 一季度, 上半年, 1—9月, 前三季度); its year, when the title has none, from
  the first paragraph (2024年，全市…) or else the dateline (发布时间：2024-07-26 for a half-year report;
  an annual bulletin is published the year after);
- the place: the title (南州市 of 2024年南州市…公报; 临河区 of 南州市临河区…), else the publisher (西阳市统计局);
- the publisher: a dateline line (来源：/发布机构：… or a line naming only agencies, under the title or at
  the end of the document: 东川省统计局　国家统计局东川调查总队).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.format import spaces_moved
from .periods import title_period

#: Title words of a document that reports on one period.
REPORT_WORDS = ("统计公报", "国民经济和社会发展", "经济运行", "经济形势", "统计快报", "统计月报", "计划执行",
                "主要经济指标", "经济数据", "主要统计数据")
#: How an agency's name ends (the longest first); a name is 2 to 24 characters.
AGENCY_ENDS = ("统计局", "调查总队", "调查队", "发展和改革委员会", "发展和改革局", "发展改革委", "发改委",
               "人民政府办公室", "人民政府办公厅", "人民政府", "委员会", "办公室", "办公厅", "日报社", "日报", "报社",
               "融媒体中心", "新闻中心", "研究院", "研究中心", "宣传部", "统计中心", "局", "委", "厅")
_AGENCY = re.compile(r"[\u4e00-\u9fff（）()]{2,24}?(?:" + "|".join(AGENCY_ENDS) + r")(?![\u4e00-\u9fff])")
_KEYED = re.compile(r"(来源|发布机构|发布单位|发布部门|信息来源|数据来源|资料来源|供稿|作者|编辑|发布时间|发布日期|"
                    r"日期|时间|浏览次数|点击数|字号)(?:[：:]|】)\s*")  # 来源：… or 【来源】…
_SEPARATORS = r"[\s　|｜丨*_`]+"  # between the fields of a dateline line, Markdown emphasis included
_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
#: A place name: a run of characters ending in an administrative level (南州市, 临河区, 东川省, 澜江新区).
_LEVELS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "地区", "省", "市", "区", "县", "旗", "州", "盟")
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:" + "|".join(_LEVELS) + ")(?![省市区县旗盟])")  # 南州市, not 南州
_NOT_PLACE_START = set("全本该各我此其每关于对在据和与及的年月季")
_LEADING = re.compile(r"^\s*(?:关于|对)")
#: Period words of a title, taken out before looking for its place (2024年一季度安平市… → 安平市).
_PERIOD_WORDS = re.compile(r"\d{4}年度?|第?[一二三四]季度|前三季度|[一1][—–\-－~～至到][二三四2-4]季度|[上下]半年"
                           r"|\d{1,2}\s*[—–\-－~～至到]\s*\d{1,2}月份?|\d{1,2}月份?|全年")
#: The words of a whole area, by the level of the place the document is about: 全市 figures are the city's.
WHOLE_AREA = {"省": ("全省", "本省", "我省"), "自治区": ("全区", "本区", "我区"), "市": ("全市", "本市", "我市"),
              "区": ("全区", "本区", "我区"), "新区": ("全区", "新区", "我区"), "县": ("全县", "本县", "我县"),
              "旗": ("全旗", "本旗"), "州": ("全州", "本州"), "自治州": ("全州", "本州"), "自治县": ("全县", "本县"),
              "盟": ("全盟",), "地区": ("全地区",)}
_HEAD_LINES = 6  # non-empty lines under the title that may hold the dateline
_TAIL_LINES = 4  # and at the end of the document


@dataclass(frozen=True)
class Frame:
    report: dict | None  # the period the document reports on ({year: 2024}, {quarter: 2024-Q1}…); None for news
    place: str | None  # 南州市
    publisher: str | None  # 南州市统计局
    publisher_line: str | None  # the line naming it, verbatim (the source quote)
    published: str | None  # the dateline's date, 2025-03-18
    dateline: tuple[tuple[int, int], ...] = ()  # spans of the dateline lines (their numbers are not figures)
    report_from: str | None = None  # where the report's year was read: the title, the first paragraph, the dateline

    @property
    def year(self) -> int | None:
        """The report's year: 全年, 年末 and 上年 are relative to it."""
        if self.report is None:
            return None
        value = next(iter(self.report.values()))
        return int(str(value)[:4])


def level_of(place: str) -> str:
    return next(level for level in _LEVELS if place.endswith(level))


def whole_area_words(place: str) -> tuple[str, ...]:
    """全市, 本市, 我市 for a city: the words a document uses for its own whole area."""
    return WHOLE_AREA.get(level_of(place), ())


def read_frame(text: str, title: str, *, year: int | None = None) -> Frame:
    """The frame of `text` under its `title`; `year` (the --year override) replaces the report's year."""
    lines = _dateline_lines(text, title)
    published = next((_iso(m) for _, _, line in lines for m in [_DATE.search(line)] if m), None)
    publisher, publisher_line = _publisher(lines)
    words = spaces_moved(title).strip()  # 溧湾区 2024 年…: read as 溧湾区2024年…
    report, report_from = _report_period(words, spaces_moved(_first_paragraph(text, title, lines)), published)
    if report is not None and year is not None:
        report_from = "--year"
        report = {kind: year if isinstance(value, int) else re.sub(r"\d{4}", str(year), value)
                  for kind, value in report.items()}
    place = title_place(words)
    if place is None and report is not None and publisher:
        place = _place_of_agency(publisher)
    if place is not None and report is None and text.count(_bare(place)) < 2:
        place = None  # a news title naming a place once is not enough (a bulletin's body says only 全市)
    return Frame(report=report, place=place, publisher=publisher, publisher_line=publisher_line,
                 published=published, dateline=tuple((a, b) for a, b, _ in lines), report_from=report_from)


def is_report(title: str) -> bool:
    return any(word in title for word in REPORT_WORDS)


def _bare(place: str) -> str:
    return place[:-len(level_of(place))]


def _first_paragraph(text: str, title: str, dateline) -> str:
    """The first paragraph of the body: not the dateline, not a note in brackets."""
    offset = text.find(title) + len(title) if title in text else 0
    skip = {start for start, _, _ in dateline}
    for m in re.finditer(r"[^\n]+", text[offset:]):
        line = m.group().strip()
        if line and offset + m.start() not in skip and not line.startswith(("（", "(", ">", "#")) and len(line) > 10:
            return line
    return ""


def _report_period(title: str, first_paragraph: str, published: str | None) -> tuple[dict | None, str | None]:
    """(the report's period, where its year was read), or (None, None) for an article in the present."""
    named = title_period(title)  # (kind, value, year or None) of the first period the title names
    if named is None and not is_report(title):
        return None, None
    kind, value, year = named if named else ("year", None, None)
    where = "the title"
    if year is None:
        year, where = _first_year(first_paragraph), "the first paragraph"
    if year is None and published:
        pub_year, pub_month = int(published[:4]), int(published[5:7])
        last_month = _last_month(kind, value)
        year = pub_year if last_month < pub_month else pub_year - 1  # reported after its period ends
        where = f"the dateline ({published})"
    if year is None:
        return None, None
    return _period(kind, value, year), where


def _first_year(paragraph: str) -> int | None:
    m = re.search(r"(?<![到至])(\d{4})年", paragraph)
    return int(m.group(1)) if m and 1900 <= int(m.group(1)) <= 2200 else None


def _last_month(kind: str, value) -> int:
    if kind == "quarter":
        return int(value) * 3
    if kind == "half":
        return int(value) * 6
    if kind == "months":
        return int(value[1])
    if kind == "month":
        return int(value)
    return 12


def _period(kind: str, value, year: int) -> dict:
    if kind == "quarter":
        return {"quarter": f"{year}-Q{value}"}
    if kind == "half":
        return {"half": f"{year}-H{value}"}
    if kind == "months":
        return {"months": f"{year}-{int(value[0]):02d}/{year}-{int(value[1]):02d}"}
    if kind == "month":
        return {"month": f"{year}-{int(value):02d}"}
    return {"year": year}


def _iso(m: re.Match) -> str:
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def _dateline_lines(text: str, title: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the lines under the title and at the end that say who published it and when."""
    offset = text.find(title) + len(title) if title in text else 0
    head, tail = [], []
    for m in re.finditer(r"[^\n]+", text[offset:]):
        if m.group().strip():
            head.append((offset + m.start(), offset + m.end(), m.group().strip()))
        if len(head) == _HEAD_LINES:
            break
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            tail = (tail + [(m.start(), m.end(), m.group().strip())])[-_TAIL_LINES:]
    found = []
    for start, end, line in head + [t for t in tail if t not in head]:
        if _is_dateline(line):
            found.append((start, end, line))
    return found


def _is_dateline(line: str) -> bool:
    if len(line) > 80 or line.endswith(("。", "；", "：", ":")):
        return False
    if _KEYED.search(line):
        return True
    rest = _DATE.sub("", line).strip(" 　—-*_")
    rest = re.sub(r"^在.*?(?:会议|大会)上", "", rest).strip()
    return not rest or all(_AGENCY.fullmatch(part) for part in re.split(_SEPARATORS, rest) if part)


def _publisher(lines) -> tuple[str | None, str | None]:
    for _, _, line in lines:
        for m in _KEYED.finditer(line):
            if m.group(1) in ("来源", "发布机构", "发布单位", "发布部门", "信息来源", "数据来源", "资料来源", "供稿"):
                value = next(iter(re.split(_SEPARATORS, line[m.end():].strip(" *_`"))), "")
                if value:
                    return value, line
        if not _KEYED.search(line):
            agency = _AGENCY.search(_DATE.sub(" ", line))
            if agency and not re.search(r"会议|大会", line):
                return agency.group(), line
    return None, None


def title_place(title: str) -> str | None:
    """The place a title names before any colon: 南州市 of 2024年南州市…公报; of adjacent ones the lowest
    (临河区 of 南州市临河区…)."""
    head = re.split(r"[：:]", title, maxsplit=1)[0]
    head = _LEADING.sub("", _PERIOD_WORDS.sub(" ", head))
    best, end = None, -1
    for m in _PLACE.finditer(head):
        valid = m.group()[0] not in _NOT_PLACE_START and len(m.group()) >= 2
        if best is not None and (m.start() != end or not valid):
            break
        if valid:
            best, end = m.group(), m.end()
    return best


def _place_of_agency(agency: str) -> str | None:
    m = _PLACE.match(agency)
    return m.group() if m and m.group()[0] not in _NOT_PLACE_START else None
