"""The figures behind a deck, and a figure's provenance for the presenter and the audience overlay.

A deck of one pack names its figures by their ids; a talk over several packs names them `key:figure-id`
(`q24:gdp`). `DeckPacks` resolves either, so the presenter, the finder and the app's clicks find the
figure, its pack and its quote the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..i18n import punctuation
from ..model import Pack, display
from ..model.cells import source_text
from .words import word


@dataclass(frozen=True)
class DeckPacks:
    """The packs a deck's figures come from: {'': pack} for one pack, else a talk's {key: pack}."""

    packs: dict

    @classmethod
    def of(cls, source) -> DeckPacks:
        """A DeckPacks for a pack or a DeckPacks (already one)."""
        return source if isinstance(source, DeckPacks) else cls({"": source})

    @property
    def pairs(self) -> list[tuple[str, Pack]]:
        """(key, pack) in the talk's order; the key is '' for one pack."""
        return list(self.packs.items())

    def resolve(self, figure_id: str):
        """(pack, figure) for a figure id as slides carry it, or None."""
        if "" in self.packs:
            pack, key = self.packs[""], figure_id
        else:
            source, _sep, key = figure_id.partition(":")
            pack = self.packs.get(source)
        fig = pack.figures_by_id.get(key) if pack is not None else None
        return (pack, fig) if fig is not None else None

    def figures(self) -> Iterator[tuple[str, Pack, object]]:
        """(figure id as slides carry it, pack, figure) for every figure of every pack."""
        for key, pack in self.packs.items():
            for fig in pack.data.figures:
                yield (f"{key}:{fig.id}" if key else fig.id), pack, fig


@dataclass(frozen=True)
class FigureSource:
    figure_id: str
    label: str
    value: str
    details: tuple[str, ...]  # period, kind of number, scope: `Pack.figure_meta`
    quote: str  # verbatim from the article (Chinese), or a table cell's citation (model/cells.py)
    heading: str  # the article section the quote sits in
    article: str = ""  # 《the article》, in a talk over several packs (else the deck's one article)
    cell: bool = False  # `quote` is a table cell's citation, not the article's words

    @property
    def shown(self) -> str:
        """The source as one line shows it: “the quote” in quotation marks, a cell's citation without."""
        return self.quote if self.cell else f"“{self.quote}”"

    def meta(self, lang: str) -> str:
        """Period, kind of number and scope, then the article in a talk over several packs."""
        return punctuation(lang).clause_sep.join(self.details + ((self.article,) if self.article else ()))


def figure_source(source, figure_id: str, lang: str) -> FigureSource | None:
    """The source of `figure_id` in `lang` (`source`: a Pack or DeckPacks), or None when there is no such figure."""
    packs = DeckPacks.of(source)
    found = packs.resolve(figure_id)
    if found is None:
        return None
    pack, fig = found
    a = pack.data.article
    article = "" if "" in packs.packs else word("in_article", lang, title=a.title, title_en=a.title_en)
    return FigureSource(figure_id, fig.label(lang), display(fig, lang, exact=True), tuple(pack.figure_meta(fig, lang)),
                        source_text(fig, lang), pack.heading_of(fig.quote), article, fig.cell is not None)
