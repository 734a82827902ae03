"""The explicit marker for English not written yet, and where a pack still has it.

A drafted pack cannot invent English, and an empty `en` would hide the gap, so the draft writes
`en: "[untranslated]"`. `check` then warns (FILE:LINE) but accepts the pack: the Chinese app and deck
work, while an English export refuses and lists what is missing.
"""

from __future__ import annotations

from pydantic import BaseModel

UNTRANSLATED = "[untranslated]"


def untranslated_paths(data: BaseModel):
    """Pydantic-style locations of every English text that is still the marker."""
    yield from _walk(data, ())


def _walk(node, loc):
    if isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            key = info.alias or name
            value = getattr(node, name)
            if isinstance(value, str):
                if value == UNTRANSLATED:
                    yield loc + (key,)
            else:
                yield from _walk(value, loc + (key,))
    elif isinstance(node, (list, tuple)):
        for i, item in enumerate(node):
            yield from _walk(item, loc + (i,))
    elif isinstance(node, dict):
        for k, item in node.items():
            yield from _walk(item, loc + (k,))


def untranslated_summary(warnings, limit: int = 6) -> str:
    """One line naming what is untranslated (for a refused English export)."""
    shown = ", ".join(f"{w.path} (line {w.line})" for w in warnings[:limit])
    more = f" and {len(warnings) - limit} more" if len(warnings) > limit else ""
    return (f"English is not translated yet in {len(warnings)} places: {shown}{more}; "
            "translate them (see `briefing-app check`) or export in Chinese")
