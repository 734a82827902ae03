"""A PDF whose pages are partly text and partly pictures of pages (scanned) is converted from its text pages,
and the conversion names the pages it could not read, for `draft` and the app to say so."""

from __future__ import annotations

from briefing_app.sources import convert

from .conftest import need
from .make_files import THREE_PAGES, scanned_page_pdf


def test_a_scanned_page_among_text_pages_is_named(made):
    converted = convert(need(made, "scanned-page.pdf"))
    assert converted.scanned_pages == (2,)
    assert THREE_PAGES[0] in converted.markdown and THREE_PAGES[2] in converted.markdown
    assert "8.3%" not in converted.markdown  # page 2 is a picture: nothing of it is read
    text = convert(need(made, "three-pages.pdf"))
    assert text.scanned_pages == () and all(page in text.markdown for page in THREE_PAGES)
    assert convert(need(made, "three-line.pdf")).scanned_pages == ()


def test_draft_names_every_scanned_page(made, tmp_path, capsys):
    from briefing_app.cli import main

    scanned_page_pdf(need(made, "three-pages.pdf"), tmp_path / "two-scanned.pdf", 2, 3)
    assert main(["draft", str(tmp_path / "two-scanned.pdf")]) == 0
    out = capsys.readouterr().out
    assert "warning: two-scanned.pdf: pages 2, 3 have no text (scanned pictures?): their figures are not drafted\n" in out
