"""Pack text is data, never markup: on a hostile pack every label, tab title, tooltip, dialog and table cell
shows the text as written (tags, links, `&`, bidi and zero-width characters), and nothing loads the <img> file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6 import QtGui
from PySide6.QtWidgets import QLabel

from briefing_app.model import load_pack

from tests.conftest import ROOT
from tests.ui.hostile import hostile_pack


def shown_tooltip(tip: str) -> str:
    """What a tooltip shows: Qt reads it as rich text when it looks like it."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


@pytest.fixture
def hostile(tmp_path):
    path, markers = hostile_pack(tmp_path)
    return load_pack(path), markers


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_widget_shows_pack_text_verbatim(make_window, hostile, lang):
    pack, markers = hostile
    window = make_window(pack, lang=lang)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
    window.fill_charts()
    labels = window.findChildren(QLabel)
    markup_like = [w for w in labels if "<" in w.text() or "&" in w.text()]
    assert markup_like, "the hostile texts are on screen"
    for w in markup_like:
        assert w.textFormat() == Qt.TextFormat.PlainText, w.text()[:80]
    everything = "\n".join(w.text() for w in labels)
    assert "<b>" in everything and "<img src=" in everything  # shown as written, not dropped or rendered
    for text in (pack.data.title(lang), pack.data.article.source(lang)):  # verbatim: not escaped, not dropped
        assert any(text in w.text() for w in labels), text

    # tab titles: `&` doubled so it shows as `&`, never an accelerator; the tooltip shows the title as written
    bar = window.tabs.tabBar()
    for i, title in enumerate(window.tab_titles):
        assert bar.tabText(i).replace("&&", "") .count("&") == 0, bar.tabText(i)
        assert shown_tooltip(window.tabs.tabToolTip(i)) == title

    # every card's tooltip shows the figure's texts exactly as written
    from briefing_app.ui.widgets import FigureCard, figure_tooltip

    cards = window.findChildren(FigureCard)
    assert cards
    for card in cards:
        assert shown_tooltip(card.toolTip()) == figure_tooltip(window.context(), card.figure)
    assert any("<" in shown_tooltip(c.toolTip()) for c in cards)  # the hostile markup is among them

    # table cells and their tooltips
    model = window.data_tab.model
    cells = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any("<b>" in c for c in cells)
    for r in range(model.rowCount()):
        tip = model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert model.figures[r].quote in shown_tooltip(tip)

    assert window.windowTitle().startswith(pack.data.title(lang))


def test_dialogs_show_pack_text_verbatim(make_window, hostile):
    pack, _ = hostile
    window = make_window(pack, lang="en")
    window.show_about()
    box = window.last_dialog
    shown = QTextDocument()
    shown.setHtml(box.text())
    assert pack.data.title("en") in shown.toPlainText()
    box.close()
    from briefing_app.ui.errors import show_message

    box = show_message(window, "t", pack.data.title("en"))
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.findChild(QLabel, "qt_msgbox_informativelabel").text() == pack.data.title("en")
    box.close()


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace to watch file opens")
def test_the_img_file_named_in_pack_text_is_never_opened(tmp_path):
    path, _ = hostile_pack(tmp_path)
    probe = tmp_path / "hostile-probe.png"
    for file in path.parent.iterdir():  # the shipped pack (and its article) name a fixed file: make it ours
        if file.suffix in (".yaml", ".txt", ".md"):
            file.write_text(file.read_text(encoding="utf-8").replace("/tmp/hostile-probe.png", str(probe)),
                            encoding="utf-8")
    code = ("import sys; from briefing_app.ui.app import make_app; from briefing_app.ui.main_window import "
            "MainWindow; from briefing_app.model import load_pack; app, fam = make_app(); "
            "w = MainWindow(load_pack(sys.argv[1]), family=fam, lang='en', persist=False); w.show(); "
            "app.processEvents(); w.fill_charts(); "
            "[ (w.tabs.setCurrentIndex(i), app.processEvents(), w.grab()) for i in range(w.tabs.count()) ]; "
            "w.show_about(); app.processEvents(); w.last_dialog.grab()")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(["strace", "-f", "-e", "trace=open,openat,stat,newfstatat,statx,access", "-o",
                           str(tmp_path / "trace"), sys.executable, "-c", code, str(path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    if done.returncode != 0 and "ptrace" in done.stderr:
        pytest.skip("ptrace is not permitted here")
    assert done.returncode == 0, done.stderr[-2000:]
    trace = (tmp_path / "trace").read_text(errors="replace")
    assert "hostile-probe" not in trace


def test_talk_and_translate_tooltips_show_pack_text_verbatim(make_window, hostile):
    """The Talk view's slide rows and the Translate view's table name pack texts in their tooltips."""
    pack, _ = hostile
    path = pack.path
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("en: <b>Bold?</b><img src='file:///tmp/hostile-probe.png'> & <i>x</i>",
                                 "en: '[untranslated]'"), encoding="utf-8")
    window = make_window(load_pack(path), lang="zh")
    window.talk_view.new_talk()
    items = [window.talk_view.list.item(i) for i in range(window.talk_view.list.count())]
    titles = [shown_tooltip(i.toolTip()) for i in items]
    assert "title: <b>标题</b><img src='file:///tmp/hostile-probe.png'>" in titles  # tags and all
    window.talk_view.undo.setClean()

    window.translate_dock.open_view()
    model = window.translate_dock.view.model
    tips = [shown_tooltip(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(model.rowCount()) for c in range(model.columnCount())]
    shown = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "<b>标题</b><img src='file:///tmp/hostile-probe.png'>" in shown
    assert tips == shown  # every tooltip reads exactly as its cell
