"""The layer boundaries hold: model and slide model import neither Qt nor python-pptx; exports need no Qt."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefing_app"
GUI = ("PySide6", "pyqtgraph", "shiboken6")


def imported_modules(folder: Path):
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                yield path, [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, [node.module]


def test_model_and_deck_import_no_qt_and_no_pptx():
    for layer in ("model", "deck"):
        for path, names in imported_modules(PACKAGE / layer):
            for name in names:
                assert not name.startswith(GUI + ("pptx",)), f"{path.name} imports {name}"


def test_qt_only_under_ui():
    for path, names in imported_modules(PACKAGE):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for name in names:
            assert not name.startswith(GUI), f"{path} imports {name}"


def test_loading_and_building_a_deck_loads_no_gui():
    code = ("import sys; from briefing_app.model import load_pack; from briefing_app.deck.build import build_deck; "
            "build_deck(load_pack(), 'en'); print(sorted(m for m in sys.modules if m.split('.')[0] in "
            f"{GUI + ('pptx',)!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
