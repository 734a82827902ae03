"""The slide model: what every slide shows and where, in points, independent of how it is drawn.

Both the PPTX exporter and the Qt presentation mode draw these same objects; nothing is laid out
twice. Text arrives already wrapped into lines (measured with the real font metrics in `measure.py`),
so PowerPoint, LibreOffice and the Qt renderer break lines at the same places.

Coordinates are points (1/72 inch) from the slide's top-left corner: 16:9 is 960 × 540, 4:3 is 720 × 540.
Colours are palette roles (see `style.py`), not RGB values, so a renderer can theme them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

from ..typography.breaking import unwrap, wrap
from ..typography.metrics import text_width
from .chart_axis import ValueAxis, value_axis
from .style import CAPTION


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: "Box") -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def inside(self, width: float, height: float) -> bool:
        return self.x >= 0 and self.y >= 0 and self.right <= width + 1e-6 and self.bottom <= height + 1e-6


Role = Literal["title", "subtitle", "body", "label", "value", "caption", "footer", "kicker"]


@dataclass(frozen=True)
class TextBox:
    """Lines of text in a box. `figure_id` is set when the text shows a figure's value or label."""

    box: Box
    lines: tuple[str, ...]
    size: float  # points
    role: Role = "body"
    bold: bool = False
    color: str = "ink"
    align: Literal["left", "center", "right"] = "left"
    figure_id: str | None = None
    line_height: float = 1.2  # multiple of size

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Rect:
    box: Box
    fill: str | None = "panel"
    line: str | None = None
    dashed: bool = False  # targets are outlined with a dashed border, never filled like achievements
    radius: float = 0.0
    figure_id: str | None = None


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = "rule"
    width: float = 1.0
    dashed: bool = False


@dataclass(frozen=True)
class Dot:
    """A filled circle centred at (cx, cy), e.g. a city on the map or an event on the timeline."""

    cx: float
    cy: float
    r: float
    fill: str = "accent"
    line: str | None = None
    figure_id: str | None = None


@dataclass(frozen=True)
class ChartPoint:
    category: str
    value: float
    label: str  # the formatted value with its qualifier, e.g. 约196亿元 / more than 230 events
    figure_id: str
    approximate: bool = False
    target: bool = False
    series: int = 0


#: Palette roles of a chart's series by their number: one series is the accent; a from→to pair is (from, to).
SERIES_ROLES = {1: ("accent",), 2: ("accent2", "accent")}


