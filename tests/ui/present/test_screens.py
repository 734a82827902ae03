"""Two screens: the audience on the projector full screen, the presenter view on the laptop; S swaps them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": [
    {"name": "LAPTOP", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
    {"name": "PROJECTOR", "x": 1920, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1}]}


def test_audience_on_the_projector_presenter_on_the_laptop_and_swap(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    root = Path(__file__).resolve().parents[3]
    run = subprocess.run([sys.executable, "-m", "tests.ui.present.two_screens"], cwd=root, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["screens"] == ["LAPTOP", "PROJECTOR"]
    assert report["start"] == {"audience": "PROJECTOR", "audience_full": True, "presenter": "LAPTOP",
                               "presenter_visible": True, "slide": 3}
    assert report["swapped"]["audience"] == "LAPTOP" and report["swapped"]["presenter"] == "PROJECTOR"
    assert report["chosen"]["audience"] == "PROJECTOR" and report["chosen"]["presenter"] == "LAPTOP"
    assert report["after_screen_change"]["slide"] == 3 and report["after_screen_change"]["audience_full"]
