"""Screenshots of the app's tabs (`briefing-app shot`): rendered offscreen to PNG, charts drawn, at 1600×1000 or taller.

A tab taller than the window is shot whole: the window grows to the page's height first.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..atomic import check_output_folder, check_output_path
from ..errors import UserError

WIDTH, HEIGHT, MAX_HEIGHT = 1600, 1000, 4000


class ShotError(UserError):
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
        title = window.tab_titles[i]
        names = {key.casefold(), slug(key), title.casefold(), slug(title)}
        if needle in names or slug(needle) in names:
            return i
    raise ShotError(f"no tab named {wanted!r}; tabs: " + ", ".join(f"{i + 1} {k}" for i, k in enumerate(keys)))


def render_tab(window, index: int, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    window.tabs.setCurrentIndex(index)  # builds the tab's page if it was not shown yet
    window.fill_charts()  # every chart of the page, not only those in view: the shot shows the whole page
    window.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
    QApplication.processEvents()  # a page built just now: its card grids settle their columns in a second pass
    page = window.tabs.widget(index)
    for _ in range(3):  # a taller window can reflow the page (a card's line wraps): grow until it fits
        extra = page.content_height() - page.viewport().height() if hasattr(page, "content_height") else 0
        if extra <= 0 or window.height() >= MAX_HEIGHT:
            break
        window.resize(WIDTH, min(MAX_HEIGHT, window.height() + extra + 8))
        QApplication.processEvents()
    image = window.grab().toImage()
    if not image.save(str(path), "PNG"):
        raise ShotError(f"cannot write {path}")


def shoot(pack, output: Path, lang: str = "zh", tab: str | None = None) -> list[Path]:
    """Render every tab to OUTPUT/NN-<tab>.png, or only `tab` (number or name) to the file OUTPUT.png."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt

    from .app import make_app
    from .main_window import MainWindow

    output = Path(output)
    if tab is None:
        check_output_folder(output)
    else:
        check_output_path(output, (".png",))
    app, family = make_app()
    window = MainWindow(pack, family=family, lang=lang, persist=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    window.fill_charts()
    app.processEvents()
    if tab is None:
        targets = [(i, output / f"{i + 1:02d}-{key}.png") for i, key in enumerate(window.tab_keys)]
    else:
        targets = [(_resolve_tab(window, tab), output)]
    for index, path in targets:
        render_tab(window, index, path)
    window.close()
    return [path for _, path in targets]
