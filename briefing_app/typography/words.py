"""Chinese words that must not be split at a line break (走廊, never 走 / 廊), from the pack's own terms.

Chinese has no spaces, so a line may break between any two characters; a word broken in two reads badly
(G60科创走 / 廊). A segmentation library would know every word but costs a dictionary load (jieba: about a
second) on every export and app start; the pack already names its own vocabulary — entity and place names,
regions, section, group and matrix headings, scopes — and the shared glossary adds the recurring terms. A
term of up to MAX_WORD characters is kept whole; a longer one (a firm's full name) only through the shorter
known words inside it, so it can still wrap between them. A pack's own list: deck/vocabulary.py.
"""

from __future__ import annotations

import re

from .script import CJK_CLASS

#: Longest run of Chinese characters kept on one line as a word.
MAX_WORD = 6
_RUNS = re.compile(f"{CJK_CLASS}+")


def words_of(texts) -> frozenset[str]:
    """The Chinese words in `texts`: each run of 2..MAX_WORD Chinese characters (split at anything else, such
    as G60 or a quote mark), as a whole."""
    out = set()
    for text in texts:
        for run in _RUNS.findall(text or ""):
            if 2 <= len(run) <= MAX_WORD:
                out.add(run)
    return frozenset(out)
