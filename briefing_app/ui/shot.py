"""`briefing-app shot`: render tabs offscreen to PNG, charts drawn, at 1600×1000 or taller.

A tab taller than the window is shot whole: the window grows to the page's height first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

WIDTH, HEIGHT, MAX_HEIGHT = 1600, 1000, 4000


class ShotError(Exception):
    pass


def _resolve_tab(window, wanted: str) -> int:
    keys = window.tab_keys
    if wanted.isdigit():
        n = int(wanted)
        if 1 <= n <= len(keys):
            return n - 1
        raise ShotError(f"no tab {n}: the pack has tabs 1-{len(keys)}")
    from .main_window import slug

    needle = wanted.strip().casefold()
    for i, key in enumerate(keys):
        names = {key.casefold(), slug(key), window.tabs.tabText(i).casefold(), slug(window.tabs.tabText(i))}
        if needle in names or slug(needle) in names:
            return i
    raise ShotError(f"no tab named {wanted!r}; tabs: " + ", ".join(f"{i + 1} {k}" for i, k in enumerate(keys)))


def render_tab(window, index: int, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    window.tabs.setCurrentIndex(index)
    window.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    page = window.tabs.widget(index)
    if hasattr(page, "content_height"):
        extra = page.content_height() - page.viewport().height()
        if extra > 0:
            window.resize(WIDTH, min(MAX_HEIGHT, HEIGHT + extra + 8))
    QApplication.processEvents()
    image = window.grab().toImage()
    if not image.save(str(path), "PNG"):
        raise ShotError(f"cannot write {path}")


def _check_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ShotError(f"cannot create {path}: {exc.strerror or exc}") from None
    if not os.access(path, os.W_OK):
        raise ShotError(f"cannot write to {path}")


def run_shot(args) -> int:
    """Render `--all` tabs to DIR/NN-<tab>.png or one `--tab` to FILE.png; errors are one line on stderr."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        return _run(args)
    except ShotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _quiet_offscreen_warning(mode, context, message) -> None:
    """The offscreen platform warns about size hints on every window; anything else still reaches stderr."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _run(args) -> int:
    from PySide6.QtCore import Qt, qInstallMessageHandler

    qInstallMessageHandler(_quiet_offscreen_warning)

    from ..model import load_pack
    from .app import make_app
    from .main_window import MainWindow

    output = Path(args.output)
    if args.all:
        _check_dir(output)
    else:
        if output.suffix.lower() != ".png":
            raise ShotError(f"{output}: the output of --tab must be a .png file")
        _check_dir(output.parent if str(output.parent) else Path("."))
    pack = load_pack(args.pack)
    app, family = make_app()
    window = MainWindow(pack, family=family, lang=args.lang, persist=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    window.fill_charts()
    app.processEvents()
    if args.all:
        written = []
        for i, key in enumerate(window.tab_keys):
            path = output / f"{i + 1:02d}-{key}.png"
            render_tab(window, i, path)
            written.append(path)
        print(f"wrote {len(written)} tabs to {output}")
    else:
        index = _resolve_tab(window, args.tab)
        render_tab(window, index, output)
        print(f"wrote {output}")
    window.close()
    return 0
