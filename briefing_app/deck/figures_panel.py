"""The text panel beside a chart: each plotted figure's label, formatted value, period and named members."""

from __future__ import annotations

from ..i18n import punctuation
from ..model import Pack, display
from . import layout, style
from .cards import card_meta
from .slides import Box


def figure_panel(pack: Pack, figures: list, box: Box, lang: str) -> list:
    sep = punctuation(lang).list_sep
    blocks = []
    for fig in figures:
        parts = [
            layout.text(fig.label(lang), box.x, 0, box.w, (style.LABEL,), max_lines=3, role="label", bold=True),
            layout.value(display(fig, lang), box.x, 0, box.w, (20, 18, style.BODY, style.LABEL),
                         color="target" if getattr(fig, "is_target", False) else "accent", figure_id=fig.id),
            layout.text(card_meta(fig, lang), box.x, 0, box.w, style.CAPTION, max_lines=2, role="caption",
                        color="muted"),
        ]
        names = [e.name(lang) for e in pack.data.entities if e.figure == fig.id]
        if names:
            parts.append(layout.text(sep.join(names), box.x, 0, box.w, style.CAPTION, max_lines=2, role="caption"))
        blocks.append(parts)
    gap = 14.0
    total = sum(layout.height_of(p) for p in blocks) + gap * (len(blocks) - 1)
    if total > box.h:
        raise layout.LayoutError("chart side panel overflows")
    items, y = [], box.y
    for parts in blocks:
        placed = layout.stack([layout.at(parts[0], y=y)] + parts[1:])
        items += placed
        y = placed[-1].box.bottom + gap
    return items
