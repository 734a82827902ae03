"""What the Talk view knows of its packs: the slides each talk can show, and growing a talk of one pack into a
talk over several (deck/talk.py `packs:`) when slides of another pack of the Library are added.

Qt-free apart from the menus at the end; the view (talk_view.py) keeps the rows and the undo stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..deck.talk import SERIES_PREFIX, TALK_SLIDES, Talk
from ..i18n import translator
from .widgets import accel_safe

TEXT = {
    "add_pack": ("添加其他简报的幻灯片", "Add slides from a pack"),
    "add_series": ("添加指标走势页", "Add a series slide"),
    "no_library": ("先打开简报库…", "Open a Library first…"),
    "no_series": ("这些简报的数字都未标注指标序列（series）", "No figure of these packs names a series"),
    "added": ("已添加“{name}”的{n}张幻灯片（未勾选，勾选后加入演讲）",
              "Added {n} slides of “{name}” (unticked: tick the ones to show)"),
    "already": ("“{name}”已在演讲中", "“{name}” is already in the talk"),
}
tr = translator(TEXT)


def pack_key(pack, taken) -> str:
    """A key for a pack in slide ids (`qingcen-2024:overview`): its id, made unique among `taken`."""
    key, n = pack.data.id, 2
    while key in taken:
        key, n = f"{pack.data.id}-{n}", n + 1
    return key


def several_talk(packs: dict) -> Talk:
    """The default talk over these packs (every pack's slides in order)."""
    return Talk.of(packs={k: p.path for k, p in packs.items()})


def deck_rows(pack, lang: str, packs: dict | None = None, series=()) -> tuple[list[tuple[str, str, bool]], dict]:
    """Every slide id a talk may show once, in order, with its part and whether the default deck shows it
    (deck/build.py `every_slide`); and id → (deck, its first slide). With `packs`, the default talk over them;
    the `series` keys' slides are added to the map."""
    from ..deck.build import every_slide
    from ..deck.talk_deck import every_talk_slide, talk_deck

    deck, rows = every_talk_slide(packs, lang, "16:9", several_talk(packs)) if packs else every_slide(pack, lang)
    first = {}
    for slide in deck.slides:
        if slide.slide_id and slide.slide_id not in first:
            first[slide.slide_id] = (deck, slide)
    rows = [row for row in rows if row[0] in first]  # a block with no slide (an empty agenda) is no row
    if series:
        slides = tuple(SERIES_PREFIX + k for k in series)
        talk = Talk.of(packs={k: p.path for k, p in packs.items()}, slides=slides) if packs else Talk.of(slides=slides)
        shown, _ = talk_deck(pack, talk, lang, packs=packs)
        for slide in shown.slides:
            first.setdefault(slide.slide_id, (shown, slide))
    return rows, first


def to_several(rows, key: str) -> list[tuple[str, str, bool]]:
    """A one-pack talk's rows as rows of a talk over several packs, that pack being `key`: its slides are
    `key:slide-id`; title, summary, agenda and sources become the talk's own; series stay."""
    def qualified(slide_id: str) -> str:
        return slide_id if slide_id in TALK_SLIDES or slide_id.startswith(SERIES_PREFIX) else f"{key}:{slide_id}"

    return [(qualified(i), part, on) for i, part, on in rows]


def pack_rows(key: str, pack, lang: str) -> list[tuple[str, str, bool]]:
    """The slides a newly added pack brings, unticked, in its own deck's order and parts."""
    rows, _first = deck_rows(None, lang, {key: pack})
    return [(i, part, False) for i, part, _on in rows if i.startswith(key + ":")]


def fill_pack_menu(menu: QMenu, view) -> None:
    """The Library's packs (the window's Library view), each adding its slides to the talk."""
    menu.clear()
    win, lang = view.win, view.win.language
    library = getattr(win, "library_view", None)
    entries = [e for e in (library.entries if library is not None else []) if e.pack is not None]
    if not entries:
        menu.addAction(tr("no_library", lang), win.ask_open_library)
        return
    shown = {p.path.resolve() for p in (view.packs or {"": win.pack}).values()}
    for entry in entries:
        act = QAction(accel_safe(f"{entry.title(lang)}  ({entry.path.name})"), menu)  # pack text: `&` is no accelerator
        act.triggered.connect(lambda _c=False, path=entry.path: view.add_pack(Path(path)))
        act.setEnabled(entry.path.resolve() not in shown)  # already in the talk: offered, not addable twice
        menu.addAction(act)


def fill_series_menu(menu: QMenu, view) -> None:
    """Every series of the talk's packs, each adding its slide after the current row."""
    from ..deck.series import build_series, series_keys

    menu.clear()
    lang = view.win.language
    pairs = list(view.packs.items()) if view.packs else [("", view.win.pack)]
    keys = series_keys(pairs)
    if not keys:
        menu.addAction(tr("no_series", lang)).setEnabled(False)
        return
    for key, count in sorted(keys.items()):
        series = build_series(key, pairs)
        act = QAction(accel_safe(f"{series.label(lang)}  ({key}, {count})"), menu)
        act.triggered.connect(lambda _c=False, k=key: view.add_series(k))
        menu.addAction(act)
