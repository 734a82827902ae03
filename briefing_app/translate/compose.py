"""English for formulaic labels composed from termbase entries only: an indicator with its modifiers
(规模以上 + 工业 + 增加值 + 增长), a place and period around it (全市…, 年末…), a share of a named total
(A占B的比重), a comparison (A与全省比较) and a list (A、B和C). Every part must be a termbase entry or a
place name: when any part is not covered the answer is None, never a word-by-word guess.

Chinese puts modifiers before their head, so the label is read left to right: modifiers wait for the next
noun, and a head such as 增加值 ("value added of {}") takes everything read so far as its complement.

House style of a composed label (one rule, here; the README shows it):
- the indicator's official name comes first, in sentence case; a short one is compounded as English does
  ("GDP growth", "Grain output", "New-energy vehicle output"), a long one keeps its "of" ("Growth in value
  added of industry above designated size");
- a change is named by what changes, never by its direction: its value already says "up 5%" / "down 2.1%",
  so 增长 and 下降 are both "growth", and 增加/减少/提高 are a "change in"; a price word after a price is
  the price itself (居民消费价格上涨 → "Consumer prices", shown with "up 0.2%");
- the comparison a bulletin makes by default (比上年, 同比) and the report's own period (全年) go without
  saying; any other period, a year, a place and a part of the area (市区, 县城) follow after commas:
  "GDP growth, first half", "GDP, Chuancheng District, 2023", "PM2.5 concentration, urban area";
- a result is its noun with a participle after it (建成5G基站 → "5G base stations built"; 新建 is "new"), and
  joining a scheme counts its people (参加失业保险 → "People covered by unemployment insurance");
- a comparison names its other side ("… compared with the province", "… compared with urban areas"); a rate's
  change since another period is a change (增速比1—9月提高 → "Change in growth compared with January–September");
  a rank says what it is among or in ("Rank by growth among the province's 15 cities divided into districts");
- the whole area the pack is about (全市, 全区, a bare 新区) is the pack's scope and is not repeated;
- a share names its whole: "X as a share of GDP", "X as a share of the city's total";
- a place name the termbase cannot know is romanised (places.py) and the suggestion says so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..model.format import MONTH_NAMES_EN
from ..model.glossary import Entry, termbase
from .places import leading_place
from .words import plural, singular

LIST_SEPARATORS = ("以及", "、", "和", "及", "与")
SHARE_WORDS = ("所占的比重", "所占比重", "的比重", "比重", "的比例", "比例", "所占份额", "的份额", "份额", "的占比")
#: Roles of words that qualify a whole label after a comma: a period ("…, first half"), a part of an area
#: ("…, urban area").
WRAPS = ("period", "area")
NOUNS = ("term", "field", "title", "place")
#: A price's change words: after a price the label is the price itself (its value says up or down).
PRICE_CHANGES = frozenset({"上涨", "下降", "上升", "回落", "下跌", "持平", "涨幅", "变化", "涨跌"})
_YEAR = re.compile(r"^(\d{4})年(?:度)?")
_MONTH_RANGE = re.compile(r"^(\d{1,2})\s*[—–\-~至到]{1,2}\s*(\d{1,2})月(?:份)?")
_RATIO_END = re.compile(r"(?:之|的)比$")
_COMPARISON = re.compile(r"^(.+?)(?:与|同|和)(.+?)(?:的)?(?:平均水平|平均)?(?:相)?比(?:较)?$")
#: A comparison with its direction (增速比1—9月提高, 增速高于全省): named, like a change, without it.
_COMPARED = (re.compile(r"^(.+?)(?:比|较)(.+?)(?:的)?(?:平均水平)?(?:提高|回落|加快|放缓|上升|下降|增加|减少)$"),
             re.compile(r"^(.+?)(?:比|较)(.+?)(?:的)?(?:平均水平)?(?:高|低|快|慢|多|少)$"),
             re.compile(r"^(.+?)(?:高于|低于|快于|慢于|超过|优于)(.+?)(?:的)?(?:平均水平)?$"))
#: A verb that makes a label count the people in a scheme, and the head that says so (参加 → 参保人数).
_PEOPLE_IN = {"参加": "参保人数", "享受": "享受人数"}
#: Trade with a partner: 对东盟进出口 "imports and exports with ASEAN", 对美国出口 "exports to the United States".
_TRADE = re.compile(r"^对(.+?)(进出口|出口|进口)(.*)$")
_TRADE_WITH = {"进出口": "imports and exports with {}", "出口": "exports to {}", "进口": "imports from {}"}
#: A rank among a group or in an assessment: 增速在全省15个设区市中排名, 在开发区综合考评中排名.
_RANKING = re.compile(r"^(.*?)在(.+?)中(?:的)?(?:排名|位次|排位)$")
_RATED = re.compile(r"^在?(.+?)中(.+?)(?:排名|位次|排位)$")
_SHARE_IN = re.compile(r"^(.+?)在(.+?)中(?:所占|的)(?:的)?(?:比重|比例|份额)$")
_GROUP = re.compile(r"^(\d+)个?(.+)$")
_ASSESSMENTS = ("评价", "考评", "评估", "考核", "榜单", "排行榜", "测评")
#: How an article names the area it is about (新区新能源汽车产量 is the new area's own output).
OWN_AREA = frozenset({"新区", "开发区", "高新区", "经开区", "经济技术开发区", "高新技术产业开发区", "本市", "本区", "本县",
                      "该市", "该区", "该县", "市里", "区里", "县里"})
_SEP = object()  # a list separator among the pieces
#: Longer than this (in words) or holding a preposition, a complement keeps a head's "of" form.
_COMPACT = 3
_PREPOSITIONS = frozenset("of in for by to from with at on per than as".split())


@dataclass(frozen=True)
class Composition:
    en: str
    romanised: tuple[str, ...] = ()  # place names romanised for it (their English is a guess to confirm)


def normal(text: str) -> str:
    """The form texts are compared in: full-width letters and digits as ASCII, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=1)
