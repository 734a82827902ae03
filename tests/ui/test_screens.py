"""Real screens: the first window fits the screen it opens on, saved geometry is clamped or ignored, and the
pages reflow instead of scrolling sideways. Each screen is a separate offscreen process whose screen size
(and scale) is set through the offscreen platform's config file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from briefing_app.ui.main_window import tab_title_cap
from briefing_app.ui.screen_fit import first_geometry, restored_geometry

from tests.conftest import ROOT

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QAbstractScrollArea
from briefing_app.ui.app import make_app
from briefing_app.ui.main_window import MainWindow
from briefing_app.model import load_pack
app, family = make_app()
window = MainWindow(load_pack(), family=family, lang=sys.argv[1])
window.show(); app.processEvents(); window.fill_charts(); app.processEvents()
sideways = []
for i, key in enumerate(window.tab_keys):
    window.tabs.setCurrentIndex(i); app.processEvents()
    page = window.tabs.widget(i)
    if isinstance(page, QAbstractScrollArea) and page.horizontalScrollBar().isVisible():
        sideways.append(key)
bar = window.tabs.tabBar()
print(json.dumps({"screen": window.screen().availableGeometry().getRect(),
                  "frame": window.frameGeometry().getRect(), "sideways": sideways,
                  "tabs_right": bar.tabRect(bar.count() - 1).right(), "bar_width": bar.width()}))
window.close()
"""


def probe(tmp_path, width, height, scale=1, lang="en", settings: str | None = None) -> dict:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    home = tmp_path / "config"
    if settings is not None:
        (home / "BriefingApp").mkdir(parents=True, exist_ok=True)
        (home / "BriefingApp" / "briefing-app.ini").write_text(settings)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", XDG_CONFIG_HOME=str(home),
               QT_SCALE_FACTOR=str(scale))
    done = subprocess.run([sys.executable, "-c", PROBE, lang], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "propagateSizeHints" not in done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(frame, screen) -> bool:
    fx, fy, fw, fh = frame
    sx, sy, sw, sh = screen
    return sx <= fx and sy <= fy and fx + fw <= sx + sw and fy + fh <= sy + sh


@pytest.mark.parametrize("width,height,scale", [(1366, 768, 1), (1920, 1080, 1), (1920, 1080, 2)])
def test_first_window_fits_its_screen_centred_with_no_sideways_scrolling(tmp_path, width, height, scale):
    seen = probe(tmp_path, width, height, scale)
    screen, frame = seen["screen"], seen["frame"]
    assert screen[2:] == [width // scale, height // scale]
    assert inside(frame, screen), seen
    assert frame[2] >= 0.85 * screen[2] and frame[3] >= 0.85 * screen[3]  # about 90 %, not a fixed 1500×950
    assert abs(frame[0] - (screen[2] - frame[2]) / 2) <= 2  # centred
    assert seen["sideways"] == []
    assert seen["tabs_right"] <= seen["bar_width"]  # every tab title fits on the bar


def test_a_too_small_or_off_screen_saved_geometry_is_not_restored(tmp_path):
    small = probe(tmp_path, 1920, 1080, settings="[window]\nrect=100, 100, 688, 512\n")
    assert small["frame"][2] >= 1600  # 688×512 from a laptop run is ignored on the big screen
    gone = probe(tmp_path, 1366, 768, settings="[window]\nrect=2200, 100, 1700, 1000\n")  # a second monitor, unplugged
    assert inside(gone["frame"], gone["screen"])


def test_restored_geometry_rule():
    screen = (0, 0, 1366, 768)
    assert first_geometry(screen) == (68, 38, 1229, 691)
    assert restored_geometry(None, [screen], screen) == (68, 38, 1229, 691)
    assert restored_geometry((10, 20, 1000, 700), [screen], screen) == (10, 20, 1000, 700)  # kept
    assert restored_geometry((-300, 500, 1500, 950), [screen], screen) == (0, 0, 1366, 768)  # shrunk, moved on
    second = (1366, 0, 1920, 1080)
    assert restored_geometry((1500, 50, 1200, 800), [screen, second], screen) == (1500, 50, 1200, 800)
    assert restored_geometry((1500, 50, 1200, 800), [screen], screen) == (68, 38, 1229, 691)  # screen is gone
    assert restored_geometry((100, 100, 688, 512), [(0, 0, 1920, 1080)], (0, 0, 1920, 1080))[2] == 1728


def test_tab_title_cap_cuts_only_the_longest_titles():
    assert tab_title_cap([50, 60, 70], 200, minimum=30) is None
    assert tab_title_cap([50, 60, 400], 300, minimum=30) == 190  # the short ones keep their width
    assert tab_title_cap([400, 400, 400], 90, minimum=40) == 40  # never below the minimum


def test_long_section_title_is_elided_with_the_full_title_in_its_tooltip(make_window, tmp_path):
    from briefing_app.model import load_pack
    from tests.conftest import FICTIONAL
    import shutil

    folder = tmp_path / "pack"
    shutil.copytree(FICTIONAL.parent, folder)
    path = folder / FICTIONAL.name
    text = path.read_text(encoding="utf-8")
    pack = load_pack(path)
    section = pack.data.sections[1]
    long_title = "A very long English section title that goes on " * 3 + "& ends"
    path.write_text(text.replace(section.title.en, long_title.strip(), 1), encoding="utf-8")
    window = make_window(load_pack(path), lang="en")
    window.resize(1000, 700)
    i = window.tab_keys.index(section.id)
    bar = window.tabs.tabBar()
    assert bar.tabText(i).endswith("…") and len(bar.tabText(i)) < len(long_title)
    assert long_title.strip().replace("&", "&amp;") in window.tabs.tabToolTip(i)
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()


def test_a_bulletin_s_twenty_tabs_keep_readable_titles_and_the_bar_scrolls(make_window):
    """On a 1366-wide laptop a 19-section bulletin's titles are not cut to a letter ("T…"): each shows its
    whole title or at least a readable start, and the tabs that do not fit are reached by the bar's arrows."""
    from PySide6.QtWidgets import QToolButton

    from briefing_app.model import load_pack
    from tests.conftest import ROOT

    pack = load_pack(ROOT / "tests" / "draft" / "heldout" / "zhechuan-2024.yaml")
    for lang in ("en", "zh"):
        window = make_window(pack, lang=lang)
        window.resize(1366, 700)
        window.fit_tab_titles()
        bar = window.tabs.tabBar()
        assert bar.count() >= 20
        shown = [bar.tabText(i).replace("&&", "&") for i in range(bar.count())]
        titles = window.tab_titles
        assert all(s == t or (s.endswith("…") and len(s) >= min(len(t), 6 if lang == "zh" else 8))
                   for s, t in zip(shown, titles)), shown
        assert sum(s == t for s, t in zip(shown, titles)) >= len(titles) // 2  # most are whole
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]
        assert len(arrows) == 2  # the tabs past the window's edge are one click away
