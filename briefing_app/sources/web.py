"""Web pages saved from a browser (.html/.htm, and .mhtml single-file archives) through trafilatura: only
the article's main text, without navigation, related links, comments or scripts; title, date and publisher
from the page's metadata. Tables keep their shape: merged cells are spread over the cells they cover first,
so trafilatura's rows line up."""

from __future__ import annotations

import copy
import email
import re
from email import policy
from pathlib import Path

from .document import Document, Heading, ListItem, Paragraph, Table
from .errors import ConversionError
from .text import decode_text

#: Less main text than this is not an article (a page of links, a login form, an error page).
MIN_ARTICLE_CHARS = 40
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950"}


def read_html(path: Path, raw: bytes) -> Document:
    if path.suffix.lower() in (".mhtml", ".mht"):
        raw, charset = _mhtml_page(path, raw)
    else:
        charset = None
    html = _decode(raw, charset, path)
    return _extract(html, path)


def _mhtml_page(path: Path, raw: bytes) -> tuple[bytes, str | None]:
    """The HTML part of a saved single-file page (MIME multipart/related), decoded from its transfer encoding."""
    message = email.message_from_bytes(raw, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload, part.get_content_charset()
    raise ConversionError(f"{path}: is not a saved web page (no HTML part in the archive)")


def _decode(raw: bytes, charset: str | None, path: Path) -> str:
    declared = charset
    if declared is None:
        m = _META_CHARSET.search(raw[:8192])
        declared = m.group(1).decode("ascii").lower() if m else None
    if declared:
        declared = _WIDER.get(declared.lower(), declared.lower())
        try:
            return raw.decode(declared).removeprefix("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass  # the page lies about its encoding: detect it
    return decode_text(raw, str(path))[0]


def _extract(html: str, path: Path) -> Document:
    import lxml.html
    import trafilatura
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ConversionError(f"{path}: is not a readable web page ({exc})") from None
    _spread_merged_cells(tree)
    link_texts = {a.text_content().strip() for a in tree.iter("a")} - {""}
    xml = trafilatura.extract(tree, output_format="xml", include_tables=True, include_comments=False,
                              include_images=False, include_links=False, include_formatting=False,
                              with_metadata=True, deduplicate=False)
    if not xml:
        raise ConversionError(f"{path}: no article found in the page (only navigation, links or scripts?)")
    root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    main = root.find("main")
    doc = Document(title=_attr(root, "title"), date=_attr(root, "date"), publisher=_attr(root, "sitename"))
    if main is not None:
        _blocks(main, doc.blocks, 0)
    if _own_text(doc, link_texts) < MIN_ARTICLE_CHARS and not any(isinstance(b, Table) for b in doc.blocks):
        raise ConversionError(f"{path}: no article found in the page (only navigation, links or scripts?)")
    if doc.title and not any(isinstance(b, Heading) and b.level == 1 for b in doc.blocks):
        doc.blocks.insert(0, Heading(1, doc.title))
    return doc


def _own_text(doc: Document, link_texts: set[str]) -> int:
    """Characters of body text that are not the text of a link (a page of links is not an article)."""
    body = "\n".join(b.text for b in doc.blocks if isinstance(b, (Paragraph, ListItem)))
    for link in sorted(link_texts, key=len, reverse=True):
        body = body.replace(link, "")
    return len(re.sub(r"\s", "", body))


def _attr(root, name: str) -> str | None:
    value = (root.get(name) or "").strip()
    return value or None


def _text(node) -> str:
    """The element's text, a <lb/> as a line break."""
    parts = [node.text or ""]
    for child in node:
        parts.append("\n" if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(parent, out: list, depth: int) -> None:
    for node in parent:
        tag = node.tag
        if tag == "head":
            rend = node.get("rend", "h2")
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            out.append(Heading(level, _text(node).strip()))
        elif tag in ("p", "quote", "code"):
            for line in _text(node).split("\n"):  # <br> inside a paragraph: a line each
                if line.strip():
                    out.append(Paragraph(line.strip()))
        elif tag == "list":
            numbered = node.get("rend") == "ol"
            for n, item in enumerate(node.iterchildren("item"), 1):
                nested = [c for c in item if c.tag == "list"]
                for c in nested:
                    item.remove(c)
                out.append(ListItem(_text(item).strip(), f"{n}." if numbered else "-", depth))
                for c in nested:
                    _blocks([c], out, depth + 1)
        elif tag == "table":
            rows = tuple(tuple(_text(cell).strip() for cell in row.iterchildren("cell"))
                         for row in node.iterchildren("row"))
            if rows:
                out.append(Table(rows))
        elif tag in ("div", "section"):
            _blocks(node, out, depth)


def _spread_merged_cells(tree) -> None:
    """Write a merged cell (rowspan/colspan) into every position it covers, as a copy, in tables that hold no
    other table (layout tables are left to the extractor); a <caption> becomes the line before its table."""
    for table in tree.iter("table"):
        if table.find(".//table") is not None:
            continue
        caption = table.find("caption")
        if caption is not None:
            line = caption.makeelement("p", {})
            line.text = caption.text_content().strip()
            table.addprevious(line)
            table.remove(caption)
        rows = [tr for tr in table.iter("tr")]
        if not any(c.get("rowspan") or c.get("colspan") for tr in rows for c in tr if isinstance(c.tag, str)):
            continue
        pending: dict[int, tuple[int, object]] = {}  # column -> (rows still covered, the cell)
        for tr in rows:
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
            for c in cells:
                tr.remove(c)
            column, placed = 0, []
            queue = list(cells)
            while queue or any(col >= column for col in pending):
                if column in pending:
                    left, cell = pending[column]
                    placed.append(copy.deepcopy(cell))
                    pending[column] = (left - 1, cell)
                    if left - 1 <= 0:
                        del pending[column]
                    column += 1
                    continue
                if not queue:
                    column += 1
                    continue
                cell = queue.pop(0)
                span = _span(cell.get("colspan"))
                down = _span(cell.get("rowspan"))
                for attr in ("colspan", "rowspan"):
                    cell.attrib.pop(attr, None)
                for k in range(span):
                    placed.append(cell if k == 0 else copy.deepcopy(cell))
                    if down > 1:
                        pending[column + k] = (down - 1, cell)
                column += span
            for c in placed:
                tr.append(c)


def _span(value) -> int:
    try:
        return max(1, min(int(value), 1000))
    except (TypeError, ValueError):
        return 1
