"""The matrix as a visual: its rows (a firm's life-cycle stages, districts…) as steps left to right, linked by
arrows only when the pack says they are a sequence; its columns (service areas, fields…) as bands running
across every step; and its one cell text said once, as the legend of the dots where they cross.

A pack's matrix has one `cell` text for every cell (seeds/README.md), so a grid repeating it 25 times says
nothing a single caption does not; the grid lives on in the app's Data tab and the speaker notes.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.limits import MATRIX_ROWS_PER_SLIDE
from . import layout, style
from .slides import Box, Dot, Line, Rect
from ..typography.metrics import text_width
from .words import word

#: Narrowest step of the sequence; more steps continue on the next slide.
MIN_STEP = 64.0
#: Gap between two steps, holding the arrowhead that links them.
STEP_GAP = 16.0
#: Lines a heading may take before it is cut (the full text is in the speaker notes).
MAX_LINES = 3
SIZES = (style.BODY, style.LABEL)
#: Inner padding of a step's box.
STEP_PAD = 6.0


def _fits(texts, width: float) -> bool:
    """Whether every heading fits `width` in MAX_LINES lines without a word broken inside."""
    if any(text_width(w, SIZES[-1], True) > width for t in texts for w in t.split()):
        return False
    try:
        for t in texts:
            layout.text(t, 0, 0, width, SIZES, max_lines=MAX_LINES, bold=True, strict=True)
    except layout.LayoutError:
        return False
    return True


def _steps_per_page(steps: list[str], area_w: float) -> int:
    """The most steps side by side whose headings all fit uncut (at least MIN_STEP wide), else the most that
    are MIN_STEP wide."""
    most = max(1, int((area_w + STEP_GAP) // (MIN_STEP + STEP_GAP)))
    for n in range(min(len(steps), most), 0, -1):
        per_page = len(layout.pages_of(len(steps), n)[0])  # the widest page of the even split
        width = (area_w - STEP_GAP * (per_page - 1)) / per_page - 2 * STEP_PAD
        if _fits(steps, width):
            return n
    return most


def _arrow(x: float, cy: float, size: float = 7.0, color: str = "accent") -> list[Line]:
    """An arrowhead pointing right, its tip at (x, cy)."""
    return [Line(x - size, cy - size, x, cy, color=color, width=2.5),
            Line(x - size, cy + size, x, cy, color=color, width=2.5)]


def matrix_pages(matrix, grid: layout.Grid, lang: str) -> list[list]:
    """Items per slide: the steps (matrix rows) across the top, the bands (matrix columns) down the side with
    a dot where each band crosses each step, and the cell text once, as the dots' legend. Steps split over
    slides where they would be too narrow, bands where they would not fit the height."""
    area = grid.content
    steps = [r(lang) for r in matrix.rows]
    bands = [c(lang) for c in matrix.columns]
    widest = max(text_width(b, SIZES[0], True) for b in bands) + 4  # short headings leave the steps more room
    label_w = max(80.0, min(170.0 if grid.width > 800 else 130.0, widest))
    seq_x = area.x + label_w + style.GUTTER
    seq_w = area.right - seq_x
    legend = _legend(matrix, area, lang, len(steps), len(bands))
    legend_h = max(t.box.bottom for t in legend) - min(t.box.y for t in legend) + 12
    pages = []
    for step_range in layout.pages_of(len(steps), _steps_per_page(steps, seq_w)):
        n = len(step_range)
        step_w = (seq_w - STEP_GAP * (n - 1)) / n
        heads = [layout.text(steps[i], 0, 0, step_w - 2 * STEP_PAD, SIZES, max_lines=MAX_LINES, bold=True,
                             color="on_accent", align="center", role="label") for i in step_range]
        size = min(h.size for h in heads)  # one size for the whole sequence
        heads = [layout.text(steps[i], 0, 0, step_w - 2 * STEP_PAD, size, max_lines=MAX_LINES, bold=True,
                             color="on_accent", align="center", role="label") for i in step_range]
        head_h = max(h.box.h for h in heads) + 2 * 10
        room = area.h - head_h - 12 - legend_h
        for band_size in SIZES:  # the larger size unless the smaller one keeps every band on one slide
            labels = [layout.text(b, area.x, 0, label_w, band_size, max_lines=MAX_LINES, bold=True, role="label")
                      for b in bands]
            row_h = max(max(lb.box.h for lb in labels) + 6, 34.0)
            fit = max(1, min(int(room // row_h), MATRIX_ROWS_PER_SLIDE * 2))
            if fit >= len(bands):
                break
        for band_range in layout.pages_of(len(bands), fit):
            items: list = []
            top = area.y
            for k, i in enumerate(step_range):
                x = seq_x + k * (step_w + STEP_GAP)
                items.append(Rect(Box(x, top, step_w, head_h), fill="accent", radius=4))
                head = heads[k]
                items.append(layout.at(head, x=x + STEP_PAD, y=top + (head_h - head.box.h) / 2))
                if k and matrix.sequence:
                    items += _arrow(x - 3, top + head_h / 2)
            rows_top = top + head_h + 12
            # spread the bands over the room left, up to 1.6 × their height apart
            pitch = min(row_h * 1.6, room / len(band_range))
            for j, b in enumerate(band_range):
                cy = rows_top + j * pitch + pitch / 2
                label = labels[b]
                items.append(layout.at(label, y=cy - label.box.h / 2))
                items.append(Rect(Box(seq_x, cy - 13, seq_w, 26), fill="panel", radius=13))
                items.append(Line(seq_x + step_w / 2, cy, seq_x + seq_w - step_w / 2, cy, color="rule", width=2))
                for k in range(n):
                    items.append(Dot(seq_x + k * (step_w + STEP_GAP) + step_w / 2, cy, 7, fill="accent"))
            items += _placed_legend(legend, rows_top + pitch * len(band_range) + 12)
            pages.append(items)
    return pages


def _legend(matrix, area: Box, lang: str, rows: int, cols: int) -> list:
    """The cell text once, after the dot it explains, then how many crossings it stands for: on one line
    when both fit, else the count under the text."""
    x = area.x + 24
    text = layout.text(matrix.cell(lang), x, 0, area.w - 24, (20, 18, style.BODY), max_lines=2, role="value",
                       bold=True, color="accent")
    every_text = word("matrix_every", lang)
    used = max(text_width(line, text.size, True) for line in text.lines) + 16
    every = layout.text(every_text, x + used, 0, area.right - x - used, style.CAPTION, max_lines=1, role="caption",
                        color="muted")
    if len(text.lines) == 1 and not layout.shortened(every.lines):
        text = replace(text, box=Box(text.box.x, text.box.y, used - 12, text.box.h))  # no overlap with the count
        return [text, layout.at(every, y=text.box.h - every.box.h - 2)]  # on the text's baseline, roughly
    every = layout.text(every_text, x, text.box.bottom + 2, area.w - 24, style.CAPTION, max_lines=2,
                        role="caption", color="muted")
    return [text, every]


def _placed_legend(legend: list, top: float) -> list:
    """The legend moved so its top is at `top`, with the dot it explains before the cell text."""
    text = legend[0]
    dot = Dot(text.box.x - 14, top + text.size * 0.6, 7, fill="accent")
    return [dot] + [layout.at(t, y=top + t.box.y) for t in legend]
