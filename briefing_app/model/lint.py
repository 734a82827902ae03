"""`check` warnings: things a pack may say but that will not show well (the pack still loads).

- characters no bundled font covers (emoji, CJK Extension B…): renderers fall back to system fonts,
  which may not have them either;
- text longer than the layouts are built for (model/limits.py).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import yaml

from ..resources import COVERAGE, fonts_dir
from .limits import max_chars
from .schema import PackData

#: Which `limits` field a text is checked against, by the key path's shape.
_FIELDS = {
    ("title",): "title", ("sections", "title"): "title", ("groups", "title"): "title",
    ("map", "title"): "title", ("matrices", "title"): "title",
    ("figures", "label"): "label",
    ("sections", "message"): "message", ("groups", "message"): "message", ("map", "message"): "message",
    ("matrices", "message"): "message",
    ("events", "title"): "event_title",
    ("figures", "note"): "note", ("events", "detail"): "note",
    ("entities", "name"): "name", ("map", "places", "name"): "name", ("matrices", "rows"): "name",
    ("matrices", "columns"): "name",
}


@lru_cache(maxsize=1)
def covered() -> frozenset[int] | None:
    """Code points every bundled font style covers, from assets/fonts/coverage.txt (None if absent)."""
    path = fonts_dir() / COVERAGE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    points: set[int] = set()
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            first, _, last = line.partition("-")
            points.update(range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(points)


def _uncovered(text: str, fonts: frozenset[int]) -> list[str]:
    found = []
    for ch in dict.fromkeys(text):
        if ch.isspace() or ord(ch) in fonts:
            continue
        name = unicodedata.name(ch, "")
        found.append(f"U+{ord(ch):04X}" + (f" {name}" if name else ""))
    return found


def pack_warnings(root: yaml.Node | None, data: PackData):
    """(line, dotted path, message) for each warning, walking the YAML so every line is exact."""
    fonts = covered()
    for node, path in _scalars(root, ()):
        text = node.value
        line = node.start_mark.line + 1
        dotted = ".".join(f"[{p}]" if isinstance(p, int) else p for p in path).replace(".[", "[")
        if fonts is not None:
            missing = _uncovered(text, fonts)
            if missing:
                more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
                yield line, dotted, (f"no bundled font has {', '.join(missing[:3])}{more}; "
                                     "it may show as a box on slides and in the app")
        keys = tuple(p for p in path if isinstance(p, str))
        limit = longest(keys)
        if limit is not None and len(text) > limit:
            yield line, dotted, (f"is {len(text)} characters; layouts are built for at most "
                                 f"{limit} ({_FIELDS[keys[:-1]]}, {keys[-1]}), so slides will wrap or shrink it")


def longest(keys: tuple[str, ...]) -> int | None:
    """The most characters the layouts are built for at a text's keys (('figures', 'label', 'en')), or None."""
    field = _FIELDS.get(keys[:-1]) if keys and keys[-1] in ("zh", "en") else None
    return max_chars(field, keys[-1]) if field else None


def _scalars(node, path):
    if isinstance(node, yaml.ScalarNode):
        if node.tag.endswith(":str") or node.style in ("'", '"', "|", ">"):
            yield node, path
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(value, path + (str(key.value),))
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            yield from _scalars(value, path + (i,))