def _entries() -> tuple[dict[str, Entry], int]:
    entries = {normal(zh): entry for zh, entry in termbase().items()}
    return entries, max(map(len, entries))


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def compose(zh: str, places: dict[str, str] | None = None) -> str | None:
    """English for `zh` built from termbase entries (and `places`: the pack's own names, zh → en), or None."""
    found = composition(zh, places)
    return found.en if found else None


def composition(zh: str, places: dict[str, str] | None = None,
                known_stems: frozenset[str] = frozenset()) -> Composition | None:
    """As `compose`, saying which place names were romanised; `known_stems`: names of places the pack is
    about (栖川 of 栖川市), so that 栖川港 is a port of that place."""
    text = normal(zh)
    if not text or text.startswith("的") or text.endswith("的"):  # a cut phrase (年度目标任务的), not a label
        return None
    entries, _ = _entries()
    whole = entries.get(text)
    if whole is not None and whole.role not in WRAPS + ("unit", "skip"):
        en = _bare(whole) if whole.role == "head" else whole.en
        return Composition(sentence_case(en)) if en else None
    romanised: list[str] = []
    en = _with_context(text, {normal(k): v for k, v in (places or {}).items()}, known_stems, romanised)
    return Composition(sentence_case(en), tuple(romanised)) if en else None


def _months_en(found: re.Match | None) -> tuple[str, int] | None:
    """("January–September", where its words end) for a span of months 1—9月, else None."""
    if found is None or not 1 <= int(found.group(1)) < int(found.group(2)) <= 12:
        return None
    return f"{MONTH_NAMES_EN[int(found.group(1)) - 1]}–{MONTH_NAMES_EN[int(found.group(2)) - 1]}", found.end()


def _with_context(text: str, places: dict[str, str], known: frozenset[str], romanised: list[str]) -> str | None:
    """A body with any leading year, period and place words after it ("…, year-end", "…, 2023")."""
    entries, _ = _entries()
    wraps: list[str] = []
    while True:
        year = _YEAR.match(text)
        months = _months_en(_MONTH_RANGE.match(text))
        if year:
            wraps.append("{}, " + year.group(1))
            text = text[year.end():]
            continue
        if months:
            wraps.append("{}, " + months[0])
            text = text[months[1]:]
            continue
        found = _prefix(text, entries, places)
        if found is None:
            body = _body(text, places)
            place = leading_place(text, known) if body is None else None  # a name only where nothing else fits
            if place is None or not _covered(text[place[0]:], places):
                break
            found = place[0], "{}, " + place[1], text[:place[0]]
        size, pattern, name = found
        if name:
            romanised.append(name)
        wraps.append(pattern)
        text = text[size:]
    if not text:
        return None
    if body is None:
        body, inner = _inner_period(text, places)
        wraps += inner
    if body is None:
        return None
    for pattern in reversed(wraps):
        body = pattern.replace("{}", body)
    return body