@dataclass(frozen=True)
class Chart:
    """A native chart: bars across a group, a from→to comparison of shares (two series), or an indicator
    over its periods (deck/series_slide.py: a line per scope, or columns when there are few periods)."""

    box: Box
    kind: Literal["bar", "from_to", "line"]
    title: str
    axis_title: str  # the value axis, with its unit
    series_names: tuple[str, ...]
    points: tuple[ChartPoint, ...]
    number_format: str  # an Excel/PowerPoint number format for the value axis, e.g. '#,##0' or '0.0%'
    alt_text: str
    note: str = ""  # e.g. how an approximate or derived value is shown
    horizontal: bool | None = None  # bars (True) or columns; None: decided from the categories here
    roles: tuple[str, ...] = ()  # palette role of each series; (): SERIES_ROLES by their number
    hollow: tuple[int, ...] = ()  # series drawn unfilled: outlined columns, or open markers no line joins

    @property
    def series_roles(self) -> tuple[str, ...]:
        n = len(self.series_names) or 1
        return self.roles or SERIES_ROLES.get(n, ("accent",) * n)

    @property
    def labels_one_line(self) -> bool:
        """A line or column chart keeps each data label on one line when every label fits its period's (its
        column's) width: PowerPoint and LibreOffice would otherwise wrap it at a width of their own (CNY 493.62
        billi / on). Horizontal bars always do (beyond the bar's end)."""
        slot = self.box.w * 0.8 / max(len(self.categories), 1)
        return not self.is_horizontal and all(text_width(p.label, CAPTION) + 8 <= slot for p in self.points)

    @property
    def category_names(self) -> tuple[str, ...]:
        """The categories as the deck shows them: beside horizontal bars, each name cut (with …) to the lines its
        bar's slot holds, as the Qt painter cuts them; PowerPoint and LibreOffice would wrap a long name
        ("Fixed-asset investment (excluding rural households) as a share of total investment") over its
        neighbours'. Columns and lines keep their names whole."""
        if not self.is_horizontal:
            return self.categories
        width = self.box.w * 0.5  # PowerPoint and LibreOffice give the names up to about half the chart
        lines = max(1, int(self.box.h * 0.75 / len(self.categories) // (CAPTION * 1.2)))
        fit = lambda text: text_width(text, CAPTION)  # noqa: E731
        return tuple(unwrap(wrap(c, width, fit, max_lines=lines)) for c in self.categories)

    def label_below(self, point: ChartPoint) -> bool:
        """On a line chart, a value with a higher one at the same period has its label under its marker
        (a revised value and the first estimate both stay legible); every other label sits above."""
        return self.kind == "line" and any(p.category == point.category and p.value > point.value
                                           for p in self.points)

    @property
    def axis(self) -> ValueAxis:
        """The value axis every renderer draws (deck/chart_axis.py): round ticks from 0, same labels."""
        # the plot's length along the value axis: beside horizontal bars, their category names (at most a third
        # of the box) and the longest data label take the rest of the width, as the painter lays them out
        if self.is_horizontal:
            names = min(self.box.w * 0.34, max(text_width(c, CAPTION) for c in self.categories) + 8)
            length = self.box.w - names - max(text_width(p.label, CAPTION) for p in self.points) - 8
        else:
            length = self.box.h * 0.7
        width = (lambda s: text_width(s, CAPTION)) if self.is_horizontal else None  # labels side by side
        return value_axis([p.value for p in self.points], percent=self.number_format.endswith("%"), length=length,
                          label_width=width)

    @property
    def is_horizontal(self) -> bool:
        """Horizontal bars for many or long categories, columns otherwise (PPTX and Qt alike)."""
        if self.kind == "line":
            return False  # time runs left to right
        if self.horizontal is not None:
            return self.horizontal
        cats = self.categories
        return len(cats) > 6 or max((len(c) for c in cats), default=0) > 8

    @property
    def categories(self) -> tuple[str, ...]:
        seen: list[str] = []
        for p in self.points:
            if p.category not in seen:
                seen.append(p.category)
        return tuple(seen)

    def values(self, series: int) -> tuple[float | None, ...]:
        by_cat = {p.category: p.value for p in self.points if p.series == series}
        return tuple(by_cat.get(c) for c in self.categories)


@dataclass(frozen=True)
class Cell:
    """One cell of a table: its wrapped lines and how they look. A cell with `span` > 1 covers that many
    columns (a section's heading across the table); the cells it covers are not in its row."""

    lines: tuple[str, ...]
    bold: bool = False
    color: str = "ink"  # palette role of the text
    align: Literal["left", "center", "right"] = "left"
    fill: str | None = None  # palette role of the background; None: the slide's background
    span: int = 1
    figure_id: str | None = None  # set on the cells that show a figure's label or value


@dataclass(frozen=True)
class Table:
    """A native table: rows of cells on a grid of column widths and row heights (points), one text size.

    The first `header_rows` rows are the column headings (PowerPoint's "header row"). Row heights are what
    the wrapped lines need plus the cell padding, so no renderer has to grow a row."""

    box: Box
    rows: tuple[tuple[Cell, ...], ...]
    col_widths: tuple[float, ...]
    row_heights: tuple[float, ...]
    size: float
    header_rows: int = 1
    pad_x: float = 6.0  # inner padding of every cell, left and right
    pad_y: float = 3.0  # and top and bottom

    def placed(self):
        """(row, column, Box, cell) for every cell, its box covering the columns it spans."""
        xs = [self.box.x]
        for w in self.col_widths:
            xs.append(xs[-1] + w)
        y = self.box.y
        for r, (row, h) in enumerate(zip(self.rows, self.row_heights)):
            c = 0
            for cell in row:
                end = min(c + cell.span, len(self.col_widths))
                yield r, c, Box(xs[c], y, xs[end] - xs[c], h), cell
                c = end
            y += h

    @property
    def figure_ids(self) -> tuple[str, ...]:
        """Every figure the table shows, in reading order."""
        return tuple(dict.fromkeys(c.figure_id for row in self.rows for c in row if c.figure_id))


Item = Union[TextBox, Rect, Line, Dot, Chart, Table]


@dataclass(frozen=True)
class Slide:
    number: int
    kind: Literal["title", "summary", "agenda", "kpis", "chart", "map", "timeline", "matrix", "list", "sources",
                  "divider", "closing", "series", "table"]
    title: str  # the action title: the message, not just the topic
    items: tuple[Item, ...]
    notes: str  # speaker notes, citing the verbatim quotes behind the slide's figures
    source_line: str  # shown in the footer
    section_id: str | None = None
    figure_ids: tuple[str, ...] = ()  # every figure the slide shows, in reading order
    slide_id: str = ""  # stable across languages and packs' edits: a section/group/map/matrix id, or
    # title, summary, agenda, timeline, sources, appendix, closing, entities, <section>-entities (see deck/talk.py)

    @property
    def has_footer(self) -> bool:
        return self.kind != "title"

    def texts(self) -> list[TextBox]:
        return [i for i in self.items if isinstance(i, TextBox)]


@dataclass(frozen=True)
class Deck:
    lang: str
    aspect: str
    width: float
    height: float
    title: str
    subject: str
    source: str  # the data source named in every content slide's footer
    footer_source: Box  # where the footer's source line goes (slides other than the title slide)
    footer_number: Box  # where the slide number goes
    footer_size: float
    slides: tuple[Slide, ...] = field(default_factory=tuple)

    def footer_text(self, slide: Slide) -> str:
        """The footer's source line for a slide: its own, else the deck's data source."""
        return slide.source_line or self.source

    def select(self, numbers: list[int] | None) -> "Deck":
        """A deck of only these slides (1-based), renumbered; None keeps all."""
        if numbers is None:
            return self
        from dataclasses import replace

        kept = [self.slides[n - 1] for n in numbers]
        return replace(self, slides=tuple(replace(s, number=i) for i, s in enumerate(kept, 1)))
