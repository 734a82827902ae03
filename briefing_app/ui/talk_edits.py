"""The Talk view's undo steps: a row edit, and a field edit whose typing merges into one step.

A field edit behaves like a text editor's: keystrokes in one field are one step until the field is left
(or another edit, an undo or a save comes between). The commands change the view only through its
`set_rows` / `set_field`, so undo and redo show exactly what they restore.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QUndoCommand

#: Every field of a talk the view edits, in the form's order (the title line only shows for several packs).
FIELDS = ("title_zh", "title_en", "occasion_zh", "occasion_en", "date", "presenter_zh", "presenter_en", "minutes",
          "closing_zh", "closing_en")
_FIELD_IDS = {name: 100 + i for i, name in enumerate(FIELDS)}  # QUndoCommand.id(): merge only like with like


class RowsEdit(QUndoCommand):
    """One change of the rows (move, include, appendix, a series added), undone by putting the old rows back;
    adding a pack's slides also changes the talk's packs (`packs`: before, after)."""

    def __init__(self, view, before, after, text: str, packs=None):
        super().__init__(text)
        self.view, self.before, self.after = view, list(before), list(after)
        self.packs = packs  # None: the packs do not change

    def redo(self):
        self.view.set_rows(self.after, **({"packs": self.packs[1]} if self.packs else {}))

    def undo(self):
        self.view.set_rows(self.before, **({"packs": self.packs[0]} if self.packs else {}))


class FieldEdit(QUndoCommand):
    """One field's value from `before` to `after`; later typing in the same field merges into it while open."""

    def __init__(self, view, name: str, before, after, text: str):
        super().__init__(text)
        self.view, self.name, self.before, self.after = view, name, before, after
        self.open = True  # the view closes it when the field is left, so the next typing is a new step

    def id(self) -> int:  # noqa: A003  Qt's name
        return _FIELD_IDS[self.name]

    def mergeWith(self, other) -> bool:  # noqa: N802  Qt's name
        if not (self.open and isinstance(other, FieldEdit) and other.name == self.name):
            return False
        self.after = other.after
        self.view.last_field_edit = self
        return True

    def redo(self):
        self.view.set_field(self.name, self.after)

    def undo(self):
        self.view.set_field(self.name, self.before)


class UndoKeys(QObject):
    """Gives Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in a field to the talk's undo stack.

    A QLineEdit claims these keys for its own per-field undo (through ShortcutOverride), which would leave
    the talk's stack and the fields out of step; this filter takes them first.
    """

    KEYS = {QKeySequence("Ctrl+Z"): "undo", QKeySequence("Ctrl+Shift+Z"): "redo", QKeySequence("Ctrl+Y"): "redo"}

    def __init__(self, view):
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched, event) -> bool:  # noqa: N802  Qt's name
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            name = self.KEYS.get(QKeySequence(event.keyCombination()))
            if name:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.view.act(name)
                return True
        return super().eventFilter(watched, event)