def _inner_period(text: str, places: dict[str, str]) -> tuple[str | None, list[str]]:
    """A period word inside a label qualifies the whole label as a leading one does: a table's row and column
    make 住户存款年末余额增长 ("Household deposit growth, year-end")."""
    entries, _ = _entries()
    for at in range(1, len(text) - 1):
        for size in range(min(len(text) - at - 1, 6), 1, -1):
            entry = entries.get(text[at:at + size])
            if entry is not None and entry.role == "period":
                body = _body(text[:at] + text[at + size:], places)
                if body is not None:
                    return body, [entry.en]
    return None, []


def _category(text: str) -> str:
    """A category named with 类 and a change (粮油、食品类增长, 衣着类上涨) is a price's category or a retail one:
    its prices or its retail sales change, as the bulletin's category table says."""
    name, _, rest = text.rpartition("类")
    entries, _ = _entries()
    entry, after = entries.get(name), entries.get(rest)
    if entry is None or entry.role not in ("term", "field") or not (rest == "" or _is_change(after)
                                                                    or rest in PRICE_CHANGES):
        return text
    if entry.block == "prices":
        return f"{name}类价格{rest}"
    return f"{name}零售额{rest}" if entry.block.startswith("retail categories") else text


def _ratio(text: str) -> str | None:
    """A与B之比: "ratio of A to B", cut at the 与 (then 同, then 和) after which both sides compose, so that the 和 of
    工业和服务业增加值与地区生产总值之比 stays inside A."""
    end = _RATIO_END.search(text)
    if end is None:
        return None
    body = text[:end.start()]
    for word in ("与", "同", "和"):
        for at in (i for i, c in enumerate(body) if c == word and 0 < i < len(body) - 1):
            first, second = _list(body[:at]), _list(body[at + 1:])
            if first and second:
                return f"ratio of {first} to {second}"
    return None


def _body(text: str, places: dict[str, str]) -> str | None:
    if "类" in text:
        text = _category(text)
    joined = _people_in(text)
    if joined:
        return joined
    ratio = _ratio(text)  # 农产品加工业产值与农业总产值之比: a ratio, not a comparison
    if ratio:
        return ratio
    compared = _COMPARISON.match(text)
    if compared:
        subject, other = _list(compared.group(1)), _other_side(compared.group(2), places)
        return f"{subject} compared with {other}" if subject and other else None
    share = _share(text, places) if "占" in text or "在" in text else None
    found = share or _list(text)
    if found is None and "对" in text:
        found = _trade(text, places)
    if found is None and text.endswith(("排名", "位次", "排位")):
        found = _ranking(text, places)
    for pattern in _COMPARED if found is None else ():
        compared = pattern.match(text)
        if compared:
            subject, other = _list(compared.group(1)), _other_side(compared.group(2), places)
            if subject and other:  # 比…提高: a change in the subject, as a change is named
                return f"{'change in ' if pattern is _COMPARED[0] else ''}{subject} compared with {other}"
    return found


def _people_in(text: str) -> str | None:
    """参加X (a scheme) counts the people in it: 参加失业保险 is "people covered by unemployment insurance",
    享受X "people receiving X", never the scheme itself; a head after X applies to the people."""
    for verb, head in _PEOPLE_IN.items():
        if text.startswith(verb):
            body = text[len(verb):].replace("人数", "", 1)  # 参加基本医疗保险人数: the people are said once
            for cut in range(2, len(body) + 1):  # the shortest scheme that reads: what follows it is its head
                found = _list(body[:cut] + head + body[cut:])
                if found:
                    return found
    return None


