"""Organisations and places named with a telling suffix (公司, 集团, 中心, 基地, 园区, 联盟…), and
events: sentences that open with a month or a day (2023年9月22日，…)."""

from __future__ import annotations

import re

SUFFIX_KIND = {"公司": "company", "集团": "company", "工厂": "company", "研究院": "institution",
               "中心": "institution", "联盟": "institution", "办公室": "institution", "交易所": "institution",
               "大学": "institution", "实验室": "institution", "基地": "project", "园区": "place",
               "产业园": "place", "科技城": "place"}
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,24}?(" + "|".join(
    sorted(SUFFIX_KIND, key=len, reverse=True)) + r")(?![\u4e00-\u9fff]{0,1}(?:区|市))")
#: Words that end the text before a name: particles and verbs.
_BEFORE_NAME = re.compile(r".*(?:的|在|于|与|和|及|是|个|家|等|由|把|将|向|对|从|为|了|到|依托|入驻|建设|成立|"
                          r"打造|推进|加快|位于|连接|形成|落户|启用|牵头|成为|聚焦|围绕|支持|推动|举办|依靠|联合|建成|新增|共有|登陆|以上)")
_GENERIC = re.compile(r"^(?:(?:国家|省|市|区)级.*|(?:科创|创新|服务|产业|数据|研发|技术|运营|指挥|工业|示范|合作|智能|数字|该|本|此)?(?:"
                      + "|".join(SUFFIX_KIND) + "))$")
_DATED = re.compile(r"(?<![至到止])(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?[，,]")


def find_entities(text: str) -> list[tuple[str, str, int]]:
    """(name, kind, offset) of each distinct name, in article order; a name inside a longer one is dropped."""
    found: dict[str, tuple[str, int]] = {}
    for line_start, line in _lines(text):
        for clause in re.finditer(r"[^，。；：、“”！？,;:\n]+", line):
            for m in _NAME.finditer(clause.group()):
                name = _BEFORE_NAME.sub("", m.group())
                name = re.sub(r"^[\d（）()]+", "", name)
                quoted = clause.start() > 0 and line[clause.start() - 1] == "“"
                if len(name) < 4 or quoted or _GENERIC.match(name) or _GENERIC.match(m.group()) or re.search(r"\d", name[:1]):
                    continue
                found.setdefault(name, (SUFFIX_KIND[m.group(1)], line_start + clause.start() + m.start()
                                        + m.group().index(name)))
    names = [n for n in found if not any(n != other and n in other for other in found)]
    return sorted(((n, found[n][0], found[n][1]) for n in names), key=lambda x: x[2])


def _lines(text: str):
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line
        offset += len(line)


def find_events(text: str, sentence_span) -> list[tuple[str, str, int, int]]:
    """(ISO date, title, quote start, quote end) for sentences that open with a month or day."""
    events = []
    for m in _DATED.finditer(text):
        start, _ = sentence_span(m.start())
        if start != m.start():
            continue
        y, mo, d = m.groups()
        iso = f"{int(y):04d}-{int(mo):02d}" + (f"-{int(d):02d}" if d else "")
        clause_end = m.end()
        while clause_end < len(text) and text[clause_end] not in "，,。；;！？\n":
            clause_end += 1
        title = text[m.end():clause_end].strip()
        if len(title) < 4:
            continue
        events.append((iso, title, m.start(), clause_end))
    return events
