"""Figures read from a table cell: `check` finds the cell a figure cites and proves its number, unit and kind;
`citation` is the one human-readable form of such a source (表2 · 油料 · 产量（万吨）：12.35), shown wherever a
quote is shown.

A cell figure's `quote` is its table row's whole line. The row line does not say which column holds the number
or what unit it is in: the header and caption do, so the check reads the table (tables.py), and a loaded pack
keeps the cell it found on the figure (`fig.cell.found`) for the formatter and the views.
"""

from __future__ import annotations

from dataclasses import dataclass

from .format import amount_zh, digit_forms, number_zh, ratio_in, target_year_words
from .tables import Column, Number, Row, Table, read_number, read_rank, read_tables
from .units import needs_english_noun

#: Each unit's source, in words for `check`.
_FROM = {"cell": "the cell itself", "rate": "its column, a rate ({})", "column": "its column header {}",
         "row": "its row's label {}", "unit column": "the row's 单位 column", "caption": "the line {} before the table"}


@dataclass(frozen=True)
class FoundCell:
    """The cell a figure cites, as the article has it."""

    table: Table
    row: Row
    column: Column
    text: str  # the cell as written (12.35, -3.1, 约12)
    unit: str | None  # the unit the table gives it (its header, row, 单位 column or caption)
    number: Number | None

    @property
    def sentence(self) -> str:
        """The cell's number with its qualifier and unit, as a sentence would write it (-3.1%, 12.35万吨,
        0.4个百分点): the formatter finds the article's digits here, as it does in a quote."""
        if self.column.kind == "rank" and read_rank(self.text) is not None:
            return self.text if self.text.startswith("第") else f"第{read_rank(self.text)}"  # a 位次 of 1 is 第1
        if self.number is None:
            return self.text
        unit = self.number.unit or ("个百分点" if self.unit == "百分点" else self.unit or "")
        return amount_zh(0, unit, self.number.qualifier, self.number.digits.replace(",", ""))

    @property
    def row_label(self) -> str:
        return self.table.row_label(self.row)

    @property
    def cell(self):
        """The cell in the article (tables.TableCell: its text and where it stands)."""
        return self.row.cells[self.column.index]


def table_name(table_number: int, table: Table | None, lang: str) -> str:
    """表2 / Table 2 as the article labels it; a table with no 表N caption by its place: 第3个表格 / table 3
    (unnumbered)."""
    label = table.label if table is not None else None
    if label:
        return label[0] if lang == "zh" else label[1]
    return f"第{table_number}个表格" if lang == "zh" else f"table {table_number} (unnumbered)"


def citation(fig, lang: str) -> str | None:
    """A table figure's source in words: 表2 · 油料 · 产量（万吨）：12.35 / Table 2 · 油料 · 产量（万吨）: 12.35;
    None for a figure quoted from the text. The row and column stay as the article writes them (they are the
    source, as a quote is), only the frame is in the reader's language."""
    cell = getattr(fig, "cell", None)
    if cell is None:
        return None
    found = cell.found
    head = f"{table_name(cell.table, found.table if found else None, lang)} · {cell.row} · {cell.column}"
    if found is None:
        return head
    return f"{head}：{found.text}" if lang == "zh" else f"{head}: {found.text}"


def source_text(fig, lang: str) -> str:
    """What a figure comes from, as shown to people: its verbatim quote, or its table cell's citation. It is also
    the key a click on the figure opens the Source tab at (ui/tabs/source.py)."""
    return citation(fig, lang) or fig.quote


def quoted(fig, lang: str, marks: tuple[str, str] = ("“", "”")) -> str:
    """The source in one line: the verbatim quote in quotation marks, or a cell's citation (which is not the
    article's own words, so it takes none)."""
    return citation(fig, lang) or f"{marks[0]}{fig.quote}{marks[1]}"


# --- check -----------------------------------------------------------------------------------------

