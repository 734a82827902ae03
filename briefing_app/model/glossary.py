"""The shared Chinese → English glossary (glossary.yaml beside this module): draft labels, deck words, and
the termbase of official statistical English that briefing_app.translate suggests and composes from.

`translate` gives English only where it is reliable: the whole text is one glossary entry, or splits
entirely into glossary nouns and noun modifiers whose Chinese order is also the English order.
Anything else returns None and stays for a person to translate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

#: libyaml when PyYAML has it (as the pack loader does): the termbase makes the file ~10x slower to read in Python.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: How composition may use a termbase entry (glossary.yaml explains each).
ROLES = ("term", "field", "modifier", "after", "head", "period", "area", "place", "skip", "unit", "plan", "admin",
         "title")


@dataclass(frozen=True)
class Entry:
    """One termbase entry: its English (a pattern with {} for heads and periods), role, block and source."""

    zh: str
    en: str
    role: str
    block: str
    source: str
    attr: str | None = None  # a field's form before another noun, when it is not simply the singular
    short: str | None = None  # a head's label form for a short complement ('{} growth': "GDP growth")


def glossary_text() -> str:
    return resources.files(__package__).joinpath("glossary.yaml").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.load(glossary_text(), Loader=_LOADER)


@lru_cache(maxsize=1)
def termbase() -> dict[str, Entry]:
    """Every termbase entry by its Chinese."""
    out = {}
    for block in _data().get("termbase") or []:
        for zh, value in block["terms"].items():
            en, attr, short = ((value["en"], value.get("attr"), value.get("short")) if isinstance(value, dict)
                               else (value, None, None))
            out[zh] = Entry(zh, en, block["role"], block["block"], block["source"], attr, short)
    return out


@lru_cache(maxsize=1)
def _glossary() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    data = _data()
    return (dict(data.get("terms") or {}), dict(data.get("counted") or {}), dict(data.get("counters") or {}),
            dict(data.get("after") or {}))


def counter(unit: str) -> str | None:
    """English for a counter that means the same whatever is counted: 项 → items, 人 → people."""
    return _glossary()[2].get(unit)


def term(zh: str) -> str | None:
    """The glossary's English for exactly this word or phrase."""
    return _glossary()[0].get(zh) or _glossary()[3].get(zh)


def translate(zh: str) -> str | None:
    """English for a label made entirely of glossary words (longest match first), else None."""
    terms, after = _glossary()[0], _glossary()[3]
    text = zh.strip()
    if not text:
        return None
    if text in terms:
        return _sentence_case(terms[text])
    words, trailing, i = [], [], 0
    longest = max(map(len, list(terms) + list(after)))
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            piece = text[i:i + size]
            if piece in terms:
                words.append(terms[piece])
                i += size
                break
            if piece in after:
                trailing.append(after[piece])
                i += size
                break
        else:
            return None
    if not words:
        return None
    return _sentence_case(" ".join(words + trailing))


def counted_noun(zh: str) -> str | None:
    """The English plural for what a count counts, from the label's last noun: 光伏企业 → firms."""
    counted = _glossary()[1]
    for size in range(min(len(zh), 6), 0, -1):
        tail = zh[-size:]
        if tail in counted:
            return counted[tail]
    return None


def counted_prefix(zh: str) -> str | None:
    """The English plural of the counted noun `zh` starts with: 企业入驻… → firms (what follows a count)."""
    counted = _glossary()[1]
    for size in range(min(len(zh), 6), 0, -1):
        if zh[:size] in counted:
            return counted[zh[:size]]
    return None


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def zh_terms() -> list[str]:
    """Every Chinese word and phrase the glossary knows (for keeping words whole at line breaks)."""
    terms, counted, _, after = _glossary()
    return [*terms, *counted, *after]
