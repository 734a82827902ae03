"""The value axis of a bar chart: it starts at 0, ends at a round number just above the data, and is ticked at
round steps (1, 2, 2.5 or 5 × 10ⁿ) with thousands separators and never scientific notation.

Qt-free, so the app's charts and any other renderer tick the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

STEPS = (1, 2, 2.5, 5, 10)


@dataclass(frozen=True)
class Ticks:
    maximum: float  # the round top of the axis (≥ the largest value)
    step: float
    values: tuple[float, ...]  # 0, step, 2·step … maximum

    def labels(self) -> list[str]:
        return [tick_label(v, self.step) for v in self.values]


def nice_ticks(top: float, most: int = 6) -> Ticks:
    """Round ticks from 0 to just above `top`, at most `most` intervals."""
    if not math.isfinite(top) or top <= 0:
        return Ticks(1.0, 0.2, (0.0, 0.2, 0.4, 0.6, 0.8, 1.0))
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in STEPS if s * power >= raw - 1e-12)
    count = math.ceil(top / step - 1e-9)
    maximum = count * step
    return Ticks(maximum, step, tuple(round(i * step, 10) for i in range(count + 1)))


def tick_label(value: float, step: float) -> str:
    """1,000 / 2.5 / 0 — as many decimals as the step needs, thousands separated, never 1e+07."""
    decimals = 0 if float(step).is_integer() else max(0, -math.floor(math.log10(step - math.floor(step) or step)))
    decimals = min(decimals, 6)
    if decimals and step * 10 ** decimals != round(step * 10 ** decimals):
        decimals += 1
    return f"{value:,.{decimals}f}"
