"""The Markdown tables of an article, read the way seeds/README.md writes them (one convention for text,
Word, PDF and web pages): which rows are headers, what each column is called and measures, which column
labels the rows, the caption's table number and unit, and where every cell stands in the article.

`check` (cells.py), the drafter (draft/tables.py) and the Source tab all read tables through this module,
so a cell a pack cites is the cell the app highlights and the cell `draft` proposes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .format import AFTER_NUMBER, AFTER_UNIT, BEFORE_NUMBER
from .units import MEASURES

#: A delimiter row: `| --- | :---: |` (any number of dashes, optional alignment colons).
_DELIMITER = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+\s*$")
#: A cell boundary: a `|` not written `\|`.
_BAR = re.compile(r"(?<!\\)\|")
#: A table's own number in its caption: 表2, 表 2, 附表1.
_TABLE_LABEL = re.compile(r"^\s*(附?表)\s*(\d+)")
#: A unit line or a unit in a caption: 单位：亿元, （单位：万吨）, 金额单位：万元.
_UNIT_LINE = re.compile(r"单位\s*[：:]\s*([^\s，,。；;）)]+)")
#: Words of a row or column that is the total of the others.
TOTAL_WORDS = ("合计", "总计", "总 计", "合 计", "全市", "全省", "全区", "全县", "全国", "全镇", "全市合计", "全省合计",
               "全区合计", "全县合计", "总体", "总量", "全部")
#: A column of serial numbers (序号) labels nothing: the row's label is the cell after it.
SERIAL_HEADERS = ("序号", "编号", "No.", "No")
#: A column giving each row's unit.
UNIT_HEADERS = ("单位", "计量单位", "单 位")
#: What a column measures, from the words of its header (checked in this order).
CHANGE_WORDS = ("增长", "增速", "增幅", "增减", "增加", "减少", "下降", "降低", "提高", "同比", "环比", "涨跌", "上涨",
                "变化", "变动", "净增")
FALL_HEADER_WORDS = ("下降", "减少", "降低")
#: Names of levels that hold a change word without being changes (工业增加值 is value added, 自然增长率 a rate).
NOT_CHANGES = re.compile(r"增加值|自然增长率|增长点")
AMOUNT_CHANGE_WORDS = ("增减", "增加", "减少", "净增", "变化", "变动")
SHARE_WORDS = ("比重", "占比", "所占比例", "构成")
RANK_WORDS = ("位次", "排名", "排位", "名次")
#: A cell's number with the qualifier words prose uses around it (约12.3, 120余, 5.5左右: format.py's lists).
_NUMBER = re.compile(
    rf"^(?P<before>{'|'.join(BEFORE_NUMBER)})?\s*"
    r"(?P<digits>[-−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    rf"(?P<after_number>{'|'.join(AFTER_NUMBER)})?\s*"
    rf"(?P<unit>(?:(?!{'|'.join(AFTER_UNIT)})[^\d\s])*?)\s*"
    rf"(?P<after_unit>{'|'.join(AFTER_UNIT)})?$")
_RANK = re.compile(r"^第?\s*(?P<digits>\d+)\s*(?:位|名)?$")
#: A unit written in a header's brackets: （万吨）, (亿元), （%）, （元/人）, （单位：万吨）.
_HEADER_UNIT = re.compile(r"^(?P<name>.*?)\s*[（(](?:单位\s*[：:]\s*)?(?P<unit>[^（）()、，,]{1,8})[）)]\s*$")
#: What a unit counts when it is not a measure the formatter converts (units.py): 家, 人次, 头…
COUNTERS = ("人次", "万人次", "户次", "架次", "家", "个", "项", "人", "名", "户", "辆", "台", "套", "件", "只", "头", "羽", "张",
            "所", "座", "场", "次", "间", "床", "部", "艘", "架", "条", "册", "种", "株", "篇", "处", "例", "批", "位", "支",
            "片", "颗", "根", "枚", "宗", "笔", "千克", "公斤", "克", "斤", "升", "千米", "米", "天", "小时", "分钟", "岁",
            "年", "kg", "km", "t", "GWh", "MWh", "kWh", "GW", "MW", "kW")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(末|底)?")


@dataclass(frozen=True)
class Number:
    """A number as a cell writes it: 12.35, -3.1, 1,234.5, 约12, 120余, 9.4万吨, 5.5%左右."""

    digits: str  # as written, sign and grouping commas included
    qualifier: str  # 'exact' or the article's word (约, 余, 以上…)
    unit: str  # a unit written in the cell itself ('' when the header or caption gives it)

    @property
    def plain(self) -> str:
        """The digits without grouping commas, any minus sign written `-`: what the formatter compares."""
        text = self.digits.replace(",", "")
        return "-" + text[1:] if text[:1] in "−－" else text

    @property
    def value(self) -> float:
        return float(self.plain)


def is_unit(text: str) -> bool:
    """A unit as tables write it: %, ‰, 百分点, or an optional 万/亿 before a measure or counter, optionally per
    something (元/人, 万元/亩, 人次/年)."""
    if text in ("%", "‰", "百分点", "个百分点"):
        return True
    parts = text.split("/")
    if len(parts) > 2:
        return False
    head = re.sub(r"^(?:万亿|亿|万|千|百)", "", parts[0])
    if head not in MEASURES and head not in COUNTERS and not (head == "" and parts[0] in ("万", "亿")):
        return False
    return len(parts) == 1 or re.sub(r"^(?:万亿|亿|万|千|百|十)", "", parts[1]) in (*MEASURES, *COUNTERS, "月", "日")


def read_number(text: str) -> Number | None:
    """The number a cell holds, or None for text, an empty cell or a dash (—, …) for no data."""
    m = _NUMBER.match(text.strip())
    if m is None:
        return None
    unit = m.group("unit")
    if unit and (not is_unit(unit) or unit in ("年", "月", "日")):
        return None  # 2023年 is a year, 3月 a month, 3号 a name: not a number of the table
    word = m.group("before") or m.group("after_number") or m.group("after_unit") or "exact"
    return Number(m.group("digits"), word, unit)


def read_rank(text: str) -> int | None:
    m = _RANK.match(text.strip())
    return int(m.group("digits")) if m else None


def header_unit(text: str) -> tuple[str, str | None]:
    """A header split into its name and the unit in its brackets: 产量（万吨） → (产量, 万吨); 比上年增长（%） →
    (比上年增长, %); 地区（县、市） → (地区（县、市）, None): brackets that hold no unit stay part of the name."""
    m = _HEADER_UNIT.match(text)
    if m and is_unit(m.group("unit")):
        unit = m.group("unit")
        return m.group("name").strip() or text, "百分点" if unit == "个百分点" else unit
    return text, None


def caption_unit(lines: tuple[str, ...]) -> str | None:
    """The one unit a table's caption lines give (单位：亿元), or None (none, or several: 单位：万吨、%)."""
    for line in lines:
        m = _UNIT_LINE.search(line)
        if m:
            units = [u for u in re.split(r"[、/，,]", m.group(1)) if u]
            return units[0] if len(units) == 1 and is_unit(units[0]) else None
    return None


