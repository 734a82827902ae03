"""Start-up benchmark: time to the main window's first paint, against a bare PySide6 window in the same run.

    python bench/startup.py [--runs 15]

Runs are interleaved (baseline, app, baseline, app…) so machine noise hits both alike; the ratio of medians
is the number to watch. `import pyqtgraph` alone is shown for scale: the app paints before loading it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("baseline")); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

COMMANDS = {
    "bare PySide6 window (baseline)": [sys.executable, "-c", BARE_WINDOW],
    "briefing-app --quit-after-first-paint": [sys.executable, "-m", "briefing_app", "--quit-after-first-paint"],
    "import pyqtgraph (for scale)": [sys.executable, "-c", "import pyqtgraph"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, cmd in COMMANDS.items():
            start = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    base = medians["bare PySide6 window (baseline)"]
    for name, median in medians.items():
        print(f"{name:42s} median {median * 1000:7.0f} ms   {median / base:5.2f}× baseline")


if __name__ == "__main__":
    main()
