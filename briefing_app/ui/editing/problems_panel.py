"""A dock listing `check`'s lines for the pack being edited; double-clicking a figure's line opens it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem

from .strings import tr


NONE = -1  # the item saying there is no problem (a problem's item holds its figure's index, or nothing)


class ProblemsPanel(QDockWidget):
    figure_chosen = Signal(int)  # index of the figure a problem is about

    def __init__(self, parent, lang: str):
        super().__init__(tr("problems_title", lang), parent)
        self.setObjectName("problems-panel")
        self.list = QListWidget()
        self.list.setObjectName("problems-list")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._chosen)
        self.setWidget(self.list)
        self.lang = lang

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.setWindowTitle(tr("problems_title", lang))
        if self.list.count() == 1 and self.list.item(0).data(Qt.ItemDataRole.UserRole) == NONE:
            self.list.item(0).setText(tr("no_problems", lang))

    def show_problems(self, problems) -> None:
        self.list.clear()
        if not problems:
            item = QListWidgetItem(tr("no_problems", self.lang))
            item.setData(Qt.ItemDataRole.UserRole, NONE)
            self.list.addItem(item)
            return
        for problem in problems:
            item = QListWidgetItem(str(problem))  # plain text: the item never interprets markup
            m = re.match(r"figures\[(\d+)\]", problem.path)
            if m:
                item.setData(Qt.ItemDataRole.UserRole, int(m.group(1)))
            self.list.addItem(item)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is not None and index != NONE:
            self.figure_chosen.emit(int(index))
