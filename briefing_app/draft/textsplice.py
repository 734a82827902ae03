"""Replacing quoted texts of a pack where they stand in the file: the Translate view saves one English text
per Enter, and a ruamel.yaml round trip of a 200-figure pack takes about a second, this about 40 ms.

The file is composed with libyaml (PyYAML's C loader), which gives each scalar's position; a text written in
double or single quotes is replaced by the new text in the same quotes, and everything else in the file stays
byte for byte. The result is composed again and must hold exactly the new text at that place; when it does
not, or a text is not quoted (plain, block), None is returned and the caller takes the round-trip path.
"""

from __future__ import annotations

import json
import re

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: What YAML does not allow raw inside quotes (beyond the C0 controls json.dumps escapes): C1 controls, line
#: and paragraph separators, the byte-order mark, lone surrogates.
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def _node_at(root, loc: tuple):
    node = root
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
            node = node.value[key]
        else:
            return None
        if node is None:
            return None
    return node if isinstance(node, yaml.ScalarNode) else None


def _quoted(value: str, style: str) -> str | None:
    if style == '"':
        text = json.dumps(value, ensure_ascii=False)
        return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if style == "'" and not _UNPRINTABLE.search(value) and not any(c in value for c in "\n\r\t"):
        return "'" + value.replace("'", "''") + "'"
    return None


_last: tuple[str, object] = ("", None)  # the last text composed and its tree: the next splice starts from it


def _compose(text: str):
    global _last
    if _last[0] == text and _last[1] is not None:
        return _last[1]
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return None
    _last = (text, root)
    return root


def splice_texts(text: str, texts: dict[tuple, str]) -> str | None:
    """`text` with each location's quoted scalar replaced by its new text, or None (see the module)."""
    root = _compose(text)
    if root is None:
        return None
    spans = []
    for loc, value in texts.items():
        node = _node_at(root, tuple(loc))
        new = _quoted(value, node.style) if node is not None else None
        if new is None:
            return None
        spans.append((node.start_mark.index, node.end_mark.index, new))
    out = text
    for start, end, new in sorted(spans, reverse=True):
        out = out[:start] + new + out[end:]
    check = _compose(out)
    if check is None or any(getattr(_node_at(check, tuple(loc)), "value", None) != value for loc, value in texts.items()):
        return None
    return out
