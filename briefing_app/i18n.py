"""Looking up a word in a table of (zh, en) pairs: one mechanism for the deck's and the UI's strings."""

from __future__ import annotations

from collections.abc import Callable, Mapping


def translator(table: Mapping[str, tuple[str, str]]) -> Callable[..., str]:
    """A `tr(key, lang, **fields)` for `table`: the zh or en text, with any {fields} filled in."""

    def tr(key: str, lang: str, **fields) -> str:
        zh, en = table[key]
        text = zh if lang == "zh" else en
        return text.format(**fields) if fields else text

    return tr
