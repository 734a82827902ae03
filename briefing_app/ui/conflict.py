"""When an edit in the app and a change on disk touch the same place: the edit stays unsaved, one line says
so in the status bar, and a Compare… button beside it opens both versions' differing lines, to keep one.

Shared by the pack's editing session and the Talk view; they say what keeping each version means.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ..i18n import translator
from ..revisions import EditConflict

TEXT = {
    "unsaved": ("未保存：{name} 在读取后被其他程序修改，且改在同一处；您的修改已保留，可点“比较…”",
                "Not saved: {name} changed on disk where this edit changed it; your edit is kept — Compare…"),
    "compare": ("比较…", "Compare…"),
    "title": ("比较：{name}", "Compare: {name}"),
    "intro": ("“-”开头的行是磁盘上的文件，“+”开头的行是您的修改。", "Lines starting with - are the file on disk; + your edit."),
    "mine": ("保留我的修改", "Keep my edit"),
    "theirs": ("保留磁盘上的文件", "Keep the file on disk"),
    "later": ("稍后决定", "Decide later"),
    "from_line": ("第 {line} 行起：", "From line {line}:"),
}
tr = translator(TEXT)


def differing_lines(theirs: str, mine: str, lang: str = "en") -> str:
    """The lines that differ, with one line of context, as `diff -u` marks them (- the file's, + the edit's),
    each stretch headed by its line number in words instead of diff's `@@ -293,3 +293,3 @@`."""
    out = []
    for line in difflib.unified_diff(theirs.splitlines(), mine.splitlines(), n=1, lineterm=""):
        if line.startswith(("---", "+++")):
            continue  # the intro says which side is which
        hunk = HUNK.match(line)
        out.append(tr("from_line", lang, line=hunk["line"]) if hunk else line)
    return "\n".join(out)


HUNK = re.compile(r"@@ -(?P<line>\d+)")


class CompareDialog(QDialog):
    """Both versions' differing lines; Keep my edit / Keep the file on disk / Decide later."""

    def __init__(self, parent: QWidget, conflict: EditConflict, lang: str, keep_mine: Callable[[], None],
                 keep_theirs: Callable[[], None]):
        super().__init__(parent)
        self.setObjectName("compare-dialog")
        self.setWindowTitle(tr("title", lang, name=conflict.path.name))
        intro = QLabel(tr("intro", lang))
        # what keeping the edit would change in the file as it is: plain text, never markup
        self.diff = QPlainTextEdit(differing_lines(conflict.theirs, conflict.kept_mine, lang))
        self.diff.setObjectName("compare-lines")
        self.diff.setReadOnly(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.diff.setFont(mono)
        buttons = QDialogButtonBox()
        self.mine = buttons.addButton(tr("mine", lang), QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs = buttons.addButton(tr("theirs", lang), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later = buttons.addButton(tr("later", lang), QDialogButtonBox.ButtonRole.RejectRole)
        self.mine.clicked.connect(lambda: (self.accept(), keep_mine()))
        self.theirs.clicked.connect(lambda: (self.accept(), keep_theirs()))
        self.later.clicked.connect(self.reject)
        for button in (self.mine, self.theirs):
            button.setAutoDefault(False)  # Enter never drops either side: it decides later, as Esc does
        self.later.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.diff, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)


class ConflictNotice:
    """The status bar's one line and its Compare… button, for one pending conflict of one window."""

    def __init__(self, window, keep_mine: Callable[[EditConflict], None],
                 keep_theirs: Callable[[EditConflict], None]):
        self.window = window
        self.keep_mine, self.keep_theirs = keep_mine, keep_theirs
        self.conflict: EditConflict | None = None
        self.dialog: CompareDialog | None = None
        self.button = QPushButton()
        self.button.setObjectName("compare-button")  # a raised button: the status line's only control
        self.button.clicked.connect(self.compare)
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)
        getattr(window, "retranslators", []).append(self.retranslate)  # Ctrl+L says a pending conflict again

    def retranslate(self) -> None:
        if self.conflict is not None:
            self.show(self.conflict)

    @property
    def lang(self) -> str:
        return self.window.language

    def show(self, conflict: EditConflict) -> str:
        """Say it in the status bar (until resolved) and offer Compare…; returns the line."""
        self.conflict = conflict
        line = tr("unsaved", self.lang, name=conflict.path.name)
        self.window.statusBar().showMessage(line)
        self.button.setText(tr("compare", self.lang))
        self.button.show()
        return line

    def clear(self) -> None:
        if self.conflict is not None:
            self.window.statusBar().clearMessage()
        self.conflict = None
        self.button.hide()

    def compare(self) -> CompareDialog | None:
        conflict = self.conflict
        if conflict is None:
            return None

        def resolve(keep):
            self.clear()
            keep(conflict)

        self.dialog = CompareDialog(self.window, conflict, self.lang, lambda: resolve(self.keep_mine),
                                    lambda: resolve(self.keep_theirs))
        self.dialog.open()
        return self.dialog