def year_in(text: str) -> tuple[int, bool] | None:
    """(year, at its end) for a header or caption naming one year (2023年, 2023年末), else None."""
    years = _YEAR.findall(text)
    if len({y for y, _ in years}) != 1:
        return None
    year, end = years[0]
    return int(year), bool(end)


def is_total(text: str) -> bool:
    return text.replace("其中：", "").strip() in TOTAL_WORDS


@dataclass(frozen=True)
class TableCell:
    text: str  # as shown: stripped, `\|` read as `|`
    start: int  # article index where the cell's text starts (after its leading spaces)
    end: int  # article index just after its text


@dataclass(frozen=True)
class Row:
    line: str  # the whole line as it stands in the article
    start: int  # article index of the line
    cells: tuple[TableCell, ...]

    def text(self, column: int) -> str:
        return self.cells[column].text if column < len(self.cells) else ""


@dataclass(frozen=True)
class Column:
    index: int
    path: tuple[str, ...]  # its header cells from the top row down, repeats (merged cells) once

    @property
    def name(self) -> str:
        """The most specific header: 产量（万吨） under 2023年."""
        return self.path[-1] if self.path else ""

    @property
    def full_name(self) -> str:
        """Every header level, for a column no single header names: 2024年 / 产量."""
        return " / ".join(self.path)

    @cached_property
    def unit(self) -> str | None:
        """The unit a header writes in brackets (the lowest header that has one)."""
        for text in reversed(self.path):
            unit = header_unit(text)[1]
            if unit:
                return unit
        return None

    @cached_property
    def words(self) -> str:
        """Its headers' words without units and without level names that hold a change word (增加值)."""
        return NOT_CHANGES.sub("", "".join(header_unit(t)[0] for t in self.path))

    @cached_property
    def kind(self) -> str:
        """What its cells are: a change (比上年增长, 增速, 增减), a share (比重), a rank (位次) or a quantity."""
        words = self.words
        if any(w in words for w in CHANGE_WORDS):
            return "change"
        if any(w in words for w in SHARE_WORDS):
            return "share"
        if any(w in words for w in RANK_WORDS):
            return "rank"
        return "quantity"

    @property
    def falls(self) -> bool:
        """A column of falls (比上年下降（%）): its positive numbers are decreases."""
        return self.kind == "change" and any(w in self.words for w in FALL_HEADER_WORDS) and "增" not in self.words

    @property
    def amount_change(self) -> bool:
        """增减, 增加…: a change in the quantity's own unit rather than a rate."""
        return self.kind == "change" and any(w in self.words for w in AMOUNT_CHANGE_WORDS)

    @property
    def year(self) -> tuple[int, bool] | None:
        """The year its header names (2023年, 2023年末), when exactly one."""
        return year_in(" ".join(self.path))


