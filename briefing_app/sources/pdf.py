"""PDF with a text layer, through pdfplumber (MIT, on pdfminer.six): characters are gathered into lines by
their baseline, lines into paragraphs and headings (by font size), in reading order (two columns are read
one after the other); running headers, footers and page numbers are dropped, lines are joined without
spaces inside Chinese text and English hyphenation is undone; ruled tables stay tables, footnotes go to
the end, and three-line tables (rules above, under the header and below only) are read as tables too. A
PDF without text (a scan) is refused: there is nothing to quote; the pages of one that are pictures among
text pages are listed in `Document.scanned_pages`, so the user hears that they were left out."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .document import Document, Heading, ListItem, Paragraph, Table
from .errors import ConversionError
from .joining import hyphenated_words, is_wide, join_lines

#: Text in the top or bottom share of a page that repeats on other pages is a running header or footer.
MARGIN_SHARE = 0.12
_PAGE_NUMBER = re.compile(r"^[-—–·\s]*(第\s*)?#+(\s*页)?(\s*(/|of|共)\s*#+\s*页?)?[-—–·\s]*$"
                          r"|^(page|p\.)\s*#+(\s*of\s*#+)?$|^[ivxlc]+$", re.I)
_BOLD = re.compile(r"bold|heavy|black|hei|semibold|demi", re.I)
_SENTENCE_END = tuple("。！？；：.!?;:”」』）)")
#: A paragraph starting with a bullet glyph, or `3.`, is a list item (Word draws its lists this way).
#: Private-use characters are the bullets of symbol fonts (Symbol's U+F0B7, Wingdings' squares).
_LIST_ITEM = re.compile(r"^(?:([•●▪◦■□◆◇‣∙\ue000-\uf8ff])\s*|(\d{1,2})\.(?:\s+|(?=[\u3000-\u9fff\uff00-\uffef])))"
                        r"(\S.*)$", re.S)


@dataclass
class Line:
    """One line of text on a page (or one column's part of it), top-down coordinates."""

    chars: list[dict]
    page: int
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    baseline: float = 0.0
    size: float = 0.0
    bold: bool = False
    text: str = ""
    marks: list[tuple[int, str]] = field(default_factory=list)  # (offset in text, superscript digits)
    right: float = 0.0  # the right edge of the line's column: a line ending well before it ends a paragraph
    below_rule: bool = False  # under the short rule that separates footnotes from the text

    def finish(self) -> Line:
        chars = sorted(self.chars, key=lambda c: (c["x0"], c["top"]))
        self.x0, self.x1 = chars[0]["x0"], max(c["x1"] for c in chars)
        self.top, self.bottom = min(c["top"] for c in chars), max(c["bottom"] for c in chars)
        sizes = Counter(round(c["size"], 1) for c in chars if c["text"].strip())
        self.size = max(sizes, key=lambda s: (sizes[s], s)) if sizes else chars[0]["size"]
        self.bold = all(_BOLD.search(c.get("fontname", "")) for c in chars if c["text"].strip())
        text, previous, marks = "", None, []
        for c in chars:
            ch = c["text"]
            if previous is not None and ch.strip() and text and not text.endswith(" "):
                gap = c["x0"] - previous["x1"]
                if gap > 0.25 * self.size and not (is_wide(text[-1]) or is_wide(ch[0])):
                    text += " "
            superscript = (c["size"] < 0.8 * self.size and ch.isdigit()
                           and _baseline(c) < self.baseline - 0.15 * self.size)
            if superscript:
                if marks and marks[-1][0] == len(text):
                    marks[-1] = (len(text), marks[-1][1] + ch)
                else:
                    marks.append((len(text), ch))
            else:
                text += ch
            previous = c
        self.text, self.marks = text.strip(), marks
        self.chars = []  # the characters are not needed any more (memory on long documents)
        return self


def _baseline(c: dict) -> float:
    return c["top"] + (c["y1"] - c["matrix"][5])


def read_pdf(path: Path) -> Document:
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
        pages = pdf.pages
    except Exception as exc:
        raise _open_error(path, exc) from None
    with pdf:
        items: list[tuple[int, list]] = []
        heights = []
        scanned = []
        try:
            for number, page in enumerate(pages):
                items.append((number, _page_items(page, number)))
                heights.append(float(page.height))
                if _is_scanned(page):
                    scanned.append(number + 1)
                page.close()  # pdfplumber keeps every object of a page until it is closed
        except Exception as exc:
            raise ConversionError(f"{path}: the PDF is damaged ({type(exc).__name__}: {exc})"[:300]) from None
        title = (pdf.metadata or {}).get("Title")
    lines = [i for _, page in items for i in page if isinstance(i, Line)]
    if sum(len(line.text) for line in lines) < 20:
        raise ConversionError(f"{path}: the PDF has no text layer: it looks scanned (pictures of pages), so "
                              "there is no text to quote; ask for the original document or an OCR'd copy")
    _drop_running_lines(items, heights)
    _join_across_pages(items)
    doc = _assemble(items)
    doc.title = title.strip() if isinstance(title, str) and title.strip() else None
    doc.scanned_pages = scanned
    return doc


def _is_scanned(page) -> bool:
    """A page that is a picture (a scan among text pages): pictures over half of it and next to no text."""
    text = sum(1 for c in page.chars if c["text"].strip())
    area = float(page.width) * float(page.height)
    covered = sum(max(0.0, min(i["x1"], float(page.width)) - max(i["x0"], 0.0))
                  * max(0.0, min(i["bottom"], float(page.height)) - max(i["top"], 0.0)) for i in page.images)
    return text < 10 and covered > 0.5 * area


def _open_error(path: Path, exc: Exception) -> ConversionError:
    cause = exc.__cause__ or exc.__context__ or exc
    names = {type(e).__name__ for e in (exc, cause)} | {type(a).__name__ for a in getattr(exc, "args", ())}
    if names & {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"} or "password" in str(exc).lower():
        return ConversionError(f"{path}: the PDF is encrypted (it needs a password to open); "
                               "save an unprotected copy and convert that")
    return ConversionError(f"{path}: is damaged or not a PDF ({type(cause).__name__})")


# --- one page --------------------------------------------------------------------------------------------
def _page_items(page, number: int) -> list:
    """The page's lines and tables, in reading order."""
    tables = [t for t in page.find_tables() if len(t.rows) >= 2 and len(t.rows[0].cells) >= 2]
    blocks = [(t.bbox, Table(_table_rows(t))) for t in tables]
    chars = [c for c in page.chars if c.get("upright", True) and c["text"] != "\x00"]
    ruled = [box for box, _ in blocks]
    chars = [c for c in chars if not _inside(c, ruled)]
    three = _three_line_tables(page, chars, number, ruled)
    blocks += three
    boxes = [box for box, _ in blocks]
    lines = _lines([c for c in chars if not _inside(c, [box for box, _ in three])] if three else chars, number)
    width = float(page.width)
    gutter = _gutter(lines, width)
    left_margin = min((line.x0 for line in lines), default=0.0)
    widest = max([line.x1 for line in lines] + [box[2] for box in boxes], default=width)
    for line in lines:
        if gutter is None:
            line.right = widest
        else:
            side = [o.x1 for o in lines if (o.x1 <= gutter) == (line.x1 <= gutter) and (o.x0 >= gutter) == (line.x0 >= gutter)]
            line.right = max(side)
    rule = _footnote_rule(page, left_margin, boxes)
    if rule is not None:
        for line in lines:
            line.below_rule = line.top > rule
    return _reading_order(lines, blocks, gutter)


def _inside(char: dict, boxes: list) -> bool:
    cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _footnote_rule(page, left: float, boxes: list) -> float | None:
    """The y of the short rule Word, WPS and LibreOffice draw above a page's footnotes (in its lower half,
    starting at the text's left edge, outside tables), or None."""
    width, height = float(page.width), float(page.height)
    found = []
    for obj in list(page.lines) + [r for r in page.rects if r["height"] < 2]:
        x0, x1, top = obj["x0"], obj["x1"], obj["top"]
        if (abs(obj["bottom"] - top) < 2 and 0.08 * width < x1 - x0 < 0.45 * width and top > height / 2
                and abs(x0 - left) < 4 and not any(b[1] - 2 <= top <= b[3] + 2 for b in boxes)):
            found.append(top)
    return min(found) if found else None


def _lines(chars: list[dict], page: int) -> list[Line]:
    """Characters sharing a baseline (superscripts included) form a line; a gap wider than three characters
    splits it (the gutter between two columns)."""
    return [line for row in _rows(chars, page, 3.0) for line in row]


def _rows(chars: list[dict], page: int, split: float) -> list[list[Line]]:
    """The lines of `_lines`, one list per baseline, left to right."""
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (round(_baseline(c), 1), c["x0"])):
        if c["size"] <= 0:
            continue
        if rows and abs(_baseline(c) - _baseline(rows[-1][0])) <= 0.45 * max(rows[-1][0]["size"], c["size"]):
            rows[-1].append(c)
        else:
            rows.append([c])
    out = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        size = statistics.median(c["size"] for c in row)
        lines, piece = [], [row[0]]
        for c in row[1:]:
            if c["x0"] - piece[-1]["x1"] > split * size:
                lines.append(_line(piece, page))
                piece = []
            piece.append(c)
        lines.append(_line(piece, page))
        lines = [line for line in lines if line.text]
        if lines:
            out.append(lines)
    return out


def _line(chars: list[dict], page: int) -> Line:
    full = [c for c in chars if c["size"] >= 0.8 * max(x["size"] for x in chars)] or chars
    line = Line(chars=chars, page=page)
    line.baseline = statistics.median(_baseline(c) for c in full)
    return line.finish()


def _table_rows(table) -> tuple[tuple[str, ...], ...]:
    """The table's text, a merged cell repeated in every row and column it covers."""
    rows = [list(r) for r in table.extract()]
    columns = sorted({round(c[0], 1) for c in table.cells})
    for i, (row, cells) in enumerate(zip(rows, table.rows)):
        for j, value in enumerate(row):
            if value is not None:
                continue
            left = next((k for k in range(j - 1, -1, -1) if cells.cells[k] is not None), None)
            spans_here = (left is not None and j < len(columns)
                          and cells.cells[left][2] > columns[j] + 1)
            row[j] = row[left] if spans_here else (rows[i - 1][j] if i > 0 else "")
    return tuple(tuple(value or "" for value in row) for row in rows)


# --- three-line tables (三线表) ------------------------------------------------------------------------
#: A caption, unit or note line: it stands between two tables, never inside one.
_CAPTION = re.compile(r"^(附?续?表\s*\d|续表|单位\s*[：:]|注\s*[：:])")
#: A cell holding only a number as a statistics table writes it (1,234.5, -3.2, 8.0%, 约520, 120余), or a
#: dash for none.
_CELL_NUMBER = re.compile(r"^(?:约|近|超过|逾|不足|不到)?[-−－+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
                          r"(?:余|多)?\s*[%％‰]?(?:以上|左右|以内|以下)?$|^[—–-]{1,2}$")
#: Cells are split where characters stand further apart than this many character widths.
_CELL_GAP = 0.75


def _three_line_tables(page, chars: list[dict], number: int, boxes: list) -> list[tuple[tuple, Table]]:
    """Tables drawn with horizontal rules only: a rule on top, one under the header row, one at the bottom
    (the 三线表 of statistics bulletins), of one width, with rows of text in columns between them and at
    least one column of numbers. Columns are the runs of x covered by the body's cells; a row label that
    wraps onto further lines stays one row."""
    groups: list[list[tuple[float, float, float]]] = []
    for rule in _rules(page, boxes):
        group = next((g for g in groups if abs(g[0][0] - rule[0]) <= 3 and abs(g[0][1] - rule[1]) <= 3), None)
        if group is None:
            groups.append([rule])
        else:
            group.append(rule)
    found = []
    rules = [r for g in groups for r in g]
    for group in (g for g in groups if len(g) >= 3):
        x0, x1 = min(r[0] for r in group), max(r[1] for r in group)
        inside = [c for c in chars if x0 - 2 <= (c["x0"] + c["x1"]) / 2 <= x1 + 2]
        run = [group[0][2]]
        for y in [r[2] for r in group[1:]] + [None]:
            rows = _rows([c for c in inside if run[-1] < (c["top"] + c["bottom"]) / 2 < y], number, _CELL_GAP) \
                if y is not None else None
            if rows == []:
                continue  # a double rule
            if rows is not None and _between_rows(rows, x1 - x0):
                run.append(y)
                continue
            if len(run) >= 3:
                under = [r for r in rules if run[0] < r[2] < run[1] and x0 - 2 <= r[0] and r[1] <= x1 + 2]
                table = _ruled_by(run, under, inside, number)
                if table is not None:
                    found.append(((x0, run[0] - 1, x1, run[-1] + 1), table))
            run = [y]
    return found


def _rules(page, boxes: list) -> list[tuple[float, float, float]]:
    """The page's horizontal rules as (x0, x1, y), top to bottom, outside ruled tables; pieces of one rule
    (a border drawn cell by cell) joined."""
    pieces = []
    for obj in list(page.lines) + list(page.rects):
        y = (obj["top"] + obj["bottom"]) / 2
        if obj["bottom"] - obj["top"] < 3 and obj["x1"] - obj["x0"] > 10 and not any(
                b[0] - 2 <= obj["x0"] and obj["x1"] <= b[2] + 2 and b[1] - 2 <= y <= b[3] + 2 for b in boxes):
            pieces.append([obj["x0"], obj["x1"], y])
    rules: list[list[float]] = []
    for piece in sorted(pieces, key=lambda r: (round(r[2]), r[0])):
        if rules and abs(rules[-1][2] - piece[2]) < 1 and piece[0] <= rules[-1][1] + 2:
            rules[-1][1] = max(rules[-1][1], piece[1])
        else:
            rules.append(piece)
    return sorted((tuple(r) for r in rules if r[1] - r[0] > 60), key=lambda r: r[2])


def _between_rows(rows: list[list[Line]], width: float) -> bool:
    """The text between two rules can be rows of a table: some line has two cells or more, and none is a
    caption or a line of running text (one cell over most of the width)."""
    cells = [cell for row in rows for cell in row]
    return (any(len(row) >= 2 for row in rows) and not any(_CAPTION.match(c.text) for c in cells)
            and all(c.x1 - c.x0 < 0.6 * width for c in cells))


def _ruled_by(rules: list[float], under: list, chars: list[dict], number: int) -> Table | None:
    """The table between the first and last of `rules` (y), its header above the second (`under`: the
    shorter rules inside the header, each under a cell that spans the columns above it); None when the text
    there is no table (fewer than two columns or body rows, or no column of numbers)."""
    region = [c for c in chars if rules[0] < (c["top"] + c["bottom"]) / 2 < rules[-1]]
    lines = _rows(region, number, _CELL_GAP)
    head = [row for row in lines if row[0].baseline < rules[1]]
    body = [row for row in lines if row[0].baseline > rules[1]]
    spans = _column_spans([row for row in body if len(row) >= 2])
    if not head or len(body) < 2 or len(spans) < 2:
        return None
    bounds = [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])]

    def column(cell: Line) -> int:
        return sum(1 for x in bounds if (cell.x0 + cell.x1) / 2 > x)

    numbers = Counter(column(c) for row in body for c in row if _CELL_NUMBER.match(c.text))
    filled = Counter(column(c) for row in body for c in row)
    numeric = {j for j in numbers if numbers[j] >= 2 and numbers[j] >= 0.5 * filled[j]}
    if not numeric:
        return None
    return Table(tuple(_header_rows(head, spans, column, under)) + tuple(_body_rows(body, spans, column, numeric)))


