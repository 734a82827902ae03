"""The drafter stays Qt-free and below the slide model: it may use the model, the readers of source files and
the file utilities (atomic writes, bounds, revisions), nothing of deck/ui/export."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

DRAFT = Path(__file__).resolve().parents[2] / "briefing_app" / "draft"


def test_draft_imports_only_the_model():
    for path in DRAFT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module:
                assert node.module.split(".")[0] in ("model", "atomic", "bounds", "revisions", "sources"), f"{path.name} imports {node.module}"
            if isinstance(node, (ast.Import, ast.ImportFrom)) and not getattr(node, "level", 0):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
                for name in names:
                    assert not name.startswith(("PySide6", "pyqtgraph", "pptx", "briefing_app.deck",
                                                "briefing_app.ui", "briefing_app.export")), f"{path.name}: {name}"


def test_drafting_loads_no_gui_and_no_pptx():
    """Nor the readers' libraries when the article is text: they load when a file of their kind is read."""
    code = ("import sys; from briefing_app.draft import draft; "
            "draft('标题\\n\\n2023年，企业5家。\\n', 'a.txt'); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph', 'pptx', 'docx', "
            "'pdfplumber', 'pdfminer', 'trafilatura', 'charset_normalizer'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
