"""Placing text and cards on the slide grid, measured so nothing overflows its box."""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import style
from ..typography import breaking, unwrap
from ..typography.metrics import text_width, wrap
from .slides import Box, Rect, TextBox

PAD = 12.0  # inner padding of cards and panels


class LayoutError(Exception):
    """Content that cannot fit at the smallest allowed size; the builder splits it instead."""


def shortened(lines) -> bool:
    """Whether wrapped lines were cut to their box (the last one ends in the ellipsis `text` adds)."""
    return bool(lines) and lines[-1].endswith(breaking.ELLIPSIS)


@dataclass(frozen=True)
class Grid:
    """The slide's frame: width, height and the content area between title and footer."""

    width: float
    height: float

    @property
    def content(self) -> Box:
        top = style.CONTENT_TOP
        return Box(style.MARGIN, top, self.width - 2 * style.MARGIN, style.FOOTER_TOP - 10 - top)

    @property
    def title_box(self) -> Box:
        return Box(style.MARGIN, style.TITLE_TOP, self.width - 2 * style.MARGIN, style.TITLE_HEIGHT)

    @property
    def footer_source(self) -> Box:
        return Box(style.MARGIN, style.FOOTER_TOP, self.width - 2 * style.MARGIN - 80, style.FOOTER_HEIGHT)

    @property
    def footer_number(self) -> Box:
        return Box(self.width - style.MARGIN - 60, style.FOOTER_TOP, 60, style.FOOTER_HEIGHT)


def text(content: str, x: float, y: float, w: float, sizes, *, max_lines: int = 99, role="body",
         bold=False, color="ink", align="left", figure_id=None, strict: bool = False) -> TextBox:
    """A TextBox at (x, y), as tall as its wrapped lines, at the largest size that keeps ≤ max_lines.

    Text longer than that at the smallest size is cut after `max_lines` lines with an ellipsis (the last
    resort for text beyond model/limits.py, which `check` warns about; the full text stays in the speaker
    notes). `strict` raises LayoutError instead, for callers that paginate or reflow.
    """
    content = breaking.no_break(content)  # what is written to the slide keeps a number with its unit
    sizes = tuple(sizes) if isinstance(sizes, (tuple, list)) else (sizes,)
    sizes = tuple(s for s in sizes if s >= style.MIN_SIZE) or (style.MIN_SIZE,)
    # never wrap more than can show: no glyph is narrower than 0.2 em, so a longer text is cut anyway
    # (a 10 kB label would otherwise be broken into hundreds of lines at every size tried)
    budget = int(max_lines * w / (sizes[-1] * 0.2)) + 2
    cut = len(content) > budget
    if cut:
        if strict:
            raise LayoutError(f"{content[:40]!r} is longer than {max_lines} lines can hold")
        content = content[:budget]
    # the widest unbreakable piece (a word, a number with its unit): a size that breaks it is a last resort
    longest = (max((t.rstrip() for t in breaking.tokens(content)), key=lambda t: text_width(t, 1, bold), default="")
               if len(sizes) > 1 else "")
    fitting = None
    for size in sizes:
        lines = wrap(content, size, w, bold)
        if len(lines) <= max_lines:
            fitting = fitting or (size, lines)
            if text_width(longest, size, bold) <= w:  # no word broken inside at this size
                break
    else:
        if fitting:
            size, lines = fitting
    if fitting is None:
        if strict:
            raise LayoutError(f"{content[:40]!r} needs more than {max_lines} lines at {sizes[-1]} pt in {w:.0f} pt")
        lines = breaking.wrap(content, w, lambda s: text_width(s, size, bold), max_lines)
    if cut and not shortened(lines):  # zero-width characters can make a cut text fit: still say it was cut
        lines = breaking.wrap(unwrap(lines) + "\u2026\u2026", w, lambda s: text_width(s, size, bold), len(lines))
        if not shortened(lines):
            lines = lines[:-1] + [lines[-1] + breaking.ELLIPSIS] if lines else [breaking.ELLIPSIS]
    height = len(lines) * size * 1.2
    return TextBox(Box(x, y, w, height), tuple(lines), size, role=role, bold=bold, color=color,
                   align=align, figure_id=figure_id)


def value(content: str, x: float, y: float, w: float, sizes, *, one_line: bool = False, **kw) -> TextBox:
    """A figure's value at the largest size that fits. It may take two lines only where it breaks at a
    space (`target: 1,500 mu ≈` / `100 ha`) and `one_line` is not asked for; a Chinese value such as
    计划约196亿元 stays on one line."""
    max_lines = 2 if " " in content and not one_line else 1
    try:
        return text(content, x, y, w, sizes, max_lines=max_lines, role="value", bold=True, strict=True, **kw)
    except LayoutError:
        return text(content, x, y, w, sizes, max_lines=3, role="value", bold=True, **kw)


def bullet(content: str, x: float, y: float, w: float, sizes, *, max_lines: int = 4, **kw) -> list[TextBox]:
    """A bullet point with a hanging indent: the marker in its own box, wrapped lines aligned after it."""
    body = text(content, x + 16, y, w - 16, sizes, max_lines=max_lines, **kw)
    marker = TextBox(Box(x, y, 14, body.size * 1.2), ("•",), body.size, role=body.role, color="muted")
    return [marker, body]


