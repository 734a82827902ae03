"""Open a folder in the file manager, or, where no launcher exists (a bare Linux session, a server with X
forwarding), show its path with a Copy button instead of silently doing nothing."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from .errors import plain_message
from .strings import tr


def has_launcher() -> bool:
    """False where Qt would only warn "Unable to detect a launcher" (Linux without xdg-open)."""
    return not sys.platform.startswith("linux") or shutil.which("xdg-open") is not None


def open_folder(parent, folder: Path, lang: str, opener=None) -> QMessageBox | None:
    """Open `folder`; if that cannot be done, return the dialog that shows its path (with Copy)."""
    opener = opener or (lambda url: has_launcher() and QDesktopServices.openUrl(url))
    if opener(QUrl.fromLocalFile(str(folder))):
        return None
    box = QMessageBox(QMessageBox.Icon.Information, tr("open_folder", lang), tr("no_launcher", lang, path=folder),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("folder-path-dialog")
    plain_message(box)
    copy = box.addButton(tr("copy_path", lang), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # keep the dialog open after copying
    copy.clicked.connect(lambda: (QGuiApplication.clipboard().setText(str(folder)),
                                  copy.setText(tr("copied", lang))))
    box.open()
    return box