def _other_side(zh: str, places: dict[str, str]) -> str | None:
    """What a comparison is with: a whole area ("the province"), a period ("January–September", "the previous
    year"), urban or rural areas (城镇, 农村) or an indicator of its own (城镇居民 → "urban residents")."""
    entries, _ = _entries()
    area = _whole_area(zh, places)
    if area:
        return area
    months = _months_en(_MONTH_RANGE.fullmatch(zh))
    if months:
        return months[0]
    entry = entries.get(zh)
    if entry is not None and entry.role == "period" and entry.en.startswith("{}, "):
        return re.sub(r"^(?:previous|same|end|first|second|third|fourth)\b", r"the \g<0>", entry.en[4:])
    if entry is not None and entry.role == "modifier" and entry.en in ("urban", "rural"):
        return entry.en + " areas"
    return _list(zh)


def _trade(text: str, places: dict[str, str]) -> str | None:
    """对X进出口/出口/进口 and what follows (增长, 总额): trade with a partner that is a termbase entry or a place."""
    found = _TRADE.match(text)
    if not found:
        return None
    entries, _ = _entries()
    partner = entries.get(found.group(1))
    name = (partner.en if partner is not None and partner.role in ("term", "place") else
            places.get(found.group(1)) or _list(found.group(1)))
    if not name:
        return None
    trade = Entry("", _TRADE_WITH[found.group(2)].format(name), "term", "", "")
    rest = found.group(3).removeprefix("总额").removeprefix("额")
    pieces = _segment(rest) if rest else []
    return _phrase([trade, *pieces]) if pieces is not None else None


def _ranking(text: str, places: dict[str, str]) -> str | None:
    """A在B中排名: "Rank by A among B" (B a group: 全省15个设区市 → "the province's 15 cities divided into
    districts") or "Rank by A in B" (B an assessment: 全国百强区评价 → "the top 100 district assessment, China");
    without A, "Rank in B" (an assessment only: 在全省中排名 says nothing it is ranked by or among)."""
    rated = _RATED.match(text)  # 全国百强区评价中创新指数排名: the rank by a measure in an assessment
    if rated and rated.group(1).endswith(_ASSESSMENTS):
        text = f"{rated.group(2)}在{rated.group(1)}中排名"
    found = _RANKING.match(text) or _RANKING.match("在" + text)  # 开发区综合考评中排名: an assessment needs no 在
    if not found or (found.group(1) == "" and not found.group(2).endswith(_ASSESSMENTS)):
        return None
    subject = _list(found.group(1)) if found.group(1) else ""
    group = _group(found.group(2), places)
    if subject is None or group is None:
        return None
    return f"rank by {subject} {group}" if subject else f"rank {group}"


def _group(zh: str, places: dict[str, str]) -> str | None:
    """'among the province's 15 cities', 'in the overall assessment' — what a rank is among or in."""
    entries, _ = _entries()
    if zh.endswith(_ASSESSMENTS):
        name = _with_context(zh, places, frozenset(), [])
        return f"in the {name}" if name else None
    owner = ""
    for size in range(min(len(zh) - 1, 6), 1, -1):
        entry = entries.get(zh[:size])
        if entry is not None and entry.role == "place":
            owner = "China's " if entry.en == "China" else entry.en + "'s "
            zh = zh[size:]
            break
        if zh[:size] in places:
            owner, zh = places[zh[:size]] + "'s ", zh[size:]
            break
    counted = _GROUP.match(zh)
    number, zh = (counted.group(1) + " ", counted.group(2)) if counted else ("", zh)
    entry = entries.get(zh)
    members = _plural(entry.en) if entry is not None and entry.role == "admin" else _list(zh)
    return f"among {owner}{number}{members}" if members else None


def _plural(name: str) -> str:
    """An administrative level's English in the plural: its first word (city divided into districts → cities…)."""
    first, _, rest = name.partition(" ")
    return " ".join(filter(None, (plural(first), rest)))


def _prefix(text: str, entries: dict[str, Entry], places: dict[str, str]):
    """(length, pattern, "") of a leading period or place word of the termbase or the pack that leaves
    something after it. The pack's own whole area (全市, a bare 新区) is dropped; other places follow after a
    comma. A name to romanise is `_with_context`'s, where nothing else fits."""
    for size in range(min(len(text) - 1, 12), 1, -1):
        piece = text[:size]
        entry = entries.get(piece)
        if entry is not None and entry.role in WRAPS:
            return size, entry.en, ""
        if entry is not None and entry.role == "skip" and piece not in _PEOPLE_IN:
            return size, "{}", ""
        if entry is not None and entry.role == "place":
            return size, ("{}, " + entry.en if entry.en in ("China", "the world") else "{}"), ""
        if piece in OWN_AREA and _covered(text[size:], places):
            return size, "{}", ""
        if piece in places:
            return size, "{}, " + places[piece], ""
    return None


