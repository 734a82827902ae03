"""Start-up: the window's frame (menus, tool bar, empty tabs) is painted first; right after that paint the
model (pydantic) loads, the pack is read and checked, the shown tab is built, and its charts are drawn
(pyqtgraph loads then). A bad pack still says why, exactly as before: problems on stderr and in a dialog."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import __version__
from . import settings as prefs


_previous_handler = None


def _quiet_size_hint_warning(mode, context, message) -> None:
    """The offscreen platform warns "This plugin does not support propagateSizeHints()" (and raise()) for
    every window: noise in smoke tests and `shot`. Every other message goes on as before."""
    if message.startswith("This plugin does not support"):  # propagateSizeHints(), raise(): offscreen noise
        return
    if _previous_handler is not None:
        _previous_handler(mode, context, message)
    else:
        print(message, file=sys.stderr)


_quieted = False


def quiet_platform_noise() -> None:
    global _previous_handler, _quieted
    from PySide6.QtCore import qInstallMessageHandler

    if not _quieted:
        _quieted = True
        _previous_handler = qInstallMessageHandler(_quiet_size_hint_warning)


def make_app(argv: list[str] | None = None) -> tuple[QApplication, str]:
    """The QApplication (created once) and the CJK font family registered for it."""
    from .fonts import register_fonts

    app = QApplication.instance()
    quiet_platform_noise()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setOrganizationName(prefs.ORG)
    app.setApplicationName(prefs.APP)
    app.setApplicationDisplayName("Briefing")
    app.setApplicationVersion(__version__)
    family = register_fonts()
    font = QFont(app.font())
    font.setFamilies([family])
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    return app, family


class FirstPaint(QObject):
    """Calls `callback` once, on the first paint of any widget of `window`."""

    def __init__(self, window, callback):
        super().__init__(window)
        self.window, self.callback, self.fired = window, callback, False

    def eventFilter(self, obj, event):
        if not self.fired and event.type() == QEvent.Type.Paint and hasattr(obj, "window") \
                and obj.window() is self.window:
            self.fired = True
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


def _no_display() -> bool:
    env = os.environ
    return (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"))


def run_app(pack_path: Path | None = None, quit_after_first_paint: bool = False, library: Path | None = None,
            talk: Path | None = None, present: bool = False) -> int:
    """Open the main window on a pack (the bundled one by default); with `library`, the Library window on that
    folder opens in front of it; with `talk`, the window opens on the talk's pack (its first pack, for a talk
    over several) with the Talk view; `present` then starts the show."""
    if _no_display():
        if not quit_after_first_paint:
            print("error: no display to open a window on (set DISPLAY, or use `briefing-app shot`)",
                  file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the smoke test needs no screen
    from .main_window import MainWindow

    app, family = make_app()
    window = MainWindow(None, family=family, persist=not quit_after_first_paint)  # the frame, no pack yet
    if quit_after_first_paint:
        watcher = FirstPaint(window, lambda: app.exit(0))
    else:
        watcher = FirstPaint(window, lambda: fill_window(window, pack_path, library, talk, present))
    app.installEventFilter(watcher)
    window.show()
    return app.exec()


def fill_window(window, pack_path: Path | None, library: Path | None = None, talk: Path | None = None,
                present: bool = False) -> bool:
    """After the frame's first paint: load the pack, build the shown tab, then draw the charts in view.

    `open BAD` says why (each problem on stderr, as `check` prints it, and in a dialog) and shows the bundled
    briefing instead; a broken bundled pack or an unreadable file prints its problems and quits with 1, as the
    command line does for any other command. A talk is opened in the Talk view once its pack is shown; a bad
    talk says why the same way, and nothing is presented."""
    from ..errors import UserError
    from ..model import PackError, load_pack
    from .errors import install_excepthook, problem_lines, show_problems

    install_excepthook(lambda: window.language)
    problems = None
    try:
        try:
            if talk is not None:
                pack_path = _talk_pack(talk)
            pack = load_pack(pack_path)
        except PackError as exc:
            if pack_path is None:
                raise  # the bundled pack itself is broken
            problems = exc
            for line in problem_lines(exc):
                print(line, file=sys.stderr)
            pack = load_pack(None)
    except PackError as exc:
        for line in problem_lines(exc):
            print(line, file=sys.stderr)
        QApplication.instance().exit(1)
        return False
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        QApplication.instance().exit(1)
        return False
    window.start(pack)
    if prefs.refusal:  # the settings file was over its limit: said once, in a box naming the limit
        from .errors import show_message
        from .strings import tr

        QTimer.singleShot(0, lambda: setattr(window, "last_dialog", show_message(
            window, tr("settings_refused", window.language), prefs.refusal)))
    if problems is not None:
        QTimer.singleShot(0, lambda: setattr(window, "last_dialog",
                                             show_problems(window, problems, window.language)))
    QTimer.singleShot(0, window.start_charts)
    if library is not None:
        window.open_library(library)
    if talk is not None and problems is None:
        opened = window.talk_view.open_talk(talk)
        if opened:
            window.talk_view.parentWidget().show()
        else:
            print(window.last_dialog.informativeText(), file=sys.stderr)  # the talk's problems, as `check` prints them
        if opened and present:
            QTimer.singleShot(0, lambda: window.presentation.start("begin"))
    return True


def _talk_pack(path: Path) -> Path | None:
    """The pack a talk opens the window on: its pack, or the pack of its first slide over several packs."""
    from ..deck.talk import load_talk

    talk = load_talk(path)
    if not talk.several:
        return talk.pack
    first = next((i.partition(":")[0] for i in talk.slides or () if i.partition(":")[0] in talk.packs), None)
    return talk.packs[first or next(iter(talk.packs))]
