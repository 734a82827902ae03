"""The termbase's shape: every entry once, sourced, English without Chinese, and a term inside a longer entry
translated the same way there (a termbase that says 增加值 is "value added" must not say "added value" in
规模以上工业增加值)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import product

from briefing_app.model.glossary import ROLES, _data, glossary_text, termbase
from briefing_app.model.yamlfile import parse_yaml
from briefing_app.translate.words import content_words

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _blocks():
    return _data()["termbase"]


def test_the_file_has_no_duplicate_keys_in_any_mapping():
    parse_yaml(glossary_text(), "glossary.yaml")  # raises PackError naming the line of a duplicate key


def test_every_chinese_term_is_in_one_block_only():
    seen: dict[str, str] = {}
    twice = []
    for block in _blocks():
        for zh in block["terms"]:
            if zh in seen:
                twice.append(f"{zh}: {seen[zh]} and {block['block']}")
            seen[zh] = block["block"]
    assert not twice, twice
    assert len(seen) >= 500  # several hundred entries


def test_every_block_names_its_role_and_source():
    for block in _blocks():
        assert block["role"] in ROLES, block["block"]
        assert len(block["source"]) > 20, block["block"]
        assert block["terms"], block["block"]


def test_english_is_english_and_patterns_have_one_slot():
    for entry in termbase().values():
        assert bool(entry.en) == (entry.role != "skip"), entry.zh
        for text in filter(None, (entry.en, entry.attr)):
            assert not CJK.search(text), (entry.zh, text)
            assert text == text.strip() and "  " not in text, (entry.zh, text)
        slots = entry.en.count("{}")
        assert slots == (1 if entry.role in ("head", "period", "area") else 0), (entry.zh, entry.en)


def _stems(text: str) -> set[str]:
    """Content words cut to six letters: manufacturing and manufacture, industry and industrial agree."""
    return {w[:6] for w in content_words(text.replace("{}", ""))}


def _inside(short: str, long: str, entries: dict) -> bool:
    """`short` is a part of `long` (not only of a longer whole term inside it, checked on its own)."""
    whole = set(_data().get("whole") or [])
    if long in whole:
        return False
    covers = [m for m in entries if short in m and m != short and m != long and m in long]
    for at in (i for i in range(len(long)) if long.startswith(short, i)):
        if not any(long.find(m, max(0, at - len(m) + len(short))) in range(at - len(m) + len(short), at + 1)
                   for m in covers):
            return True
    return False


def _kept(short, long) -> bool:
    forms = [short.en] + ([short.attr] if short.attr else [])
    return any(_stems(form) <= _stems(long.en) | (_stems(long.attr) if long.attr else set()) for form in forms)


def test_a_term_inside_a_longer_entry_keeps_its_english_there():
    entries = {zh: e for zh, e in termbase().items() if len(zh) >= 2 and e.role not in ("unit", "plan", "admin")}
    wrong = [f"{short.zh} ({short.en}) in {long.zh} ({long.en})"
             for short, long in product(entries.values(), entries.values())
             if short.zh != long.zh and short.zh in long.zh and _inside(short.zh, long.zh, entries)
             and not _kept(short, long)]
    assert not wrong, "\n".join(wrong)


def test_the_consistency_check_catches_a_changed_term():
    """Break the termbase on purpose: "added value" for 增加值 must be caught inside 工业增加值."""
    short, long = termbase()["增加值"], termbase()["工业增加值"]
    assert _kept(short, long)
    assert not _kept(replace(short, en="added worth"), long)
    assert _inside("增加值", "工业增加值", termbase()) and not _inside("增加", "工业增加值", termbase())


def test_glossary_terms_shared_with_the_termbase_agree():
    terms = _data()["terms"]
    base = termbase()
    differ = [f"{zh}: {en!r} vs {base[zh].en!r}" for zh, en in terms.items()
              if zh in base and base[zh].role in ("term", "field")
              and content_words(en) not in (content_words(base[zh].en), content_words(base[zh].attr or ""))]
    assert not differ, differ
