"""The Present menu of the main window: from the beginning (F5), from the current slide (Shift+F5),
rehearsal, screen share, the audience screen and the talk length.

The menu is only actions: the show (show.py, the presenter view, the painters) is imported when a show
starts, so building the main window does not load it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from ...i18n import translator
from ..settings import read_float, settings
from .screen_menu import fill_screen_menu

if TYPE_CHECKING:
    from ...model import Pack
    from .show import Show

TEXT = {
    "begin": ("从头开始", "From &beginning"),
    "current": ("从当前幻灯片开始", "From &current slide"),
    "rehearse": ("排练（演示者视图窗口）", "&Rehearse with presenter view"),
    "share": ("在窗口中放映（屏幕共享）", "Present in a &window (screen share)"),
    "screen": ("观众屏幕", "&Audience screen"),
    "auto": ("自动（非主屏幕）", "Automatic (not the primary screen)"),
    "talk": ("演讲时长…", "&Talk length…"),
    "talk_prompt": ("演讲时长（分钟）：", "Talk length (minutes):"),
}


tr = translator(TEXT)


@runtime_checkable
class PresentHost(Protocol):
    """What the Present menu needs from the main window (MainWindow provides exactly this)."""

    pack: Pack
    language: str
    present_menu: QMenu  # the empty menu `attach` fills

    def current_key(self) -> str | None:
        """The key of the tab being looked at: "overview", a section id, "timeline", "data", "source"."""

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...  # noqa: N802  Qt's name


class Presentation(QObject):
    """Starts shows for a main window and remembers where the last one ended (for Shift+F5)."""

    def __init__(self, main_window: PresentHost, show_factory=None):
        super().__init__(main_window if isinstance(main_window, QObject) else None)
        self.window = main_window
        self.show: Show | None = None
        self.factory = show_factory  # None: the real Show, imported when the first show starts
        self.resume: tuple[str, int, str | None] | None = None  # (language, slide, tab key) where the last show ended
        self.audience_screen: str | None = None
        self.talk_minutes = read_float(settings(), "present/talk_minutes", 20.0, 1.0, 600.0)
        self.sources = None  # the packs of the last deck built (deck/figure_sources.DeckPacks)

    def talk(self):
        """The talk open in the main window (deck/talk.py), or None: the default deck."""
        return getattr(self.window, "talk", None)

    def build(self):
        """The deck to show: the talk's (over its packs when it has several), else the window's pack's. The
        packs its figure ids resolve in are kept as `sources` for the show's clicks and finder."""
        from ...deck.talk_deck import talk_deck

        deck, self.sources = talk_deck(self.window.pack, self.talk(), self.window.language,
                                       packs=getattr(self.window, "talk_packs", None))
        return deck

    def minutes(self) -> float:
        """The talk's own length when it gives one, else the Talk length setting."""
        talk = self.talk()
        return float(talk.minutes) if talk is not None and talk.minutes else self.talk_minutes

    def current_slide(self, deck) -> int:
        """Where the last show ended (same language, same tab since); else the current tab's first slide."""
        section = self.window.current_key()
        if self.resume and self.resume[0] == deck.lang and self.resume[2] == section:
            return min(self.resume[1], len(deck.slides))
        kinds = {"timeline": "timeline", "source": "sources"}  # tabs without a section of their own
        for slide in deck.slides:
            if section and (slide.section_id == section or slide.kind == kinds.get(section)):
                return slide.number
        return 1

    def start(self, where: str = "begin", mode: str = "fullscreen", rehearse: bool = False) -> Show:
        if self.show is not None and self.show.running:
            self.show.end()
        deck = self.build()
        start = 1 if where == "begin" else self.current_slide(deck)
        if self.factory is None:
            from .show import Show

            self.factory = Show
        self.show = self.factory(deck, self.sources, start, mode=mode, rehearse=rehearse,
                                 audience_screen=self.audience_screen, talk_minutes=self.minutes())
        self.show.finished.connect(lambda n, lang=deck.lang: self._ended(lang, n))
        self.show.start()
        return self.show

    def _ended(self, lang: str, number: int) -> None:
        self.resume = (lang, number, self.window.current_key())
        self.window.raise_()
        self.window.activateWindow()

    def ask_talk_length(self) -> None:
        lang = self.window.language
        minutes, ok = QInputDialog.getInt(self.window, tr("talk", lang).replace("&", "").rstrip("…"),
                                          tr("talk_prompt", lang), round(self.talk_minutes), 1, 600)
        if ok:
            self.talk_minutes = float(minutes)
            settings().setValue("present/talk_minutes", self.talk_minutes)

    def fill_screens(self, menu: QMenu) -> None:
        """Automatic or one of the connected screens, for the next show (and the running one)."""
        fill_screen_menu(menu, self.audience_screen, self._pick_screen, automatic=tr("auto", self.window.language))

    def _pick_screen(self, name: str | None) -> None:
        self.audience_screen = name
        if self.show is not None and self.show.running:
            self.show.choose_screen(name)


def _free_shortcut(window: QWidget, key: str) -> None:
    """Take `key` off any action of the window that has it among several shortcuts, so F5 is not ambiguous."""
    wanted = QKeySequence(key)
    for act in window.findChildren(QAction):
        shortcuts = act.shortcuts()
        if wanted in shortcuts:
            act.setShortcuts([s for s in shortcuts if s != wanted])


def attach(main_window: PresentHost) -> Presentation:
    """Fill `main_window.present_menu` with the Present actions; returns the controller that starts shows."""
    menu = main_window.present_menu
    presentation = Presentation(main_window)
    labelled: list[tuple[QAction, str]] = []

    def retranslate() -> None:
        for act, key in labelled:
            act.setText(tr(key, main_window.language))

    def add(key: str, shortcut, slot) -> QAction:
        act = QAction(tr(key, main_window.language), menu)
        labelled.append((act, key))
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    if isinstance(main_window, QWidget):
        _free_shortcut(main_window, "F5")  # e.g. Reload's QKeySequence.Refresh is F5 on Linux: ambiguous otherwise
        _free_shortcut(main_window, "Shift+F5")
    add("begin", "F5", lambda: presentation.start("begin"))
    add("current", "Shift+F5", lambda: presentation.start("current"))
    add("rehearse", "Alt+F5", lambda: presentation.start("current", rehearse=True))
    add("share", None, lambda: presentation.start("current", mode="window"))
    menu.addSeparator()
    screens = menu.addMenu(tr("screen", main_window.language))
    labelled.append((screens.menuAction(), "screen"))
    screens.aboutToShow.connect(lambda: presentation.fill_screens(screens))
    add("talk", None, presentation.ask_talk_length)
    menu.aboutToShow.connect(retranslate)
    return presentation