@dataclass(frozen=True)
class Table:
    number: int  # 1-based, in article order
    caption: tuple[str, ...]  # the caption lines before it, top first (表1　…, 单位：亿元); may be empty
    rows: tuple[Row, ...]  # every row but the delimiter, header rows first
    header_rows: int  # how many leading rows are headers (the first, and repeats of a merged header)
    start: int  # article index of its first line
    end: int  # article index after its last line

    @property
    def width(self) -> int:
        return max(len(r.cells) for r in self.rows)

    @property
    def data_rows(self) -> tuple[Row, ...]:
        return self.rows[self.header_rows:]

    @cached_property
    def columns(self) -> tuple[Column, ...]:
        out = []
        for j in range(self.width):
            path: list[str] = []
            for row in self.rows[: self.header_rows]:
                text = row.text(j)
                if text and (not path or path[-1] != text):
                    path.append(text)
            out.append(Column(j, tuple(path)))
        return tuple(out)

    @cached_property
    def label_column(self) -> int:
        """The column naming the rows: the first, or the one after a serial-number column."""
        first = self.columns[0].name if self.columns else ""
        return 1 if (first in SERIAL_HEADERS and self.width > 2) else 0

    @cached_property
    def unit_column(self) -> int | None:
        return next((c.index for c in self.columns if c.name in UNIT_HEADERS), None)

    @property
    def data_columns(self) -> list[Column]:
        skip = {self.label_column, self.unit_column, 0 if self.label_column else None}
        return [c for c in self.columns if c.index not in skip]

    @property
    def label(self) -> tuple[str, str] | None:
        """The table's own number in its caption (表2 → ('表2', 'Table 2'); 附表1 → ('附表1', 'Annex table 1'))."""
        for line in self.caption:
            m = _TABLE_LABEL.match(line)
            if m:
                return m.group(1) + m.group(2), ("Annex table " if m.group(1) == "附表" else "Table ") + m.group(2)
        return None

    @property
    def unit(self) -> str | None:
        return caption_unit(self.caption)

    def row_label(self, row: Row) -> str:
        return row.text(self.label_column)

    def rows_named(self, name: str) -> list[Row]:
        """Data rows whose label is `name` (as written, or with `\\|` for a `|`)."""
        return [r for r in self.data_rows if name in (self.row_label(r), self.row_label(r).replace("|", "\\|"))]

    def columns_named(self, name: str) -> list[Column]:
        """Data columns `name` designates: one of its header cells, or all of them joined with ' / '."""
        return [c for c in self.data_columns if name in c.path or name == c.full_name]

    def cell_unit(self, row: Row, column: Column) -> tuple[str | None, str]:
        """(unit, where it comes from) for one data cell: the cell itself, its column's header, a rate
        column's %, the row's label (粮食产量（万吨）), the table's 单位 column, or the caption's 单位 line."""
        number = read_number(row.text(column.index))
        if number is not None and number.unit:
            return number.unit, "cell"
        if column.unit:
            return column.unit, "column"
        if column.kind in ("change", "share") and not column.amount_change:
            return "%", "rate"
        unit = header_unit(self.row_label(row))[1]
        if unit:
            return unit, "row"
        if self.unit_column is not None and is_unit(row.text(self.unit_column)):
            return row.text(self.unit_column), "unit column"
        if self.unit:
            return self.unit, "caption"
        return None, ""

    def context(self, row: Row, column: Column) -> str:
        """The words around a cell that say what it is: caption, column headers, row label and unit."""
        parts = list(self.caption) + list(column.path) + [self.row_label(row)]
        if self.unit_column is not None:
            parts.append(row.text(self.unit_column))
        return " ".join(parts)


