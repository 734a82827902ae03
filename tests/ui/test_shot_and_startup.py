"""`briefing-app shot` writes real, non-blank PNGs; `--quit-after-first-paint` exits 0 quickly."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
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


def test_first_window_is_built_without_pyqtgraph_or_the_show(tmp_path):
    code = ("import sys; from briefing_app.ui.app import make_app; from briefing_app.ui.main_window import "
            "MainWindow; from briefing_app.model import load_pack; app, fam = make_app(); "
            "w = MainWindow(load_pack(), family=fam, persist=False); w.show(); app.processEvents(); "
            "print('pyqtgraph' in sys.modules, 'briefing_app.ui.present.show' in sys.modules); "
            "w.select_tab('industry'); w.fill_charts(); print('pyqtgraph' in sys.modules)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split() == ["False", "False", "True"], done.stderr


def test_first_paint_comes_before_the_model_the_tabs_and_the_show(tmp_path):
    """`briefing-app` paints its frame before pydantic, the model, any tab and the show are imported."""
    code = ("import sys; from briefing_app.cli import main; code = main(['--quit-after-first-paint']); "
            "print(code, *(m in sys.modules for m in ('pydantic', 'briefing_app.model', "
            "'briefing_app.ui.tabs.overview', 'briefing_app.ui.present.show', 'pyqtgraph')))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split() == ["0", "False", "False", "False", "False", "False"], done.stderr


def _frame(qtbot, family):
    from briefing_app.ui.main_window import MainWindow

    window = MainWindow(None, family=family, lang="zh", persist=False)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    return window


def test_the_frame_is_filled_after_its_first_paint(qtbot, family):
    from briefing_app.ui.app import fill_window
    from briefing_app.ui.widgets import LazyPlot

    window = _frame(qtbot, family)
    assert window.pack is None and window.tabs.count() == 0
    assert window.menus["file"].title() == "文件(&F)"  # the frame's menus are labelled before the pack loads
    window.set_language("en")  # a language switch before the pack is there relabels them and does no harm
    assert window.menus["file"].title() == "&File" and window.tabs.count() == 0
    window.set_language("zh")
    assert fill_window(window, FICTIONAL)
    assert window.pack.path == FICTIONAL
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["概览", "绿色能源", "港口物流", "时间线",
                                                                           "数据", "原文"]
    assert window.windowTitle().endswith("riverton.yaml")
    assert window.presentation is not None and window.editing is not None and window.talk_view is not None
    window.select_tab("energy")
    qtbot.waitUntil(lambda: window.charts_ready and all(s.filled for s in window.page("energy").findChildren(LazyPlot)),
                    timeout=5000)


def test_a_bad_pack_opened_at_start_says_why_and_shows_the_bundled_briefing(qtbot, family, pack_copy, capsys):
    from briefing_app.model import PackError, load_pack
    from briefing_app.ui.app import fill_window

    pack_copy.write_text(pack_copy.read_text(encoding="utf-8").replace("value: 1633", "value: lots", 1),
                         encoding="utf-8")
    with pytest.raises(PackError) as raised:
        load_pack(pack_copy)
    expected = [str(p) for p in raised.value.problems]
    window = _frame(qtbot, family)
    assert fill_window(window, pack_copy)
    assert capsys.readouterr().err.splitlines() == expected  # as `check` prints them
    qtbot.waitUntil(lambda: window.last_dialog is not None, timeout=5000)
    assert window.last_dialog.informativeText().splitlines() == expected
    assert window.pack.path.name == "songjiang-g60.yaml" and window.tabs.tabText(0) == "概览"


def test_a_tab_is_shot_whole_when_its_lines_wrap(make_window, tmp_path):
    """A taller window reflows the page (a card's meta line wraps): the shot grows until nothing scrolls."""
    from briefing_app.model import load_pack
    from briefing_app.ui.shot import render_tab

    window = make_window(load_pack(ROOT / "tests" / "packs" / "chengchuan" / "chengchuan.yaml"), lang="en")
    render_tab(window, 0, tmp_path / "overview.png")
    page = window.tabs.widget(0)
    assert page.verticalScrollBar().maximum() == 0  # the last card whole, not cut by the window's edge
    assert QImage(str(tmp_path / "overview.png")).height() == window.height()