def _column_spans(rows: list[list[Line]]) -> list[tuple[float, float]]:
    """The runs of x that cells of rows with two cells or more cover, left to right: one per column. Two
    runs side by side that no row fills both of are one column whose cells are aligned differently (约520
    on the left, 86.3 on the right)."""
    spans: list[list[float]] = []
    for x0, x1 in sorted((c.x0, c.x1) for row in rows for c in row):
        if spans and x0 <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], x1)
        else:
            spans.append([x0, x1])
    i = 0
    while i + 1 < len(spans):
        (a0, a1), (b0, b1) = spans[i], spans[i + 1]
        if any(any(a0 <= c.x0 and c.x1 <= a1 for c in row) and any(b0 <= c.x0 and c.x1 <= b1 for c in row)
               for row in rows):
            i += 1
        else:
            spans[i:i + 2] = [[a0, b1]]
    return [tuple(s) for s in spans]


def _body_rows(body: list[list[Line]], spans: list, column, numeric: set[int]) -> list[tuple[str, ...]]:
    """One table row per row of the body. A line holding no number continues the row above where that
    row's cells in the same columns run to their column's right edge (a label that wrapped); a line of
    numbers alone joins a row above that has none yet (numbers centred beside a wrapped label)."""
    rows: list[dict[int, list[Line]]] = []
    for line in body:
        cells: dict[int, list[Line]] = {}
        for cell in line:
            cells.setdefault(column(cell), []).append(cell)
        has_numbers = any(j in numeric and _CELL_NUMBER.match(c.text) for j, cs in cells.items() for c in cs)
        if rows:
            previous = rows[-1]
            above_numbers = any(j in numeric and _CELL_NUMBER.match(c.text) for j, cs in previous.items()
                                for c in cs)
            wrapped = not has_numbers and all(
                j in previous and previous[j][-1].x1 >= spans[j][1] - 1.5 * previous[j][-1].size
                and 0 < cs[0].baseline - previous[j][-1].baseline < 1.8 * cs[0].size
                and not cs[0].text.startswith("其中") for j, cs in cells.items())
            if wrapped or (has_numbers and not above_numbers and all(j in numeric for j in cells)):
                for j, cs in cells.items():
                    previous.setdefault(j, []).extend(cs)
                continue
        rows.append(cells)
    return [tuple(join_lines([c.text for c in row.get(j, [])]) for j in range(len(spans))) for row in rows]


