"""The talk timer: elapsed time that can pause, and a countdown for a set talk length.

Time comes from an injectable clock (a callable returning monotonic seconds) so tests can drive it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: The countdown turns amber in the last WARN fraction of the talk, red once time is up.
WARN = 0.2


class TalkTimer:
    def __init__(self, clock: Callable[[], float] = time.monotonic, talk_seconds: float = 20 * 60):
        self.clock = clock
        self.talk_seconds = talk_seconds
        self._started = clock()
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def elapsed(self) -> float:
        now = self._paused_at if self._paused_at is not None else self.clock()
        return max(0.0, now - self._started - self._paused_total)

    def toggle_pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self.clock()
        else:
            self._paused_total += self.clock() - self._paused_at
            self._paused_at = None

    def reset(self) -> None:
        self._started = self.clock()
        self._paused_total = 0.0
        self._paused_at = self._started if self.paused else None

    def remaining(self) -> float:
        """Seconds left of the talk; negative once over time."""
        return self.talk_seconds - self.elapsed()

    def fraction(self) -> float:
        """How much of the talk length has gone, 0…1."""
        return min(1.0, self.elapsed() / self.talk_seconds) if self.talk_seconds > 0 else 1.0

    def stage(self) -> str:
        """'ok', 'warn' (the last 20 %) or 'over'."""
        if self.remaining() <= 0:
            return "over"
        return "warn" if self.remaining() <= self.talk_seconds * WARN else "ok"


def clock_text(seconds: float) -> str:
    """12:05, 1:02:05, or −0:30 when over time."""
    sign = "−" if seconds < 0 else ""
    s = int(abs(seconds))
    h, m, s = s // 3600, s // 60 % 60, s % 60
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"
