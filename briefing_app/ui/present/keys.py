"""Show keys → actions. Clickers (e.g. Logitech R400) send PageDown/PageUp, `.` and F5/Esc.

Auto-repeated presses are dropped by the caller, so holding a key cannot race through slides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

K = Qt.Key
NEXT = {K.Key_Right, K.Key_Down, K.Key_Space, K.Key_PageDown, K.Key_N}
PREVIOUS = {K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_P}
ENTER = {K.Key_Return, K.Key_Enter}
SIMPLE = {
    K.Key_Home: "first", K.Key_End: "last",
    K.Key_B: "black", K.Key_Period: "black", K.Key_W: "white", K.Key_Comma: "white",
    K.Key_G: "overview", K.Key_Tab: "overview", K.Key_Escape: "escape",
    K.Key_Q: "quote", K.Key_F: "find", K.Key_Slash: "find", K.Key_V: "presenter", K.Key_S: "swap",
    K.Key_T: "pause", K.Key_R: "reset_timer",
    K.Key_Plus: "notes_bigger", K.Key_Equal: "notes_bigger", K.Key_Minus: "notes_smaller",
    K.Key_F5: "ignore",  # a clicker's start button pressed during the show
}

#: The key reference shown in the presenter view's help line, per language.
HELP = {
    "zh": "→/空格/PgDn 下一页 · ←/PgUp 上一页 · 数字+Enter 跳转 · B/. 黑屏 · W/, 白屏 · G/Tab 总览 · "
          "Ctrl+→/← 私下浏览 · 点击数字+Q 显示原文 · F 查找数字 · T 暂停计时 · V 演示者视图 · S 交换屏幕 · Esc 结束",
    "en": "→/Space/PgDn next · ←/PgUp back · number+Enter jump · B/. black · W/, white · G/Tab overview · "
          "Ctrl+→/← browse privately · click a figure+Q show its quote · F find a figure · T pause timer · "
          "V presenter view · S swap screens · Esc end",
}


def action(event: QKeyEvent, typing_number: bool = False) -> str | None:
    """The action of a key press: 'next', 'previous', 'digit', 'enter', 'backspace', … or None."""
    key = event.key()
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if ctrl and key in (K.Key_Right, K.Key_Down, K.Key_BracketRight):
        return "browse_next"
    if ctrl and key in (K.Key_Left, K.Key_Up, K.Key_BracketLeft):
        return "browse_previous"
    if ctrl and key == K.Key_F:
        return "find"
    if K.Key_0 <= key <= K.Key_9:
        return "digit"
    if key in ENTER:
        return "enter"
    if key == K.Key_Backspace:
        return "backspace" if typing_number else "previous"
    if key in NEXT:
        return "next"
    if key in PREVIOUS:
        return "previous"
    return SIMPLE.get(key)


class ForwardKeys:
    """Mixin for the show's windows: every key goes to the show first; Tab opens the overview, not focus."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802  Qt override
        if not self.show_.handle_key(event, self):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002,N802  Qt override
        return False
