"""Baseline for the first paint: a bare PySide6 main window with N tabs, quit right after its first paint.

    python bench/baselines/bare_window.py N_TABS

It quits the way `briefing-app --quit-after-first-paint` does (an application event filter sees the
window's first Paint event and exits from the event loop), so both measure the same span: interpreter
start, Qt import, window construction, first paint.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.fired = window, False

    def eventFilter(self, obj, event):
        if not self.fired and event.type() == QEvent.Type.Paint and hasattr(obj, "window") \
                and obj.window() is self.window:
            self.fired = True
            QTimer.singleShot(0, lambda: QApplication.instance().exit(0))
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
for i in range(int(sys.argv[1])):
    tabs.addTab(QLabel(f"tab {i + 1}"), f"Tab {i + 1}")
window.setCentralWidget(tabs)
window.resize(1600, 1000)
app.installEventFilter(FirstPaint(window))
window.show()
sys.exit(app.exec())
