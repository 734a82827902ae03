"""Drives the real app widgets offscreen in one child process and prints timings as JSON (milliseconds).

    QT_QPA_PLATFORM=offscreen python bench/ui_probe.py filter PACK [--runs 5]
    QT_QPA_PLATFORM=offscreen python bench/ui_probe.py advance PACK [--runs 15]
    QT_QPA_PLATFORM=offscreen python bench/ui_probe.py language PACK [--runs 5]

- filter: the Data tab on PACK; type a search text into its search box and time until the table's model
  (the filter proxy) shows the expected number of rows, then until the table is repainted. Works whether
  the tab filters at once or after a debounce timer, since it waits on the row count, not on a call. With a
  debounce timer (`tab.filter_timer`), "filter" is timed from the timer's firing (the filter's own work) and
  "filter_typed" from `setText` (the typing pause included).
- advance: a show in a window on PACK's deck; send → to the audience window and time until the audience
  canvas has finished painting the next slide (the paint is timed inside the canvas's own paint event).
- language: the main window on PACK with its charts drawn; switch the language and time until the rebuilt
  window has drawn the charts in view and has been painted. Tabs are built when first shown and charts
  drawn as they come into view, so after a switch that is the shown tab and the charts in or near its view.
- tabs: the main window on PACK; show every tab once, in order, without scrolling, and time until its page
  is built, the charts in view drawn and it has painted; resident memory after each.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

TIMEOUT = 120.0  # seconds to wait for any one step before calling it failed


def _spin() -> None:
    """One turn of the event loop as `app.exec()` would run it, deferred deletes included: without an event
    loop running, `processEvents()` alone never deletes what `deleteLater()` was called on (the main
    window's rebuild relies on it to free the old tabs)."""
    QApplication.instance().processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait(condition, what: str) -> None:
    deadline = time.perf_counter() + TIMEOUT
    while not condition():
        _spin()
        if time.perf_counter() > deadline:
            raise SystemExit(f"error: timed out waiting for {what}")


def _settle(seconds: float = 0.05) -> None:
    """Let pending events (deferred deletes, timers) run outside the timed span."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        _spin()


class PaintClock(QObject):
    """Runs the watched widget's own paint inside an event filter, so the end of painting is timed."""

    def __init__(self, widget):
        super().__init__(widget)
        self.widget, self.done_at = widget, None
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if obj is self.widget and event.type() == QEvent.Type.Paint:
            type(obj).paintEvent(obj, event)  # the widget's paint, in the paint event the repaint manager sent
            self.done_at = time.perf_counter()
            return True
        return False


def _rss_mb() -> float:
    """Resident memory now (VmRSS), to see whether it grows with each rebuild."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _context(pack):
    from briefing_app.ui.app import make_app
    from briefing_app.ui.context import ViewContext

    _app, family = make_app([sys.argv[0]])
    return ViewContext(pack=pack, family=family)


def probe_filter(pack, runs: int) -> dict:
    from briefing_app.ui.tabs import data_table

    t0 = time.perf_counter()
    tab = data_table.build(_context(pack))
    tab.resize(1600, 1000)
    tab.show()
    _settle(0.2)
    build_ms = (time.perf_counter() - t0) * 1000
    view = tab.table
    proxy = view.model()
    search = tab.findChild(QLineEdit)
    total = proxy.rowCount()
    needles = ["生物医药", "synthetic", "约196亿元", "3109", "firms"]
    expected = {}
    for needle in needles:  # untimed pass: how many rows each text leaves, whatever the filter's timing
        search.setText(needle)
        _settle(1.0)
        expected[needle] = proxy.rowCount()
    search.clear()
    _wait(lambda: proxy.rowCount() == total, "all rows back")
    rows = {"filter": [], "filter_painted": [], "clear": [], "clear_painted": [], "filter_typed": []}
    clock = PaintClock(view.viewport())
    fired = []
    timer = getattr(tab, "filter_timer", None)
    if timer is not None:  # note when the typing pause ends, just before the tab's own filtering runs
        timer.timeout.disconnect()
        timer.timeout.connect(lambda: (fired.append(time.perf_counter()), setattr(clock, "done_at", None)))
        timer.timeout.connect(tab.apply_search)
    for i in range(runs):
        for key, text, count in (("filter", needles[i % len(needles)], None), ("clear", "", total)):
            want = expected[text] if count is None else count
            clock.done_at = None
            fired.clear()
            typed = time.perf_counter()
            search.setText(text)
            _wait(lambda: proxy.rowCount() == want, f"{want} rows for {text!r}")
            updated = time.perf_counter()
            _wait(lambda: clock.done_at is not None, "the table to repaint")
            start = fired[0] if fired else typed
            if key == "filter":
                rows["filter_typed"].append((updated - typed) * 1000)
            rows[key].append((updated - start) * 1000)
            rows[key + "_painted"].append((clock.done_at - start) * 1000)
            _settle()
    return {"rows": total, "build_ms": build_ms, "needles": {k: expected[k] for k in needles}, **rows}


def probe_advance(pack, runs: int) -> dict:
    from briefing_app.deck.build import build_deck
    from briefing_app.ui.present.show import Show

    _context(pack)
    deck = build_deck(pack, lang="zh")
    count = len(deck.slides)
    starts = sorted({1 + (i * (count - 1)) // max(1, runs) for i in range(runs)})
    starts = [s for s in starts if s < count] or [1]
    show = Show(deck, pack, starts[0], mode="window")
    show.start()
    _settle(0.5)
    canvas = show.audience.canvas
    clock = PaintClock(canvas)
    times, kinds = [], []
    for start_at in starts:
        show.goto(start_at)
        _settle(0.1)
        before = show.state.number
        clock.done_at = None
        t0 = time.perf_counter()
        QTest.keyClick(show.audience, Qt.Key.Key_Right)
        _wait(lambda: clock.done_at is not None, "the audience canvas to paint")
        if show.state.number != before + 1:
            raise SystemExit(f"error: → went from slide {before} to {show.state.number}")
        times.append((clock.done_at - t0) * 1000)
        kinds.append(deck.slides[show.state.number - 1].kind)
    show.end()
    return {"slides": count, "advance": times, "kinds": kinds}


def _painted_ms(page, start: float) -> float:
    """Milliseconds from `start` until `page` has painted once more, then a pause for the memory to settle."""
    clock = PaintClock(page)
    page.update()
    _wait(lambda: clock.done_at is not None, "the tab to paint")
    _settle(0.2)
    return (clock.done_at - start) * 1000


def probe_language(pack, runs: int) -> dict:
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.widgets import LazyPlot

    ctx = _context(pack)
    t0 = time.perf_counter()
    window = MainWindow(pack, family=ctx.family, lang="zh", persist=False)
    window.show()
    _settle(0.1)
    window.fill_charts()
    _settle(0.2)
    open_ms = (time.perf_counter() - t0) * 1000
    rss = [_rss_mb()]

    def charts_drawn() -> bool:  # the charts in (and near) the shown tab's view; the rest wait to be scrolled to
        return not window.charts_in_view()

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        window.toggle_language()
        _spin()  # the old tabs are deleted in this turn of the loop, as in the app
        _wait(charts_drawn, "every chart to be drawn")
        page = window.tabs.currentWidget()
        times.append(_painted_ms(page, start))
        rss.append(_rss_mb())
    charts = len(window.tabs.findChildren(LazyPlot))
    window.close()
    return {"open_ms": open_ms, "charts": charts, "tabs": window.tabs.count(), "switch": times, "rss_mb": rss}


def probe_tabs(pack, runs: int) -> dict:
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.widgets import LazyPlot

    ctx = _context(pack)
    window = MainWindow(pack, family=ctx.family, lang="zh", persist=False)
    window.resize(1600, 1000)
    window.show()
    _settle(0.1)
    window.fill_charts()
    _settle(0.2)
    rss, times = [_rss_mb()], []
    for i in range(1, window.tabs.count()):
        start = time.perf_counter()
        window.tabs.setCurrentIndex(i)
        page = window.tabs.currentWidget()
        _wait(lambda: not window.charts_in_view(page), "the charts in view to be drawn")
        times.append(_painted_ms(page, start))
        rss.append(_rss_mb())
    charts, drawn = len(window.tabs.findChildren(LazyPlot)), len(window.charts())
    keys = list(window.tab_keys)
    window.close()
    return {"tabs": keys[1:], "show_ms": times, "charts": charts, "drawn": drawn, "rss_mb": rss}


PROBES = {"filter": probe_filter, "advance": probe_advance, "language": probe_language, "tabs": probe_tabs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=sorted(PROBES))
    parser.add_argument("pack", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from briefing_app.model import load_pack

    pack = load_pack(args.pack)
    result = PROBES[args.probe](pack, args.runs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