def cell_problems(data, article: str):
    """(location, message) for every cell figure whose cell is not there or does not hold its number, unit and
    kind; the cells found are kept on the figures (`fig.cell.found`)."""
    tables = None
    for i, fig in enumerate(data.figures):
        if fig.cell is None:
            continue
        if tables is None:
            tables = read_tables(article)
        found, problems = _resolve(fig, tables)
        for loc, message in problems:
            yield ("figures", i, *loc), message
        if found is not None and not problems:
            fig.cell._found = found


def _resolve(fig, tables: list[Table]) -> tuple[FoundCell | None, list]:
    cell = fig.cell
    if fig.derived is not None:
        return None, [(("cell",), "a derived figure is computed, not read from a table: leave out cell")]
    if cell.table > len(tables):
        have = (f"the article has {len(tables)} table{'s' if len(tables) != 1 else ''}" if tables
                else "the article has no table")
        return None, [(("cell", "table"), f"{have} (a Markdown table: a header row, a | --- | row, then one line "
                                          f"per row); there is no table {cell.table}")]
    table = tables[cell.table - 1]
    where = f"table {cell.table}"
    rows = table.rows_named(cell.row)
    if not rows:
        labels = [table.row_label(r) for r in table.data_rows]
        return None, [(("cell", "row"), f"{where} has no row {cell.row!r} (its rows: {_listed(labels)}); row is "
                                       "the row's first cell as written")]
    row = next((r for r in rows if r.line == fig.quote), None)
    problems = []
    if row is None:
        row = rows[0]
        problems.append((("quote",), f"a cell figure quotes its table row whole, as it stands in the article: "
                                     f"{row.line!r}"))
    columns = table.columns_named(cell.column)
    if len(columns) != 1:
        return None, problems + [(("cell", "column"), _column_problem(table, where, cell.column, columns))]
    column = columns[0]
    text = row.text(column.index)
    unit, unit_from = table.cell_unit(row, column)
    number = read_number(text)
    found = FoundCell(table, row, column, text, unit, number)
    at = f"{where}, row {cell.row}, column {cell.column}"
    problems += _value_problems(fig, found, at)
    if not problems:
        problems += _unit_problems(fig, found, at, unit_from)
        problems += _kind_problems(fig, found, at)
        problems += _word_problems(fig, found)
    return found, problems


def _listed(names: list[str], most: int = 12) -> str:
    names = list(dict.fromkeys(n for n in names if n))
    return ", ".join(names[:most]) + (", …" if len(names) > most else "")


def _column_problem(table: Table, where: str, name: str, columns: list[Column]) -> str:
    if columns:
        return (f"{name!r} names {len(columns)} columns of {where}; name one by its header cells joined with ' / ' "
                f"({', '.join(repr(c.full_name) for c in columns)})")
    names = [c.name for c in table.data_columns]
    if any(name in c.path for c in table.columns):
        return f"{name!r} is not a column of numbers in {where} (its columns of numbers: {_listed(names)})"
    return f"{where} has no column {name!r} (its columns: {_listed(names)}); column is a header cell as written"


def _value_problems(fig, found: FoundCell, at: str) -> list:
    text, number = found.text, found.number
    if not text:
        return [(("value",), f"{at} is empty")]
    if fig.type == "rank":
        if fig.value is None or read_rank(text) != fig.value:
            return [(("value",), f"{at} holds {text}, not the rank {fig.value}")]
        return []
    if fig.type == "ratio" and isinstance(fig.value, str):
        return [] if ratio_in(fig.value, text) == text else [(("value",), f"{at} holds {text}, not {fig.value}")]
    if fig.type == "share" and fig.unit is None:
        return [] if text == fig.value else [(("value",), f"{at} holds {text}, not {fig.value}")]
    if number is None:
        return [(("value",), f"{at} holds {text!r}, not a number")]
    value = fig.value
    if fig.type == "change" and fig.direction == "down" and not found.column.falls:
        if number.value < 0:
            return [(("value",), f"{at} holds {text}: a fall written as negative growth is value: {number.plain} "
                                 "with no direction")]
        return [(("direction",), f"{at} holds {text} under {found.column.name!r}, a rise: leave out direction: down")]
    if number.plain not in digit_forms(value):
        hint = ""
        if number.plain in digit_forms(-value):
            hint = (f" (the cell writes a minus sign: value: {number.plain})" if number.value < 0
                    else " (the cell has no minus sign)")
        return [(("value",), f"{at} holds {text}, not {number_zh(value)}{hint}")]
    qualifier = getattr(fig, "qualifier", "exact")
    if number.qualifier != qualifier:
        want = f"give qualifier: {number.qualifier}" if number.qualifier != "exact" else "leave out qualifier"
        return [(("qualifier",), f"{at} holds {text}: {want}")]
    return []


