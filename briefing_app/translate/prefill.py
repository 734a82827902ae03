"""`draft` with English: every drafted text the termbase or the memory covers completely (a glossary entry,
the same Chinese translated in a Library pack, or composed from termbase entries) is written translated;
fuzzy matches are never written (they need a person), nor a text longer than the layouts are built for, which a
person shortens from its suggestion. Works on the drafted pack as a plain dict."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..library import scan
from ..model import Pack
from ..model.lint import longest
from ..model.untranslated import UNTRANSLATED
from .memory import Memory
from .suggest import Suggester


def library_packs(folders: Iterable[Path]) -> list[Pack]:
    """The bundled pack and every pack under `folders` that loads (a broken one is simply not used)."""
    return [entry.pack for entry in scan([Path(f) for f in folders]) if entry.pack is not None]


def filled_english(pack: dict, packs: list[Pack]) -> list[tuple[str, str, str, str]]:
    """Fill the drafted `pack` dict's untranslated texts that are fully covered; (path, zh, en, origin) of each."""
    named = [*(pack.get("scopes") or {}).values(),
             *(e["name"] for e in pack.get("entities") or [] if e.get("kind") == "place" and "name" in e)]
    places = {s["zh"]: s["en"] for s in named if s.get("en") not in (None, UNTRANSLATED)}
    scopes = tuple(s["zh"] for s in (pack.get("scopes") or {}).values() if "zh" in s)
    suggester = Suggester(Memory.from_packs(packs), places, tuple(s["zh"] for s in named if "zh" in s), scopes)
    filled = []
    for path, keys, node, key, zh in _untranslated(pack, "", ()):
        s = suggester.suggest(zh)
        limit = longest(keys)
        if s is not None and s.sure and (limit is None or len(s.en) <= limit):
            node[key] = s.en
            filled.append((path, zh, s.en, s.origin))
    return filled


def _untranslated(node, path: str, keys: tuple[str, ...]):
    """(dotted path, its keys without list indexes, the dict, its key, the Chinese) of every {zh, en: marker} text
    and article title."""
    if isinstance(node, dict):
        if node.get("en") == UNTRANSLATED and isinstance(node.get("zh"), str):
            yield f"{path}.en".lstrip("."), (*keys, "en"), node, "en", node["zh"]
        if node.get("title_en") == UNTRANSLATED and isinstance(node.get("title"), str):
            yield f"{path}.title_en".lstrip("."), (*keys, "title_en"), node, "title_en", node["title"]
        for key, value in node.items():
            yield from _untranslated(value, f"{path}.{key}", (*keys, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _untranslated(value, f"{path}[{i}]", keys)
