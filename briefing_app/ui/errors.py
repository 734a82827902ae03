"""Errors the user sees: pack problems (exactly as `check` prints them) and unexpected exceptions.

Dialogs are opened non-modally (`open()`, not `exec()`), so an error raised inside a slot never
nests an event loop, tests are not blocked, and the app stays usable after an unexpected exception.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from ..logfile import log_path, write_log  # noqa: F401 (re-exported for the UI)
from ..model import PackError
from .strings import tr

log = logging.getLogger("briefing_app.ui")


def problem_lines(exc: PackError) -> list[str]:
    """One line per problem, the same text `briefing-app check` prints."""
    return [str(p) for p in exc.problems]


def plain_message(box: QMessageBox) -> QMessageBox:
    """Show a message box's text and informative text verbatim: they carry file names and pack text, which
    QMessageBox would otherwise guess to be HTML."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_problems(parent: QWidget | None, exc: PackError, lang: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("invalid_pack", lang), tr("invalid_kept", lang),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("pack-error-dialog")
    box.setInformativeText("\n".join(problem_lines(exc)))
    plain_message(box)
    box.setDetailedText("\n".join(problem_lines(exc)))
    box.setAccessibleName(tr("invalid_pack", lang))
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 600px; }")  # one problem per line, as `check` prints them
    box.open()
    return box


def show_message(parent: QWidget | None, title: str, text: str, icon=QMessageBox.Icon.Warning) -> QMessageBox:
    """`title` is what happened, one line in the app's language, and heads the box (a window title is not shown
    everywhere: macOS has none); `text` below it is the detail, often a file's name and a reason in English."""
    box = QMessageBox(icon, title, title, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(text)
    plain_message(box)
    box.open()
    return box


class ExceptHook:
    """sys.excepthook: log the traceback, show a dialog, keep running (PySide6 would otherwise only print)."""

    def __init__(self, lang_getter=lambda: "en"):
        self.lang_getter = lang_getter
        self.last_dialog: QMessageBox | None = None
        self.previous = sys.excepthook

    def __call__(self, exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        import datetime

        text = "".join(traceback.format_exception(exc_type, exc, tb))
        stamp = datetime.datetime.now().isoformat(timespec="seconds")
        path = write_log(f"--- {stamp}\n{text}")
        print(text, file=sys.stderr)
        if QApplication.instance() is None:
            return
        lang = self.lang_getter()
        box = QMessageBox(QMessageBox.Icon.Critical, tr("error", lang),
                          f"{exc_type.__name__}: {exc}"[:500], QMessageBox.StandardButton.Ok,
                          QApplication.activeWindow())
        box.setInformativeText(tr("error_logged", lang, log=path or "stderr"))
        box.setDetailedText(text)
        plain_message(box)
        box.open()
        self.last_dialog = box


def install_excepthook(lang_getter) -> ExceptHook:
    hook = ExceptHook(lang_getter)
    sys.excepthook = hook
    return hook
