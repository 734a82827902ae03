"""Crash safety, as a test: the app is killed (SIGKILL) at random points while it saves a pack, a talk and an
export, again and again, through its own save paths (tests/safety/crash_child.py). After every kill the
file is byte for byte the old version or the new one; a temporary file a kill leaves behind is hidden
(`.NAME.XXXX.part`), never taken for a pack or a deck, and the next save works.

`--kills N` sets the total (default 50: 25 pack saves, 15 talk saves, 10 exports)."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .child import ROOT

SHARE = {"pack": 0.5, "talk": 0.3, "export": 0.2}
SPREAD = {"pack": 3, "talk": 3, "export": 1.5}  # kills land within this many saves' time
TARGET = {"pack": "songjiang-g60.yaml", "talk": "board.talk.yaml", "export": "deck.pptx"}
INPUTS = {"pack": {"000_54ee800359b404e4.txt"}, "talk": set(), "export": set()}


class Zygote:
    def __init__(self, kind: str, folder: Path, refs: Path):
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.safety.crash_child", kind, str(folder), str(refs)],
                                     cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        word, seconds = self.proc.stdout.readline().split()
        assert word == "ready"
        self.save_seconds = float(seconds)

    def kill_after(self, seconds: float) -> int:
        self.proc.stdin.write(f"kill {seconds:.6f}\n")
        self.proc.stdin.flush()
        word, saves = self.proc.stdout.readline().split()
        assert word == "killed"
        return int(saves)

    def close(self) -> None:
        self.proc.stdin.close()
        assert self.proc.wait(timeout=30) == 0


def _temps(folder: Path, name: str) -> set[str]:
    pattern = re.compile(rf"\.{re.escape(name)}\.[^/]+\.part")
    return {p.name for p in folder.iterdir() if pattern.fullmatch(p.name)}


@pytest.mark.parametrize("kind", list(SHARE))
def test_a_killed_save_leaves_the_old_file_or_the_new_one(request, tmp_path, kind):
    kills = max(1, round(request.config.getoption("--kills") * SHARE[kind]))
    folder, refs = tmp_path / "work", tmp_path / "refs"
    folder.mkdir()
    refs.mkdir()
    zygote = Zygote(kind, folder, refs)
    target = folder / TARGET[kind]
    versions = {(refs / "A").read_bytes(): "A", (refs / "B").read_bytes(): "B"}
    assert len(versions) == 2
    rng = random.Random(f"crash-{kind}")
    seen, mid_write, saves = [], 0, 0
    try:
        for _ in range(kills):
            temps_before = _temps(folder, target.name)
            saves += zygote.kill_after(rng.uniform(0, SPREAD[kind] * zygote.save_seconds))
            state = versions.get(target.read_bytes())
            assert state is not None, "the file is neither the old version nor the new one"
            seen.append(state)
            left = _temps(folder, target.name)
            mid_write += bool(left - temps_before)  # this kill landed while the new text was being written
            others = {p.name for p in folder.iterdir()} - {target.name} - left - INPUTS[kind]
            assert others == set(), others
    finally:
        zygote.close()
    print(f"\n{kind}: {kills} kills, {saves} saves finished between them, {mid_write} kills mid-write, "
          f"states {''.join(seen)}")
    assert saves > 0 and set(seen) == {"A", "B"}
    assert all(name.startswith(".") for name in _temps(folder, target.name))
    _next_save_works(kind, folder, target)


def _next_save_works(kind: str, folder: Path, target: Path) -> None:
    """What the leftovers could confuse: the Library, `check`, the next save. Nothing is."""
    before = _temps(folder, target.name)
    if kind == "pack":
        from briefing_app.draft.edit import PackEditor
        from briefing_app.library import scan
        from briefing_app.model import load_pack

        # a kill while the Edit menu checks a change leaves its copy too (PackEditor.problems)
        shutil.copy(target, folder / f".{target.name}.k1ll3d.check.yaml")
        assert [e.path.name for e in scan([folder], with_bundled=False)] == [target.name]
        editor = PackEditor(target)
        editor.delete_figure("enclave-tenants")
        editor.save()
        assert "enclave-tenants" not in load_pack(target).figures_by_id
    elif kind == "talk":
        from briefing_app.deck.talk import load_talk

        assert load_talk(target).occasion["zh"] in ("区政府常务会议", "Board of the G60 Corridor")
    else:
        from pptx import Presentation

        from briefing_app.cli.main import main

        assert main(["export", "-o", str(target), "--lang", "en"]) == 0
        assert len(Presentation(str(target)).slides) > 10
    assert _temps(folder, target.name) == before  # a save leaves nothing new behind
