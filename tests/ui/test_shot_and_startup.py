"""`briefing-app shot` writes real, non-blank PNGs; `--quit-after-first-paint` exits 0 quickly."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtGui import QImage

from briefing_app.cli import main

from tests.conftest import FICTIONAL, ROOT


def _distinct_colours(image: QImage) -> int:
    small = image.scaled(200, 125)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


def test_shot_all_writes_every_tab_non_blank_with_charts(tmp_path, qapp, capsys):
    out = tmp_path / "shots"
    assert main(["shot", "--all", "-o", str(out), "--lang", "en"]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["01-overview.png", "02-industry.png", "03-corridor.png", "04-business.png",
                     "05-timeline.png", "06-data.png", "07-source.png"]
    for name in names:
        image = QImage(str(out / name))
        assert image.width() >= 1600 and image.height() >= 1000, name
        assert _distinct_colours(image) > 20, name
    # the industry tab's charts are drawn: the bar colour appears in the shot
    from briefing_app.ui import palette

    industry = QImage(str(out / "02-industry.png"))
    bar_blue = sum(1 for y in range(0, industry.height(), 4) for x in range(0, 800, 4)
                   if industry.pixelColor(x, y).name() == palette.LIGHT.accent)  # the result colour
    assert bar_blue > 200


def test_shot_one_tab_by_name_and_number(tmp_path, qapp):
    assert main(["shot", str(FICTIONAL), "--tab", "港口物流", "-o", str(tmp_path / "a.png")]) == 0
    assert main(["shot", "--tab", "3", "-o", str(tmp_path / "b.png")]) == 0
    assert QImage(str(tmp_path / "a.png")).width() >= 1600
    assert _distinct_colours(QImage(str(tmp_path / "b.png"))) > 20


def test_shot_errors_are_one_line(tmp_path, qapp, capsys):
    assert main(["shot", "--tab", "nope", "-o", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: no tab named 'nope'") and "\n" not in err
    assert main(["shot", "--tab", "99", "-o", str(tmp_path / "x.png")]) == 1
    assert capsys.readouterr().err.startswith("error: no tab 99")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["shot", "--all", "-o", str(blocker / "dir")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {blocker / 'dir'}: the folder {blocker} does not exist") and "Traceback" not in err


def test_quit_after_first_paint_exits_zero_fast(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "briefing_app", "--quit-after-first-paint"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - start < 20
    assert "Traceback" not in done.stderr


def test_first_window_is_built_without_pyqtgraph(tmp_path):
    code = ("import sys; from briefing_app.ui.app import make_app; from briefing_app.ui.main_window import "
            "MainWindow; from briefing_app.model import load_pack; app, fam = make_app(); "
            "w = MainWindow(load_pack(), family=fam, persist=False); w.show(); app.processEvents(); "
            "print('pyqtgraph' in sys.modules); w.fill_charts(); print('pyqtgraph' in sys.modules)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split() == ["False", "True"], done.stderr