def _header_rows(head: list[list[Line]], spans: list, column, under: list) -> list[tuple[str, ...]]:
    """The header: each column's lines joined; a cell over two columns or more (2023年 over 产量 and 增长:
    drawn over a shorter rule under it, or running over both columns' text) makes two header rows, that
    cell repeated in each column it covers, as the Markdown convention writes a merged cell."""
    def covered(cell: Line) -> list[int]:
        middle = (cell.x0 + cell.x1) / 2
        for x0, x1, y in under:
            over = [j for j, (a, b) in enumerate(spans) if x0 - 2 <= (a + b) / 2 <= x1 + 2]
            if cell.baseline < y and x0 - 2 <= middle <= x1 + 2 and len(over) >= 2:
                return over
        over = [j for j, (x0, x1) in enumerate(spans) if cell.x0 < x1 and cell.x1 > x0]
        return over if len(over) >= 2 else [column(cell)]

    last_span = max((i for i, line in enumerate(head) if any(len(covered(c)) >= 2 for c in line)), default=-1)
    upper: dict[int, list[str]] = {}
    lower: dict[int, list[str]] = {}
    for i, line in enumerate(head):
        for cell in line:
            for j in covered(cell):
                (upper if i <= last_span or last_span < 0 else lower).setdefault(j, []).append(cell.text)
    top = tuple(join_lines(upper.get(j, [])) for j in range(len(spans)))
    if not lower:
        return [top]
    bottom = tuple(join_lines(lower.get(j, [])) or top[j] for j in range(len(spans)))
    return [tuple(top[j] or bottom[j] for j in range(len(spans))), bottom]


