"""Qt's own strings (OK, Cancel, Show Details…, file dialogs) follow the app's language.

qtbase_zh_CN (shipped with PySide6) covers most of them; `FIXES` fills what it lacks or words oddly — the
file dialog's accelerator labels ("&Look in:", "Files of &type:") are missing and a file's Size is "体积"
(volume). Our translator is installed after Qt's, so Qt asks it first.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

FIXES: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QFileDialog", "Look in:"): "查找范围：",
    ("QFileDialog", "Files of type:"): "文件类型：",
    ("QFileSystemModel", "Size"): "大小",
    ("QFileDialog", "Size"): "大小",
    ("QFileDialog", "Cancel"): "取消",
    ("QFileDialog", "&Choose"): "选择(&C)",
    ("QFileDialog", "Directory:"): "文件夹：",
    ("QFileDialog", "&Directory:"): "文件夹(&D)：",
}


class Fixes(QTranslator):
    """The few Qt strings qtbase_zh_CN lacks; everything else falls through to Qt's catalogue."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        return FIXES.get((context, source))  # None = not ours: Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


_installed: list[QTranslator] = []


def apply(lang: str) -> bool:
    """Install qtbase's Simplified Chinese catalogue (and our fixes) for zh, remove them for en; True if
    Chinese is active. The app's display name, which Qt adds to every window title (简报 / Briefing), follows."""
    from .strings import tr

    app = QApplication.instance()
    if app is None:
        return False
    app.setApplicationDisplayName(tr("app", lang))
    while _installed:
        app.removeTranslator(_installed.pop())
    if lang != "zh":
        return False
    translator = QTranslator(app)
    if not translator.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return False
    fixes = Fixes(app)
    for t in (translator, fixes):  # installed last = asked first
        app.installTranslator(t)
        _installed.append(t)
    return True
