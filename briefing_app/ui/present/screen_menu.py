"""A checkable list of screens in a menu; picking one calls back with the screen's name.

Used by the Present menu (with an "automatic" entry) and by the presenter view's Audience screen button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from .screens import describe


def fill_screen_menu(menu: QMenu, checked: str | None, pick: Callable[[str | None], None],
                     automatic: str | None = None) -> None:
    """Refill `menu` with the connected screens (`checked` ticked), after an `automatic` (None) entry if given."""
    menu.clear()
    group = QActionGroup(menu)
    choices = [(None, automatic)] if automatic is not None else []
    choices += [(s.name(), describe(s)) for s in QGuiApplication.screens()]
    for name, label in choices:
        act = QAction(label, menu, checkable=True, checked=name == checked)
        act.triggered.connect(lambda _=False, n=name: pick(n))
        group.addAction(act)
        menu.addAction(act)
