"""Typing and dialog clicks for the Talk view tests, as a user does them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_keys(widget, text: str) -> None:
    """Type `text` into the focused field, one key event per character (QTest.keyClicks takes ASCII only;
    a key event carrying the character is what an input method sends)."""
    widget.setFocus()
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_into(widget, text: str) -> None:
    """Type, then leave the field (the step it made is closed)."""
    type_keys(widget, text)
    widget.editingFinished.emit()
