"""The Q&A figure finder's index: where a value or a name appears in the deck and in the quotes.

A query such as `3109`, `3,109` or `生物医药` matches slide texts, figure labels and values in both
languages, and the verbatim quotes. Digits match across thousands separators and spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import display
from ..model.cells import citation, quoted
from ..model.format import display_line
from ..typography import unwrap
from .figure_sources import DeckPacks
from .slides import Chart, Deck, Table, TextBox

_IGNORED = re.compile(r"[\s,，\u00a0\u2009\u202f]")


def normalise(text: str) -> str:
    return _IGNORED.sub("", text).casefold()


@dataclass(frozen=True)
class Hit:
    slide: int | None  # None: the figure is in the pack but on no slide
    figure_id: str | None
    text: str  # what matched, to show in the result list
    quote: str  # the source behind it as shown: “the verbatim quote” or a table cell's citation ("" for slide text)


def slide_texts(slide) -> list[str]:
    """Every text a slide shows: title, text boxes, chart titles, categories and labels, table headers."""
    texts = [slide.title]
    for item in slide.items:
        if isinstance(item, TextBox):
            texts.append(unwrap(item.lines))
        elif isinstance(item, Chart):
            texts += [item.title, item.axis_title, *item.categories, *(p.label for p in item.points)]
        elif isinstance(item, Table):
            texts += [unwrap(cell.lines) for row in item.rows for cell in row]
    return [t for t in texts if t]


def _figure_texts(fig) -> list[str]:
    texts = [fig.label("zh"), fig.label("en"), display(fig, "zh"), display(fig, "en"), display_line(fig, "en"),
             display_line(fig, "zh"), fig.quote, citation(fig, "zh") or ""]
    value = getattr(fig, "value", None)
    if isinstance(value, (int, float)):
        texts.append(f"{value:g}")
    return texts


class FigureIndex:
    """Answers `find(query)` for one deck and its pack."""

    def __init__(self, deck: Deck, pack):
        """`pack`: the deck's Pack, or DeckPacks for a talk over several packs."""
        self.deck, self.pack = deck, DeckPacks.of(pack)
        self._slides = [(s, [(t, normalise(t)) for t in slide_texts(s)]) for s in deck.slides]

    def find(self, query: str, limit: int = 200) -> list[Hit]:
        q = normalise(query)
        if not q:
            return []
        hits: list[Hit] = []
        shown: set[str] = set()
        for slide, texts in self._slides:
            ids = list(dict.fromkeys([*slide.figure_ids, *(i.figure_id for i in slide.items
                                                            if getattr(i, "figure_id", None))]))
            found_figure = False
            for fid in ids:
                found = self.pack.resolve(fid)
                fig = found[1] if found else None
                if fig is not None and any(q in normalise(t) for t in _figure_texts(fig)):
                    hits.append(Hit(slide.number, fid, f"{fig.label(self.deck.lang)}: {display_line(fig, self.deck.lang)}",
                                    quoted(fig, self.deck.lang)))
                    shown.add(fid)
                    found_figure = True
            if not found_figure:
                match = next((t for t, n in texts if q in n), None)
                if match:
                    hits.append(Hit(slide.number, None, match, ""))
        for fid, _pack, fig in self.pack.figures():
            if fid not in shown and any(q in normalise(t) for t in _figure_texts(fig)):
                hits.append(Hit(None, fid, f"{fig.label(self.deck.lang)}: {display_line(fig, self.deck.lang)}",
                                quoted(fig, self.deck.lang)))
        return hits[:limit]