def _reading_order(lines: list[Line], tables: list, gutter: float | None) -> list:
    """Lines and tables top to bottom; where the page has two columns, the left column is read before
    the right one, between the full-width lines and tables that separate them."""
    items = [(top, 0, x0, item) for (x0, top, _, _), item in tables]
    for line in lines:
        items.append((line.baseline, 1, line.x0, line))
    items.sort(key=lambda t: t[:3])
    if gutter is None:
        return [item for *_, item in items]
    ordered, left, right = [], [], []
    for *_, item in items:
        if isinstance(item, Line) and item.x1 <= gutter:
            left.append(item)
        elif isinstance(item, Line) and item.x0 >= gutter:
            right.append(item)
        else:
            ordered += left + right + [item]
            left, right = [], []
    return ordered + left + right


def _gutter(lines: list[Line], width: float) -> float | None:
    """The x of a gutter between two columns, if at least three lines on each side share baselines."""
    best = None
    for step in range(30, 71):
        x = width * step / 100
        left = [line for line in lines if line.x1 <= x]
        right = [line for line in lines if line.x0 >= x]
        crossing = len(lines) - len(left) - len(right)
        if len(left) < 3 or len(right) < 3 or crossing > 0.25 * len(lines):
            continue
        bases = {round(line.baseline) for line in left}
        pairs = sum(1 for line in right if round(line.baseline) in bases)
        if pairs >= 3 and (best is None or crossing < best[0]):
            best = (crossing, x)
    return best[1] if best else None


