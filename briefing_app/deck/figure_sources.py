"""A figure's provenance for the presenter and the audience overlay: value, period, qualifier, quote."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import punctuation
from ..model import Pack, display


@dataclass(frozen=True)
class FigureSource:
    figure_id: str
    label: str
    value: str
    details: tuple[str, ...]  # period, kind of number, scope: `Pack.figure_meta`
    quote: str  # verbatim from the article (Chinese)
    heading: str  # the article section the quote sits in

    def meta(self, lang: str) -> str:
        return punctuation(lang).clause_sep.join(self.details)


def figure_source(pack: Pack, figure_id: str, lang: str) -> FigureSource | None:
    """The source of `figure_id` in `lang`, or None when the pack has no such figure."""
    fig = pack.figures_by_id.get(figure_id)
    if fig is None:
        return None
    return FigureSource(figure_id, fig.label(lang), display(fig, lang, exact=True), tuple(pack.figure_meta(fig, lang)),
                        fig.quote, pack.heading_of(fig.quote))