def _covered(rest: str, places: dict[str, str]) -> bool:
    """What follows a place word composes, periods and all (澄川港 + 全年完成货物吞吐量), with no other name
    romanised in it."""
    romanised: list[str] = []
    return _segment(rest) is not None or (_with_context(rest, places, frozenset(), romanised) is not None
                                          and not romanised)


def _whole_area(zh: str, places: dict[str, str]) -> str | None:
    """'the province', 'the city's GDP', 'Chuancheng District': a whole a share or comparison is of."""
    entries, _ = _entries()
    for size in range(len(zh), 0, -1):
        head, rest = zh[:size], zh[size:]
        entry = entries.get(head)
        if entry is not None and entry.role == "place":
            total = _list(rest) if rest else None
            if not rest or total is None:
                return None if rest else entry.en
            return f"the national {total}" if entry.en == "China" else f"{entry.en}'s {total}"
        if head in places:
            total = _list(rest) if rest else None
            return f"{places[head]}'s {total}" if total else (places[head] if not rest else None)
    return None


def _share(text: str, places: dict[str, str]) -> str | None:
    """A占B的比重 (or A在B中的比重): "A as a share of B" (B a whole area's total or an indicator such as GDP)."""
    inside = _SHARE_IN.match(text)
    if inside:
        text = f"{inside.group(1)}占{inside.group(2)}的比重"
    part, _, whole = text.partition("占")
    entries, _ = _entries()
    change = next((c for c in range(len(whole) - 1, 0, -1) if _is_change(entries.get(whole[c:]))), None)
    if change is not None and any(whole[:change].endswith(w) for w in SHARE_WORDS):  # …的比重提高
        share = _share(text[: len(text) - len(whole) + change], places)
        return entries[whole[change:]].en.replace("{}", share) if share else None
    for word in SHARE_WORDS:
        if whole.endswith(word):
            whole = whole[: -len(word)]
            break
    else:
        return None
    subject = (_list(part) or (_trade(part, places) if part.startswith("对") else None)) if part else None
    area = entries.get(whole)
    if area is not None and area.role == "place":
        total = "the national total" if area.en == "China" else area.en + "'s total"
    elif whole in places:
        total = places[whole] + "'s total"
    else:
        total = _whole_area(whole, places) or _list(whole)
    if subject is None or total is None:
        return None
    return f"{subject} as a share of {total}"


def _is_change(entry: Entry | None) -> bool:
    """A head that names a change ('growth in {}', 'change in {}'): what may follow a share."""
    return entry is not None and entry.role == "head" and entry.en.startswith(("growth in", "change in"))


def _list(text: str) -> str | None:
    """A phrase, or a list of phrases (A、B和C → "A, B and C"), each composed on its own. Of two ways to cut
    it into as few entries, the one with the longer first entry is tried first, then the other (城乡低保 +
    标准 reads as nothing, 城乡 + 低保标准 as "urban and rural subsistence allowance standard")."""
    first = _segment(text)
    found = _pieces(first) if first is not None else None
    if found is None and first is not None:
        other = _segment(text, long_last=True)
        found = _pieces(other) if other != first else None
    return found


def _pieces(pieces: list) -> str | None:
    items: list[list[Entry]] = [[]]
    for piece in pieces:
        if piece is _SEP:
            items.append([])
        else:
            items[-1].append(piece)
    if any(not item for item in items):
        return None
    if len(items) == 1:
        return _phrase(items[0])
    items = _shared_modifiers(items)
    tail = _shared_tail(items)
    phrases = [_phrase(item) for item in items[:-1]] + [_phrase(items[-1][:len(items[-1]) - len(tail)])]
    if any(p is None for p in phrases):
        return None
    joined = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
    return _phrase(tail, joined) if tail else joined