# --- the whole document ----------------------------------------------------------------------------------
def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _drop_running_lines(items: list[tuple[int, list]], heights: list[float]) -> None:
    """Remove page numbers and the headers and footers that repeat across pages."""
    margins = []
    for number, page in items:
        lines = sorted((i for i in page if isinstance(i, Line)), key=lambda line: (line.baseline, line.x0))
        h = heights[number]
        margins.append([line for line in lines[:2] + lines[2:][-2:]
                        if line.bottom <= h * MARGIN_SHARE or line.top >= h * (1 - MARGIN_SHARE)])
    counts = Counter(k for lines in margins for k in {_key(line.text) for line in lines})
    repeated = max(2, int(0.4 * len(items) + 0.5))
    for (number, page), lines in zip(items, margins):
        for line in lines:
            key = _key(line.text)
            if counts[key] >= repeated or _PAGE_NUMBER.match(key):
                if line in page:
                    page.remove(line)


def _join_across_pages(items: list[tuple[int, list]]) -> None:
    """A table that ends one page and one of as many columns that starts the next are one table broken by the page
    (its header, when the next page repeats it, is said once): the second part alone would have no header."""
    for (_, before), (_, page) in zip(items, items[1:]):
        if not (before and page and isinstance(before[-1], Table) and isinstance(page[0], Table)):
            continue
        first, rest = before[-1].rows, page[0].rows
        if first and rest and len(first[0]) == len(rest[0]):
            before[-1] = Table(first + (rest[1:] if rest[0] == first[0] else rest))
            page.pop(0)


