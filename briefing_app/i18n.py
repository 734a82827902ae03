"""Looking up a word in a table of (zh, en) pairs: one mechanism for the deck's and the UI's strings."""

from __future__ import annotations

from collections.abc import Callable, Mapping

LANGS = ("zh", "en")  # every text of a pack, the UI and the deck exists in these languages


def translator(table: Mapping[str, tuple[str, str]]) -> Callable[..., str]:
    """A `tr(key, lang, **fields)` for `table`: the zh or en text, with any {fields} filled in."""

    def tr(key: str, lang: str, **fields) -> str:
        zh, en = table[key]
        text = zh if lang == "zh" else en
        return text.format(**fields) if fields else text

    return tr


class Punctuation:
    """The joining punctuation of one language: every list, clause, label and aside is joined with these."""

    def __init__(self, list_sep: str, clause_sep: str, colon: str, open_paren: str, close_paren: str):
        self.list_sep, self.clause_sep, self.colon = list_sep, clause_sep, colon
        self.open_paren, self.close_paren = open_paren, close_paren

    def aside(self, text: str, note: str) -> str:
        """`text（note）` in Chinese, `text (note)` in English."""
        return f"{text}{self.open_paren}{note}{self.close_paren}"

    def labelled(self, label: str, text: str) -> str:
        """`label：text` in Chinese, `label: text` in English."""
        return f"{label}{self.colon}{text}"


PUNCTUATION = {"zh": Punctuation("、", "；", "：", "（", "）"), "en": Punctuation(", ", "; ", ": ", " (", ")")}


def punctuation(lang: str) -> Punctuation:
    return PUNCTUATION[lang]
