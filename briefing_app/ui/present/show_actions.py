"""Every show action in one table: its name, its keys, what it does (zh/en) and its handler.

Keys, the mouse and the presenter's buttons all end in `Show.do(name)`, which runs the handler found here.
The key map (keys.py), the presenter view's help line and `shortcut_rows()` (for Help ▸ Keyboard shortcuts)
are built from the same rows, so a key cannot do one thing and be documented as another.
Clickers (e.g. Logitech R400) send PageDown/PageUp, `.` and F5/Esc.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...i18n import translator
from .controls import ShowControl

DIGITS = tuple("0123456789")


@dataclass(frozen=True)
class Press:
    """One action request: the digits typed before it (taken from the show) and where it came from."""

    typed: str
    source: object | None = None  # the window of the key or button
    text: str = ""  # the key's text, for a digit


Handler = Callable[[ShowControl, Press], None]


@dataclass(frozen=True)
class ShowAction:
    name: str
    keys: tuple[str, ...]  # key chords in QKeySequence's portable text: "PgDown", "Ctrl+Right", "."
    text: tuple[str, str]  # what it does (zh, en)
    run: Handler
    brief: int = 0  # how many of `keys` the presenter view's one-line help names (0: not in that line)


# --- handlers: each gets the show and the press; the typed digits are cleared unless it keeps them ----
def _navigate(move: str) -> Handler:
    return lambda show, _p: show.navigate(getattr(show.state, move))


def _type_digit(show: ShowControl, p: Press) -> None:
    show.private.typed = (p.typed + p.text)[-4:] if p.text.isdigit() else p.typed


def _enter(show: ShowControl, p: Press) -> None:
    if p.typed:
        show.goto(int(p.typed))
    elif show.private.browse is not None:
        show.goto(show.private.browse)
    else:
        show.navigate(show.state.next)


def _backspace(show: ShowControl, p: Press) -> None:
    if p.typed:
        show.private.typed = p.typed[:-1]
    else:
        show.navigate(show.state.previous)


def _escape(show: ShowControl, p: Press) -> None:
    """Esc closes what is open first (overview, finder, private preview, a typed number), then ends."""
    if show.close_page():
        return
    if show.private.browse is not None:
        show.private.browse = None
    elif not p.typed:
        show.end()


def _browse(step: int) -> Handler:
    def run(show: ShowControl, _p: Press) -> None:
        state = show.state
        target = min(max(show.private.slide_number(state.number) + step, 1), state.count)
        show.private.browse = None if target == state.number else target

    return run


def _back(show: ShowControl, _p: Press) -> None:
    show.private.browse = None


def _quote(show: ShowControl, _p: Press) -> None:
    state, private = show.state, show.private
    state.toggle_overlay(private.selected if (state.overlay or private.can_overlay(state.slide)) else None)


def _find(show: ShowControl, _p: Press) -> None:
    show.open_finder()


def _nothing(_show: ShowControl, _p: Press) -> None:
    pass


ACTIONS: tuple[ShowAction, ...] = (
    ShowAction("next", ("Right", "Space", "PgDown", "Down", "N"), ("下一页", "next"), _navigate("next"), 3),
    ShowAction("previous", ("Left", "PgUp", "Up", "P"), ("上一页", "back"), _navigate("previous"), 2),
    ShowAction("digit", DIGITS, ("输入页码", "type a slide number"), _type_digit),
    ShowAction("enter", ("Return", "Enter"), ("跳转到输入的页码", "jump to the typed number"), _enter, 1),
    ShowAction("backspace", ("Backspace",), ("删除输入的数字（未输入时上一页）", "delete a typed digit (else back)"),
               _backspace),
    ShowAction("first", ("Home",), ("第一页", "first slide"), lambda show, _p: show.goto(1)),
    ShowAction("last", ("End",), ("最后一页", "last slide"), lambda show, _p: show.goto(show.state.count)),
    ShowAction("black", ("B", "."), ("黑屏", "black"), lambda show, _p: show.state.toggle_blank("black"), 2),
    ShowAction("white", ("W", ","), ("白屏", "white"), lambda show, _p: show.state.toggle_blank("white"), 2),
    ShowAction("overview", ("G", "Tab"), ("总览", "overview"), lambda show, p: show.open_overview(p.source), 2),
    ShowAction("browse_next", ("Ctrl+Right", "Ctrl+Down", "Ctrl+]"), ("私下预览下一页", "browse ahead"),
               _browse(+1), 1),
    ShowAction("browse_previous", ("Ctrl+Left", "Ctrl+Up", "Ctrl+["), ("私下预览上一页", "browse back"),
               _browse(-1), 1),
    ShowAction("back", (), ("回到当前页", "back to the current slide"), _back),
    ShowAction("quote", ("Q",), ("向观众显示所点数字的原文", "quote of the clicked figure"), _quote, 1),
    ShowAction("find", ("F", "/", "Ctrl+F"), ("查找数字", "find a figure"), _find, 1),
    ShowAction("pause", ("T",), ("暂停计时", "pause timer"), lambda show, _p: show.timer.toggle_pause(), 1),
    ShowAction("reset_timer", ("R",), ("重置计时", "reset timer"), lambda show, _p: show.timer.reset()),
    ShowAction("notes_bigger", ("+", "="), ("备注字号放大", "larger notes"), lambda show, _p: show.zoom_notes(+1)),
    ShowAction("notes_smaller", ("-",), ("备注字号缩小", "smaller notes"), lambda show, _p: show.zoom_notes(-1)),
    ShowAction("presenter", ("V",), ("演示者视图", "presenter view"), lambda show, _p: show.toggle_presenter(), 1),
    ShowAction("swap", ("S",), ("交换屏幕", "swap screens"), lambda show, _p: show.swap_screens(), 1),
    ShowAction("escape", ("Esc",), ("结束", "end"), _escape, 1),
    # a clicker's start button pressed during the show
    ShowAction("ignore", ("F5",), ("放映中无作用", "does nothing during the show"), _nothing),
)

BY_NAME: dict[str, ShowAction] = {a.name: a for a in ACTIONS}
action_text = translator({a.name: a.text for a in ACTIONS})

#: How keys are written in help text; others as QKeySequence writes them.
KEY_NAMES: dict[str, tuple[str, str]] = {
    "Right": ("→", "→"), "Left": ("←", "←"), "Up": ("↑", "↑"), "Down": ("↓", "↓"),
    "Space": ("空格", "Space"), "PgDown": ("PgDn", "PgDn"), "Return": ("Enter", "Enter"),
}
key_name = translator(KEY_NAMES)


def key_text(chord: str, lang: str) -> str:
    """One key chord as help text: "Ctrl+Right" → "Ctrl+→", "Space" → "空格"/"Space"."""
    if chord.endswith("+"):  # the plus key itself: "+" or "Ctrl++"
        mods, key = chord[:-2], "+"
    else:
        mods, _, key = chord.rpartition("+")
    shown = key_name(key, lang) if key in KEY_NAMES else key
    return f"{mods}+{shown}" if mods else shown


def keys_text(keys: tuple[str, ...], lang: str, sep: str = "/") -> str:
    """Several chords of one action ("→/空格/PgDn"); the ten digits as "0–9"."""
    if keys == DIGITS:
        return "0–9"
    return sep.join(dict.fromkeys(key_text(k, lang) for k in keys))


def shortcut_rows(lang: str) -> list[tuple[str, str]]:
    """(keys, what they do) in `lang` for every action that has keys, in table order: a shortcut list."""
    return [(keys_text(a.keys, lang, ", "), action_text(a.name, lang)) for a in ACTIONS if a.keys]


def help_line(lang: str) -> str:
    """The presenter view's one-line key reference in `lang`."""
    return " · ".join(f"{keys_text(a.keys[:a.brief], lang)} {action_text(a.name, lang)}" for a in ACTIONS if a.brief)
