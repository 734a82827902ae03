"""A table figure's source reads as its citation wherever a quote is shown — speaker notes, the presenter's
source panel and finder, `find`, the `data` export, a series' notes and lines — never as a raw `| … |` row.
Expected citations are written out by hand (tests/model/cells/bulletin.md, Table 2)."""

from __future__ import annotations

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.deck.figure_search import FigureIndex
from briefing_app.deck.figure_sources import figure_source
from briefing_app.deck.notes import figure_notes
from briefing_app.export.data import figure_rows
from briefing_app.library.search import find
from briefing_app.model import load_pack

from tests.conftest import ROOT

BULLETIN = ROOT / "tests" / "model" / "cells" / "bulletin.yaml"
CITED = {"zh": "表2 · 油料 · 比上年增长（%）：-3.1", "en": "Table 2 · 油料 · 比上年增长（%）: -3.1"}


@pytest.fixture(scope="module")
def pack():
    return load_pack(BULLETIN)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_notes_and_presenter_cite_the_cell(pack, lang):
    notes = figure_notes(pack, lang, ["oil-growth"])
    heading = "二、农业"
    assert notes.splitlines()[1] == ("  原文表格：" + CITED["zh"] + f"（{heading}）" if lang == "zh"
                                     else "  Source table: " + CITED["en"] + f" ({heading})")
    source = figure_source(pack, "oil-growth", lang)
    assert source.shown == CITED[lang] and source.heading == heading
    text = figure_source(pack, "gdp-county", lang)  # a table figure too: never a row of bars
    assert "|" not in text.shown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_speaker_note_and_no_finder_hit_shows_a_table_row(pack, lang):
    deck = build_deck(pack, lang)
    rows = [line.strip() for line in pack.article.splitlines() if line.startswith("|")]
    for slide in deck.slides:
        assert not any(row in slide.notes for row in rows), slide.title
    hits = FigureIndex(deck, pack).find("油料")
    assert hits and all("|" not in h.quote for h in hits)
    assert CITED[lang] in {h.quote for h in hits}


def test_data_export_and_find_give_the_citation(pack):
    row = next(r for r in figure_rows(pack) if r["id"] == "oil-growth")
    assert row["quote"] == CITED["zh"] and row["heading"] == "二、农业"
    hits = find("油料", [BULLETIN.parent], "en", with_bundled=False)
    line = next(h.line() for h in hits if h.figure_id == "oil-growth")
    assert line == f"bulletin.yaml  oil-growth  down 3.1%  {CITED['en']}"
    text = next(h.line() for h in find("2856.43", [ROOT / "tests" / "packs" / "qichuan-2023"], "zh",
                                       with_bundled=False) if h.figure_id == "gdp-city")
    assert text.endswith("表1 · 全市 · 地区生产总值：2856.43")
