"""Real source files made in the tests (nothing large is committed): Word through python-docx, PDF through
LibreOffice, web pages around an article, text in other encodings."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _footnotes_part(document, notes: list[str]):
    """Attach a footnotes part holding `notes` (ids 1..n) to a python-docx document; python-docx writes
    footnote references but has no API for the notes themselves."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        for i, note in enumerate(notes, 1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f'</w:footnote>{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, FOOTNOTES_REL)


def add_footnote_reference(paragraph, note_id: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'))


def add_page_number_footer(section, header: str | None) -> None:
    from docx.oxml import parse_xml

    if header:
        section.header.paragraphs[0].text = header
    p = section.footer.paragraphs[0]
    for xml in ('<w:r xmlns:w="{0}"><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r xmlns:w="{0}"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r xmlns:w="{0}"><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r xmlns:w="{0}"><w:t>1</w:t></w:r>',
                '<w:r xmlns:w="{0}"><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml.format(W_NS)))


def docx_from_markdown(markdown: str, path: Path, *, table: list[list[str]] | None = None,
                       table_caption: str | None = None, after_heading: int = 1,
                       footnote: tuple[str, str] | None = None, header: str | None = None) -> Path:
    """A Word file of a Markdown article: `#` → Title, `##` → Heading 1, `###` → Heading 2, other lines →
    paragraphs. `table` (rows, first = header, ruled) goes after the `after_heading`-th section heading,
    preceded by `table_caption`; `footnote` = (text after which the reference stands, the note)."""
    import docx

    document = docx.Document()
    if footnote:
        _footnotes_part(document, [footnote[1]])
    headings = 0
    for line in markdown.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            document.add_heading(line.lstrip("#").strip(), level - 1)
            if level == 2:
                headings += 1
            if table and level == 2 and headings == after_heading:
                if table_caption:
                    document.add_paragraph(table_caption)
                grid = document.add_table(rows=len(table), cols=len(table[0]))
                grid.style = "Table Grid"
                for i, row in enumerate(table):
                    for j, text in enumerate(row):
                        grid.cell(i, j).text = text
            continue
        if footnote and footnote[0] in line:
            before, after = line.split(footnote[0], 1)
            p = document.add_paragraph(before + footnote[0])
            add_footnote_reference(p, 1)
            if after:
                p.add_run(after)
            footnote = None
        else:
            document.add_paragraph(line)
    add_page_number_footer(document.sections[0], header)
    document.save(path)
    return path


def to_pdf(source: Path, folder: Path) -> Path:
    """`source` as PDF through LibreOffice headless (a private profile, so a running LibreOffice is left alone)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                       check=True, capture_output=True, timeout=180,
                       env={**os.environ, "HOME": profile})
    return folder / (source.stem + ".pdf")
