"""Choosing slides by number, as a user types them: `1,3-5`."""

from __future__ import annotations

from ..errors import UsageError


def parse_slide_list(text: str | None, count: int) -> list[int] | None:
    """'1,3-5' → [1, 3, 4, 5] (1-based, in deck order, no repeats); None keeps every slide."""
    if text is None:
        return None
    chosen: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        lo, sep, hi = part.partition("-")
        if not lo.strip().isdigit() or (sep and not hi.strip().isdigit()):
            raise UsageError(f"--slides: {part!r} is not a slide number or range such as 3-5")
        first, last = int(lo), int(hi) if sep else int(lo)
        if first > last:
            raise UsageError(f"--slides: {part!r} runs backwards")
        if first < 1 or last > count:
            raise UsageError(f"--slides: {part!r} is outside 1-{count}")
        chosen.update(range(first, last + 1))
    return sorted(chosen)
