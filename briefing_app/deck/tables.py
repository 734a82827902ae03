"""The appendix's data tables: figures the main part does not show, one row each (figure, value, period, source
reference), grouped by section under a heading row that spans the table, evenly over as few slides as they need.

A row says what a card would say, in the same words (the value as `display` words it on slides, the card's line
of period and share total), so a figure reads the same wherever it stands. Its source reference, `[n]`, is the
n-th verbatim quote of the tables: the slide's speaker notes give each number its quote and the article heading
it stands under, so anyone holding the deck can find the sentence a number comes from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..i18n import punctuation
from ..model import Pack, display
from . import layout, style
from .cards import card_meta, value_color
from .slides import Box, Cell, Table
from ..typography import breaking
from ..typography.metrics import text_width
from .words import word

#: Most figure rows on one slide (a page of single-line rows holds 15; even pages hold fewer).
MOST_ROWS = 15
#: One text size for the whole table: body text legible across a meeting room.
SIZE = style.CAPTION
PAD_X, PAD_Y = 6.0, 2.0
#: Lines a cell may take before it is cut (text within model/limits.py never is; the notes give it whole).
MAX_LINES = 5


@dataclass(frozen=True)
class _Row:
    section: str  # the section's title in the deck's language
    fig: object
    cells: tuple[Cell, ...]
    height: float


def _line_h(lines: int) -> float:
    return lines * SIZE * 1.2 + 2 * PAD_Y


def _fit(content: str, width: float, bold: bool = False, max_lines: int = MAX_LINES) -> tuple[str, ...]:
    return layout.text(content, 0, 0, width - 2 * PAD_X, SIZE, max_lines=max_lines, bold=bold).lines


def _need(texts, bold: bool = False) -> float:
    """The width the widest of `texts` needs on one line, padding included."""
    return max((text_width(t, SIZE, bold) for t in texts), default=0.0) + 2 * PAD_X + 1


def _longest_piece(texts) -> float:
    """The width of the widest piece no line may split (a word, a number with its unit), padding included."""
    return _need([t.rstrip() for text in texts for t in breaking.tokens(breaking.no_break(text))], False)


def _widths(columns: list[list[str]], heads: tuple[str, ...], total: float) -> tuple[float, ...]:
    """Column widths for (labels, values, periods, references): the reference column as wide as its widest
    entry; the value and period columns as wide as keeps the most rows on one line (fewest lines in all),
    never narrower than their longest unbreakable piece; the label column the rest, at least 30 %."""
    labels, values, periods, refs = columns
    ref_w = max(_need(refs), _need([heads[3]], True))
    natural = [tuple(text_width(t, SIZE) for t in row) for row in zip(labels, values, periods)]

    def lines(width: float, column: float) -> int:  # about: wrapped lines fill nine tenths of the width
        inner = max(column - 2 * PAD_X - 1, 1.0)
        n = 1 if width <= inner else math.ceil(width / (0.9 * inner))
        return n if n <= MAX_LINES else n * 100  # a text cut short, or a very tall row: only if nothing else fits

    def choices(texts, head, most):
        low = max(_longest_piece(texts), _need(head.split(), True))
        high = max(low, min(_need(texts), most))
        return sorted({low, high, *range(math.ceil(low), math.floor(high), 16)})

    best = None
    for value_w in choices(values, heads[1], total * 0.4):
        for period_w in choices(periods, heads[2], total * 0.3):
            label_w = total - ref_w - value_w - period_w
            if label_w < total * 0.3:
                continue
            cost = sum(max(lines(a, label_w), lines(b, value_w), lines(c, period_w)) for a, b, c in natural)
            if best is None or cost < best[0]:
                best = (cost, (label_w, value_w, period_w, ref_w))
    if best is None:  # nothing leaves the labels 30 %: the narrowest value and period columns
        value_w, period_w = choices(values, heads[1], total)[0], choices(periods, heads[2], total)[0]
        return total - ref_w - value_w - period_w, value_w, period_w, ref_w
    return best[1]


def _heads(lang: str) -> tuple[str, str, str, str]:
    return tuple(word(k, lang) for k in ("table_figure", "table_value", "table_period", "table_source"))


def quote_numbers(figures: list) -> dict[str, int]:
    """Each distinct quote of the tables' figures → its number, in the order the rows first cite it."""
    numbers: dict[str, int] = {}
    for fig in figures:
        numbers.setdefault(fig.quote, len(numbers) + 1)
    return numbers


