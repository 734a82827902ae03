"""KPI cards: a figure's value with its qualifier, label, period and one line of context."""

from __future__ import annotations

from ..model import display, period_text, qualifier_text
from . import layout, style
from .slides import Box


def _value_color(fig) -> str:
    if getattr(fig, "is_target", False):
        return "target"
    return "highlight" if fig.type == "rank" else "accent"


def card_parts(fig, width: float, lang: str, compact: bool = False, largest: float | None = None) -> list:
    """The stacked texts of one card (positions relative; `layout.card` places them).

    Compact cards trade the big value size for room, so that six cards still fit on one slide.
    """
    inner = width - 2 * layout.PAD
    sep = " · "
    meta = sep.join([period_text(fig.period, lang), qualifier_text(fig, lang)])
    value_sizes = style.VALUE_SIZES[2:] if compact else style.VALUE_SIZES
    if largest is not None:
        value_sizes = tuple(s for s in value_sizes if s <= largest) or value_sizes[-1:]
    parts = [
        layout.value(display(fig, lang), 0, 0, inner, value_sizes, one_line=compact, color=_value_color(fig),
                     figure_id=fig.id),
        layout.text(fig.label(lang), 0, 0, inner, (style.LABEL,) if compact else (style.BODY, style.LABEL),
                    max_lines=3, role="label", bold=True),
        layout.text(meta, 0, 0, inner, style.SMALL, max_lines=2, role="caption", color="muted"),
    ]
    if fig.note is not None:
        parts.append(layout.text(fig.note(lang), 0, 0, inner, style.SMALL, max_lines=3, role="caption"))
    return parts


def kpi_slides(figures: list, grid: layout.Grid, lang: str) -> list[tuple[list, list[str]]]:
    """Pages of cards: (items, figure ids) per slide, as many cards per page as fit."""
    if not figures:
        return []
    area = grid.content
    cols = 3 if grid.width > 800 else 2
    if len(figures) <= 2:
        cols = len(figures)
    elif len(figures) == 4:
        cols = 2
    card_w = (area.w - style.GUTTER * (cols - 1)) / cols

    def row_height(rows: int) -> float:
        return (area.h - style.GUTTER * (rows - 1)) / rows

    rows_needed = -(-len(figures) // cols)
    for compact in (False, True):
        parts = [card_parts(f, card_w, lang, compact) for f in figures]
        common = min(p[0].size for p in parts)  # one value size for all cards: a row reads evenly
        parts = [card_parts(f, card_w, lang, compact, common) for f in figures]
        needed = max(layout.height_of(p) for p in parts) + 2 * layout.PAD
        rows_fit = max((r for r in (1, 2, 3) if needed <= row_height(r)), default=1)
        if rows_fit >= rows_needed:
            break
    rows = min(rows_fit, max(2, rows_needed))
    card_h = max(row_height(rows), needed) if rows == 1 else row_height(rows)
    per_page = cols * rows
    pages = []
    for start in range(0, len(figures), per_page):
        items, ids = [], []
        for i, (fig, fig_parts) in enumerate(zip(figures[start:start + per_page], parts[start:start + per_page])):
            row, col = divmod(i, cols)
            box = Box(area.x + col * (card_w + style.GUTTER), area.y + row * (card_h + style.GUTTER), card_w, card_h)
            items += layout.card(box, fig_parts, dashed=getattr(fig, "is_target", False), figure_id=fig.id)
            ids.append(fig.id)
        pages.append((items, ids))
    return pages