def _shared_tail(items: list[list[Entry]]) -> list[Entry]:
    """The heads after the last item that belong to every item (粮食、棉花和油料产量: output of all three).
    Only when every item is a field (a product or an industry): 规模以上工业总产值、工业投资 are two
    indicators, not the investment in both."""
    if any(len(item) != 1 or item[0].role != "field" for item in items[:-1]):
        return []
    last = items[-1]
    if len(last) == 1:  # a whole entry that ends in a head: 第三产业增加值 = 第三产业 + 增加值
        last = items[-1] = _split_head(last[0]) or last
    cut = len(last)
    while cut > 1 and last[cut - 1].role in ("head", "modifier", "after"):
        cut -= 1
    tail = last[cut:]
    return tail if last[0].role == "field" and any(p.role == "head" for p in tail) else []


def _split_head(entry: Entry) -> list[Entry] | None:
    entries, _ = _entries()
    zh = normal(entry.zh)
    for cut in range(1, len(zh)):
        first, head = entries.get(zh[:cut]), entries.get(zh[cut:])
        if first is not None and head is not None and head.role == "head" and first.role in NOUNS:
            return [first, head]
    return None


def _shared_modifiers(items: list[list[Entry]]) -> list[list[Entry]]:
    """Items made only of modifiers join the next item's (城镇和农村居民 → urban and rural residents)."""
    out: list[list[Entry]] = []
    waiting: list[str] = []
    for item in items:
        if all(p.role == "modifier" for p in item) and item is not items[-1]:
            waiting.append(" ".join(p.en for p in item))
            continue
        if waiting:
            lead = next((i for i, p in enumerate(item) if p.role != "modifier"), len(item))
            if lead == 0:
                return items  # nothing to share the modifiers with: leave it to fail
            own = " ".join(p.en for p in item[:lead])
            joined = ", ".join(waiting) + " and " + own if len(waiting) > 1 else f"{waiting[0]} and {own}"
            joined = joined.replace(", and", " and") if len(waiting) > 1 else joined
            item = [Entry("", joined, "modifier", "", "")] + item[lead:]
            waiting = []
        out.append(item)
    return out if not waiting else items


#: A size before a noun, in the units English writes that way: 12英寸晶圆 "12-inch wafers", 500千伏变电站
#: "500 kV substations".
_SIZE = re.compile(r"(\d+(?:\.\d+)?)(英寸|寸|千伏|纳米)")
_SIZE_EN = {"英寸": "{}-inch", "寸": "{}-inch", "千伏": "{} kV", "纳米": "{} nm"}


def _segment(text: str, long_last: bool = False) -> list | None:
    """The fewest termbase entries (and list separators) that make up `text` exactly, or None; among as
    few, the longer first entry (or, with `long_last`, the shorter one)."""
    entries, longest = _entries()
    n = len(text)
    best: list[tuple[int, list] | None] = [None] * (n + 1)
    best[n] = (0, [])
    for i in range(n - 1, -1, -1):
        options = []
        sized = _SIZE.match(text, i) if text[i].isdigit() else None
        if sized and sized.end() < n and best[sized.end()] is not None:
            modifier = Entry(sized.group(0), _SIZE_EN[sized.group(2)].format(sized.group(1)), "modifier", "", "")
            rest = best[sized.end()]
            options.append((rest[0] + 1, -len(sized.group(0)), [modifier] + rest[1]))
        for size in range(min(longest, n - i), 0, -1):
            piece = text[i:i + size]
            entry = entries.get(piece)
            rest = best[i + size]
            if rest is None:
                continue
            if entry is not None and entry.role in NOUNS + ("modifier", "after", "head", "skip"):
                options.append((rest[0] + 1, size if long_last else -size, [entry] + rest[1]))
            elif piece in LIST_SEPARATORS and 0 < i and i + size < n:
                options.append((rest[0] + 1, size if long_last else -size, [_SEP] + rest[1]))
        if options:
            count, _, pieces = min(options, key=lambda o: (o[0], o[1]))
            best[i] = (count, pieces)
    return best[0][1] if best[0] else None


def _bare(entry: Entry) -> str:
    """A head's English without its complement: 'value added of {}' → 'value added'."""
    return " ".join(re.sub(r"\b(?:of|in|by|for|from)\s*\{\}|\{\}", " ", entry.en).split())


