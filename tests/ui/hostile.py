"""A hostile pack for the plain-text tests: the `model` engineer's tests/packs/hostile when it is there, else one
made here from the fictional pack, every display text laced with markup, links, `&`, bidi overrides,
zero-width characters and a near-limit long string."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from tests.conftest import FICTIONAL, ROOT

SHIPPED = ROOT / "tests" / "packs" / "hostile" / "hostile.yaml"
PROBE_NAME = "hostile-probe.png"


def poison(probe: Path) -> str:
    return (f" <b>Bold</b><img src='file://{probe}'> <a href='https://example.com/'>link</a> R&D"
            " \u202eevil\u202c zero\u200bwidth")


def _lace(node, extra: str, skip=("quote", "source_quote", "file", "id", "section", "group", "scope", "figure",
                                  "figures", "among", "unit", "qualifier", "plan", "type", "format", "date")):
    """Add `extra` to every zh/en display text (never to quotes, ids or enum values)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "message" and isinstance(value, dict):  # numbers in messages are checked: no digits here
                for lang in ("zh", "en"):
                    value[lang] += " <b>Bold</b> <a href='https://example.com/'>link</a> R&D \u202eevil\u202c"
            elif key in ("zh", "en") and isinstance(value, str):
                node[key] = value + extra
            elif key in ("title_en",) and isinstance(value, str):
                node[key] = value + extra
            elif key not in skip:
                _lace(value, extra, skip)
    elif isinstance(node, list):
        for item in node:
            _lace(item, extra, skip)


def hostile_pack(tmp_path: Path) -> tuple[Path, list[str]]:
    """(the pack file, marker strings that must show literally somewhere)."""
    if SHIPPED.exists():
        folder = tmp_path / "hostile"
        shutil.copytree(SHIPPED.parent, folder)
        return folder / SHIPPED.name, ["<b>", "<img src=", "&"]
    from briefing_app.model.schema import MAX_TEXT

    folder = tmp_path / "hostile"
    shutil.copytree(FICTIONAL.parent, folder)
    data = yaml.safe_load(FICTIONAL.read_text(encoding="utf-8"))
    probe = tmp_path / PROBE_NAME
    _lace(data, poison(probe))
    long_text = ("很长的说明" * MAX_TEXT)[: MAX_TEXT - 1]
    data["figures"][0]["note"] = {"zh": long_text, "en": "long " * ((MAX_TEXT - 1) // 5)}
    path = folder / FICTIONAL.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path, ["<b>Bold</b>", f"<img src='file://{probe}'>", "R&D", "\u202eevil", "zero\u200bwidth"]
