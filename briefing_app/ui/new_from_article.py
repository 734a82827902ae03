"""File ▸ New briefing from article…: pick an article in any supported format, draft its pack beside it (the
converted Markdown too, as `briefing-app draft` does) and open the new pack on its Source tab.

A pack already there is never replaced without asking: Open it, Replace it with a new draft, or Cancel.
Problems (a scanned PDF, an encrypted file, no figures…) are one line in a message box; nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .errors import plain_message, show_message
from .strings import tr


def ask(win) -> None:
    folder = str(win.pack.path.parent) if win.pack is not None else ""
    path, _ = QFileDialog.getOpenFileName(win, tr("new_from_article", win.language).replace("&", ""), folder,
                                          tr("article_filter", win.language))
    if path:
        start(win, Path(path))


def start(win, article: Path) -> QMessageBox | None:
    """Draft `article` and open the result; if its pack exists, ask first (the question is returned)."""
    output = article.with_suffix(".yaml")
    if not output.exists():
        draft_and_open(win, article, replace=False)
        return None
    lang = win.language
    box = QMessageBox(QMessageBox.Icon.Question, tr("new_from_article", lang).replace("&", ""),
                      tr("pack_exists", lang, name=output.name), QMessageBox.StandardButton.Cancel, win)
    box.setObjectName("pack-exists-dialog")
    open_button = box.addButton(tr("open_existing", lang), QMessageBox.ButtonRole.AcceptRole)
    replace_button = box.addButton(tr("replace_draft", lang), QMessageBox.ButtonRole.DestructiveRole)
    plain_message(box)

    def chosen(button):
        if button is open_button:
            win.open_pack(output)
        elif button is replace_button:
            draft_and_open(win, article, replace=True)

    box.buttonClicked.connect(chosen)
    box.open()
    win.last_dialog = box
    return box


def draft_and_open(win, article: Path, *, replace: bool) -> bool:
    from ..draft.command import write_draft
    from ..errors import UserError

    output = article.with_suffix(".yaml")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        drafted = write_draft(article, output, force=replace)
    except UserError as exc:
        win.last_dialog = show_message(win, tr("draft_failed", win.language), str(exc))
        return False
    finally:
        QApplication.restoreOverrideCursor()
    if not win.open_pack(output):
        return False
    win.select_tab("source")
    win.statusBar().showMessage(tr("drafted", win.language, article=article.name, pack=output.name,
                                   count=len(drafted.draft.pack["figures"])), 15000)
    return True
