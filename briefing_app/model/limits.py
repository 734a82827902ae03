"""Text lengths the layouts are built for: the ONE place `check` (warnings) and the deck layouts read.

Counted in characters of the display language. Longer text is still accepted; `check` warns because
slides then have to wrap or shrink it. The `deck` engineer tunes these numbers to the real layouts.
"""

from __future__ import annotations

#: field → (zh maximum, en maximum), in characters.
MAX_CHARS = {
    "title": (30, 80),  # pack title, section, group, map and matrix titles
    "label": (45, 100),  # a figure's label (card heading, chart category)
    "message": (60, 150),  # an action title (section, group, map, matrix message)
    "event_title": (40, 100),  # one timeline entry
    "note": (80, 200),  # a figure's one line of context
    "name": (30, 80),  # entity and place names, matrix row and column headings
}
#: A matrix with more rows than this is split over several slides.
MATRIX_ROWS_PER_SLIDE = 5


def max_chars(field: str, lang: str) -> int:
    zh, en = MAX_CHARS[field]
    return zh if lang == "zh" else en