def _cells(line: str, start: int) -> tuple[TableCell, ...]:
    """The cells of a row line `| a | b |` starting at article index `start`."""
    bars = [m.start() for m in _BAR.finditer(line)]
    if not line.rstrip().endswith("|"):
        bars.append(len(line.rstrip()))  # a last cell without its closing bar
    cells = []
    for a, b in zip(bars, bars[1:]):
        raw = line[a + 1:b]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        cells.append(TableCell(text.replace("\\|", "|"), start + a + 1 + lead, start + a + 1 + lead + len(text)))
    return tuple(cells)


def _caption(lines: list[tuple[int, str]], first: int) -> tuple[str, ...]:
    """The caption lines before the table at line `first`: the last non-empty line (the convention), and the
    line above it when that one is the table's title (表1　…) and the last is its unit line."""
    found: list[str] = []
    i = first - 1
    while i >= 0 and len(found) < 2:
        text = lines[i][1].strip()
        i -= 1
        if not text:
            continue
        if text.startswith(("|", "#")):
            break
        if found and not (_TABLE_LABEL.match(text) and _UNIT_LINE.search(found[0]) and len(text) <= 80):
            break
        found.insert(0, text)
    return tuple(found)


def read_tables(article: str) -> list[Table]:
    """Every Markdown table of the article, numbered from 1 in article order."""
    lines, offset = [], 0
    for line in article.splitlines(keepends=True):
        lines.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        start, text = lines[i]
        if not (text.lstrip().startswith("|") and i + 1 < len(lines) and _DELIMITER.match(lines[i + 1][1].strip())):
            i += 1
            continue
        rows = [Row(text, start, _cells(text, start))]
        j = i + 2
        while j < len(lines) and lines[j][1].lstrip().startswith("|"):
            rows.append(Row(lines[j][1], lines[j][0], _cells(lines[j][1], lines[j][0])))
            j += 1
        end = lines[j - 1][0] + len(lines[j - 1][1])
        tables.append(Table(len(tables) + 1, _caption(lines, i), tuple(rows), _header_rows(rows), start, end))
        i = j
    return tables


def _header_rows(rows: list[Row]) -> int:
    """The first row, and the rows after it that repeat its first cell (a merged header) or leave it empty
    and hold no number."""
    first = rows[0].text(0)
    n = 1
    for row in rows[1:]:
        label = row.text(0)
        if label not in (first, "") or any(read_number(c.text) for c in row.cells[1:]):
            break
        n += 1
    return n
