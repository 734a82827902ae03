"""A list under group headings over as few, evenly filled pages as it needs (the appendix's named firms
and institutions of every section on one slide, not one half-empty slide per section)."""

from __future__ import annotations

from . import layout, style
from .slides import Box, TextBox

HEADING_GAP = 6.0  # between a heading and its first bullet
GROUP_GAP = 16.0  # before the next heading
BULLET_GAP = 6.0


def grouped_pages(groups: list[tuple[str, list[tuple[str, str | None]]]], area: Box, cont: str,
                  sizes=(style.BODY, style.LABEL), max_lines: int = 3) -> list[list[TextBox]]:
    """(heading, [(text, figure_id)]) groups as headed bullet lists; a group that runs onto the next page
    repeats its heading with `cont`. The larger size unless the smaller one needs fewer pages."""
    best = None
    for size in sizes:
        pages = _pages(groups, area, cont, size, max_lines)
        if best is None or len(pages) < len(best):
            best = pages
    return best


def _pages(groups, area: Box, cont: str, size: float, max_lines: int) -> list[list[TextBox]]:
    def heading(text: str) -> TextBox:
        return layout.text(text, area.x, 0, area.w, style.BODY, max_lines=2, role="label", bold=True,
                           color="accent")

    units = []  # (group index, heading or None, bullet): a heading travels with its group's first bullet
    for g, (title, entries) in enumerate(groups):
        for k, (content, figure_id) in enumerate(entries):
            b = layout.bullet(content, area.x, 0, area.w, size, max_lines=max_lines, figure_id=figure_id)
            units.append((g, heading(title) if k == 0 else None, b))
    tallest_heading = max((heading(t + cont).box.h for t, _ in groups), default=0.0)

    def height(unit) -> float:
        _, head, (_, body) = unit
        return body.box.h + (GROUP_GAP + head.box.h + HEADING_GAP if head else 0.0)

    # leave room for a repeated heading at the top of a continuation page
    room = area.h - tallest_heading - HEADING_GAP + GROUP_GAP
    pages = []
    for run in layout.balanced_pages([height(u) for u in units], room, BULLET_GAP):
        y, page = area.y, []
        for n, i in enumerate(run):
            g, head, (marker, body) = units[i]
            if head is None and n == 0:  # the group goes on from the page before
                head = heading(groups[g][0] + cont)
            if head is not None:
                y += GROUP_GAP if n else 0.0
                page.append(layout.at(head, y=y))
                y += head.box.h + HEADING_GAP
            page += [layout.at(marker, y=y), layout.at(body, y=y)]
            y += body.box.h + BULLET_GAP
        pages.append(page)
    return pages
