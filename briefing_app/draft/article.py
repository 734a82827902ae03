"""An article as the drafter sees it: title, source line, sections, sentences, its frame (the period it
reports on, its place and publisher: frame.py) and the year of "今年".

Plain text or Markdown. Headings are Markdown `#` lines or Chinese numbering (一、 … / （一）…);
the first heading (or a short first line) is the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..model.format import spaces_moved
from .frame import Frame, read_frame

#: Chinese numerals for section numbering and ranks.
ZH_NUMERALS = "一二三四五六七八九十"
_TOP_NUMBERED = re.compile(rf"^[{ZH_NUMERALS}]+、\s*(.+)$")
_SUB_NUMBERED = re.compile(rf"^[（(][{ZH_NUMERALS}]+[）)]\s*(.+)$")
_MARKDOWN = re.compile(r"^(#+)\s*(.+?)\s*#*$")
_SOURCE = re.compile(r"^\s*((?:数据)?来源|供稿|资料来源)[：:]\s*(\S.*?)\s*$")
#: What ends a sentence; clauses also end at commas, colons and semicolons.
SENTENCE_END = "。！？；!?\n"
CLAUSE_END = SENTENCE_END + "，,：:"


@dataclass
class Section:
    title: str  # verbatim heading text
    start: int  # offset of the section's body
    end: int
    heading_span: tuple[int, int] | None = None  # None for the lead before the first heading


@dataclass
class Article:
    text: str
    title: str
    source: str | None
    source_line: str | None
    year: int  # what 今年 means; for a report on one period, that period's year
    sections: list[Section] = field(default_factory=list)
    frame: Frame | None = None

    @cached_property
    def marks_text(self) -> str:
        """The text as periods are read from it: spaces around numbers (2024 年, 9 月末) moved to the end of their
        clause, so every offset of a clause stays where it is."""
        return spaces_moved(self.text)

    def marks_offset(self, at: int) -> int:
        """Where the character at `at` of the text stands in `marks_text` (its clause's loose spaces before it gone)."""
        start = at
        while start > 0 and self.text[start - 1] not in CLAUSE_END + ";":
            start -= 1
        return start + len(spaces_moved(self.text[start:at]).rstrip(" "))

    def section_at(self, offset: int) -> int:
        for i, section in enumerate(self.sections):
            if section.start <= offset < section.end:
                return i
        return len(self.sections) - 1

    def sentence_span(self, offset: int) -> tuple[int, int]:
        return _span(self.text, offset, SENTENCE_END)

    def clause_span(self, offset: int) -> tuple[int, int]:
        return _span(self.text, offset, CLAUSE_END)

    def paragraph_start(self, offset: int) -> int:
        """Start of the paragraph holding `offset`; a paragraph broken mid-sentence continues upward."""
        start = self.text.rfind("\n", 0, offset) + 1
        while start > 0:
            before = self.text[:start].rstrip()
            if not before or before[-1] in "。！？!?；" or self._is_heading_end(len(before)):
                break
            start = self.text.rfind("\n", 0, len(before)) + 1
        return start

    def _is_heading_end(self, offset: int) -> bool:
        return any(s.heading_span and s.heading_span[1] >= offset - 1 and s.heading_span[0] < offset
                   for s in self.sections)


def _span(text: str, offset: int, stops: str) -> tuple[int, int]:
    start = offset
    while start > 0 and (text[start - 1] not in stops or _in_ratio(text, start - 1)):
        start -= 1
    end = offset
    while end < len(text) and (text[end] not in stops or _in_ratio(text, end)):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _in_ratio(text: str, at: int) -> bool:
    """A colon between two digits joins the terms of a ratio (4.2:38.5:57.3); it ends no clause."""
    return text[at] in ":：∶" and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def _headings(text: str):
    """(line start, line end, level, heading text) for every heading line."""
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        m = _MARKDOWN.match(stripped)
        if m:
            yield offset, offset + len(line.rstrip("\r\n")), len(m.group(1)), m.group(2)
        else:
            stripped = re.sub(r"^(\*\*|__)(.+)\1$", r"\2", stripped).strip()  # **一、综合**: a heading in bold
            if len(stripped) <= 40 and not stripped.endswith(("。", "；", "，")):
                m = _TOP_NUMBERED.match(stripped) or _SUB_NUMBERED.match(stripped)
                if m:
                    level = 2 if _TOP_NUMBERED.match(stripped) else 3
                    yield offset, offset + len(line.rstrip("\r\n")), level, stripped
        offset += len(line)


def parse_article(text: str, year: int | None = None) -> Article:
    """Title, sections and the article's year (the latest year it reports, unless given)."""
    heads = list(_headings(text))
    title_head = next((h for h in heads if h[2] == 1), None)
    if title_head is not None:
        title = title_head[3]
        heads = [h for h in heads if h is not title_head]
    else:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = first if first and len(first) <= 60 and first[-1] not in "。！？" else first[:40]
    if not title:
        raise ValueError("the article is empty")
    # Sections: the shallowest heading level below the title; deeper ones stay inside.
    level = min((h[2] for h in heads), default=None)
    tops = [h for h in heads if h[2] == level]
    sections: list[Section] = []
    body_start = text.find(title) + len(title) if title in text else 0
    first_start = tops[0][0] if tops else len(text)
    if text[body_start:first_start].strip():
        sections.append(Section("", body_start, first_start))
    for i, (start, end, _, heading) in enumerate(tops):
        stop = tops[i + 1][0] if i + 1 < len(tops) else len(text)
        sections.append(Section(heading, end, stop, (start, end)))
    if not sections:
        sections.append(Section("", 0, len(text)))
    source, source_line = None, None
    for line in text.splitlines():
        m = _SOURCE.match(line)
        if m:
            source, source_line = m.group(2), line.strip()
    frame = read_frame(text, title, year=year)
    return Article(text=text, title=title, source=source, source_line=source_line,
                   year=frame.year or year or article_year(text), sections=sections, frame=frame)


#: Words before a year that make it a plan's (到2027年, 计划2026年建成, 预计2026年, 将于2026年), not the present.
_PLANNED_YEAR = re.compile(r"(到|(?<!截)至|计划|预计|预期|力争|争取|目标|确保|将于|将在|将|拟于|拟在|拟)?(\d{4})年"
                           r"(?P<before>(?:底|末)?(?:前|以前))?")


def article_year(text: str) -> int:
    """The year the article's 今年 means: the latest year it reports on (a plan's years — 到2027年, 计划2026年建成,
    2026年前 — are not the present), or the year after one it reports as complete (截至2024年底 or 截至2024年12月
    → 2025)."""
    years = [int(m.group(2)) for m in _PLANNED_YEAR.finditer(text)
             if not m.group(1) and not m.group("before") and 1900 <= int(m.group(2)) <= 2100]
    if not years:
        years = [int(y) for y in re.findall(r"(\d{4})年", text) if 1900 <= int(y) <= 2100]
    if not years:
        raise ValueError("the article names no year (give --year, the year its 今年 means)")
    complete = [int(y) + 1 for y in re.findall(r"(?:截至|截止到?)(\d{4})年(?:底|末|12月(?:底|末)?)", text)]
    return max(years + complete)