def _attributive(entry: Entry) -> str:
    """A field noun before another noun: its `attr`, else its singular (new-energy vehicles → new-energy vehicle)."""
    if entry.attr:
        return entry.attr
    words = entry.en.removeprefix("the ").split(" ")
    return " ".join(words[:-1] + [singular(words[-1])])


def _compact(np: str) -> bool:
    """A noun phrase short enough to stand before a head's noun ("GDP growth", "grain output")."""
    words = np.split()
    return (len(words) <= _COMPACT and not _PREPOSITIONS & set(words) and "," not in np and "(" not in np
            and not (len(words) > 1 and words[-1].endswith("ed")))  # hogs slaughtered, patents granted


#: A rate, ratio or share changes in percentage points: its change is never its "growth".
_RATE = re.compile(r"\b(?:rate|ratio|share|proportion|coefficient|intensity)$|\bas a share of\b")


def headed(entry: Entry, np: str, field: Entry | None) -> str:
    """A head applied to its complement `np`: its short label form when `np` is compact (a bare field in
    its attributive form), else its "of" form. A price word after a price leaves the price as it is ("Consumer
    prices", shown "up 0.2%"); a growth word after a rate is a change in points ("Change in surveyed urban
    unemployment rate", shown "down 0.2 percentage points"), never its "growth"."""
    if entry.zh in PRICE_CHANGES and re.search(r"\bprices?\b|\bprice index\b", np):
        return np
    if entry.en.startswith("growth in") and _RATE.search(np):
        return f"change in {np}"
    if entry.short:
        bare = np.removeprefix("the ")
        short = _attributive(field) if field is not None else _before_noun(bare)
        if _compact(short):
            return entry.short.replace("{}", short)
    return entry.en.replace("{}", np)


#: Nouns that stay plural before another noun (sales growth, goods exports).
_PLURAL_BEFORE_NOUNS = frozenset("sales goods services savings earnings proceeds arrivals receipts".split())


def _before_noun(np: str) -> str:
    """A noun phrase as it stands before another noun: its last noun singular (loans → "loan growth")."""
    words = np.split(" ")
    last = words[-1]
    if last.lower() in _PLURAL_BEFORE_NOUNS or not last.isalpha() or last.isupper():
        return np
    return " ".join(words[:-1] + [singular(last)])


def _phrase(pieces: list[Entry], np: str | None = None) -> str | None:
    """Fold one phrase left to right (see the module's docstring), after `np` if given; None when a part has
    nothing to attach to. Modifiers and results read before a compound of nouns wrap the whole compound
    (新建 + 分布式光伏 + 装机 → "new distributed solar installed capacity")."""
    field: Entry | None = None  # the last noun when it was a bare field that may modify the next noun
    pre: list[str] = []
    post: list[str] = []
    wrap: tuple[list[str], list[str]] = ([], [])  # what was read before the compound np now holds
    lead: str | None = None  # np as it stands before another noun, while it is made of fields only
    for entry in pieces:
        role = entry.role
        if role == "skip":
            continue
        if role == "modifier":
            pre.append(entry.en)
        elif role == "after":
            post.append(entry.en)
        elif role in NOUNS:
            if np is not None:
                if lead is None or pre or post or role == "title":  # 茶产业综合产值: no "tea-industry overview"
                    return None
                np = lead + " " + entry.en
                lead = lead + " " + _attributive(entry) if role == "field" else None  # 港口 + 物流 + 企业
                field = None
            else:
                np, wrap = entry.en, (pre, post)
                field = entry if role == "field" else None
                lead = _attributive(entry) if field else None
            pre, post = [], []
        elif role == "head":
            if np is None:
                if not _bare(entry):
                    return None
                np = " ".join(pre + [_bare(entry)] + post)
            else:
                wrapped = " ".join(wrap[0] + [np] + wrap[1])
                whole = headed(entry, wrapped, field if wrapped == np else None)
                np = " ".join(pre + [whole] + post)
            field, lead, pre, post, wrap = None, None, [], [], ([], [])
        else:
            return None
    if np is not None:
        np = " ".join(wrap[0] + [np] + wrap[1])
    if np is not None and post and not pre:  # a qualifier after the noun in Chinese too: 家禽出栏
        np, post = np + " " + " ".join(post), []
    if np is None or pre or post:
        return None
    return np
