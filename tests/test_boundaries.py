"""The layers hold, kept by import-linter's contracts in pyproject.toml, and a break is caught."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUI = ("PySide6", "pyqtgraph", "shiboken6")
LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
        "sys.exit(lint_imports_command())"]


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(LINT + ["--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_every_import_linter_contract_is_kept():
    done = _lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@pytest.mark.parametrize("module, line, contract", [
    ("model/pack.py", "from ..ui.strings import tr", "Layers"),
    ("deck/build.py", "from ..export.pptx import writer", "Layers"),
    ("export/data.py", "from ..ui import main_window", "Layers"),
    ("export/data.py", "import PySide6.QtCore", "Qt and pyqtgraph only in ui"),
    ("deck/slides.py", "import pptx", "python-pptx only in export"),
    ("model/units.py", "from ..cli import main", "Layers"),
])
def test_a_broken_layer_is_caught(tmp_path, module, line, contract):
    shutil.copytree(ROOT / "briefing_app", tmp_path / "briefing_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / "briefing_app" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    done = _lint(tmp_path)
    assert done.returncode == 1
    broken = [row for row in done.stdout.splitlines() if row.endswith("BROKEN")]
    assert any(row.startswith(contract) for row in broken), done.stdout


def test_loading_and_building_a_deck_loads_no_gui():
    code = ("import sys; from briefing_app.model import load_pack; from briefing_app.deck.build import build_deck; "
            "build_deck(load_pack(), 'en'); print(sorted(m for m in sys.modules if m.split('.')[0] in "
            f"{GUI + ('pptx',)!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