def _assemble(items: list[tuple[int, list]]) -> Document:
    flow = [item for _, page in items for item in page]
    notes = _footnotes(flow)
    lines = [i for i in flow if isinstance(i, Line)]
    body = _body_size(lines)
    labels = {label for label, _ in notes}
    heading_sizes = sorted({round(line.size) for line in lines if _is_heading(line, body)}, reverse=True)
    top_count = sum(1 for line in lines if heading_sizes and round(line.size) == heading_sizes[0])
    first_level = 1 if heading_sizes and top_count <= 3 else 2  # one title at the top, else sections
    all_text = "\n".join(line.text for line in lines)
    hyphenated = hyphenated_words(all_text)
    doc = Document(footnotes=notes)
    paragraph: list[Line] = []

    def flush():
        if paragraph:
            texts = [_with_marks(line, labels) for line in paragraph]
            if _is_heading(paragraph[0], body):
                level = first_level + heading_sizes.index(round(paragraph[0].size))
                doc.blocks.append(Heading(min(level, 6), join_lines(texts, hyphenated)))
            else:
                text = join_lines(texts, hyphenated)
                item = _LIST_ITEM.match(text)
                doc.blocks.append(ListItem(item.group(3), "-" if item.group(1) else item.group(2) + ".") if item
                                  else Paragraph(text))
            paragraph.clear()

    pitch = _line_pitch(lines)
    for item in flow:
        if isinstance(item, Table):
            flush()
            doc.blocks.append(item)
            continue
        if paragraph and _starts_paragraph(paragraph[-1], item, body, pitch):
            flush()
        paragraph.append(item)
    flush()
    return doc


