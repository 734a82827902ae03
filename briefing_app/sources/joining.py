"""Joining the lines of one paragraph, as a reader of the page would: no space inside Chinese text, one
space between English words, and a word broken at the end of a line by hyphenation made whole again."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD_END = re.compile(r"([A-Za-z]+)-$")
_WORD_START = re.compile(r"^([a-z]+)")


def is_wide(ch: str) -> bool:
    """Chinese, Japanese and Korean characters and full-width punctuation: written without spaces."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def join_lines(lines: list[str], hyphenated: Iterable[str] = ()) -> str:
    """One paragraph from its lines. `hyphenated` holds words the document writes with a hyphen elsewhere
    (`well-known`): a line ending in `well-` before `known` keeps that hyphen; otherwise `inter-` + `national`
    is one word again (an English line break inside a word)."""
    keep = set(hyphenated)
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not text:
            text = line
            continue
        end, start = _WORD_END.search(text), _WORD_START.match(line)
        if end and start and f"{end.group(1)}-{start.group(1)}".lower() not in keep:
            text = text[:-1] + line
        elif text.endswith("-") or is_wide(text[-1]) or is_wide(line[0]):
            text += line
        else:
            text += " " + line
    return text


def hyphenated_words(text: str) -> set[str]:
    """Words written with a hyphen inside a line (`well-known`), lower case."""
    return {m.group(0).lower() for m in re.finditer(r"[A-Za-z]+-[A-Za-z]+", text)}
