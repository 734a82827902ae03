"""Word (.docx) through python-docx: headings as `#`/`##`, lists with their numbering, tables, footnotes and
endnotes at the end. Text boxes, headers and footers are left out (they repeat or float beside the text)."""

from __future__ import annotations

from pathlib import Path

from .document import Document, Heading, ListItem, Paragraph, Table
from .errors import ConversionError
from .numbering import Numbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {W + "txbxContent", W + "delText", W + "instrText", MC_FALLBACK, W + "rPr", W + "pPr"}
_NOTES = {"footnotes": W + "footnote", "endnotes": W + "endnote"}


def read_docx(path: Path) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ConversionError(f"{path}: is damaged or not a Word document ({exc})"[:300]) from None
    except Exception as exc:  # lxml's XMLSyntaxError and the like: a damaged part
        raise ConversionError(f"{path}: is damaged ({type(exc).__name__}: {exc})"[:300]) from None
    return _Reader(word).read()


class _Reader:
    def __init__(self, word):
        self.word = word
        self.notes = {kind: _note_texts(word.part, kind) for kind in _NOTES}
        self.note_order: dict[tuple[str, str], int] = {}
        self.numbering = Numbering.of(word)
        self.has_title = any(self._style_level(p) == 0 for p in word.element.body.iter(W + "p"))

    def read(self) -> Document:
        doc = Document(title=(self.word.core_properties.title or "").strip() or None)
        for element in self._body_items(self.word.element.body):
            if element.tag == W + "tbl":
                doc.blocks.append(self._table(element))
            else:
                block = self._paragraph(element)
                if block is not None:
                    doc.blocks.append(block)
        doc.footnotes = [(str(number), self.notes[kind].get(note_id, ""))
                         for (kind, note_id), number in self.note_order.items()]
        return doc

    @staticmethod
    def _body_items(parent):
        """Paragraphs and tables in reading order, looking inside content controls (w:sdt)."""
        for child in parent.iterchildren():
            if child.tag in (W + "p", W + "tbl"):
                yield child
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    yield from _Reader._body_items(content)

    def _text(self, element) -> str:
        parts: list[str] = []
        for node in _walk(element):
            if node is _PARAGRAPH_END:
                parts.append("\n")
                continue
            tag = node.tag
            if tag == W + "t":
                parts.append(node.text or "")
            elif tag == W + "tab":
                parts.append(" ")
            elif tag in (W + "br", W + "cr") and node.get(W + "type") in (None, "textWrapping"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                key = ("footnotes" if tag == W + "footnoteReference" else "endnotes", node.get(W + "id"))
                number = self.note_order.setdefault(key, len(self.note_order) + 1)
                parts.append(f"[^{number}]")
        return "".join(parts)

    def _paragraph(self, p):
        text = self._text(p).strip()
        if not text:
            return None
        numbered = self.numbering.label(p)
        level = self._style_level(p)
        if level is not None:
            prefix = numbered.prefix if numbered else ""
            return Heading(level + 1 if self.has_title or level == 0 else level, prefix + text)
        if numbered is None:
            return Paragraph(text)
        if numbered.marker:
            return ListItem(text, numbered.marker, numbered.depth)
        return Paragraph(numbered.prefix + text)

    def _style_level(self, p) -> int | None:
        """0 for the Title style, n for Heading n or an outline level n-1; None for body text."""
        ppr = p.find(W + "pPr")
        outline = ppr.find(W + "outlineLvl") if ppr is not None else None
        if outline is not None:
            return _outline(outline)
        style_id = ppr.find(W + "pStyle").get(W + "val") if ppr is not None and ppr.find(W + "pStyle") is not None \
            else None
        return self.numbering.style_level(style_id)

    def _table(self, tbl) -> Table:
        from docx.table import Table as DocxTable

        table = DocxTable(tbl, self.word._body)
        rows = []
        for row in table.rows:
            try:
                cells = row.cells
            except Exception:  # a row whose grid Word itself would repair: read its cells as they stand
                cells = [c for c in row._tr.tc_lst]
            rows.append(tuple(self._text(getattr(c, "_tc", c)) for c in cells))
        return Table(tuple(rows))


_PARAGRAPH_END = object()


def _walk(element):
    """Descendants in document order, skipping what is not the paragraph's own text; each paragraph inside
    (those of a table cell) is followed by _PARAGRAPH_END."""
    for child in element.iterchildren():
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            continue
        yield child
        yield from _walk(child)
        if child.tag == W + "p":
            yield _PARAGRAPH_END


def _outline(node) -> int | None:
    try:
        value = int(node.get(W + "val"))
    except (TypeError, ValueError):
        return None
    return value + 1 if 0 <= value < 9 else None  # 9 is "body text"


def _note_texts(part, kind: str) -> dict[str, str]:
    """Footnote or endnote id → its text, from the document's notes part (separators left out)."""
    from docx.oxml import parse_xml

    for rel in part.rels.values():
        if rel.reltype.endswith("/" + kind) and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            notes = {}
            for note in root.iterchildren(_NOTES[kind]):
                if note.get(W + "type") in (None, "normal"):
                    paragraphs = ["".join(t.text or "" for t in p.iter(W + "t")) for p in note.iter(W + "p")]
                    notes[note.get(W + "id")] = " ".join(s.strip() for s in paragraphs if s.strip())
            return notes
    return {}
