"""Reading a pack's YAML safely, remembering the line of every value for error messages.

Dates stay text (2023-09-22 is not turned into a date object), aliases are refused (they let a tiny
file expand enormously) and duplicate keys are errors instead of the silent overwrite PyYAML does.
The graph is checked before any Python object is built from it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .problems import PackError, Problem

MAX_BYTES = 20 * 1024 * 1024


class _PackLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader, in C (libyaml) when PyYAML has it: parsing is then ~20× faster."""


# Keep dates and times as text: the schema checks their form. Numbers with colons stay text too: YAML 1.1
# reads 3:2 as the base-60 number 182, while in a pack it is a ratio as the article writes it (model/schema.py).
_NUMBERS = {
    "tag:yaml.org,2002:int": re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                                        r"|[-+]?0x[0-9a-fA-F_]+)$"),
    "tag:yaml.org,2002:float": re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?"
                                          r"|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
                                          r"|\.(?:nan|NaN|NAN))$"),
}
_PackLoader.yaml_implicit_resolvers = {
    key: [(tag, _NUMBERS.get(tag, regexp)) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
ALIAS_MESSAGE = "aliases (*name) are not allowed in a pack"


class LineMap:
    """Finds the line of a value from a path of keys and indexes (as pydantic reports them)."""

    def __init__(self, root: yaml.Node | None, tags: tuple[str, ...] = ()):
        self.root = root
        self.tags = tags

    def locate(self, loc: tuple) -> tuple[int, str]:
        """(1-based line, dotted path) for a pydantic error location."""
        node, line, parts = self.root, 1, []
        if node is not None:
            line = node.start_mark.line + 1
        for i, key in enumerate(loc):
            child = self._child(node, key)
            if child is None:
                # A union or discriminator tag (e.g. 'quantity') is not a key in the file: leave it out.
                if isinstance(key, str) and (i < len(loc) - 1 or key in self.tags):
                    continue
                parts.append(f"[{key}]" if isinstance(key, int) else str(key))
                break
            node = child
            line = node.start_mark.line + 1
            parts.append(f"[{key}]" if isinstance(key, int) else str(key))
        return line, ".".join(parts).replace(".[", "[") or "(file)"

    @staticmethod
    def _child(node, key):
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key:
                    return v
        if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
            return node.value[key]
        return None


def read_text(path: Path, label: str, what: str = "file") -> str:
    """The file's text, or a PackError saying why it cannot be read (missing, too big, not UTF-8)."""
    def fail(message: str, line: int = 1) -> PackError:
        return PackError([Problem(label, line, what, message)])

    try:
        size = path.stat().st_size
        if path.is_dir():
            raise fail("is a folder, not a file")
        if size > MAX_BYTES:
            raise fail(f"is {size / 1e6:.0f} MB; a pack or article may be at most {MAX_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise fail("no such file") from None
    except PermissionError:
        raise fail("permission denied") from None
    except OSError as exc:
        raise fail(exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise fail(f"is not UTF-8 text (byte 0x{raw[exc.start]:02X} at offset {exc.start})", line) from None
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, label: str, tags: tuple[str, ...] = ()) -> tuple[object, LineMap]:
    """The data and a LineMap (which skips `tags`, the union tags pydantic puts in error locations);
    syntax errors and duplicate keys become PackErrors with lines."""
    if not text.strip():
        raise PackError([Problem(label, 1, "(file)", "the file is empty")])
    loader = _PackLoader(text)
    try:
        root = loader.get_single_node()
        problems = list(_structure_problems(root, label))
        if problems:
            raise PackError(problems)
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        raise PackError([Problem(label, line, "syntax", message)]) from None
    except yaml.YAMLError as exc:
        raise PackError([Problem(label, 1, "syntax", str(exc).splitlines()[0])]) from None
    finally:
        loader.dispose()
    return data, LineMap(root, tags)


def _structure_problems(root, label: str):
    """Duplicate keys, and aliases (a node reached twice: what `*name` makes)."""
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if id(node) in seen:
            yield Problem(label, node.start_mark.line + 1, "syntax", ALIAS_MESSAGE)
            return
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        yield Problem(label, key.start_mark.line + 1, str(key.value), "duplicate key")
                    keys.add(key.value)
                stack += [key, value]
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
