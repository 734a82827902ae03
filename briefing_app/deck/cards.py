"""KPI cards: a figure's value with its qualifier, label, period and one line of context."""

from __future__ import annotations

from ..model import display, period_text
from ..model.format import share_of
from . import layout, style
from ..typography import unwrap
from ..typography.breaking import no_break
from .slides import Box


def value_color(fig) -> str:
    if getattr(fig, "is_target", False):
        return "target"
    return "highlight" if fig.type == "rank" else "accent"


def card_meta(fig, lang: str) -> str:
    """The line under a value: its period, and for a share what it is a share of. The value itself already
    reads its qualifier, plan word and rank (about 196, more than 230, target: 1,500, No. 1 in…), so no
    internal tag (exact, 约, rank (第一)) is repeated to the audience; the speaker notes keep them all."""
    parts = [period_text(fig.period, lang)]
    of = share_of(fig, lang) if fig.type == "share" else None
    if of:  # the denominator only: the value already shows a change as 1/5 → 2/5
        parts.append(f"占{of}比重" if lang == "zh" else f"share of {of}")
    return " · ".join(p for p in parts if p)


def _texts(fig, lang: str, named: str | None = None) -> list[str]:
    """The texts of a card in the order of `card_parts`."""
    return ([display(fig, lang), fig.label(lang), card_meta(fig, lang)] + ([fig.note(lang)] if fig.note else [])
            + ([named] if named else []))


def card_parts(fig, width: float, lang: str, compact: bool = False, largest: float | None = None,
               big: bool = False, named: str | None = None) -> list:
    """The stacked texts of one card (positions relative; `layout.card` places them).

    Compact cards trade the big value size for room, so that six cards still fit on one slide; `big` ones
    (one or two on a page) show their value larger still, as the slide's message.
    """
    inner = width - 2 * layout.PAD
    meta = card_meta(fig, lang)
    value_sizes = style.VALUE_SIZES[2:] if compact else style.BIG_VALUE_SIZES if big else style.VALUE_SIZES
    if largest is not None:
        value_sizes = tuple(s for s in value_sizes if s <= largest) or value_sizes[-1:]
    align = "center" if big else "left"  # a big number stands centred in its card, like a poster
    parts = [
        layout.value(display(fig, lang), 0, 0, inner, value_sizes, one_line=compact, color=value_color(fig),
                     figure_id=fig.id, align=align),
        layout.text(fig.label(lang), 0, 0, inner, (style.LABEL,) if compact else (style.BODY, style.LABEL),
                    max_lines=3, role="label", bold=True, align=align),
        layout.text(meta, 0, 0, inner, style.CAPTION, max_lines=2, role="caption", color="muted", align=align),
    ]
    if fig.note is not None:
        parts.append(layout.text(fig.note(lang), 0, 0, inner, style.CAPTION, max_lines=3, role="caption",
                                 align=align))
    if named:  # the firms the article names in this figure (big cards only; the appendix lists them all)
        parts.append(layout.text(named, 0, 0, inner, style.CAPTION, max_lines=3, role="caption", align=align))
    return parts


def _plan(figures, grid, lang, cols: int, compact: bool, names: dict) -> dict:
    """How `figures` fall on pages with `cols` columns: rows per page, pages, card parts."""
    area = grid.content
    card_w = (area.w - style.GUTTER * (cols - 1)) / cols
    big = len(figures) <= 2
    named = {f.id: names.get(f.id) if big else None for f in figures}
    parts = [card_parts(f, card_w, lang, compact, big=big, named=named[f.id]) for f in figures]
    common = min(p[0].size for p in parts)  # one value size for all cards: a row reads evenly
    parts = [card_parts(f, card_w, lang, compact, common, big, named[f.id]) for f in figures]
    needed = max(layout.height_of(p) for p in parts) + 2 * layout.PAD
    rows_fit = max((r for r in (1, 2, 3) if needed <= _row_height(area, r)), default=1)
    pages = -(-len(figures) // (cols * rows_fit))
    per_page = -(-len(figures) // pages)  # spread evenly: 5 cards are 3 + 2, never 4 + 1
    cut = sum(unwrap(t.lines) != no_break(text) for f, p in zip(figures, parts) for t, text in zip(p, _texts(f, lang, named[f.id])))
    return {"cols": cols, "compact": compact, "cut": cut, "value_size": common, "card_w": card_w, "parts": parts, "needed": needed,
            "pages": pages, "per_page": per_page}


def _row_height(area: Box, rows: int) -> float:
    return (area.h - style.GUTTER * (rows - 1)) / rows


def kpi_slides(figures: list, grid: layout.Grid, lang: str, names: dict | None = None) -> list[tuple[list, list[str]]]:
    """Pages of cards: (items, figure ids) per slide.

    The grid is chosen to cut no text short and split no word, then to need the fewest slides, then to leave no card alone on a page or in a row,
    then to keep the full value size, then the usual number of columns (3 at 16:9, 2 at 4:3). Cards
    share the page evenly and fill it, their text centred in them.
    """
    if not figures:
        return []
    area = grid.content
    n = len(figures)
    usual = 2 if n in (2, 4) else (3 if grid.width > 800 else 2)
    names = names or {}  # figure id → the firms named in it, shown on big cards
    plans = [_plan(figures, grid, lang, cols, compact, names) for cols in range(1, min(3, n) + 1) for compact in (False, True)]

    def score(plan):
        lone_page = plan["pages"] > 1 and n < 2 * plan["pages"]  # some （续） page would hold one card
        lone = plan["per_page"] % plan["cols"] == 1 and plan["per_page"] > 1  # a card alone in its row
        # a pair of big numbers: side by side when both reach 36 pt, else stacked if that makes them bigger
        big = -min(plan["value_size"], style.VALUE_SIZES[0]) if n <= 2 else 0
        return (plan["cut"], plan["pages"], lone_page, lone, plan["compact"], big, abs(plan["cols"] - min(usual, n)))

    plan = min(plans, key=score)
    cols, card_w = plan["cols"], plan["card_w"]
    pages = []
    for chunk in layout.even_runs(n, plan["pages"]):  # 13 cards on 4 pages: 4 + 3 + 3 + 3, never ... + 1
        # each page's rows share its height: a （续） page of two cards fills the page as the first one does
        card_h = max(_row_height(area, -(-len(chunk) // cols)), plan["needed"])
        items, ids = [], []
        for i, k in enumerate(chunk):
            row, col = divmod(i, cols)
            in_row = min(cols, len(chunk) - row * cols)
            # a shorter last row is centred under the others
            x = area.x + (cols - in_row) * (card_w + style.GUTTER) / 2 + col * (card_w + style.GUTTER)
            box = Box(x, area.y + row * (card_h + style.GUTTER), card_w, card_h)
            fig = figures[k]
            items += layout.card(box, plan["parts"][k], dashed=getattr(fig, "is_target", False), figure_id=fig.id)
            ids.append(fig.id)
        pages.append((items, ids))
    return pages
