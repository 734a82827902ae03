"""Script detection: one definition of "Chinese" for measuring, line breaking and run tagging."""

from __future__ import annotations

import re
from functools import lru_cache

#: CJK radicals, punctuation, kana and ideographs; compatibility ideographs and forms; full-width forms;
#: the supplementary ideograph planes (Extension B and later).
_CJK_RANGES = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff"
CJK_CLASS = f"[{_CJK_RANGES}]"
_CJK = re.compile(CJK_CLASS)

#: Punctuation that Chinese text shares with English; set in the East Asian font it is full-width, so it
#: is measured (and kept unbroken) like a Chinese character.
AMBIGUOUS_WIDE = "“”‘’…·"


@lru_cache(maxsize=65536)  # asked per character of every measured text: remembered per character
def is_cjk(ch: str) -> bool:
    """True for one character of Chinese (or other CJK) script."""
    return bool(_CJK.fullmatch(ch))


@lru_cache(maxsize=65536)
def is_wide(ch: str) -> bool:
    """True for a character drawn full-width: CJK, and the punctuation Chinese shares with English."""
    return is_cjk(ch) or ch in AMBIGUOUS_WIDE


def has_cjk(text: str | None) -> bool:
    """True when `text` holds any CJK character (such a run is tagged zh-CN and given the East Asian font)."""
    return bool(_CJK.search(text or ""))
