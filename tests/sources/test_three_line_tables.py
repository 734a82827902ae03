"""Three-line tables (三线表: a rule on top, one under the header, one at the bottom, nothing else), as
statistics bulletins typeset theirs, are read from a PDF as tables: compared with the Markdown written by
hand for the Word file they were printed from, and drafted as the same cell figures as that Word file.
Rules that are not tables (a rule under each heading, rules over two columns of text) make none."""

from __future__ import annotations

import re
import shutil

from briefing_app.draft.command import write_draft
from briefing_app.model import load_pack
from briefing_app.sources import convert

from .conftest import need
from .make_files import RULED_SECTIONS, THREE_LINE_MARKDOWN, THREE_LINE_TABLES


def test_a_three_line_table_reads_as_the_table_it_is(made):
    assert convert(made["three-line.docx"]).markdown == THREE_LINE_MARKDOWN  # the Word reader agrees
    assert convert(need(made, "three-line.pdf")).markdown == THREE_LINE_MARKDOWN


def _drafted(source, folder):
    folder.mkdir()
    copy = folder / source.name
    shutil.copy(source, copy)
    write_draft(copy, copy.with_suffix(".yaml"))
    return load_pack(copy.with_suffix(".yaml"))  # raises (fails the test) unless `check` accepts it


def _cells(pack) -> set[tuple]:
    return {((f.cell.table, f.cell.row, f.cell.column), f.type, f.value, getattr(f, "unit", None), f.quote)
            for f in pack.data.figures if f.cell is not None}


def test_a_three_line_table_in_a_pdf_drafts_a_figure_per_data_cell_as_its_word_file(made, tmp_path):
    pack = _drafted(need(made, "three-line.pdf"), tmp_path / "pdf")
    pdf = _cells(pack)
    assert pdf == _cells(_drafted(made["three-line.docx"], tmp_path / "docx"))
    # every number of the tables as written for the test (the last header row names the columns)
    want = set()
    for n, (_, rows, _, spanned, _, _) in enumerate(THREE_LINE_TABLES, 1):
        header = rows[1] if spanned else rows[0]
        for row in rows[2 if spanned else 1:]:
            for column, text in zip(header, row):
                number = re.fullmatch(r"约?(-?[\d,]+\.?\d*)余?", text)
                if number and column != "单位":
                    want.add((n, row[0], column, float(number.group(1).replace(",", ""))))
    assert len(want) == 24
    assert {(*cell, value) for cell, _, value, _, _ in pdf} == want
    units = {(cell[1], cell[2]): unit for cell, _, _, unit, _ in pdf}
    assert units[("规模以上工业企业主营业务收入", "产量")] == "亿元"  # the 单位 column of its (wrapped) row
    assert units[("原煤", "比上年增长（%）")] == "%"
    qualifiers = {f.cell.row: f.qualifier for f in pack.data.figures
                  if f.cell is not None and f.cell.table == 3 and f.cell.column == "投资额（亿元）"}
    assert qualifiers == {"制造业": "约", "电力、热力、燃气及水生产和供应业以及其他公用事业": "exact",
                          "交通运输、仓储和邮政业": "余", "合计": "exact"}


def test_rules_under_headings_and_over_two_columns_make_no_table(made):
    ruled = convert(need(made, "ruled-headings.pdf")).markdown
    assert "|" not in ruled
    for heading, paragraphs in RULED_SECTIONS:
        assert f"## {heading}\n" in ruled and all(p in ruled for p in paragraphs)
    for key in ("two-column-rules.pdf", "two-columns.pdf"):
        markdown = convert(need(made, key)).markdown
        assert "|" not in markdown, key
    columns = convert(made["two-column-rules.pdf"]).markdown
    assert all(p in columns for _, paragraphs in RULED_SECTIONS for p in paragraphs)


def test_a_table_the_page_breaks_is_one_table_as_in_its_word_file(made):
    """Its rows on the next page have no header of their own: read apart, their numbers would name nothing."""
    from .make_files import LONG_TABLE

    def table_lines(markdown: str) -> list[str]:
        return [line for line in markdown.splitlines() if line.startswith("|")]

    pdf = table_lines(convert(need(made, "table-across-pages.pdf")).markdown)
    assert pdf == table_lines(convert(made["table-across-pages.docx"]).markdown)
    assert len(pdf) == len(LONG_TABLE) + 1  # the header, its | --- | line, every row once
