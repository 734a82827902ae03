"""Speaker notes: every figure on a slide with its period, qualifier and the verbatim quote behind it."""

from __future__ import annotations

from ..i18n import punctuation
from ..model import Pack, display
from ..model.cells import citation
from .words import word


def figure_notes(pack: Pack, lang: str, figure_ids) -> str:
    blocks = []
    for figure_id in dict.fromkeys(figure_ids):
        fig = pack.figure(figure_id)
        marks = punctuation(lang)
        head = marks.labelled(fig.label(lang), display(fig, lang, exact=True))
        lines = ["• " + marks.aside(head, marks.clause_sep.join(pack.figure_meta(fig, lang))),
                 "  " + source_note(pack, fig, lang)]
        if fig.derived:
            lines.append("  " + word("notes_derived", lang, method=fig.derived.method(lang)))
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def source_note(pack: Pack, fig, lang: str) -> str:
    """The line of the notes naming a figure's source: its quote, or its table cell (model/cells.py)."""
    heading = pack.heading_of(fig.quote)
    cited = citation(fig, lang)
    if cited:
        return word("notes_cell", lang, citation=cited, heading=heading)
    return word("notes_quote", lang, quote=fig.quote, heading=heading)


def quote_notes(pack: Pack, lang: str, quotes, extra: str | None = None) -> str:
    lines = ["• " + word("notes_quote", lang, quote=q, heading=pack.heading_of(q)) for q in dict.fromkeys(quotes)]
    if extra:
        lines.append("• " + extra)
    return "\n".join(lines)


def talking_point(pack: Pack, lang: str, message: str, figure_ids) -> str:
    """What to say first: the slide's message, then its figures as the article gives them (at most three;
    every one with its quote follows below). Only the pack's own words."""
    figures = [pack.figure(i) for i in dict.fromkeys(figure_ids)][:3]
    marks = punctuation(lang)
    said = marks.clause_sep.join(marks.labelled(f.label(lang), display(f, lang)) for f in figures)
    end = "。" if lang == "zh" else "."
    return word("talking_point", lang) + message.rstrip("。.") + (end + " " if lang == "en" else end) + said + end
