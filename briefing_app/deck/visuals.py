"""Slide visuals drawn from shapes: the schematic corridor map and the timeline (the matrix: matrix.py)."""

from __future__ import annotations

import math
from dataclasses import replace

from ..i18n import punctuation
from ..model import display
from ..model.format import date_text
from ..typography.metrics import text_width
from . import layout, style
from .slides import Box, Dot, Line, Rect, TextBox


def region_colors(places) -> dict[str, str]:
    """One palette colour per region (province), in order of first appearance."""
    colors: dict[str, str] = {}
    for place in places:
        colors.setdefault(place.region.en, style.REGION_COLORS[len(colors) % len(style.REGION_COLORS)])
    return colors


def project(places, box: Box, pad: float = 36.0) -> dict[str, tuple[float, float]]:
    """Equirectangular projection (longitude scaled by cos latitude) fitted into `box`, north up."""
    mean_lat = math.radians(sum(p.lat for p in places) / len(places))
    xs = {p.id: p.lon * math.cos(mean_lat) for p in places}
    ys = {p.id: p.lat for p in places}
    span_x = (max(xs.values()) - min(xs.values())) or 1.0
    span_y = (max(ys.values()) - min(ys.values())) or 1.0
    scale = min((box.w - 2 * pad) / span_x, (box.h - 2 * pad) / span_y)
    off_x = box.x + (box.w - span_x * scale) / 2
    off_y = box.y + (box.h - span_y * scale) / 2
    return {pid: (off_x + (xs[pid] - min(xs.values())) * scale, off_y + (max(ys.values()) - ys[pid]) * scale)
            for pid in xs}


def map_items(spec, grid: layout.Grid, lang: str) -> list:
    area = grid.content
    map_box = Box(area.x, area.y, area.w * 0.62, area.h - 44)
    colors = region_colors(spec.places)
    xy = project(spec.places, map_box)
    origin = next((p for p in spec.places if p.origin), spec.places[0])
    ox, oy = xy[origin.id]
    items: list = [Rect(map_box, fill="panel")]
    items += [Line(ox, oy, *xy[p.id], color="rule", width=1.5) for p in spec.places if p is not origin]
    taken: list[Box] = []
    labels: list[TextBox] = []
    for place in spec.places:
        x, y = xy[place.id]
        r = 9.0 if place.origin else 6.0
        items.append(Dot(x, y, r, fill=colors[place.region.en], line="ink" if place.origin else None))
        taken.append(Box(x - r, y - r, 2 * r, 2 * r))
    for place in spec.places:
        x, y = xy[place.id]
        size = style.LABEL
        r = 9.0 if place.origin else 6.0
        label = layout.text(place.name(lang), 0, 0, min(map_box.w / 3, 160.0), size, max_lines=2, role="label",
                            bold=place.origin)
        w = max(text_width(line, size, place.origin) for line in label.lines) + 2
        h = label.box.h
        for bx, by in ((x + r + 4, y - h / 2), (x - r - 4 - w, y - h / 2), (x - w / 2, y - r - 2 - h),
                       (x - w / 2, y + r + 2)):
            candidate = Box(bx, by, w, h)
            if not any(candidate.overlaps(t) for t in taken) and _inside(candidate, map_box):
                taken.append(candidate)
                labels.append(replace(label, box=candidate))
                break
        # no free place beside the dot (crowded or long names): the legend still names it
    items += labels
    items.append(layout.text(spec.reference(lang), map_box.x, map_box.bottom + 6, map_box.w, style.SMALL,
                             max_lines=2, role="caption", color="muted"))
    items += _legend(spec.places, colors, Box(map_box.right + style.GUTTER, area.y,
                                               area.right - map_box.right - style.GUTTER, area.h), lang)
    return items


def _inside(b: Box, outer: Box) -> bool:
    return b.x >= outer.x and b.y >= outer.y and b.right <= outer.right and b.bottom <= outer.bottom


def _legend(places, colors, box: Box, lang: str) -> list:
    sep = punctuation(lang).list_sep
    items, y = [], box.y
    regions: dict[str, list] = {}
    for p in places:
        regions.setdefault(p.region.en, []).append(p)
    for members in regions.values():
        region = members[0].region(lang)
        items.append(Dot(box.x + 7, y + 10, 7, fill=colors[members[0].region.en]))
        head = layout.text(region, box.x + 22, y, box.w - 22, style.BODY, max_lines=2, role="label", bold=True)
        names = layout.text(sep.join(p.name(lang) for p in members), box.x + 22, head.box.bottom + 2, box.w - 22,
                            style.LABEL, max_lines=3)
        items += [head, names]
        y = names.box.bottom + 14
    if y > box.bottom:
        raise layout.LayoutError("map legend overflows")
    return items


def timeline_items(pack, events, grid: layout.Grid, lang: str) -> tuple[list, list[str]]:
    area = grid.content
    col_w = area.w / max(len(events), 1)
    axis_y = area.y + 70
    items: list = [Line(area.x, axis_y, area.right, axis_y, color="rule", width=2)]
    ids: list[str] = []
    dates = [date_text(e.date, lang) for e in events]
    # a date is one line (2023年3月18日 never loses its 日 to a second line); it may use its whole column
    date_size = next((s for s in (20, 18, style.BODY, style.LABEL)
                      if all(text_width(d, s, True) <= col_w - 12 for d in dates)), None)
    if date_size is None:
        raise layout.LayoutError("a date does not fit its column: fewer columns")
    for i, event in enumerate(events):
        x = area.x + i * col_w
        inner = col_w - 16
        cx = x + col_w / 2
        items.append(Dot(cx, axis_y, 8, fill="accent"))
        date = layout.text(dates[i], x + 2, area.y + 14, col_w - 4, date_size, max_lines=1, role="label", bold=True,
                           color="accent", align="center")
        parts = [layout.text(event.title(lang), x + 8, axis_y + 22, inner, (style.BODY, style.LABEL), max_lines=5,
                             role="label", bold=True, align="center")]
        if event.detail is not None:
            parts.append(layout.text(event.detail(lang), x + 8, 0, inner, style.CAPTION, max_lines=5, role="caption",
                                     color="muted", align="center"))
        for figure_id in event.figures:
            fig = pack.figure(figure_id)
            parts.append(layout.text(fig.label(lang), x + 8, 0, inner, style.CAPTION, max_lines=4, role="caption",
                                     align="center"))
            parts.append(layout.value(display(fig, lang), x + 8, 0, inner, (style.BODY, style.CAPTION),
                                      color="accent", align="center", figure_id=fig.id))
            ids.append(fig.id)
        placed = layout.stack(parts, 8)
        if placed[-1].box.bottom > area.bottom:
            raise layout.LayoutError(f"timeline entry {event.id} overflows")
        items += [date, *placed]
    return items, ids
