"""The same article sent as Word, PDF, a saved web page or text in another encoding drafts the same figures
(value, unit, quote) as its UTF-8 text, apart from the differences the conversion makes, listed here; and
every drafted pack passes `check`."""

from __future__ import annotations

import shutil

import pytest

from briefing_app.draft.command import write_draft
from briefing_app.model import load_pack

from .conftest import ARTICLES, TABLES, need

FORMATS = ["docx", "pdf", "html", "gb18030", "utf-16"]


def _figures(pack) -> set[tuple]:
    return {(getattr(f, "value", None), getattr(f, "unit", None), f.quote) for f in pack.data.figures}


def _drafted(source, folder):
    copy = folder / source.name
    shutil.copy(source, copy)
    write_draft(copy, copy.with_suffix(".yaml"))
    return load_pack(copy.with_suffix(".yaml"))  # raises (fails the test) unless `check` accepts it


def expected_differences(name: str, fmt: str, figure: tuple) -> tuple:
    """A UTF-8 figure as the converted article quotes it. Listed differences:
    - Word and PDF: the footnote the test put after one clause stands in its quote as `[^1]` (a Markdown
      footnote reference: the note itself is at the end of the article);
    - nothing else: the table each file carries adds no figure today (its rows are drafted as cells by the
      table work; figures quoting a table row are left out of the comparison below)."""
    value, unit, quote = figure
    anchor = TABLES[name][2][0]
    if fmt in ("docx", "pdf") and anchor in quote:
        quote = quote.replace(anchor, anchor + "[^1]")
    return value, unit, quote


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(ARTICLES))
def test_every_format_drafts_the_figures_of_the_text(made, tmp_path, name, fmt):
    (tmp_path / "text").mkdir()
    (tmp_path / fmt).mkdir()
    text_pack = _drafted(ARTICLES[name], tmp_path / "text")
    source = need(made, f"{name}.{fmt}")
    pack = _drafted(source, tmp_path / fmt)
    assert pack.data.article.original is not None and pack.data.article.original.file == source.name
    got = {f for f in _figures(pack) if not f[2].startswith("|")}
    want = {expected_differences(name, fmt, f) for f in _figures(text_pack)}
    assert got == want
    assert len(want) >= 30
