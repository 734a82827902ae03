"""The main window: holds the open pack, the language, theme and zoom, and (re)builds the tabs from them.

Every view is rebuilt from the pack on a language, theme, zoom or pack change, which keeps one code path for
first display, reload and re-rendering. A tab's page is built when the tab is first shown (the others hold
an empty placeholder), and its charts are drawn as they come into view, once pyqtgraph may load (after the
first paint): a large pack costs only what is looked at.

The window can also be built empty (`MainWindow(None)`): `run_app` paints that frame first and calls
`start(pack)` right after, so the model (pydantic), the tabs and the Present, Edit and Talk menus load
after the first paint. This module therefore imports nothing of the model at import time.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QFileDialog, QMainWindow, QMenu, QScrollArea,
                               QTabWidget, QWidget)

from ..i18n import LANGS
from . import menus, palette as themes, qt_translations, screen_fit, settings as prefs
from .history import History, Place
from .strings import tr
from .watcher import PackWatcher

if TYPE_CHECKING:
    from ..model import Pack
    from .context import ViewContext

MIN_ZOOM, MAX_ZOOM = 0.6, 2.5


def tab_title_cap(widths: list[int], room: int, minimum: int) -> int | None:
    """The widest a tab title may be so all titles fit in `room` pixels (None: no eliding needed).

    Short titles keep their width; only the longest are cut, to one common cap never below `minimum`.
    """
    if sum(widths) <= room:
        return None
    ordered = sorted(widths)
    left = room
    for i, width in enumerate(ordered):
        share = left // (len(ordered) - i)
        if width > share:
            return max(minimum, share)
        left -= width
    return max(minimum, ordered[-1])


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "tab"


class PendingPage(QWidget):
    """The page of a tab not shown yet: empty, replaced by the real page when the tab is first shown."""

    def __init__(self, key: str):
        super().__init__()
        self.key = key


class MainWindow(QMainWindow):
    def __init__(self, pack: Pack | None, *, family: str = "", lang: str | None = None, persist: bool = True):
        super().__init__()
        self.pack = None
        self.family = family
        self.persist = persist
        self.settings = prefs.settings() if persist else None
        s = self.settings
        self.language = lang or (prefs.read_str(s, "language", "zh", LANGS) if s else "zh")
        self.theme_name = prefs.read_str(s, "theme", "light", themes.THEMES) if s else "light"
        self.zoom = prefs.read_float(s, "zoom", 1.0, MIN_ZOOM, MAX_ZOOM) if s else 1.0
        self.charts_ready = False  # True once pyqtgraph may be imported without delaying the first paint
        self.fill_pending = False  # a fill of the charts in view is scheduled after a paint
        self.last_dialog = None
        self.tab_keys: list[str] = []
        self.tab_titles: list[str] = []  # full titles; the tab bar may show them elided
        self.builders: dict = {}  # tab key -> function building its page
        self.pages: dict[str, QWidget] = {}  # the tabs built so far (the others hold a PendingPage)
        self.data_tab = None  # the Data and Source pages once built (None before)
        self.source_tab = None
        self.presentation = self.editing = self.talk_view = None  # set by `start`
        self.retranslators: list = []  # hosted views' words, said again on a language change (attach adds them)
        self.history = History()
        self.navigating = False  # True while Back/Forward moves, so the move is not recorded as a visit
        self.quote_shown: str | None = None  # the quote in the status bar, cleared when its place is left
        self.setAcceptDrops(True)
        self.setObjectName("main-window")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        # fit_tab_titles elides each title, never below a readable width; past that, the bar scrolls (Qt's own
        # eliding would cut a bulletin's 20 tabs to one letter each)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.tabBar().setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        menus.build_menus(self)
        #: What the Present menu needs (ui.present.present_menu.PresentHost): pack, language, this menu,
        #: current_key(); attach() below fills it and returns the controller kept as `presentation`.
        self.present_menu: QMenu = self.menus["present"]
        self.watcher = PackWatcher(self)
        self.watcher.changed.connect(self._file_changed)
        self._apply_theme()
        menus.retranslate(self, self.language)
        if s is not None:
            self.placed = screen_fit.place(self, prefs.read_rect(s, "window/rect"))
            if prefs.read_bool(s, "window/maximized"):
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.placed = screen_fit.place(self, None)
        if pack is not None:
            self.start(pack)

    def start(self, pack: Pack) -> None:
        """Fill the window with its first pack: the tabs (the last one looked at is shown), the file watcher,
        the recent files, and the Present, Edit and Talk menus. `MainWindow(pack)` calls it at once;
        `run_app` right after painting the empty frame."""
        from ..resources import bundled_pack

        self.pack = pack
        s = self.settings
        self.rebuild(current=prefs.read_str(s, "last_tab", "overview") if s is not None else None)
        self._watch()
        if s is not None:
            if pack.path.resolve() != bundled_pack().resolve():
                prefs.add_recent(s, str(pack.path.resolve()))
            self._refresh_recent()
        from .present import attach

        self.presentation = attach(self)  # fills the Present menu (F5, Shift+F5, presenter view…)
        from .editing import attach as attach_editing

        self.editing = attach_editing(self)  # Edit menu: add a figure from a selection, edit/delete, undo, Problems panel
        from .talk_view import attach as attach_talk

        self.talk_view = attach_talk(self)  # Talk menu and dock: the meeting's slides, order, appendix (sets self.talk)
        from .translate_view import attach as attach_translate

        self.translate_dock = attach_translate(self)  # Edit ▸ Translate English… (Ctrl+Shift+T): texts with no English
        if self.history.current is None and self.current_key():
            self.history.visit(Place(self.current_key()))

    # --- building ----------------------------------------------------------------------------------
    def context(self) -> ViewContext:
        from .context import ViewContext

        return ViewContext(pack=self.pack, lang=self.language, theme=themes.get(self.theme_name), zoom=self.zoom,
                           family=self.family, open_quote=self.show_quote)

    def tab_list(self) -> list[tuple[str, str, object]]:
        """(key, title, build) of every tab for the pack and language: Overview, one per other section,
        Timeline when there are events, Data, Source."""
        from .tabs import overview

        lang, d = self.language, self.pack.data
        tabs = [("overview", tr("overview", lang),
                 lambda ctx: overview.build(ctx, go_to_section=self.select_tab))]
        for s in d.sections:
            if s.id != overview.OVERVIEW_ID:
                tabs.append((s.id, s.title(lang), lambda ctx, s=s: _section_page(ctx, s)))
        if d.events:
            tabs.append(("timeline", tr("timeline", lang), _timeline_page))
        tabs.append(("data", tr("data", lang), _data_page))
        tabs.append(("source", tr("source", lang), _source_page))
        return tabs

    def rebuild(self, current: str | None = None) -> None:
        """Lay out the tabs from the pack for the current language, theme and zoom and build the one shown
        (the others are built when first shown); keep the current tab, or show `current`.

        The old pages are deleted before the new one is built, so a large pack never holds two sets of pages
        (a peak, not a leak, but twice the memory). That is safe because nothing inside a page calls this: it
        runs from the menus and shortcuts, the file watcher, and dialogs, docks and windows of their own."""
        if self.pack is None:  # the empty frame painted before the pack loads
            menus.retranslate(self, self.language)
            return
        current = current or self.current_key()
        qt_translations.apply(self.language)
        self.tabs.blockSignals(True)
        old = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for page in old:
            shiboken6.delete(page)  # at once, not when control returns to the event loop
        self.pages, self.data_tab, self.source_tab = {}, None, None
        self.tab_keys, self.tab_titles, self.builders = [], [], {}
        for key, title, build in self.tab_list():
            self._add(PendingPage(key), title, key)
            self.builders[key] = build
        self.tabs.blockSignals(False)
        self.tabs.tabBar().setFont(self.context().font(12))
        self.fit_tab_titles()
        if current:
            self.select_tab(current)
        self.page(self.current_key())  # when the index did not change, no currentChanged built it
        menus.retranslate(self, self.language)
        for retranslate in self.retranslators:
            retranslate()
        name = self.pack.data.title(self.language)
        self.setWindowTitle(f"{name} — {self.pack.path.name}".replace("[*]", "[*][*]"))  # no modified-marker
        self.statusBar().showMessage(tr("loaded", self.language, name=self.pack.path.name,
                                        figures=len(self.pack.data.figures)))

    def _add(self, page, title: str, key: str) -> None:
        from .widgets import accel_safe, plain_tooltip

        page.setAccessibleName(title)
        self.tabs.addTab(page, accel_safe(title))
        self.tabs.setTabToolTip(self.tabs.count() - 1, plain_tooltip(title))
        self.tab_keys.append(key)
        self.tab_titles.append(title)

    def page(self, key: str | None):
        """The page of tab `key`, built now if it has not been shown yet (None for no such tab)."""
        if key is None or key not in self.tab_keys:
            return None
        if key in self.pages:
            return self.pages[key]
        i = self.tab_keys.index(key)
        page = self.builders[key](self.context())
        page.setAccessibleName(self.tab_titles[i])
        pending = self.tabs.widget(i)
        shown, tip, current = self.tabs.tabText(i), self.tabs.tabToolTip(i), self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the same tab, now with its page: not a tab change
        self.tabs.removeTab(i)
        self.tabs.insertTab(i, page, shown)
        self.tabs.setTabToolTip(i, tip)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        pending.deleteLater()
        self.pages[key] = page
        if key == "data":
            self.data_tab = page
        elif key == "source":
            self.source_tab = page
        self._watch_side_buttons()
        inner = page.widget() if isinstance(page, QScrollArea) else None
        if inner is not None:
            inner.installEventFilter(self)  # its paints (shown, scrolled, resized) draw the charts in view
        return page

    def fit_tab_titles(self) -> None:
        """Elide long tab titles so every tab fits the window's width, never below a readable word or two (a
        bulletin's 20 sections then scroll on the bar); the tooltip keeps the full title."""
        bar = self.tabs.tabBar()
        if not self.tab_titles:
            return
        from .widgets import accel_safe

        metrics = bar.fontMetrics()
        widths = [metrics.horizontalAdvance(t) for t in self.tab_titles]
        padding = max(0, bar.tabSizeHint(0).width() - metrics.horizontalAdvance(bar.tabText(0).replace("&&", "&")))
        room = max(0, self.tabs.width() - 8) - padding * len(widths)
        cap = tab_title_cap(widths, room, minimum=metrics.horizontalAdvance("Mmmmmmmm…"))
        for i, title in enumerate(self.tab_titles):
            shown = title if cap is None else metrics.elidedText(title, Qt.TextElideMode.ElideRight, cap)
            if bar.tabText(i) != accel_safe(shown):
                bar.setTabText(i, accel_safe(shown))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit_tab_titles()

    def fill_charts(self) -> int:
        """Draw every chart of the tabs built so far that still waits for pyqtgraph (`shot` draws whole
        pages); returns how many were drawn. From then on charts are drawn as they come into view."""
        from .widgets import LazyPlot

        self.charts_ready = True
        slots = [s for s in self.tabs.findChildren(LazyPlot) if not s.filled]
        for slot in slots:
            slot.fill()
        self._watch_side_buttons()  # the charts' own views
        return len(slots)

    def start_charts(self) -> None:
        """Let charts be drawn (pyqtgraph may load now: the window has painted); those in view are drawn
        after the shown tab's next paint, when its layout is done."""
        self.charts_ready = True
        page = self.tabs.currentWidget()
        if isinstance(page, QScrollArea) and page.widget() is not None:
            page.widget().update()

    def charts_in_view(self, page=None, filled: bool = False) -> list:
        """The chart slots of a page (the shown one by default) within its viewport or one viewport-height
        above or below it, so a chart is drawn before it is scrolled to; only the unfilled ones by default."""
        from .widgets import LazyPlot

        page = self.tabs.currentWidget() if page is None else page
        if not isinstance(page, QAbstractScrollArea):
            return []
        view = page.viewport()
        near = view.rect().adjusted(0, -view.height(), 0, view.height())
        slots = []
        for slot in page.findChildren(LazyPlot):
            if slot.filled and not filled:
                continue
            top_left = slot.mapTo(view, QPoint(0, 0))
            if slot.isVisibleTo(page) and near.intersects(QRect(top_left, slot.size())):
                slots.append(slot)
        return slots

    def fill_visible_charts(self, page=None) -> int:
        """Draw the charts of a page (the shown one by default) that are in or near its viewport. Called
        after each paint of the shown page's content, so showing, scrolling and resizing a tab draw what comes into
        view: a tab of hundreds of charts costs only the ones looked at."""
        if not self.charts_ready:
            return 0
        slots = self.charts_in_view(page)
        for slot in slots:
            slot.fill()
        if slots:
            self._watch_side_buttons()  # the charts' own views
        return len(slots)

    def charts(self) -> list:
        from .widgets import LazyPlot

        return [s.widget for s in self.tabs.findChildren(LazyPlot) if s.filled]

    # --- tabs --------------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        i = self.tabs.currentIndex()
        return self.tab_keys[i] if 0 <= i < len(self.tab_keys) else None

    def select_tab(self, key: str) -> bool:
        if key in self.tab_keys:
            self.tabs.setCurrentIndex(self.tab_keys.index(key))
            return True
        return False

    def step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, _index: int) -> None:
        key = self.current_key()
        self.page(key)  # built on first show
        if self.settings is not None and key:
            self.settings.setValue("last_tab", key)
        if self.quote_shown is not None and self.statusBar().currentMessage() == self.quote_shown:
            self.statusBar().clearMessage()  # the quote belonged to the place we left
        self.quote_shown = None
        if key and not self.navigating:
            self._remember_scroll()
            if self.history.current is None or self.history.current.tab != key:
                self.history.visit(Place(key))
        self._update_nav()

    def show_quote(self, quote: str) -> None:
        """Open Source at the passage a figure, event or entity comes from, selected (a new history place)."""
        if self.current_key() == "source":
            self._remember_scroll()
            self.history.visit(Place("source"))
        self.select_tab("source")
        self.page("source").show_quote(quote)
        if self.history.current is not None:
            self.history.current.quote = quote
        self.statusBar().showMessage(quote, 10000)
        self.quote_shown = quote
        self._update_nav()

    # --- history -----------------------------------------------------------------------------------
    def _page_scroll(self, key: str):
        """The vertical scroll bar of a tab's page (None if it has none)."""
        page = self.pages.get(key)  # a tab never shown has no scroll position
        if page is None:
            return None
        if hasattr(page, "scroll_bar"):
            return page.scroll_bar()
        return page.verticalScrollBar() if isinstance(page, QAbstractScrollArea) else None

    def _remember_scroll(self) -> None:
        place = self.history.current
        bar = self._page_scroll(place.tab) if place is not None else None
        if bar is not None:
            place.scroll = bar.value()

    def go(self, step: int) -> bool:
        """Back (-1) or Forward (+1) through the places visited: tab, scroll position and selected quote."""
        if not self.history.can_go(step):
            return False
        self._remember_scroll()
        place = self.history.go(step)
        self.navigating = True
        try:
            self.select_tab(place.tab)
            if place.tab == "source" and place.quote:
                self.page("source").show_quote(place.quote)
                self.statusBar().showMessage(place.quote, 10000)
                self.quote_shown = place.quote
        finally:
            self.navigating = False
        QApplication.processEvents()  # let the page lay out before scrolling it
        bar = self._page_scroll(place.tab)
        if bar is not None:
            bar.setValue(place.scroll)
        self._update_nav()
        return True

    def _update_nav(self) -> None:
        actions = getattr(self, "actions_by_key", {})
        if "back" in actions:
            actions["back"].setEnabled(self.history.can_go(-1))
            actions["forward"].setEnabled(self.history.can_go(1))

    def _watch_side_buttons(self) -> None:
        """Catch the mouse's back/forward buttons on every scrolling view of the tabs (pages, table, article,
        charts), which take mouse presses for themselves; elsewhere the press reaches `mousePressEvent`. Only
        these viewports are filtered: an application-wide filter would run Python for every event."""
        for area in self.tabs.findChildren(QAbstractScrollArea):
            area.viewport().installEventFilter(self)

    def _side_button(self, event) -> bool:
        step = {Qt.MouseButton.BackButton: -1, Qt.MouseButton.ForwardButton: 1}.get(event.button())
        if step is None:
            return False
        self.go(step)
        return True

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and self._side_button(event):
            return True
        if kind == QEvent.Type.Paint and self.charts_ready and not self.fill_pending:  # a page's content
            page = self.tabs.currentWidget()
            if isinstance(page, QScrollArea) and obj is page.widget():
                self.fill_pending = True  # once per turn of the event loop, after the paint
                QTimer.singleShot(0, self, self._fill_after_paint)  # dropped if the window goes first
        return super().eventFilter(obj, event)

    def _fill_after_paint(self) -> None:
        self.fill_pending = False
        self.fill_visible_charts()

    def mousePressEvent(self, event):
        if not self._side_button(event):
            super().mousePressEvent(event)

    # --- language, theme, zoom ---------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang not in LANGS:
            return
        self.language = lang
        self._save("language", lang)
        self.rebuild()

    def toggle_language(self) -> None:
        self.set_language("en" if self.language == "zh" else "zh")

    def set_theme(self, name: str) -> None:
        self.theme_name = name if name in themes.THEMES else "light"
        self._save("theme", self.theme_name)
        self._apply_theme()
        self.rebuild()

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        if app is not None:
            themes.apply(themes.get(self.theme_name), app)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = round(min(MAX_ZOOM, max(MIN_ZOOM, zoom)), 3)
        self._save("zoom", self.zoom)
        self.rebuild()

    def _save(self, key, value) -> None:
        if self.settings is not None:
            self.settings.setValue(key, value)

    # --- opening and reloading ----------------------------------------------------------------------
    def open_pack(self, path: Path) -> bool:
        """Load another pack; on problems, list them (as `check` does) and keep the current briefing."""
        from ..model import PackError, load_pack
        from .errors import show_message, show_problems

        try:
            pack = load_pack(Path(path))
        except PackError as exc:
            self.last_dialog = show_problems(self, exc, self.language)
            self.statusBar().showMessage(tr("invalid_kept", self.language), 10000)
            return False
        except Exception as exc:  # unreadable file and the like: same treatment, one line
            self.last_dialog = show_message(self, tr("invalid_pack", self.language), f"{path}: {exc}")
            return False
        self.pack = pack
        self.rebuild()
        self._watch()
        if self.settings is not None:
            prefs.add_recent(self.settings, str(pack.path.resolve()))
            self._refresh_recent()
        return True

    def reload(self) -> bool:
        return self.open_pack(self.pack.path) if self.pack is not None else False

    def _watch(self) -> None:
        self.watcher.watch([self.pack.path, self.pack.path.parent / self.pack.data.article.file])

    def _file_changed(self) -> None:
        if self.reload():
            self.statusBar().showMessage(tr("reloaded", self.language), 8000)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("open_pack", self.language), str(self.pack.path.parent),
                                              tr("pack_filter", self.language))
        if path:
            self.open_pack(Path(path))

    # --- library -----------------------------------------------------------------------------------
    def ask_open_library(self) -> None:
        last = prefs.read_str(self.settings, "last_library", "") if self.settings is not None else ""
        folder = QFileDialog.getExistingDirectory(self, tr("open_library", self.language).replace("&", ""),
                                                  last or str(self.pack.path.parent))
        if folder:
            self.open_library(Path(folder))

    def open_library(self, folder: Path | None):
        """Show the Library window on `folder` (the last library when None); its rows open here."""
        from .library_view import LibraryView

        if folder is None and self.settings is not None:
            last = prefs.read_str(self.settings, "last_library", "")
            folder = Path(last) if last and Path(last).is_dir() else None
        view = getattr(self, "library_view", None)
        if view is None or view.lang != self.language:
            view = LibraryView(folder, self.language, self.open_pack, self.open_hit, self.settings,
                               open_quote=self.open_quote,
                               add_to_talk=lambda key, paths: self.talk_view.add_series_of_library(key, paths))
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            view.place(self.screen().availableGeometry())
            self.library_view = view
        else:
            view.load(folder)
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def open_hit(self, hit) -> bool:
        """Open a search hit's pack (if it is not the open one) and land on its figure."""
        if hit.entry.path.resolve() != self.pack.path.resolve() and not self.open_pack(hit.entry.path):
            return False
        self._to_front()
        return self.show_figure(hit.figure_id)

    def open_quote(self, path: Path, quote: str) -> bool:
        """Open a pack (if it is not the open one) at a quote in its article (a series point's)."""
        if Path(path).resolve() != self.pack.path.resolve() and not self.open_pack(Path(path)):
            return False
        self._to_front()
        self.show_quote(quote)
        return True

    def _to_front(self) -> None:
        """In front of the Library and with the keyboard: what was opened from there is read and used here."""
        self.show()
        self.raise_()
        self.activateWindow()

    def show_figure(self, figure_id: str) -> bool:
        """Select the tab that shows a figure, scroll to its card or chart and focus it."""
        try:
            fig = self.pack.figure(figure_id)
        except (KeyError, StopIteration, ValueError):
            return False
        key = fig.section if fig.section in self.tab_keys else "overview"
        self.select_tab(key)
        page = self.page(key)
        QApplication.processEvents()
        from ..model.format import display_line
        from .widgets import FigureCard, LazyPlot, labelled

        target = next((c for c in page.findChildren(FigureCard) if c.figure.id == figure_id), None)
        if target is None:
            target = next((s for s in page.findChildren(LazyPlot)
                           if figure_id in getattr(s, "figure_ids", ())), None)
        if target is None:
            return False
        if isinstance(page, QAbstractScrollArea) and hasattr(page, "ensureWidgetVisible"):
            page.ensureWidgetVisible(target, 50, 50)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.statusBar().showMessage(labelled(fig.label(self.language), display_line(fig, self.language), self.language),
                                     10000)
        if self.history.current is not None:
            bar = self._page_scroll(key)
            self.history.current.scroll = bar.value() if bar is not None else 0
        return True

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        files = prefs.recent_files(self.settings) if self.settings is not None else []
        from .widgets import accel_safe

        for path in files:
            self.recent_menu.addAction(accel_safe(path), lambda p=path: self.open_pack(Path(p)))
        if not files:
            self.recent_menu.addAction(tr("no_recent", self.language)).setEnabled(False)

    def dragEnterEvent(self, event):
        if any(u.isLocalFile() and u.toLocalFile().lower().endswith((".yaml", ".yml"))
               for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event):
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith((".yaml", ".yml")):
                self.open_pack(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    # --- exports -----------------------------------------------------------------------------------
    def ask_export_data(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("export_data", self.language).replace("&", ""),
                                              f"{self.pack.data.id}-figures.csv", tr("csv_filter", self.language))
        if path:
            self.export_data_to(Path(path))

    def export_data_to(self, path: Path) -> int:
        from ..export.data import write_figures

        try:
            count = write_figures(self.pack, path)
        except Exception as exc:
            from .errors import show_message

            self.last_dialog = show_message(self, tr("export_failed", self.language), str(exc))
            return 0
        self.statusBar().showMessage(tr("exported", self.language, count=count, path=path), 10000)
        return count

    def ask_export_deck(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("export_deck", self.language).replace("&", ""),
                                              f"{self.pack.data.id}-{self.language}.pptx",
                                              tr("deck_filter", self.language))
        if path:
            self.export_deck_to(Path(path))

    def export_deck_to(self, path: Path):
        from . import deck_export

        self.deck_job = deck_export.start(self, path)
        return self.deck_job

    # --- help and closing --------------------------------------------------------------------------
    def show_about(self) -> None:
        from .help_dialogs import show_about

        self.last_dialog = show_about(self)

    def show_shortcuts(self) -> None:
        from .help_dialogs import show_shortcuts

        self.last_dialog = show_shortcuts(self)

    def closeEvent(self, event):
        if getattr(self, "talk_view", None) is not None and not self.talk_view.ask_unsaved(self.close):
            event.ignore()  # the Talk view asks Save / Discard / Cancel first, and closes the window after
            return
        if self.settings is not None:
            g = self.normalGeometry() if self.isMaximized() else self.frameGeometry()
            self.settings.setValue("window/rect", [g.x(), g.y(), g.width(), g.height()])
            self.settings.setValue("window/maximized", self.isMaximized())
            if self.current_key():
                self.settings.setValue("last_tab", self.current_key())
            self.settings.sync()
        super().closeEvent(event)


def _section_page(ctx, section):
    from .tabs import section as section_tab

    return section_tab.build(ctx, section)


def _timeline_page(ctx):
    from .tabs import timeline

    return timeline.build(ctx)


def _data_page(ctx):
    from .tabs import data_table

    return data_table.build(ctx)


def _source_page(ctx):
    from .tabs import source

    return source.build(ctx)
