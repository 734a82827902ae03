"""Editing the open pack in the app: add a figure from a Source selection, edit or delete a Data row,
undo/redo, and a Problems panel with `check`'s lines. The main window calls `attach(self)` once."""

from .session import attach

__all__ = ["attach"]
