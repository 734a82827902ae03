"""A dock listing `check`'s lines for the pack being edited; double-clicking a figure's line opens it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem

from .strings import tr


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

    def show_problems(self, problems) -> None:
        self.list.clear()
        if not problems:
            self.list.addItem(QListWidgetItem(tr("no_problems", self.lang)))
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
        if index is not None:
            self.figure_chosen.emit(int(index))
