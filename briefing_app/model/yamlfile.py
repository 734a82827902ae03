"""Reading a pack's YAML safely, remembering the line of every value for error messages.

Dates stay text (2023-09-22 is not turned into a date object), aliases are refused (they let a tiny
file expand enormously) and duplicate keys are errors instead of the silent overwrite PyYAML does.
The file's size, nesting depth and node count are bounded (`bounds.LIMITS`) and the graph is checked
before any Python object is built from it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..bounds import LIMITS, FileLimitError, read_file
from .problems import PackError, Problem


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
        if path.is_dir():
            raise fail("is a folder, not a file")
        raw = read_file(path, "file", LIMITS.text_bytes)
    except FileLimitError as exc:  # "PATH: the file is 30 MB; at most 20 MB is read" → the problem's message
        raise fail(str(exc).removeprefix(f"{path}: the file ")) from None
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
    syntax errors, duplicate keys and files over the depth and node limits become PackErrors with lines."""
    if not text.strip():
        raise PackError([Problem(label, 1, "(file)", "the file is empty")])
    if len(text) > LIMITS.yaml_nodes:
        check_yaml_shape(text, label)
    loader = _PackLoader(text)
    try:
        root = loader.get_single_node()  # shorter than the node limit: at most that many nodes to build
        problems = list(_structure_problems(root, label))
        if problems:
            raise PackError(problems)
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, label) from None
    except yaml.YAMLError as exc:
        raise PackError([Problem(label, 1, "syntax", str(exc).splitlines()[0])]) from None
    except RecursionError:  # the pure-Python composer, where libyaml is missing, recurses per level
        raise _too_deep(label, 1) from None
    finally:
        loader.dispose()
    return data, LineMap(root, tags)


def _too_deep(label: str, line: int) -> PackError:
    return PackError([Problem(label, line, "(file)", f"nests deeper than {LIMITS.yaml_depth} levels; "
                                                     f"at most {LIMITS.yaml_depth} are read")])


def _syntax_error(exc: yaml.MarkedYAMLError, label: str) -> PackError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    if "maximum nesting depth" in str(exc.problem):  # libyaml's own limit (1,000 levels) came first
        return _too_deep(label, line)
    message = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
    return PackError([Problem(label, line, "syntax", message)])


def check_yaml_shape(text: str, label: str) -> None:
    """PackError when the YAML nests deeper than `LIMITS.yaml_depth` or holds more than `LIMITS.yaml_nodes`
    nodes, found from the parser's events before any node is built (a node costs ~300 bytes: three million
    of them, two characters each in the file, took 1.2 GB).

    `parse_yaml` calls this only for texts longer than the node limit: a shorter one cannot hold more nodes
    than it has characters, and its depth is checked on the built nodes (costs nothing extra)."""
    nodes = depth = 0
    loader = _PackLoader(text)
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > LIMITS.yaml_depth:
                    raise _too_deep(label, event.start_mark.line + 1)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
                continue
            elif not isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
                continue
            nodes += 1
            if nodes > LIMITS.yaml_nodes:
                raise PackError([Problem(label, event.start_mark.line + 1, "(file)",
                                         f"holds more than {LIMITS.yaml_nodes:,} values; "
                                         f"at most {LIMITS.yaml_nodes:,} are read")])
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, label) from None
    except yaml.YAMLError as exc:
        raise PackError([Problem(label, 1, "syntax", str(exc).splitlines()[0])]) from None
    finally:
        loader.dispose()


def _structure_problems(root, label: str):
    """Nesting past the depth limit, duplicate keys, and aliases (a node reached twice: what `*name` makes)."""
    stack, seen = [(root, 1)], set()
    while stack:
        node, depth = stack.pop()
        if node is None:
            continue
        if depth > LIMITS.yaml_depth and isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            yield _too_deep(label, node.start_mark.line + 1).problems[0]
            return
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
                stack += [(key, depth + 1), (value, depth + 1)]
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