def _with_marks(line: Line, labels: set[str]) -> str:
    """The line's text with its superscript footnote numbers written `[^n]` (other superscripts, as in
    km2, stay digits)."""
    text = line.text
    for offset, digits in reversed(line.marks):
        offset = min(offset, len(text))
        text = text[:offset] + (f"[^{digits}]" if digits in labels else digits) + text[offset:]
    return text


def _footnotes(flow: list) -> list[tuple[str, str]]:
    """Footnotes: lines under a page's footnote rule that start with the number of a superscript mark met
    earlier (on that page or before): taken out of the text, with their continuation lines, and returned
    as (number, text)."""
    notes: list[tuple[str, str]] = []
    seen: set[str] = set()
    i = 0
    while i < len(flow):
        line = flow[i]
        if not isinstance(line, Line):
            i += 1
            continue
        label, text = None, line.text
        if line.marks and line.marks[0][0] == 0:
            label = line.marks[0][1]
        else:
            m = re.match(r"(\d{1,3})[\s、．.]\s*(\S.*)$", text)
            if m:
                label, text = m.group(1), m.group(2)
        if label not in seen or not line.below_rule:
            seen.update(digits for offset, digits in line.marks if offset > 0)
            i += 1
            continue
        parts = [text]
        del flow[i]
        while (i < len(flow) and isinstance(flow[i], Line) and not flow[i].marks and flow[i].page == line.page
               and abs(flow[i].size - line.size) < 0.5 and flow[i].top - line.bottom < line.size
               and not re.match(r"\d{1,3}[\s、．.]", flow[i].text)):
            line = flow.pop(i)
            parts.append(line.text)
        notes.append((label, join_lines(parts)))
    return notes


def _body_size(lines: list[Line]) -> float:
    sizes = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return max(sizes, key=lambda s: (sizes[s], -s)) if sizes else 10.0


def _is_heading(line: Line, body: float) -> bool:
    return line.size >= body * 1.15 and len(line.text) <= 80


def _line_pitch(lines: list[Line]) -> float:
    gaps = [b.baseline - a.baseline for a, b in zip(lines, lines[1:])
            if a.page == b.page and 0 < b.baseline - a.baseline < 3 * a.size and abs(a.size - b.size) < 0.5]
    return statistics.median(gaps) if gaps else 14.0


def _ended(line: Line) -> bool:
    """The line stops short of its column's right edge: the end of a paragraph. Lines inside a paragraph
    may stop a few characters short too (a number or an English word that did not fit, a punctuation mark
    that may not start a line), so only a line left well short, or short after a full stop, counts."""
    if re.search(r"[A-Za-z]-$", line.text):
        return False  # a word broken across lines
    room = line.right - line.x1
    return room > 8 * line.size or (line.text.endswith(_SENTENCE_END) and room > 1.5 * line.size)


def _starts_paragraph(previous: Line, line: Line, body: float, pitch: float) -> bool:
    if _is_heading(previous, body) != _is_heading(line, body) or abs(previous.size - line.size) > 0.5:
        return True
    if previous.bold != line.bold or _LIST_ITEM.match(line.text):
        return True
    ended = _ended(previous)
    gap = line.baseline - previous.baseline
    if line.page != previous.page or gap < 0:  # a paragraph goes on in the next page or column unless it ended
        return ended
    if gap > 1.4 * pitch * max(1.0, line.size / body) or line.x0 > previous.x0 + 1.5 * line.size:
        return True  # space between paragraphs, or a first-line indent
    return ended
