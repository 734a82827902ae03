"""Search every figure of many packs at once: by number (3109, 3,109, 40000 for 4万), by Chinese or English
words, by qualifier (约, about, 力争, target…), by period (一季度, Q1 2024, 2024-Q1, 1-9月, 年末). Every term of
the query must match.

Each figure's searchable text is built once (`FigureIndex`); a query is then a few substring tests per figure,
so searching 100 packs takes milliseconds (bench/library_search.py measures it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..model import LANGS, display
from ..model.cells import citation, quoted
from ..model.format import display_line
from ..model.units import parse_unit
from .catalogue import PackEntry, scan

GROUPED = re.compile(r"(?<=\d)[,，](?=\d{3}\b)")  # 3,109 → 3109 (the thousands comma, ASCII or full-width)
NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
#: Dashes between months (1—9月, 1–9月, 1－9月, 1~9月) all search as a hyphen: people type 1-9月.
DASHES = str.maketrans({c: "-" for c in "—–－~～"})


def normalise(text: str) -> str:
    return GROUPED.sub("", text).translate(DASHES).casefold()


@dataclass(frozen=True)
class Hit:
    entry: PackEntry
    figure_id: str
    display: str
    quote: str  # the verbatim quote (a table figure's is its row line)
    source: str  # the source as shown: 「the quote」, or a table cell's citation

    @property
    def pack_file(self) -> str:
        return self.entry.path.name

    def line(self) -> str:
        """`PACK-FILE-NAME  figure-id  display  「quote」`, as `briefing-app find` prints it."""
        return f"{self.pack_file}  {self.figure_id}  {self.display}  {self.source}"


def _numbers(fig) -> list[str]:
    """The figure's value as written and in full (4 with 万 → 40000), without separators."""
    out = []
    for value in (getattr(fig, "value", None), getattr(fig, "from_", None)):
        if value is None or isinstance(value, bool):
            continue
        try:
            number = Decimal(str(value))
        except (InvalidOperation, ValueError):
            continue
        out.append(_plain(number))
        unit = getattr(fig, "unit", None)
        if unit:
            try:
                out.append(_plain(number * parse_unit(unit).factor))
            except (KeyError, ValueError, AttributeError):
                pass
    return out


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class FigureIndex:
    """Every figure of the loaded packs with one lower-cased text to search and its numbers apart."""

    def __init__(self, entries: list[PackEntry]):
        self.entries = entries
        self.rows: list[tuple[PackEntry, object, str, set[str]]] = []
        for entry in entries:
            if entry.pack is None:
                continue
            pack = entry.pack
            for fig in pack.data.figures:
                parts = [fig.id, fig.quote, citation(fig, "zh") or ""]
                for lang in LANGS:
                    parts += [fig.label(lang), display(fig, lang), display_line(fig, lang), *pack.figure_meta(fig, lang)]
                parts += [str(getattr(fig, name, "") or "") for name in ("qualifier", "plan", "unit", "unit_en")]
                if fig.period.kind != "current":
                    parts.append(str(getattr(fig.period, fig.period.kind)))  # as the pack writes it: 2024-Q1
                numbers = set(_numbers(fig))
                self.rows.append((entry, fig, normalise("\n".join(parts + sorted(numbers))), numbers))

    def search(self, query: str, lang: str = "zh") -> list[Hit]:
        terms = [normalise(t) for t in query.split() if t.strip()]
        if not terms:
            return []
        matchers = [_matcher(t) for t in terms]
        hits = []
        for entry, fig, text, numbers in self.rows:
            if all(m(text, numbers) for m in matchers):
                hits.append(Hit(entry, fig.id, display_line(fig, lang), fig.quote, quoted(fig, lang, ("「", "」"))))
        return hits


def _matcher(term: str):
    """A number matches a whole number in the figure (3109 not 31090); anything else is a substring."""
    if NUMBER.match(term):
        whole = re.compile(rf"(?<![\d.]){re.escape(term)}(?![\d]|\.\d)")
        return lambda text, numbers: term in numbers or (term in text and whole.search(text) is not None)
    return lambda text, numbers: term in text


def find(query: str, folders: list[Path], lang: str = "zh", with_bundled: bool = True) -> list[Hit]:
    """Every figure in the packs under `folders` (and the bundled pack) that matches `query`."""
    return FigureIndex(scan(folders, with_bundled=with_bundled)).search(query, lang)
