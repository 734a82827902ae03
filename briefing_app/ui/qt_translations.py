"""Qt's own strings (OK, Cancel, Show Details…, file dialogs) follow the app's language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

_installed: QTranslator | None = None


def apply(lang: str) -> bool:
    """Install qtbase's Simplified Chinese catalogue for zh, remove it for en; True if Chinese is active."""
    global _installed
    app = QApplication.instance()
    if app is None:
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if lang != "zh":
        return False
    translator = QTranslator(app)
    if translator.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        _installed = translator
        return True
    return False
