"""The Translate view driven by the keyboard alone on a drafted pack of about 150 untranslated texts: open it,
accept a suggestion, write one's own English, undo and redo, filter, and go on text by text to the last one;
every text is saved as it is accepted; then the view is left, the tabs show the English, the pack reopens with
no text untranslated, and an English deck exports. No bulk `--apply`: every text goes through the view."""

from __future__ import annotations

import time

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing_app.cli import main
from briefing_app.deck.build import build_deck
from briefing_app.model import load_pack
from briefing_app.model.untranslated import UNTRANSLATED
from tests.conftest import ROOT
from tests.ui.talk_helpers import type_keys

PACKS = ROOT / "tests" / "packs"
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


@pytest.fixture
def big_draft(tmp_path, capsys):
    """Two fictional articles as one (a district report of about 170 figures), drafted."""
    article = tmp_path / "report.txt"
    article.write_text((PACKS / "qinglan" / "qinglan.txt").read_text(encoding="utf-8") + "\n"
                       + "\n".join((PACKS / "yunling" / "yunling.md").read_text(encoding="utf-8").splitlines()[1:]),
                       encoding="utf-8")
    assert main(["draft", str(article)]) == 0
    capsys.readouterr()
    return tmp_path / "report.yaml"


def _key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


def _saved(path) -> str:
    return path.read_text(encoding="utf-8")


def _strings(node):
    """Every string of a loaded YAML document."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_a_drafted_pack_from_untranslated_to_an_english_deck_by_keyboard(big_draft, make_window, qtbot, tmp_path):
    window = make_window(load_pack(big_draft), lang="en")
    total = len(window.pack.untranslated)
    assert 120 <= total <= 260  # what `draft` left: the termbase fills more of it as it grows (148 at termbase3)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _key(qtbot, window, Qt.Key.Key_T, CTRL | SHIFT)
    dock = window.translate_dock
    view = dock.view
    assert dock.isVisible()
    field = view.english
    QApplication.processEvents()
    assert QApplication.focusWidget() is field
    assert view.count.text() == f"{total} left of {total}"
    assert view.proxy.rowCount() == total

    # accept the suggestion of the first text that has one (Down moves, Enter accepts): saved at once
    while view.model.rows[view.current_row()].suggestion is None:
        _key(qtbot, field, Qt.Key.Key_Down)
    row = view.model.rows[view.current_row()]
    suggested = row.suggestion.en
    assert field.text() == suggested and view.origin.text() == f"Suggestion: {row.suggestion.origin}"
    _key(qtbot, field, Qt.Key.Key_Return)
    assert view.count.text() == f"{total - 1} left of {total}"
    text = _saved(big_draft)
    assert text.startswith("# Drafted by `briefing-app draft report.txt`")  # comments kept
    assert suggested in text and len(load_pack(big_draft).untranslated) == total - 1

    # write one's own English (the field's text is selected: typing replaces it)
    own = view.model.rows[view.current_row()]
    assert own.left and own is not row
    qtbot.keyClicks(field, "Qinglan and Yunling in one report")
    _key(qtbot, field, Qt.Key.Key_Return)
    assert "Qinglan and Yunling in one report" in _saved(big_draft)
    assert view.count.text() == f"{total - 2} left of {total}"

    # Chinese is refused with a message, nothing saved
    before = _saved(big_draft)
    type_keys(field, "中文")  # as an input method sends it
    _key(qtbot, field, Qt.Key.Key_Return)
    assert _saved(big_draft) == before and "no Chinese" in window.statusBar().currentMessage()
    field.selectAll()
    _key(qtbot, field, Qt.Key.Key_Backspace)
    field.setText(field.text())  # nothing typed left to undo in the field itself

    # undo (Ctrl+Z from the field reaches Edit ▸ Undo) and redo
    _key(qtbot, field, Qt.Key.Key_Z, CTRL)
    assert "Qinglan and Yunling in one report" not in _saved(big_draft)
    assert view.count.text() == f"{total - 1} left of {total}" and own.left
    _key(qtbot, field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Qinglan and Yunling in one report" in _saved(big_draft) and not own.left

    # the filter: everything, then only what is left (Alt+O)
    _key(qtbot, field, Qt.Key.Key_O, ALT)
    assert not view.only_left.isChecked() and view.proxy.rowCount() == total
    _key(qtbot, field, Qt.Key.Key_O, ALT)
    assert view.only_left.isChecked() and view.proxy.rowCount() == total - 2
    field.setFocus()

    # every other text, one by one: Enter on a suggestion; every fifth suggestion edited (End, then more
    # words); English typed where there is none
    started, accepted, edited = time.perf_counter(), 0, []
    while view.proxy.rowCount():
        assert QApplication.focusWidget() is field
        if not field.text():
            qtbot.keyClicks(field, f"Text {accepted}")
        elif accepted % 5 == 0:
            _key(qtbot, field, Qt.Key.Key_End)
            qtbot.keyClicks(field, " (checked)")
            edited.append(field.text())
        _key(qtbot, field, Qt.Key.Key_Return)
        accepted += 1
        assert accepted <= total, "Enter stopped moving on"
    took = time.perf_counter() - started
    print(f"\n{accepted} texts accepted by keyboard in {took:.1f} s ({took / accepted * 1000:.0f} ms each)")
    assert accepted == total - 2
    assert view.count.text() == "All English written: English export and presenting are ready"
    saved = set(_strings(yaml.safe_load(_saved(big_draft))))  # as written: YAML may quote "…" in English
    assert load_pack(big_draft).untranslated == () and all(e in saved for e in edited)  # each saved at once

    # Esc leaves the view: the tabs are rebuilt from the saved pack and show the English
    _key(qtbot, field, Qt.Key.Key_Escape)
    assert not dock.isVisible() and not window.editing.stale
    assert UNTRANSLATED not in " ".join(window.tabs.tabText(i) for i in range(window.tabs.count()))
    assert window.pack.untranslated == ()

    # reopen: nothing untranslated; the English deck exports and the show has no marker
    window.close()
    reopened = make_window(load_pack(big_draft), lang="en")
    assert reopened.pack.untranslated == ()
    deck = tmp_path / "report-en.pptx"
    assert main(["export", str(big_draft), "-o", str(deck), "--lang", "en"]) == 0 and deck.stat().st_size > 10_000
    shown = [line for slide in build_deck(reopened.pack, "en").slides for item in slide.items
             for line in getattr(item, "lines", ())]
    assert shown and not any(UNTRANSLATED in line for line in shown)


def test_accepted_texts_wait_for_a_pause_before_the_tabs_are_rebuilt(big_draft, make_window, qtbot):
    """Enter after Enter saves each text at once; the tabs follow when the typing pauses."""
    window = make_window(load_pack(big_draft), lang="en")
    window.translate_dock.open_view()
    view, session = window.translate_dock.view, window.editing
    rebuilt = []
    original = window.rebuild
    window.rebuild = lambda *a, **k: (rebuilt.append(1), original(*a, **k))
    for n in range(3):
        if not view.english.text():
            view.english.setText(f"Text {n}")
        assert view.accept()
    assert not rebuilt and session.stale  # saved, not yet rebuilt
    assert len(load_pack(big_draft).untranslated) == len(window.pack.untranslated)  # the window holds the file
    qtbot.waitUntil(lambda: not session.stale, timeout=5000)
    assert rebuilt == [1]  # one rebuild for the three
