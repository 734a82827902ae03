"""English for proper place names the termbase cannot know (川城区 → Chuancheng District): the name in Hanyu
Pinyin (pypinyin, which reads place names such as 重庆, 六安 and 厦门 from its phrase dictionary) with its
administrative suffix translated, as the official English of Chinese place names is written.

Only names that are places are romanised: the pack's scopes and place entities (given whole), and names
that end in an administrative suffix (市, 区, 县, 镇, 乡, 省…) whose stem is a proper name — two to four
characters, none of them forming a word the termbase or glossary knows (城镇 is "urban", not "Cheng Town";
老城区 is an old town, not "Laocheng District"). A port or airport (栖川港) is romanised only when its stem
is the name of a place already known (栖川 of 栖川市). Never a common word.

Every suggestion built on a romanised name says so in its origin ("romanised"), and `draft` writes none
of them: a person confirms the spelling of a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Administrative suffixes and their English, longest first (Ministry of Civil Affairs usage).
SUFFIXES = (("自治州", "Autonomous Prefecture"), ("自治县", "Autonomous County"), ("自治区", "Autonomous Region"),
            ("经济技术开发区", "Economic and Technological Development Zone"), ("高新区", "High-tech Zone"),
            ("开发区", "Development Zone"), ("新区", "New Area"), ("街道", "Subdistrict"), ("省", "Province"),
            ("市", "City"), ("区", "District"), ("县", "County"), ("州", "Prefecture"), ("镇", "Town"),
            ("乡", "Township"), ("旗", "Banner"))
#: Named facilities, romanised only when their stem is a known place's name.
FACILITIES = (("机场", "Airport"), ("港", "Port"))
#: Stems that are words, not names, although they end where a place name would.
COMMON_STEMS = frozenset("老城 主城 新城 中心城 城 市 郊 近郊 远郊 城乡 农村 山区 县城 集镇 小城 各 本 全 该 我 其 辖 所辖 "
                         "示范 试验 保税 综保 自贸 工业 产业 园 景 社 校 片 功能 核心 重点 中心 新 老 全市 全省 全区 全县 "
                         "开发 集聚 先行 合作 风景 生态 商业 住宅 经济 创新 科技 高新 经开 旅游 度假 文化 特别 行政 直辖 "
                         "地级 县级 副省级 省会 城市 城区 市区 矿 林 牧 灾 库 湖 港 物流 商务 居住 农业 渔业 林业 其他 "
                         "各县 各区 县市 市县 区县 乡镇 镇乡 下辖 周边 沿海 沿江 内陆 边境 民族 少数民族".split())
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_VOWEL_START = re.compile(r"^[aoe]")


@lru_cache(maxsize=4096)
def pinyin(stem: str) -> str:
    """The stem in Pinyin as one capitalised word, with an apostrophe where a syllable starts with a, o or e
    (西安 → Xi'an)."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(stem, errors="ignore")
    word = syllables[0] + "".join(("'" if _VOWEL_START.match(s) else "") + s for s in syllables[1:])
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """Every word of two or more characters the termbase and glossary know."""
    from ..model.glossary import termbase, zh_terms

    return frozenset(w for w in (*termbase(), *zh_terms()) if len(w) >= 2)


#: Levels a name never ends in before its own suffix: 实施省市 is "provincial and city", not a place 实施省 (州 may:
#: 湖州市, 通州区).
_LEVELS = ("省", "市", "区", "县", "镇", "乡")


def _is_name(stem: str) -> bool:
    if not 2 <= len(stem) <= 4 or not _CJK.match(stem) or stem in COMMON_STEMS or stem.endswith(_LEVELS):
        return False
    words = _words()
    return not any(stem[i:j] in words for i in range(len(stem)) for j in range(i + 2, len(stem) + 1))


#: Words that start a phrase, never a name (与云港市…排名 compares with 云港市; 在开发区… is "in the zone").
_FUNCTION_WORDS = ("与", "在", "占", "较", "比", "对于")


def _ends_in_a_noun(stem: str, suffix: str) -> bool:
    """The name's last character and its suffix form a common noun (茶海景区 is a scenic area 景区, not a
    district), or the stem starts with a function word."""
    from ..model.glossary import termbase

    entry = termbase().get(stem[-1] + suffix)
    return (entry is not None and entry.role in ("term", "field", "title")) or stem.startswith(_FUNCTION_WORDS)


def romanise(name: str, known_stems: frozenset[str] = frozenset()) -> str | None:
    """English for the place name `name` (a whole name: 川城区), or None when it is not one."""
    if name in _words():
        return None
    for suffix, english in SUFFIXES:
        stem = name.removesuffix(suffix)
        if stem != name and (stem in known_stems or (_is_name(stem) and not _ends_in_a_noun(stem, suffix))):
            return f"{pinyin(stem)} {english}"
    for suffix, english in FACILITIES:
        stem = name.removesuffix(suffix)
        if stem != name and stem in known_stems:
            return f"{pinyin(stem)} {english}"
    return None


def stem_of(name: str) -> str:
    """A place name without its administrative suffix (栖川市 → 栖川)."""
    for suffix, _ in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def leading_place(text: str, known_stems: frozenset[str] = frozenset()) -> tuple[int, str] | None:
    """(length, English) of a proper place name at the start of `text` that leaves something after it. A name
    never ends inside a known word: 单位地区生产总值 holds 地区生产总值, so 单位地区 is no district, and
    境内外上市公司 holds 上市公司."""
    words = _words()
    for size in range(min(len(text) - 1, 9), 2, -1):
        if any(text[i:j] in words for i in range(1, size) for j in range(size + 1, min(len(text), i + 12) + 1)):
            continue
        english = romanise(text[:size], known_stems)
        if english:
            return size, english
    return None