def even_runs(n: int, pages: int) -> list[range]:
    """0..n over `pages` runs whose lengths differ by one at most, longer ones first (13 over 4 pages is
    4 + 3 + 3 + 3, never 4 + 4 + 4 + 1)."""
    size, extra = divmod(n, max(1, pages))
    out, start = [], 0
    for page in range(max(1, pages)):
        end = start + size + (1 if page < extra else 0)
        if end > start:
            out.append(range(start, end))
        start = end
    return out


def pages_of(n: int, most: int) -> list[range]:
    """0..n on as few pages of at most `most` as they need, evenly (7 at most 5 a page: 4 + 3)."""
    return even_runs(n, -(-n // max(1, most)))


def balanced_pages(heights: list[float], room: float, gap: float = 0.0) -> list[range]:
    """Consecutive runs of items (by height) on as few pages of `room` as they need, as evenly filled as
    possible: the fullest page is as empty as it can be, so a continuation page never carries one item
    while the page before it is full. An item taller than `room` gets a page of its own."""
    n = len(heights)
    if not n:
        return []

    def runs(limit: float) -> list[range]:
        out, start, used = [], 0, 0.0
        for i, h in enumerate(heights):
            need = h if i == start else used + gap + h
            if i > start and need > limit:
                out.append(range(start, i))
                start, need = i, h
            used = need
        out.append(range(start, n))
        return out

    fewest = len(runs(room))
    lo, hi = max(heights), max(room, max(heights))
    for _ in range(30):  # the smallest page height that still needs no more pages than `room` does
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if len(runs(mid)) <= fewest else (mid, hi)
    return runs(hi)


def even_pages(heights: list[float], room: float, most: int, lead=lambda i: 0.0) -> list[range]:
    """Consecutive runs of items (by height) on as few pages of `room` and at most `most` items as they need,
    the items spread evenly over the pages (294 rows of 13 a page: 13 × 18 + 12 × 5, never 13 × 22 + 8).
    `lead(i)`: the height a page opening with item i needs above it (a repeated heading). An item taller
    than `room` gets a page of its own."""
    n = len(heights)

    def runs(pages: int | None) -> list[range]:
        out, start = [], 0
        while start < n:
            left = None if pages is None else pages - len(out)
            target = most if not left or left <= 0 else min(most, -(-(n - start) // left))
            end, used = start, lead(start)
            while end < n and end - start < target and (end == start or used + heights[end] <= room):
                used += heights[end]
                end += 1
            out.append(range(start, end))
            start = end
        return out

    fewest = len(runs(None))
    for pages in range(fewest, fewest + 3):  # rows taller than the even share may need a page more
        out = runs(pages)
        if len(out) <= pages:
            return out
    return runs(None)


def bullet_pages(entries, area: Box, sizes, gap: float = 10.0, max_lines: int = 4) -> list[list[TextBox]]:
    """(text, figure_id) entries as bullets from the top of `area`, over as few pages as they need, evenly."""
    bullets = [bullet(content, area.x, 0, area.w, sizes, max_lines=max_lines, figure_id=figure_id)
               for content, figure_id in entries]
    pages = []
    for run in balanced_pages([b[1].box.h for b in bullets], area.h, gap) or [range(0)]:
        y, page = area.y, []
        for i in run:
            marker, body = bullets[i]
            page += [at(marker, y=y), at(body, y=y)]
            y += body.box.h + gap
        pages.append(page)
    return pages


def title(grid: Grid, content: str) -> TextBox:
    """The action title: two lines at the largest size that fits, else three at the smallest."""
    box = grid.title_box
    try:
        tb = text(content, box.x, box.y, box.w, style.TITLE_SIZES, max_lines=2, role="title", bold=True,
                  strict=True)
    except LayoutError:
        tb = text(content, box.x, box.y, box.w, style.TITLE_SIZES[-1:], max_lines=3, role="title", bold=True)
    # keep the title in its band, vertically centred, so content starts at the same place on every slide
    return at(tb, y=box.y + (box.h - tb.box.h) / 2)


def at(item: TextBox, x: float | None = None, y: float | None = None) -> TextBox:
    """The same text moved to (x, y); None keeps that coordinate."""
    b = item.box
    return replace(item, box=Box(b.x if x is None else x, b.y if y is None else y, b.w, b.h))


def stack(parts: list[TextBox], gap: float = 4.0) -> list[TextBox]:
    """Lay TextBoxes out top to bottom from the first one's y, `gap` points apart."""
    out, y = [], parts[0].box.y if parts else 0.0
    for tb in parts:
        out.append(at(tb, y=y))
        y += tb.box.h + gap
    return out


def height_of(parts: list[TextBox], gap: float = 4.0) -> float:
    return sum(p.box.h for p in parts) + gap * max(0, len(parts) - 1)


def card(box: Box, parts: list[TextBox], *, dashed=False, figure_id=None) -> list:
    """A panel with its texts stacked inside, centred in its height; dashed outline and no fill for targets."""
    rect = Rect(box, fill=None if dashed else "panel", line="target" if dashed else None, dashed=dashed,
                figure_id=figure_id)
    stacked = stack(parts)
    content_h = height_of(parts)
    top = box.y + max(PAD, (box.h - content_h) / 2)
    moved = [at(p, box.x + PAD, top + (p.box.y - stacked[0].box.y)) for p in stacked]
    if moved and moved[-1].box.bottom > box.bottom - PAD / 2:
        raise LayoutError("card content taller than the card")
    return [rect, *moved]
