"""The shared Chinese → English glossary (glossary.yaml beside this module): draft labels, deck words.

`translate` gives English only where it is reliable: the whole text is one glossary entry, or splits
entirely into glossary nouns and noun modifiers whose Chinese order is also the English order.
Anything else returns None and stays for a person to translate.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def _glossary() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    text = resources.files(__package__).joinpath("glossary.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
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