def table_slides(pack: Pack, sections: list[tuple[str, list]], grid: layout.Grid, lang: str) -> list[dict]:
    """Slides (title, items, notes, figure ids) of the data tables for (section title, figures) in order."""
    sections = [(title, figs) for title, figs in sections if figs]
    if not sections:
        return []
    figures = [f for _, figs in sections for f in figs]
    numbers = quote_numbers(figures)
    area = grid.content
    heads = _heads(lang)
    said = {f.id: (f.label(lang), display(f, lang), card_meta(f, lang)) for f in figures}  # each figure worded once
    widths = _widths([[said[f.id][k] for f in figures] for k in range(3)] + [[f"[{n}]" for n in numbers.values()]],
                     heads, area.w)
    head_cells = tuple(Cell(_fit(h, w, True, 2), bold=True, fill="panel", align="left" if i < 3 else "center")
                       for i, (h, w) in enumerate(zip(heads, widths)))
    head_h = _line_h(max(len(c.lines) for c in head_cells))
    rows = []
    for title, figs in sections:
        for fig in figs:
            label, value, meta = said[fig.id]
            cells = (Cell(_fit(label, widths[0]), figure_id=fig.id),  # a figure's words are never cut:
                     Cell(_fit(value, widths[1], max_lines=99), color=value_color(fig), figure_id=fig.id),
                     Cell(_fit(meta, widths[2], max_lines=99), color="muted"),
                     Cell((f"[{numbers[fig.quote]}]",), color="muted", align="center"))
            rows.append(_Row(title, fig, cells, _line_h(max(len(c.lines) for c in cells))))

    def heading(title: str, cont: bool) -> Cell:
        return Cell(_fit(title + (word("cont", lang) if cont else ""), area.w, True, 2), bold=True, color="accent",
                    span=4)

    headings = {title: (_line_h(len(heading(title, False).lines)), _line_h(len(heading(title, True).lines)))
                for title, _ in sections}
    starts = {i for i, r in enumerate(rows) if i == 0 or rows[i - 1].section != r.section}
    # a section's heading travels with its first row; a page that goes on with a section repeats it first
    heights = [r.height + (headings[r.section][0] if i in starts else 0.0) for i, r in enumerate(rows)]
    out, previous = [], None
    for run in layout.even_pages(heights, area.h - head_h, MOST_ROWS,
                                 lead=lambda i: 0.0 if i in starts else headings[rows[i].section][1]):
        page = [rows[i] for i in run]
        grid_rows, heights_out = [head_cells], [head_h]
        for k, (i, row) in enumerate(zip(run, page)):
            if i in starts or k == 0:
                cell = heading(row.section, i not in starts)
                grid_rows.append((cell,))
                heights_out.append(_line_h(len(cell.lines)))
            grid_rows.append(row.cells)
            heights_out.append(row.height)
        table = Table(box=Box(area.x, area.y, area.w, sum(heights_out)), rows=tuple(grid_rows), col_widths=widths,
                      row_heights=tuple(heights_out), size=SIZE, pad_x=PAD_X, pad_y=PAD_Y)
        named = _title(list(dict.fromkeys(r.section for r in page)), lang)
        title_text = named + (word("cont", lang) if named == previous else "")
        previous = named
        out.append({"title": title_text, "items": [table], "notes": _notes(pack, lang, page, numbers),
                    "figure_ids": [r.fig.id for r in page]})
    return out


def _title(sections: list[str], lang: str) -> str:
    """The page's sections: one, two, or the first and last of more."""
    marks = punctuation(lang)
    if len(sections) <= 2:
        named = marks.list_sep.join(sections)
    else:
        named = word("table_range", lang, first=sections[0], last=sections[-1])
    return word("tables_title", lang, sections=named)


def _notes(pack: Pack, lang: str, page: list[_Row], numbers: dict[str, int]) -> str:
    """Each quote of the page under its number, with the figures the page takes from it."""
    marks = punctuation(lang)
    by_quote: dict[str, list] = {}
    for row in page:
        by_quote.setdefault(row.fig.quote, []).append(row.fig)
    lines = []
    for quote, figs in by_quote.items():
        lines.append(f"[{numbers[quote]}] " + word("notes_quote", lang, quote=quote, heading=pack.heading_of(quote)))
        for fig in figs:
            head = marks.labelled(fig.label(lang), display(fig, lang, exact=True))
            lines.append("  • " + marks.aside(head, marks.clause_sep.join(pack.figure_meta(fig, lang))))
    return "\n".join(lines)
