"""The text beside a chart: only what the chart cannot say.

The bars already carry each figure's label (category) and its value with its qualifier (data labels), so
repeating them beside the chart is noise. What the chart cannot show: the period, a share's total, a
figure's note and the firms named in it. A period (and total) shared by every bar is one line under the
chart (`common_meta`); the panel lists only the figures that have something of their own to add.
"""

from __future__ import annotations

from ..i18n import punctuation
from ..model import Pack, period_text
from ..model.format import share_axis_title, share_of
from . import layout, style
from .slides import Box
from .words import word


def _meta_parts(fig, lang: str) -> tuple[str, str]:
    """A figure's period and (for a share) its total, worded like the chart's axis title."""
    total = share_axis_title([fig], lang) if fig.type == "share" and share_of(fig, lang) else ""
    return (period_text(fig.period, lang), total)


def _shared(figures: list, lang: str) -> tuple[bool, bool]:
    """Whether every figure has the same period, and the same share total (then the axis title names it)."""
    parts = [_meta_parts(f, lang) for f in figures]
    return tuple(len({p[i] for p in parts}) == 1 for i in (0, 1))


def common_meta(figures: list, lang: str) -> str | None:
    """'All figures: as of Feb 2024' when every figure has the same period, else None."""
    period = _meta_parts(figures[0], lang)[0]
    return word("all_figures", lang, meta=period) if period and _shared(figures, lang)[0] else None


def panel_texts(pack: Pack, figures: list, lang: str) -> list[tuple]:
    """(figure, [extra texts]) for each figure with something the chart cannot show."""
    sep = punctuation(lang).list_sep
    shared = _shared(figures, lang)
    out = []
    for fig in figures:
        own = " · ".join(p for p, same in zip(_meta_parts(fig, lang), shared) if not same and p)
        extras = [own] if own else []
        if fig.note is not None:
            extras.append(fig.note(lang))
        names = [e.name(lang) for e in pack.data.entities if e.figure == fig.id]
        if names:
            extras.append(sep.join(names))
        if extras:
            out.append((fig, extras))
    return out


def figure_panel(pack: Pack, figures: list, box: Box, lang: str) -> list:
    """The panel's texts in `box`, top down; [] when the chart says it all. LayoutError when it overflows."""
    blocks = []
    for fig, extras in panel_texts(pack, figures, lang):
        parts = [layout.text(fig.label(lang), box.x, 0, box.w, (style.LABEL,), max_lines=3, role="label",
                             bold=True)]
        parts += [layout.text(e, box.x, 0, box.w, style.CAPTION, max_lines=3, role="caption",
                              color="ink")
                  for i, e in enumerate(extras)]
        blocks.append(parts)
    if not blocks:
        return []
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