def _unit_problems(fig, found: FoundCell, at: str, unit_from: str) -> list:
    if fig.type in ("rank", "ratio") or (fig.type == "share" and fig.unit is None):
        return []
    unit = getattr(fig, "unit", None)
    given = found.unit
    if given is None:
        if unit is None or needs_english_noun(unit):
            return []  # a count (家, 个) a table leaves unsaid, or a change of a unitless number
        return [(("unit",), f"{at}: the table gives no unit for this cell (none in the column header, the row, a 单位 "
                            f"column or a 单位： line before the table), so {unit} cannot be traced to the article")]
    if _same_unit(unit, given):
        return []
    source = _FROM[unit_from].format(repr(_unit_source(found, unit_from)))
    return [(("unit",), f"{at}: the table gives {given} for this cell (from {source}), not {unit or 'no unit'}")]


def _same_unit(a: str | None, b: str) -> bool:
    return (a or "").removeprefix("个") == b.removeprefix("个")


def _unit_source(found: FoundCell, unit_from: str) -> str:
    if unit_from in ("column", "rate"):
        return found.column.name
    if unit_from == "row":
        return found.row_label
    if unit_from == "caption":
        return next((line for line in found.table.caption if "单位" in line), "")
    return found.text


def _kind_problems(fig, found: FoundCell, at: str) -> list:
    column = found.column
    if column.kind == "change" and fig.type not in ("change", "contribution", "margin"):
        fall = (f"; a negative number there is a fall, value: {found.number.plain} with no direction"
                if found.number and found.number.value < 0 else "")
        return [(("type",), f"{at}: {column.name!r} is a change (比上年增长, 增速, 增减…): give type: change{fall}")]
    if fig.type == "change" and column.kind != "change":
        return [(("type",), f"{at}: {column.name!r} is not a change (a change's column says 增长, 增速, 增减, 下降…); "
                            f"its number is a {column.kind}")]
    if fig.type == "rank" and column.kind != "rank":
        return [(("type",), f"{at}: {column.name!r} is not a rank (a rank's column says 位次, 排名…)")]
    if fig.type == "change" and column.falls and fig.direction != "down" and found.number and found.number.value > 0:
        return [(("direction",), f"{at}: {column.name!r} counts falls: give direction: down")]
    return []


def _word_problems(fig, found: FoundCell) -> list:
    """Words a figure says it is (its verb, base, total, plan…) must be the table's: in its caption, the column's
    headers or the row's label."""
    context = found.table.context(found.row, found.column)
    words = []
    for key, word in (("word", getattr(fig, "word", None)), (("base", "zh"), _zh(getattr(fig, "base", None))),
                      ("of", _zh(getattr(fig, "of", None))), (("per", "zh"), _zh(getattr(fig, "per", None))),
                      (("than", "zh"), _zh(getattr(fig, "than", None))), (("to", "zh"), _zh(getattr(fig, "to", None))),
                      ("plan", fig.plan)):
        if word and word not in context:
            words.append(((key,) if isinstance(key, str) else key,
                          f"{word!r} does not occur in the table's caption, the column's header or the row's label"))
    if fig.target_year:
        options = target_year_words(fig.target_year, None)
        if not any(w in context for w in options):
            words.append((("target_year",), f"{fig.target_year} does not occur in the table's caption, the column's "
                                            "header or the row's label"))
    return words


def _zh(value) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.zh
