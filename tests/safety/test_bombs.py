"""Bombs handed to the real commands: each is refused in one line naming the limit, exit 1, in a child
process that stays under 300 MB and writes nothing.

Without `briefing_app.bounds` the zip bombs cost 1-4 GB and the YAML of three million values 1.2 GB
(measured before the limits; under this test's address-space limit they fail with MemoryError instead).
"""

from __future__ import annotations

import shutil

import pytest

from briefing_app.bounds import LIMITS
from tests.conftest import SEEDS

from . import bombs
from .child import run_limited

PEAK_MB = 300
ARTICLE = "000_54ee800359b404e4.txt"

ZIP_BOMBS = {
    "referenced_huge_part": f"has a part ppt/media/image99.png that expands to 2,048 MB; "
                            f"a part may be at most {LIMITS.zip_part_bytes // 2**20} MB",
    "many_parts": f"has 60,036 parts; at most {LIMITS.zip_parts:,} are read",
    "many_expanding_parts": f"expands to more than {LIMITS.zip_total_bytes // 2**20} MB; at most that is read",
    "nested_zip": "the template's part ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx has a part "
                  f"xl/worksheets/sheet1.xml that expands to 1,024 MB; a part may be at most "
                  f"{LIMITS.zip_part_bytes // 2**20} MB",
    "lying_directory": "has a part ppt/media/image99.png that holds more than the 1,024 bytes its directory "
                       "declares (a zip bomb?)",
}
DEEP = f"nests deeper than {LIMITS.yaml_depth} levels; at most {LIMITS.yaml_depth} are read"
WIDE = f"holds more than {LIMITS.yaml_nodes:,} values; at most {LIMITS.yaml_nodes:,} are read"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Every bomb, made once (a few seconds: the 2 GB part's CRC is the slow bit)."""
    folder = tmp_path_factory.mktemp("bombs")
    for name in ZIP_BOMBS:
        getattr(bombs, name)(folder / f"{name}.pptx")
    for name in ("deep_yaml", "wide_yaml", "deep_talk", "wide_talk"):
        getattr(bombs, name)(folder / f"{name}.yaml")
    return folder


def _refused(run, cwd, fragment: str, label: str) -> None:
    print(f"\n{label}: peak {run.peak_mb:.0f} MB, {run.seconds:.2f} s: {run.lines[:1]}")
    assert run.returncode == 1, run.stdout + run.stderr
    assert len(run.lines) == 1 and fragment in run.lines[0], run.lines
    assert "Traceback" not in run.stderr
    assert run.peak_mb < PEAK_MB
    assert sorted(p.name for p in cwd.iterdir()) == [], "nothing is written, not even a temporary file"


@pytest.mark.parametrize("name", list(ZIP_BOMBS))
def test_export_refuses_a_template_bomb(made, tmp_path, name):
    template = made / f"{name}.pptx"
    run = run_limited(["export", "--template", str(template), "-o", "deck.pptx"], cwd=tmp_path)
    _refused(run, tmp_path, ZIP_BOMBS[name], f"export --template {name}")
    assert run.lines[0] == f"error: {template}: the template {ZIP_BOMBS[name]}" or name == "nested_zip"


@pytest.mark.parametrize("name, fragment", [("deep_yaml", DEEP), ("wide_yaml", WIDE)])
def test_check_refuses_a_yaml_bomb(made, tmp_path, name, fragment):
    run = run_limited(["check", str(made / f"{name}.yaml")], cwd=tmp_path)
    _refused(run, tmp_path, fragment, f"check {name}")
    assert run.lines[0].startswith(f"{made / name}.yaml:")  # FILE:LINE: as check prints every problem


@pytest.mark.parametrize("name, fragment", [("deep_talk", DEEP), ("wide_talk", WIDE)])
def test_export_refuses_a_talk_bomb(made, tmp_path, name, fragment):
    run = run_limited(["export", "--talk", str(made / f"{name}.yaml"), "-o", "deck.pptx"], cwd=tmp_path)
    _refused(run, tmp_path, fragment, f"export --talk {name}")


@pytest.mark.parametrize("name, fragment", [("deep_yaml", DEEP), ("wide_yaml", WIDE)])
def test_export_refuses_a_pack_bomb(made, tmp_path, name, fragment):
    pack = tmp_path.parent / f"{tmp_path.name}-{name}.yaml"
    shutil.copy(made / f"{name}.yaml", pack)
    run = run_limited(["export", str(pack), "-o", "deck.pptx"], cwd=tmp_path)
    _refused(run, tmp_path, fragment, f"export {name}")


OPEN = """
import sys
from pathlib import Path
from briefing_app.model import load_pack
from briefing_app.ui.app import make_app
from briefing_app.ui.main_window import MainWindow

app, family = make_app()
window = MainWindow(load_pack(None), family=family, persist=False)
opened = window.open_pack(Path(sys.argv[1]))  # File > Open, a drop, a Library row: all come here
box = window.last_dialog
print(box.informativeText() if box is not None else "no message box")
sys.exit(0 if opened else 1)
"""


@pytest.mark.parametrize("name, fragment", [("deep_yaml", DEEP), ("wide_yaml", WIDE)])
def test_the_app_refuses_a_pack_bomb_in_a_message_box(made, tmp_path, name, fragment):
    run = run_limited(["-c", OPEN, str(made / f"{name}.yaml")], cwd=tmp_path)
    _refused(run, tmp_path, fragment, f"open {name}")


def test_a_real_template_and_pack_still_export_under_the_same_limit(tmp_path):
    """The limit the bombs run under is not what refuses them: the bundled pack exports under it."""
    shutil.copy(SEEDS / ARTICLE, tmp_path)
    run = run_limited(["export", "-o", str(tmp_path / "deck.pptx")], cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "deck.pptx").stat().st_size > 10_000
