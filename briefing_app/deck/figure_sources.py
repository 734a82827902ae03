"""A figure's provenance for the presenter and the audience overlay: value, period, qualifier, quote."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Pack, display, period_text, qualifier_text


@dataclass(frozen=True)
class FigureSource:
    figure_id: str
    label: str
    value: str
    period: str
    qualifier: str
    scope: str
    quote: str  # verbatim from the article (Chinese)
    heading: str  # the article section the quote sits in

    def meta(self, lang: str) -> str:
        sep = "；" if lang == "zh" else " · "
        return sep.join(p for p in (self.period, self.qualifier, self.scope) if p)


def figure_source(pack: Pack, figure_id: str, lang: str) -> FigureSource | None:
    """The source of `figure_id` in `lang`, or None when the pack has no such figure."""
    fig = pack.figures_by_id.get(figure_id)
    if fig is None:
        return None
    return FigureSource(figure_id, fig.label(lang), display(fig, lang), period_text(fig.period, lang),
                        qualifier_text(fig, lang), pack.scope_label(fig, lang), fig.quote, pack.heading_of(fig.quote))
