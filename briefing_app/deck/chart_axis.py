"""The value axis of every chart: one rule for the PPTX chart, the Qt slide painter and the app's charts.

Ticks are round steps (1, 2, 2.5 or 5 × 10ⁿ) from 0 to a round maximum just above the data, labelled with
thousands separators and never in scientific notation (2e+07): 0, 5,000,000, 10,000,000… Values are
plotted on the same scale as the bar labels (the chart spec divides them before they get here), so the
axis never counts in 万 while a label says 40,000. Shares are fractions shown as percentages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Room above the largest bar for its data label, as a fraction of it.
HEADROOM = 1.05
#: Most intervals between ticks; fewer when the data allow or the axis is short.
MAX_INTERVALS = 5
#: Axis length (points) each interval needs so that tick labels never collide.
INTERVAL_ROOM = 55.0
_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


@dataclass(frozen=True)
class ValueAxis:
    minimum: float
    maximum: float
    step: float
    percent: bool = False  # values are fractions, ticks read 0%, 5%, 10%…

    @property
    def ticks(self) -> tuple[float, ...]:
        n = round((self.maximum - self.minimum) / self.step)
        return tuple(round(self.minimum + i * self.step, 12) for i in range(n + 1))

    @property
    def decimals(self) -> int:
        """Digits after the point that the step needs (2.5 → 1, 0.25 → 2, 5,000 → 0)."""
        step = self.step * (100 if self.percent else 1)
        for d in range(0, 7):
            if abs(step * 10 ** d - round(step * 10 ** d)) < 1e-6:
                return d
        return 6

    def label(self, value: float) -> str:
        """A tick label: '0', '1,500', '2.5', '14%' — the same text in every renderer."""
        if self.percent:
            value *= 100
        text = f"{value:,.{self.decimals}f}"
        if text.startswith("-") and float(value) == 0:
            text = text[1:]
        return text + ("%" if self.percent else "")

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.label(t) for t in self.ticks)

    @property
    def number_format(self) -> str:
        """The same labels as an Excel/PowerPoint number format."""
        digits = "." + "0" * self.decimals if self.decimals else ""
        return f"0{digits}%" if self.percent else f"#,##0{digits}"


def nice_step(span: float, intervals: int = MAX_INTERVALS) -> float:
    """The smallest round step (1, 2, 2.5, 5 × 10ⁿ) that covers `span` in `intervals` intervals."""
    raw = span / intervals
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in _STEPS if m * mag >= raw * (1 - 1e-9))


def value_axis(values, *, percent: bool = False, length: float | None = None, label_width=None) -> ValueAxis:
    """The axis for these plotted values: from 0 (or a round value below a negative minimum) to a round
    maximum at least HEADROOM above the largest value.

    `length` (points) limits how many ticks fit; with `label_width` (text → points, for labels laid side by
    side along a horizontal axis) the ticks are also spread so that no two labels touch."""
    axis = _axis(values, percent, length)
    while label_width is not None and length is not None and round((axis.maximum - axis.minimum) / axis.step) > 1:
        if len(axis.ticks) * (max(label_width(t) for t in axis.labels) + 8) <= length:
            break
        axis = _axis(values, percent, length, round((axis.maximum - axis.minimum) / axis.step) - 1)
    return axis


def _axis(values, percent: bool, length: float | None, most: int = MAX_INTERVALS) -> ValueAxis:
    values = [float(v) for v in values if v is not None and math.isfinite(float(v))]
    top = max(values + [0.0]) * HEADROOM
    bottom = min(values + [0.0]) * HEADROOM
    if top <= 0 and bottom >= 0:
        top = 0.01 if percent else 1.0
    intervals = most if length is None else max(1, min(most, int(length // INTERVAL_ROOM)))
    step = nice_step(top - bottom, intervals)
    maximum = math.ceil(top / step - 1e-9) * step
    minimum = math.floor(bottom / step + 1e-9) * step
    return ValueAxis(minimum=minimum, maximum=maximum, step=step, percent=percent)
