"""The Translate view's words about a text, in the app's language: what kind of text it is, where a person sees
it, and where its suggestion comes from.

`briefing_app.translate` (shared with the English-only `translate` command) says these in English; the view
says them in Chinese too. Kinds are named from the text's location with the same keys as translate/texts.py;
places and origins are the fixed phrases of `where_used` and `Suggester.suggest`, each said here once.
"""

from __future__ import annotations

import re

from ..translate.texts import ITEMS, KINDS, Text

#: zh for translate.texts ITEMS (the list a text's item is in) and KINDS (the key holding the text).
ITEMS_ZH = {"figures": "数字", "sections": "板块", "groups": "分组", "entities": "名录", "events": "大事",
            "scopes": "范围", "places": "地点", "matrices": "矩阵", "images": "图片"}
KINDS_ZH = {"label": "名称", "title": "标题", "subtitle": "副标题", "message": "要点", "name": "名称",
            "detail": "说明", "note": "注释", "method": "推算方法", "among": "排名范围", "of": "比重的总量",
            "source": "来源", "caption": "图片说明", "cell": "单元格", "reference": "参考", "title_en": "文章标题",
            "unit_en": "计数名词", "region": "区域", "rows": "行名", "columns": "列名", "than": "比较对象",
            "to": "拉动对象", "per": "每…", "base": "比较基期", "parts": "组成部分", "word": "原文用词"}
#: zh of the fixed places of translate.texts.where_used ("tab X" and "slide(s) N" are patterns below).
PLACES_ZH = {"window title": "窗口标题", "title slide": "标题页", "Source tab": "“原文”标签页",
             "sources slide": "资料来源页", "every card's meta line": "每张数字卡片的说明行",
             "Overview card": "“概览”卡片", "chart title": "图表标题", "tab Timeline": "“时间线”标签页"}


def kind_text(text: Text, lang: str) -> str:
    """'figure label' / '数字名称', 'section title' / '板块标题', 'scope name' / '范围名称'…"""
    if lang != "zh":
        return text.kind
    keys = [k for k in text.loc if isinstance(k, str) and k not in ("en", "zh")]
    item = next((k for k in reversed(keys) if k in ITEMS), "")
    if item == "scopes":
        return "范围名称"
    field = keys[-1] if keys and keys[-1] not in ITEMS else ""
    return ITEMS_ZH.get(item, "") + KINDS_ZH.get(field, KINDS.get(field, field))


def where_text(where: str, lang: str) -> str:
    """Where the text is seen ('tab 工业; Overview card; slides 5, 7'), in the app's language."""
    if lang != "zh" or not where:
        return where
    return "；".join(_place_zh(part.strip()) for part in where.split(";") if part.strip())


def _place_zh(place: str) -> str:
    if place in PLACES_ZH:
        return PLACES_ZH[place]
    if place.startswith("tab "):
        return f"“{place[4:]}”标签页"
    slides = re.fullmatch(r"slides? ([\d, ]+)", place)
    if slides:
        return "第" + "、".join(n.strip() for n in slides.group(1).split(",")) + "页幻灯片"
    return place


_FROM = re.compile(r"from (?P<source>.+?)(?:, (?P<how>adapted|(?P<score>\d+)% match))?"
                   r"(?:, romanised (?P<name>.+)|, (?P<years>years))?")


def origin_text(origin: str, lang: str) -> str:
    """Where a suggestion comes from: the termbase, another pack (exactly, adapted or a close match), composed, or
    a place name romanised (a guess to confirm)."""
    if lang != "zh":
        return origin
    if origin == "glossary":
        return "术语表"
    if origin == "composed":
        return "由术语表词条组合"
    if origin == "romanised":
        return "地名拼音（请核对）"
    if origin.startswith("composed, romanised "):
        return f"由术语表词条组合，{origin.removeprefix('composed, romanised ')} 为拼音（请核对）"
    m = _FROM.fullmatch(origin)
    if m is None:
        return origin
    if m["score"]:
        return f"来自 {m['source']}（相似度 {m['score']}%）"
    if m["name"]:
        return f"来自 {m['source']}（地名和年份已替换，{m['name']} 为拼音，请核对）"
    if m["years"]:
        return f"来自 {m['source']}（年份已替换）"
    if m["how"]:
        return f"来自 {m['source']}（不同之处已按术语表替换）"
    return f"来自 {m['source']}"
