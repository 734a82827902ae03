"""No lost update: a change made to the pack on disk (a text editor, a sync tool, another window of the app)
while the app edits it survives the app's save; when both change the same place, the app writes nothing,
says so in one line, keeps its edit and shows both versions.

The outside writes are the three ways files change under an app: an editor writing a new file and renaming
it over the old one, a program truncating and rewriting the file in place (same inode, here even the same
size), and a sync tool renaming a file it downloaded elsewhere over it."""

from __future__ import annotations

import re
import os
import shutil
from pathlib import Path

import pytest

from briefing_app.model import load_pack
from tests.conftest import SEEDS

ARTICLE = "000_54ee800359b404e4.txt"
BIOMED = "label: {zh: 生物医药领域相关企业, en: Biomedicine firms}"
RD = "label: {zh: 研究与试验发展投入强度, en: R&D intensity}"
RD_OUTSIDE = "label: {zh: 研究与试验发展投入强度, en: R&D Intensity}"  # same size: only the content says it changed


def editor_replace(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def in_place(path: Path, text: str) -> None:
    with open(path, "r+", encoding="utf-8") as f:
        f.truncate(0)
        f.write(text)


def sync_rename(path: Path, text: str) -> None:
    incoming = path.parent / ".sync" / "download.part"
    incoming.parent.mkdir(exist_ok=True)
    incoming.write_text(text, encoding="utf-8")
    os.rename(incoming, path)


WRITES = {"editor": editor_replace, "in-place": in_place, "sync": sync_rename}


def outside(path: Path, old: str, new: str, write) -> str:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    write(path, text.replace(old, new))
    return new


@pytest.fixture
def pack_file(tmp_path):
    shutil.copy(SEEDS / ARTICLE, tmp_path)
    shutil.copy(SEEDS / "songjiang-g60.yaml", tmp_path)
    return tmp_path / "songjiang-g60.yaml"


def _edit_label(window, figure_id: str, label_en: str):
    form = window.editing.edit_figure(figure_id)
    form.set("label_en", label_en)
    return form


@pytest.mark.parametrize("how", list(WRITES))
@pytest.mark.parametrize("reloaded", [False, True], ids=["before-reload", "after-reload"])
def test_an_outside_change_elsewhere_survives_an_edit_made_in_a_form(make_window, pack_file, qtbot, how, reloaded):
    window = make_window(load_pack(pack_file), lang="en")
    form = _edit_label(window, "biomed-firms", "Biomedicine companies")  # the form is open…
    outside(pack_file, RD, RD_OUTSIDE, WRITES[how])  # …while the file changes on disk
    if reloaded:
        qtbot.waitUntil(lambda: window.pack.figure("rd-intensity-2023").label.en == "R&D Intensity")
    form.accept()
    text = pack_file.read_text(encoding="utf-8")
    assert RD_OUTSIDE in text and "en: Biomedicine companies}" in text  # both changes, in the file
    pack = load_pack(pack_file)
    assert pack.figure("rd-intensity-2023").label.en == "R&D Intensity"
    assert window.pack.figure("biomed-firms").label.en == "Biomedicine companies"
    assert window.pack.figure("rd-intensity-2023").label.en == "R&D Intensity"  # and on screen
    assert not window.editing.notice.button.isVisible()
    assert "changes made to it on disk kept" in window.statusBar().currentMessage()


@pytest.mark.parametrize("how", list(WRITES))
def test_an_outside_change_in_the_same_place_is_a_conflict_shown_and_nothing_is_lost(make_window, pack_file, how):
    window = make_window(load_pack(pack_file), lang="en")
    form = _edit_label(window, "biomed-firms", "Biomedicine companies")
    theirs = outside(pack_file, BIOMED, "label: {zh: 生物医药企业, en: Biopharma firms}", WRITES[how])
    on_disk = pack_file.read_bytes()
    form.accept()
    assert pack_file.read_bytes() == on_disk  # nothing written over the outside change
    status = window.statusBar().currentMessage()
    assert status == ("Not saved: songjiang-g60.yaml changed on disk where this edit changed it; "
                      "your edit is kept — Compare…")
    assert window.editing.panel.lines() == [f"{pack_file}:1: (file): {status}"]
    assert window.editing.notice.button.isVisible()
    assert "en: Biomedicine companies}" in window.editing.notice.conflict.mine  # the edit is kept, unsaved
    dialog = window.editing.notice.compare()
    lines = dialog.diff.toPlainText().splitlines()
    assert f"-    {theirs}" in lines and "+    label: {zh: 生物医药领域相关企业, en: Biomedicine companies}" in lines
    assert len([line for line in lines if line[:1] in "+-" and line[:3] not in ("---", "+++")]) == 2
    dialog.mine.click()  # the person chooses the edit: written over the file's line, knowingly
    assert "en: Biomedicine companies}" in pack_file.read_text(encoding="utf-8")
    assert window.pack.figure("biomed-firms").label.en == "Biomedicine companies"
    assert not window.editing.notice.button.isVisible()


def test_keeping_the_file_on_disk_drops_only_the_edit(make_window, pack_file):
    window = make_window(load_pack(pack_file), lang="en")
    form = _edit_label(window, "biomed-firms", "Biomedicine companies")
    outside(pack_file, BIOMED, "label: {zh: 生物医药企业, en: Biopharma firms}", editor_replace)
    on_disk = pack_file.read_bytes()
    form.accept()
    window.editing.notice.compare().theirs.click()
    assert pack_file.read_bytes() == on_disk
    assert window.pack.figure("biomed-firms").label.en == "Biopharma firms"
    assert not window.editing.editor.dirty


def test_a_change_landing_during_the_save_is_merged_not_overwritten(make_window, pack_file, monkeypatch):
    """The file is compared again right before the new text replaces it."""
    from briefing_app import revisions

    window = make_window(load_pack(pack_file), lang="en")
    real = revisions.write_atomically
    landed = []

    def slow_write(path, write):
        if not landed:  # the sync tool writes while the app is saving
            landed.append(outside(pack_file, RD, RD_OUTSIDE, sync_rename))
        real(path, write)

    monkeypatch.setattr(revisions, "write_atomically", slow_write)
    _edit_label(window, "biomed-firms", "Biomedicine companies").accept()
    text = pack_file.read_text(encoding="utf-8")
    assert landed and RD_OUTSIDE in text and "en: Biomedicine companies}" in text
    assert sorted(p.name for p in pack_file.parent.iterdir() if p.name.startswith(".songjiang")) == []


def test_undo_takes_back_only_the_apps_own_edit(make_window, pack_file, qtbot):
    window = make_window(load_pack(pack_file), lang="en")
    _edit_label(window, "biomed-firms", "Biomedicine companies").accept()
    outside(pack_file, RD, RD_OUTSIDE, in_place)
    qtbot.waitUntil(lambda: window.pack.figure("rd-intensity-2023").label.en == "R&D Intensity")
    window.editing.undo()
    text = pack_file.read_text(encoding="utf-8")
    assert BIOMED in text and RD_OUTSIDE in text


def test_undo_of_lines_changed_again_on_disk_says_it_cannot(make_window, pack_file, qtbot):
    window = make_window(load_pack(pack_file), lang="en")
    _edit_label(window, "biomed-firms", "Biomedicine companies").accept()
    after = outside(pack_file, "en: Biomedicine companies}", "en: Biotech companies}", editor_replace)
    qtbot.waitUntil(lambda: window.pack.figure("biomed-firms").label.en == "Biotech companies")
    window.editing.undo()
    assert after in pack_file.read_text(encoding="utf-8")
    assert window.statusBar().currentMessage() == "Cannot undo: the lines it changed were changed again since"


def test_two_windows_on_one_pack_keep_both_edits(make_window, pack_file):
    first, second = make_window(load_pack(pack_file), lang="en"), make_window(load_pack(pack_file), lang="en")
    form = _edit_label(second, "rd-intensity-2023", "R&D spending intensity")  # opened before the first saves
    first.editing.delete_figure("enclave-tenants")
    _edit_label(first, "biomed-firms", "Biomedicine companies").accept()
    form.accept()
    pack = load_pack(pack_file)
    assert pack.figure("rd-intensity-2023").label.en == "R&D spending intensity"
    assert pack.figure("biomed-firms").label.en == "Biomedicine companies"
    assert "enclave-tenants" not in pack.figures_by_id


def test_two_windows_editing_the_same_figure_show_the_conflict(make_window, pack_file):
    first, second = make_window(load_pack(pack_file), lang="en"), make_window(load_pack(pack_file), lang="en")
    form = _edit_label(second, "biomed-firms", "Biotech firms")
    _edit_label(first, "biomed-firms", "Biomedicine companies").accept()
    saved = pack_file.read_bytes()
    form.accept()
    assert pack_file.read_bytes() == saved
    assert second.editing.notice.button.isVisible()
    assert "en: Biotech firms}" in second.editing.notice.conflict.mine


def test_compare_speaks_the_app_language_and_enter_decides_later(make_window, pack_file, qtbot):
    from PySide6.QtCore import Qt

    window = make_window(load_pack(pack_file), lang="zh")
    form = _edit_label(window, "biomed-firms", "Biomedicine companies")
    outside(pack_file, BIOMED, "label: {zh: 生物医药企业, en: Biopharma firms}", editor_replace)
    on_disk = pack_file.read_bytes()
    form.accept()
    dialog = window.editing.notice.compare()
    lines = dialog.diff.toPlainText().splitlines()
    line = next(i for i, text in enumerate(on_disk.decode("utf-8").splitlines(), 1) if "生物医药企业" in text)
    assert lines[0] == f"第 {line - 1} 行起："  # where it is, in words (one line of context before)
    assert not [text for text in lines if text.startswith(("---", "+++", "@@")) or "on disk" in text]
    qtbot.keyClick(dialog.diff, Qt.Key.Key_Return)  # Enter: neither side is dropped
    assert not dialog.isVisible() and pack_file.read_bytes() == on_disk
    assert window.editing.notice.button.isVisible() and "Biomedicine companies" in window.editing.notice.conflict.mine


def test_a_pending_conflict_is_said_again_in_the_language_switched_to(make_window, pack_file):
    window = make_window(load_pack(pack_file), lang="en")
    form = _edit_label(window, "biomed-firms", "Biomedicine companies")
    outside(pack_file, BIOMED, "label: {zh: 生物医药企业, en: Biopharma firms}", editor_replace)
    form.accept()
    assert window.statusBar().currentMessage().startswith("Not saved: songjiang-g60.yaml")
    window.actions_by_key["toggle_lang"].trigger()  # Ctrl+L
    status, button = window.statusBar().currentMessage(), window.editing.notice.button.text()
    assert "songjiang-g60.yaml" in status and not re.search(r"[A-Za-z]{3,}", status.replace("songjiang", "").replace("yaml", ""))
    assert not re.search(r"[A-Za-z]{3,}", button) and button
