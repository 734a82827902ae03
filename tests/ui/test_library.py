"""The Library: every pack in a folder (recursively) and the bundled one, broken packs listed with their first
problem; search by number, words and qualifiers across packs; a hit opens its pack on the figure. The same
search on the command line (`briefing-app find`)."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication

from briefing_app.cli.main import main
from briefing_app.library import FigureIndex, scan
from briefing_app.ui.widgets import FigureCard

from tests.conftest import FICTIONAL, ROOT

LANJIANG = ROOT / "tests" / "packs" / "lanjiang"


def make_library(tmp_path):
    """A folder with a nested copy of the fictional pack, another pack, a broken one and unrelated YAML."""
    lib = tmp_path / "lib"
    shutil.copytree(FICTIONAL.parent, lib / "2023" / "riverton")
    if LANJIANG.exists():
        shutil.copytree(LANJIANG, lib / "lanjiang")
    broken = lib / "broken"
    shutil.copytree(FICTIONAL.parent, broken)
    text = (broken / FICTIONAL.name).read_text(encoding="utf-8").replace("value: 45", "value: lots", 1)
    (broken / FICTIONAL.name).write_text(text, encoding="utf-8")
    (lib / "notes.yaml").write_text("just: other yaml\n", encoding="utf-8")
    return lib


def test_scan_lists_every_pack_and_the_first_problem_of_a_broken_one(tmp_path):
    lib = make_library(tmp_path)
    entries = scan([lib])
    assert entries[0].bundled and entries[0].figure_count() > 30
    names = [e.path.relative_to(lib).as_posix() for e in entries[1:]]
    assert f"2023/riverton/{FICTIONAL.name}" in names and f"broken/{FICTIONAL.name}" in names
    assert "notes.yaml" not in names
    broken = next(e for e in entries if "broken" in e.path.parts)
    assert broken.pack is None and broken.problem.startswith(str(broken.path)) and "\n" not in broken.problem
    good = next(e for e in entries if "2023" in e.path.parts)
    assert good.article_date() == "2023" and good.source("en") and good.figure_count() == 7


def test_search_by_number_words_and_qualifiers(tmp_path):
    index = FigureIndex(scan([make_library(tmp_path)]))
    assert [h.figure_id for h in index.search("3109")] == ["biomed-firms"]
    assert [h.figure_id for h in index.search("3,109")] == ["biomed-firms"]
    assert index.search("310") == []  # a number matches whole numbers only
    solar = index.search("450000")  # 约45万千瓦 in full
    assert ("riverton.yaml", "solar-capacity") in {(h.pack_file, h.figure_id) for h in solar}
    assert all("45万" in h.quote for h in solar)
    approx = index.search("约 万千瓦")
    assert ("riverton.yaml", "solar-capacity") in {(h.pack_file, h.figure_id) for h in approx}
    assert all("约" in h.quote and "万千瓦" in h.quote for h in approx)
    assert ("riverton.yaml", "solar-capacity") in {(h.pack_file, h.figure_id) for h in index.search("about solar")}
    hit = index.search("Biomedicine", "en")[0]
    assert hit.display == "3,109 firms" and hit.line().endswith(f"「{hit.quote}」")


def test_find_command_prints_one_line_per_hit_and_exits_1_on_none(tmp_path, capsys):
    lib = make_library(tmp_path)
    assert main(["find", "4万片" if LANJIANG.exists() else "45万千瓦", str(lib)]) == 0
    out = capsys.readouterr()
    lines = out.out.strip().splitlines()
    assert lines and all(len(line.split("  ")) >= 4 and line.endswith("」") for line in lines)
    assert not lines[0].startswith("songjiang")  # found in a pack that was not bundled
    assert "skipped" in out.err and "broken" in out.err
    assert main(["find", "no-such-word-anywhere", str(lib)]) == 1
    assert capsys.readouterr().out == ""
    assert main(["find", "x", str(tmp_path / "missing")]) == 1
    assert capsys.readouterr().err.startswith("error: ")


def test_library_window_lists_searches_and_opens_a_hit_on_its_figure(window, tmp_path, isolated_settings):
    lib = make_library(tmp_path)
    view = window.open_library(lib)
    titles = [view.packs.item(r, 0).text() for r in range(view.packs.rowCount())]
    assert window.pack.data.title.zh in titles and "河湾区（虚构示例）" in titles
    problems = [view.packs.item(r, 2).text() for r in range(view.packs.rowCount())]
    assert any("broken" in p for p in problems)
    view.search.setText("约 万千瓦")
    hits = view.run_search()
    row = next(i for i, h in enumerate(hits) if h.figure_id == "solar-capacity" and h.pack_file == FICTIONAL.name)
    assert view.results.item(row, 0).text() == FICTIONAL.name
    view.results.cellActivated.emit(row, 0)
    QApplication.processEvents()
    assert window.pack.path.name == FICTIONAL.name and window.pack.path.parent.name == "riverton"
    focused = QApplication.focusWidget() or window.focusWidget()
    assert window.current_key() == window.pack.figure("solar-capacity").section or window.current_key() == "overview"
    cards = [c for c in window.tabs.currentWidget().findChildren(FigureCard) if c.figure.id == "solar-capacity"]
    assert cards and (focused is cards[0] or cards[0].hasFocus() or window.focusWidget() is cards[0])
    assert window.settings.value("last_library") == str(lib.resolve())
    view.close()


def test_a_broken_pack_is_listed_in_the_themes_muted_text(make_window, tmp_path):
    """Red is a rank in this app's colours; a pack that fails check is in the theme's secondary text, italic."""
    from PySide6.QtGui import QPalette

    window = make_window(None)
    view = window.open_library(make_library(tmp_path))
    row = next(r for r, e in enumerate(view.entries) if e.pack is None)
    item = view.packs.item(row, 0)
    assert item.foreground().color() == view.palette().color(QPalette.ColorRole.PlaceholderText)
    assert item.font().italic() and view.entries[row].problem in view.packs.item(row, 2).text()
