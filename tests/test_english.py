"""The bundled pack's English uses the glossary's term for its recurring words, and UI tables hold no Chinese
in their English column: so a later edit that drifts from the glossary, or leaks Chinese, is caught."""

from __future__ import annotations

import re

import pytest
import yaml

from briefing_app.deck.words import WORDS
from briefing_app.model.glossary import term
from briefing_app.resources import bundled_pack
from briefing_app.typography.script import has_cjk
from briefing_app.ui.editing.strings import TEXT as EDITING_TEXT
from briefing_app.ui.present import finder, present_menu, presenter
from briefing_app.ui.strings import STRINGS

#: Recurring terms whose English must not vary across the pack (key → the glossary's English).
KEY_TERMS = ["规上", "规模以上", "专精特新", "小巨人", "要素", "营商环境", "产业集群", "高新技术企业",
             "研究与试验发展投入强度", "经营主体", "新质生产力", "智能工厂"]


def _pairs(node):
    """Every {zh, en} pair in the pack, wherever it sits."""
    if isinstance(node, dict):
        if isinstance(node.get("zh"), str) and isinstance(node.get("en"), str):
            yield node["zh"], node["en"]
        for value in node.values():
            yield from _pairs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _pairs(value)


def _normal(text: str) -> str:
    """Lower case, hyphens as spaces, and a plural's final s dropped (so 'production-factor' matches)."""
    text = text.lower().replace("-", " ")
    return text[:-1] if text.endswith("s") else text


def _zh_without_little_giant(zh: str) -> str:
    # 专精特新“小巨人” is the title of one programme: its English is "little giant", checked on its own.
    return re.sub(r"专精特新[“\"]小巨人[”\"]", "", zh)


PAIRS = list(_pairs(yaml.safe_load(bundled_pack().read_text(encoding="utf-8"))))


@pytest.mark.parametrize("key", KEY_TERMS)
def test_the_bundled_pack_uses_the_glossary_term(key):
    english = term(key)
    assert english, f"{key} is not in the glossary"
    zh_of = _zh_without_little_giant if key == "专精特新" else (lambda zh: zh)
    used = [(zh, en) for zh, en in PAIRS if key in zh_of(zh)]
    assert used, f"the bundled pack never says {key}; drop it from KEY_TERMS"
    drifted = [(zh, en) for zh, en in used if _normal(english) not in en.lower().replace("-", " ")]
    assert not drifted, f"{key} should read '{english}': {drifted}"


def test_the_pack_english_has_no_chinese_characters():
    assert [en for _zh, en in PAIRS if has_cjk(en)] == []


@pytest.mark.parametrize("table", [STRINGS, WORDS, EDITING_TEXT, finder.TEXT, present_menu.TEXT, presenter.TEXT])
def test_english_ui_and_deck_words_have_no_chinese(table):
    assert {key: en for key, (_zh, en) in table.items() if has_cjk(en)} == {}
