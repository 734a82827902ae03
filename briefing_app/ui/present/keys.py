"""Key presses → show action names, built from the action table (show_actions.ACTIONS).

Ctrl chords are looked up first; any other modifier is ignored (Shift+= is still "+"), so a key works
however the keyboard layout reaches it. Auto-repeated presses are dropped by the caller, so holding a key
cannot race through slides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from .show_actions import ACTIONS

CTRL = Qt.KeyboardModifier.ControlModifier


def _key_map() -> dict[tuple[int, bool], str]:
    """(Qt key, Ctrl held) → action name, for every chord of every action."""
    mapping: dict[tuple[int, bool], str] = {}
    for act in ACTIONS:
        for chord in act.keys:
            combo = QKeySequence(chord)[0]
            mapping[(int(combo.key()), bool(combo.keyboardModifiers() & CTRL))] = act.name
    return mapping


KEY_MAP = _key_map()


def action(event: QKeyEvent) -> str | None:
    """The action name of a key press ('next', 'digit', 'enter', …), or None for a key the show ignores."""
    key = int(event.key())
    if event.modifiers() & CTRL and (key, True) in KEY_MAP:
        return KEY_MAP[(key, True)]
    return KEY_MAP.get((key, False))


class ForwardKeys:
    """Mixin for the show's windows: every key goes to the show first; Tab opens the overview, not focus."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  Qt override
        if not self.show_.handle_key(event, self):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002,N802  Qt override
        return False
