"""The Translate view driven by the keyboard alone on a drafted pack of about 200 untranslated texts: open it,
accept a suggestion, write one's own English, undo and redo, filter, and go on to the last text; then the
pack reopens with no text untranslated, and an English deck exports."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing_app.cli import main
from briefing_app.deck.build import build_deck
from briefing_app.model import load_pack
from briefing_app.model.untranslated import UNTRANSLATED
from tests.conftest import ROOT
from tests.ui.talk_helpers import type_keys

PACKS = ROOT / "tests" / "packs"


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


def _keys(qtbot, widget, text=None, key=None, modifier=Qt.KeyboardModifier.NoModifier):
    if text is not None:
        qtbot.keyClicks(widget, text)
    if key is not None:
        qtbot.keyClick(widget, key, modifier)


def test_a_drafted_pack_from_untranslated_to_an_english_deck_by_keyboard(big_draft, make_window, qtbot, tmp_path):
    window = make_window(load_pack(big_draft), lang="en")
    total = len(window.pack.untranslated)
    assert 180 <= total <= 260
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dock = window.translate_dock
    view = dock.view
    assert dock.isVisible()
    field = view.english
    QApplication.processEvents()
    assert QApplication.focusWidget() is field
    assert view.count.text() == f"{total} left of {total}"
    assert view.proxy.rowCount() == total

    # accept the suggestion of the first text that has one (Down moves, Enter accepts)
    while view.model.rows[view.current_row()].suggestion is None:
        _keys(qtbot, field, key=Qt.Key.Key_Down)
    row = view.model.rows[view.current_row()]
    suggested = row.suggestion.en
    assert field.text() == suggested and view.origin.text() == f"Suggestion: {row.suggestion.origin}"
    _keys(qtbot, field, key=Qt.Key.Key_Return)
    assert view.count.text() == f"{total - 1} left of {total}"
    text = big_draft.read_text(encoding="utf-8")
    assert text.startswith("# Drafted by `briefing-app draft report.txt`")  # comments kept
    assert suggested in text and len(load_pack(big_draft).untranslated) == total - 1

    # write one's own English (the field's text is selected: typing replaces it)
    own = view.model.rows[view.current_row()]
    assert own.left and own is not row
    _keys(qtbot, field, "Qinglan and Yunling in one report", Qt.Key.Key_Return)
    assert "Qinglan and Yunling in one report" in big_draft.read_text(encoding="utf-8")
    assert view.count.text() == f"{total - 2} left of {total}"

    # Chinese is refused with a message, nothing saved
    before = big_draft.read_text(encoding="utf-8")
    type_keys(field, "中文")  # as an input method sends it
    _keys(qtbot, field, key=Qt.Key.Key_Return)
    assert big_draft.read_text(encoding="utf-8") == before and "no Chinese" in window.statusBar().currentMessage()
    field.selectAll()
    _keys(qtbot, field, key=Qt.Key.Key_Backspace)
    field.setText(field.text())  # nothing typed left to undo in the field itself

    # undo (Ctrl+Z from the field reaches Edit ▸ Undo) and redo
    _keys(qtbot, field, key=Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert "Qinglan and Yunling in one report" not in big_draft.read_text(encoding="utf-8")
    assert view.count.text() == f"{total - 1} left of {total}" and own.left
    _keys(qtbot, field, key=Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Qinglan and Yunling in one report" in big_draft.read_text(encoding="utf-8") and not own.left

    # the filter: everything, then only what is left (Alt+O)
    qtbot.keyClick(field, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert not view.only_left.isChecked() and view.proxy.rowCount() == total
    qtbot.keyClick(field, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert view.only_left.isChecked() and view.proxy.rowCount() == total - 2
    field.setFocus()

    # a few more: Enter on a suggestion, English typed where there is none
    for n in range(6):
        if not field.text():
            _keys(qtbot, field, f"Text {n}")
        _keys(qtbot, field, key=Qt.Key.Key_Return)
    left = len(load_pack(big_draft).untranslated)
    assert view.count.text() == f"{left} left of {total}" and left == total - 8

    # the rest reviewed in bulk (every row accepted, own English where there is no suggestion), then Ctrl+R
    # and Ctrl+Shift+T: the view shows the count at 0
    sheet = tmp_path / "rest.csv"
    assert main(["translate", str(big_draft), "--suggest", "-o", str(sheet)]) == 0
    with open(sheet, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for n, row in enumerate(rows):
        row["accept"], row["english"] = "yes", row["english"] or ("" if row["suggestion"] else f"Text {n}")
    with open(sheet, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["translate", str(big_draft), "--apply", str(sheet)]) == 0
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.count.text() == "All English written: English export and presenting are ready"
    assert view.proxy.rowCount() == 0

    # reopen: nothing untranslated; the English deck exports and the show has no marker
    window.close()
    reopened = make_window(load_pack(big_draft), lang="en")
    assert reopened.pack.untranslated == ()
    deck = tmp_path / "report-en.pptx"
    assert main(["export", str(big_draft), "-o", str(deck), "--lang", "en"]) == 0 and deck.stat().st_size > 10_000
    shown = [line for slide in build_deck(reopened.pack, "en").slides for item in slide.items
             for line in getattr(item, "lines", ())]
    assert shown and not any(UNTRANSLATED in line for line in shown)
