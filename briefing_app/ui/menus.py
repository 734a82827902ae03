"""The menu bar: File, View, Present (left empty for the presentation mode), Help.

Actions are kept in a dict so a language switch only re-labels them; menus are never rebuilt, so
actions others add (e.g. to the Present menu) survive.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QStyle

from .strings import tr

KEYS = QKeySequence.StandardKey


def build_menus(win) -> None:
    bar = win.menuBar()
    win.menus = {}
    win.actions_by_key = {}

    def action(key, slot, shortcut=None, checkable=False, menu=None):
        a = QAction(win)
        a.setObjectName(key)
        if shortcut is not None:
            if isinstance(shortcut, list):
                a.setShortcuts(shortcut)
            else:
                a.setShortcut(shortcut)
        a.setCheckable(checkable)
        a.triggered.connect(slot)
        win.actions_by_key[key] = a
        if menu is not None:
            menu.addAction(a)
        return a

    file_menu = win.menus["file"] = bar.addMenu("")
    action("new_from_article", lambda: _new_from_article(win), QKeySequence("Ctrl+Shift+N"), menu=file_menu)
    action("open", win.ask_open, KEYS.Open, menu=file_menu)
    action("open_library", win.ask_open_library, QKeySequence("Ctrl+Shift+O"), menu=file_menu)
    win.recent_menu = win.menus["open_recent"] = file_menu.addMenu("")
    # Ctrl+R only: Refresh is F5 on Linux, and F5 belongs to the Present menu (start the show)
    action("reload", win.reload, QKeySequence("Ctrl+R"), menu=file_menu)
    file_menu.addSeparator()
    action("export_data", win.ask_export_data, QKeySequence("Ctrl+E"), menu=file_menu)
    action("export_deck", win.ask_export_deck, QKeySequence("Ctrl+Shift+E"), menu=file_menu)
    file_menu.addSeparator()
    action("quit", win.close, KEYS.Quit, menu=file_menu)

    view_menu = win.menus["view"] = bar.addMenu("")
    lang_menu = win.menus["language"] = view_menu.addMenu("")
    action("toggle_lang", win.toggle_language, QKeySequence("Ctrl+L"), menu=lang_menu)
    lang_menu.addSeparator()
    langs = QActionGroup(win)
    for lang in ("zh", "en"):
        a = action(f"lang_{lang}", lambda _c=False, l=lang: win.set_language(l), checkable=True, menu=lang_menu)
        langs.addAction(a)
    theme_menu = win.menus["theme"] = view_menu.addMenu("")
    themes = QActionGroup(win)
    for name in ("light", "dark"):
        a = action(name, lambda _c=False, n=name: win.set_theme(n), checkable=True, menu=theme_menu)
        themes.addAction(a)
    view_menu.addSeparator()
    action("zoom_in", lambda: win.set_zoom(win.zoom * 1.1), [QKeySequence(KEYS.ZoomIn), QKeySequence("Ctrl+=")],
           menu=view_menu)
    action("zoom_out", lambda: win.set_zoom(win.zoom / 1.1), KEYS.ZoomOut, menu=view_menu)
    action("zoom_reset", lambda: win.set_zoom(1.0), QKeySequence("Ctrl+0"), menu=view_menu)
    view_menu.addSeparator()
    action("next_tab", lambda: win.step_tab(1), [QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")],
           menu=view_menu)
    action("prev_tab", lambda: win.step_tab(-1), [QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")],
           menu=view_menu)

    go_menu = win.menus["go"] = bar.addMenu("")
    back = action("back", lambda: win.go(-1), KEYS.Back, menu=go_menu)
    forward = action("forward", lambda: win.go(1), KEYS.Forward, menu=go_menu)
    style = win.style()
    back.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    forward.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    back.setEnabled(False)
    forward.setEnabled(False)
    toolbar = win.addToolBar("")
    toolbar.setObjectName("navigation")
    toolbar.setMovable(False)
    toolbar.addAction(back)
    toolbar.addAction(forward)
    win.nav_toolbar = toolbar

    present_menu = win.menus["present"] = bar.addMenu("")  # the main window hands it to the presentation mode
    present_menu.setObjectName("present_menu")

    help_menu = win.menus["help"] = bar.addMenu("")
    action("shortcuts", win.show_shortcuts, QKeySequence("Ctrl+/"), menu=help_menu)
    action("about", win.show_about, KEYS.HelpContents, menu=help_menu)


def _new_from_article(win) -> None:
    """Imported when used: it reaches the model (pydantic), which the first paint does without."""
    from . import new_from_article

    new_from_article.ask(win)


def retranslate(win, lang: str) -> None:
    for key, menu in win.menus.items():
        menu.setTitle(tr(key, lang))
    for key, a in win.actions_by_key.items():
        a.setText(tr(key, lang))
    win.nav_toolbar.setWindowTitle(tr("navigation", lang))
    win.actions_by_key[f"lang_{lang}"].setChecked(True)
    win.actions_by_key[win.theme_name].setChecked(True)
