"""File ▸ New briefing from article…: pick an article in any supported format, draft its pack beside it (the
converted Markdown too, as `briefing-app draft` does) and open the new pack on its Source tab.

A pack already there is never replaced without asking: Open it, Replace it with a new draft, or Cancel.
An article that names no year is drafted once the person says which year its 今年 means (the command's
`--year`). Other problems (a scanned PDF, an encrypted file, no figures…) are one line in a message box;
nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QMessageBox

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


#: What `draft` says when the article names no year (draft/article.py): the app asks for it instead.
NO_YEAR = "names no year"


def draft_and_open(win, article: Path, *, replace: bool, year: int | None = None) -> bool:
    from ..draft.command import scanned_warning, write_draft
    from ..errors import UserError

    output = article.with_suffix(".yaml")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        drafted, problem = write_draft(article, output, year=year, force=replace), None
    except UserError as exc:
        drafted, problem = None, str(exc)
    finally:
        QApplication.restoreOverrideCursor()
    if problem is not None:
        if year is None and NO_YEAR in problem:
            ask_year(win, article, replace)
        else:
            win.last_dialog = show_message(win, tr("draft_failed", win.language), problem)
        return False
    if not win.open_pack(output):
        return False
    win.select_tab("source")
    source = win.page("source")
    getattr(source, "view", source).setFocus()  # the new article, to read and select figures in
    message = tr("drafted", win.language, article=article.name, pack=output.name,
                 count=len(drafted.draft.pack["figures"]))
    if drafted.scanned_pages:  # kept in view until the next message: part of the article was not read
        win.statusBar().showMessage(message + " — " + scanned_warning(drafted.scanned_pages, win.language))
    else:
        win.statusBar().showMessage(message, 15000)
    return True


def ask_year(win, article: Path, replace: bool) -> QInputDialog:
    """Which year the article's 今年 means (this year by default); OK drafts it with that year."""
    import datetime

    dialog = QInputDialog(win)
    dialog.setObjectName("article-year-dialog")
    dialog.setWindowTitle(tr("new_from_article", win.language).replace("&", ""))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(1949, 2100)
    dialog.setIntValue(datetime.date.today().year)
    dialog.setLabelText(tr("ask_year", win.language, name=article.name))
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is text, never markup
    dialog.intValueSelected.connect(lambda year: draft_and_open(win, article, replace=replace, year=year))
    dialog.open()
    win.last_dialog = dialog
    return dialog
