"""A table received in Word, PDF or a saved web page drafts the same cell figures as the same table written in
Markdown: one figure per data cell with its unit, kind, qualifier and period, citing the same cell, and every
drafted pack passes `check`. The expected cells of the articles' tables are written out by hand from conftest's
TABLES; the bulletin's are those of BULLETIN_MARKDOWN, its hand-written Markdown."""

from __future__ import annotations

import shutil

import pytest

from briefing_app.draft.command import write_draft
from briefing_app.model import load_pack

from .conftest import ARTICLES, need
from .make_files import BULLETIN_MARKDOWN


def _drafted(source, folder):
    folder.mkdir()
    copy = folder / source.name
    shutil.copy(source, copy)
    write_draft(copy, copy.with_suffix(".yaml"))
    return load_pack(copy.with_suffix(".yaml"))


def _cells(pack) -> set[tuple]:
    return {((f.cell.table, f.cell.row, f.cell.column), f.type, f.value, getattr(f, "unit", None),
             getattr(f, "qualifier", "exact"), tuple(f.period.model_dump(exclude_none=True).items()), f.label.zh,
             f.quote) for f in pack.data.figures if f.cell is not None}


EXPECTED = {
    "songjiang": {
        ((1, "规模以上工业企业（家）", "2023年"), "quantity", 1633, "家", "exact", (("year", 2023),), "规模以上工业企业",
         "| 规模以上工业企业（家） | 1633 |"),
        ((1, "研究与试验发展投入强度（%）", "2023年"), "quantity", 6.79, "%", "exact", (("year", 2023),),
         "研究与试验发展投入强度", "| 研究与试验发展投入强度（%） | 6.79 |"),
    },
    "lanjiang": {
        ((1, "地区生产总值", "2023年"), "quantity", 1286.5, "亿元", "exact", (("year", 2023),), "地区生产总值",
         "| 地区生产总值 | 1286.5 |"),
        ((1, "规模以上工业总产值", "2023年"), "quantity", 2150, "亿元", "约", (("year", 2023),), "规模以上工业总产值",
         "| 规模以上工业总产值 | 约2150 |"),
    },
}


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
@pytest.mark.parametrize("name", list(ARTICLES))
def test_a_table_in_any_format_drafts_its_cells(made, tmp_path, name, fmt):
    pack = _drafted(need(made, f"{name}.{fmt}"), tmp_path / fmt)
    assert _cells(pack) == EXPECTED[name]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_bulletin_from_word_or_pdf_drafts_the_cells_of_its_markdown(made, tmp_path, fmt):
    markdown = tmp_path / "markdown" / "bulletin.md"
    markdown.parent.mkdir()
    markdown.write_text(BULLETIN_MARKDOWN, encoding="utf-8")
    want = _cells(_drafted(markdown, tmp_path / "text"))
    assert len(want) == 6  # three products, output and growth: the merged 2023年 header is the period
    assert {c[0][2] for c in want} == {"产量（万吨）", "比上年增长（%）"} and {c[5] for c in want} == {(("year", 2023),)}
    assert _cells(_drafted(need(made, f"bulletin.{fmt}"), tmp_path / fmt)) == want
