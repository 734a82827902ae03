"""What every reader produces: a few kinds of blocks, and the one writer that turns them into Markdown.

Each reader (Word, PDF, web page) says what a document holds — headings, paragraphs, list items, tables,
footnotes — and this module alone decides how that is written, so a table or a footnote reads the same
whatever format it came from.

Tables (the convention later code builds on):
- a table is a block of lines `| a | b |`, one line per table row, after a blank line;
- the first row is the header row, followed by `| --- | --- |`; every other row (a second header row
  included) is an ordinary row;
- every row has as many cells as the widest row (short rows are padded with empty cells);
- a merged cell's text is repeated in every row and column it covers;
- a cell's text is on one line (line breaks inside a cell joined, as paragraph lines are), `|` is written
  `\\|`, nothing else is escaped; numbers stay as written (`-3.1`, `1,234.5`);
- the table's caption (`表1 …`) or unit line (`单位：亿元`) is the non-empty line just before the table,
  as the source has it (an HTML `<caption>` is written there too).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .joining import join_lines


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = the title
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class ListItem:
    text: str
    marker: str = "-"  # "-" for bullets, "1." for Markdown numbering
    depth: int = 0


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Paragraph | ListItem | Table


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)
    footnotes: list[tuple[str, str]] = field(default_factory=list)  # (label, text): `[^label]: text` at the end
    title: str | None = None
    date: str | None = None  # ISO: YYYY-MM-DD (or YYYY-MM / YYYY when the source says no more)
    publisher: str | None = None
    scanned_pages: list[int] = field(default_factory=list)  # 1-based: pages that are pictures, with no text to read

    def has_text(self) -> bool:
        return any(_block_text(b).strip() for b in self.blocks)


def _block_text(block: Block) -> str:
    if isinstance(block, Table):
        return "".join("".join(row) for row in block.rows)
    return block.text


def one_line(text: str) -> str:
    """A cell's or heading's text on one line: inner line breaks joined as paragraph lines are."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    return join_lines([line for line in lines if line])


def table_row(cells) -> str:
    return "| " + " | ".join(one_line(c).replace("|", "\\|") for c in cells) + " |"


def _table(table: Table) -> list[str]:
    width = max((len(r) for r in table.rows), default=0)
    if not width:
        return []
    rows = [tuple(r) + ("",) * (width - len(r)) for r in table.rows]
    out = [table_row(rows[0]), "| " + " | ".join(["---"] * width) + " |"]
    out += [table_row(r) for r in rows[1:]]
    return out


def to_markdown(doc: Document) -> str:
    """The document as UTF-8 Markdown: blocks separated by blank lines (list items of one list are not),
    footnotes at the end, one newline at the end of the file."""
    out: list[str] = []
    previous = None
    for block in doc.blocks:
        if isinstance(block, ListItem):
            lines = ["  " * block.depth + f"{block.marker} {one_line(block.text)}"]
        elif isinstance(block, Heading):
            lines = ["#" * max(1, min(block.level, 6)) + " " + one_line(block.text)]
        elif isinstance(block, Table):
            lines = _table(block)
        else:
            lines = [block.text.strip()]
        lines = [line.rstrip() for line in lines if line.strip()]
        if not lines:
            continue
        if out and not (isinstance(block, ListItem) and isinstance(previous, ListItem)):
            out.append("")
        out += lines
        previous = block
    notes = [f"[^{label}]: {one_line(text)}" for label, text in doc.footnotes]
    if notes:
        out += ["", *notes]
    return "\n".join(out).strip("\n") + "\n" if out else ""
