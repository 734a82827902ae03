"""English word comparisons shared by the termbase checks, the fuzzy memory and the accuracy measure:
the content words of a phrase, each in its singular, lower-case form ("Industrial enterprises" and
"industrial enterprise" are the same words)."""

from __future__ import annotations

import re
from functools import lru_cache

STOP = frozenset("a an the of and or in by for at on to from with over as its their per".split())
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@lru_cache(maxsize=1)
def _inflect():
    import inflect

    return inflect.engine()


@lru_cache(maxsize=4096)
def singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is")) or word.isdigit():
        return word
    return _inflect().singular_noun(word) or word


def content_words(text: str) -> set[str]:
    """The words that carry meaning, singular and lower-case; hyphens and apostrophes split nothing away."""
    words = _WORD.findall(text.lower().replace("-", " ").replace("’", "'"))
    return {singular(w.removesuffix("'s")) for w in words if w not in STOP}


@lru_cache(maxsize=1024)
def plural(word: str) -> str:
    return _inflect().plural_noun(word) or word
