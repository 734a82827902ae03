"""A big pack still gives a briefing (deck/brief.py): its default deck's main part fits a talk, one slide a
section with its message, headline figures and best chart; every other figure is a row of the appendix's
data tables; a talk can still pull any slide of the long form; small packs keep their decks.

Big packs: the bundled pack and the Chengchuan bulletin repeated (bench/synthetic.py), and generated ones.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings

from bench.synthetic import write_synthetic
from briefing_app.deck.brief import MAIN_FIGURES, MAIN_SLIDES, best_chart, headline_figures
from briefing_app.deck.build import build_deck, every_slide
from briefing_app.deck.cards import card_meta
from briefing_app.deck.slides import Chart, Table
from briefing_app.deck.talk import Talk
from briefing_app.deck.words import word
from briefing_app.model import display, load_pack
from briefing_app.typography import unwrap
from briefing_app.typography.breaking import no_break

from ..conftest import BUNDLED, ROOT
from ..strategies import packs, write_pack
from .test_every_figure_reaches_the_deck import PACKS, drawn_figures
from .test_layouts_never_crash import layout_problems

CASES = [(lang, aspect) for lang in ("zh", "en") for aspect in ("16:9", "4:3")]
CHENGCHUAN = ROOT / "tests" / "packs" / "chengchuan" / "chengchuan.yaml"


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """Two packs of 150+ figures: Chengchuan's bulletin three times (213 figures), the bundled pack five times."""
    folder = tmp_path_factory.mktemp("big")
    return {"chengchuan-x3": load_pack(write_synthetic(folder / "cc", 3, CHENGCHUAN)),
            "bundled-x5": load_pack(write_synthetic(folder / "sj", 5, BUNDLED))}


@pytest.fixture(scope="module")
def decks(big):
    return {(name, lang, aspect): build_deck(pack, lang, aspect) for name, pack in big.items()
            for lang, aspect in CASES}


def squeezed(text: str) -> str:
    """Text without its spaces (a line broken at a space is unwrapped without it)."""
    return re.sub(r"\s", "", no_break(text))


def main_part(deck) -> list:
    ids = [s.slide_id for s in deck.slides]
    return list(deck.slides[:ids.index("appendix")])


def test_the_big_packs_are_big(big):
    assert all(len(p.data.figures) >= 150 for p in big.values())


@pytest.mark.parametrize("lang,aspect", CASES)
@pytest.mark.parametrize("name", ["chengchuan-x3", "bundled-x5"])
def test_the_main_part_is_a_briefing(big, decks, name, lang, aspect):
    """Title, summary, agenda, then one slide a section titled with its message; no continued card or chart
    page anywhere; at most MAIN_SLIDES slides before the appendix."""
    pack, deck = big[name], decks[name, lang, aspect]
    main = main_part(deck)
    assert len(main) <= MAIN_SLIDES
    assert [s.kind for s in main[:2]] == ["title", "summary"]
    sections = [s for s in main if s.section_id]
    assert [s.title for s in sections] == [sec.message(lang) for sec in pack.data.sections]
    cont = word("cont", lang)
    assert not [s.number for s in deck.slides if s.kind in ("kpis", "chart") and s.title.endswith(cont)]
    assert layout_problems(deck) == []


@pytest.mark.parametrize("name", ["chengchuan-x3", "bundled-x5"])
def test_each_section_shows_its_headline_figures_and_its_best_chart(big, decks, name):
    pack = big[name]
    for lang, aspect in CASES:
        slides = {s.section_id: s for s in main_part(decks[name, lang, aspect]) if s.section_id}
        for section in pack.data.sections:
            slide, headlines = slides[section.id], headline_figures(pack, section)
            assert headlines[0].id in slide.figure_ids  # the figure the message is about, always
            chosen = best_chart(pack, section, headlines)
            charts = [i for i in slide.items if isinstance(i, Chart)]
            if chosen is None:
                assert not charts
                continue
            assert len(charts) == 1 and len(charts[0].categories) >= 3
            assert {p.figure_id for p in charts[0].points} == {f.id for f in chosen[1]}


def test_the_best_chart_holds_the_most_headline_figures_then_compares_the_most_figures(big):
    """The rule of deck/brief.py, against every chart the section could show (an independent count)."""
    from briefing_app.deck.brief import chart_choices

    checked = 0
    for pack in big.values():
        for section in pack.data.sections:
            headlines = {f.id for f in headline_figures(pack, section)}
            choices = chart_choices(pack, section)
            chosen = best_chart(pack, section, headline_figures(pack, section))
            if not choices:
                assert chosen is None
                continue
            score = lambda c: (sum(f.id in headlines for f in c[1]), len(c[1]))  # noqa: E731
            assert score(chosen) == max(score(c) for c in choices)
            checked += 1
    assert checked


@pytest.mark.parametrize("lang,aspect", CASES)
def test_every_other_figure_is_a_row_of_the_data_tables(big, decks, lang, aspect):
    """Each figure no section slide of the main part shows is one row of the tables: its label, the value as
    slides word it, its period line as a card's, and a source number the slide's notes give with its quote."""
    for name, pack in big.items():
        deck = decks[name, lang, aspect]
        sections = tuple(s for s in main_part(deck) if s.section_id)
        on_main = drawn_figures(replace(deck, slides=sections))
        tables = [s for s in deck.slides if s.kind == "table"]
        rows = {}
        for slide in tables:
            table = next(i for i in slide.items if isinstance(i, Table))
            for row in table.rows[1:]:
                if len(row) == 4:
                    rows[row[0].figure_id] = (slide, row)
        assert set(rows) == {f.id for f in pack.data.figures} - on_main
        assert on_main | set(rows) == {f.id for f in pack.data.figures}
        for fig_id, (slide, row) in rows.items():
            fig = pack.figure(fig_id)
            label, value, period, ref = (squeezed(unwrap(c.lines)) for c in row)
            assert value == squeezed(display(fig, lang)) and period == squeezed(card_meta(fig, lang))
            assert label == squeezed(fig.label(lang))  # within the limits: never cut
            number = re.fullmatch(r"\[(\d+)\]", ref).group(1)
            quote_line = next(line for line in slide.notes.splitlines() if line.startswith(f"[{number}] "))
            assert fig.quote in quote_line


@pytest.mark.parametrize("lang,aspect", CASES)
def test_tables_fill_their_pages_evenly_under_a_section_heading(big, decks, lang, aspect):
    """At most 15 figures a slide, pages within a few rows of each other, 14 pt; each page opens with its
    section's heading across the table (continued: marked so) and names its sections in its title."""
    for name, pack in big.items():
        tables = [s for s in decks[name, lang, aspect].slides if s.kind == "table"]
        counts = [len(s.figure_ids) for s in tables]
        assert tables and max(counts) <= 15 and max(counts) - min(counts) <= 4, counts
        titles = {squeezed(sec.title(lang)) for sec in pack.data.sections}
        for slide in tables:
            table = next(i for i in slide.items if isinstance(i, Table))
            assert table.size >= 14
            heading = table.rows[1]
            assert len(heading) == 1 and heading[0].span == 4
            text = squeezed(unwrap(heading[0].lines))
            assert text in titles or text.removesuffix(squeezed(word("cont", lang))) in titles


def test_small_packs_keep_their_decks_and_bulletins_become_briefings():
    """The test packs of up to 100 figures and the bundled one fit the budget: no briefing slides, no data tables
    by default. The realistic bulletins of more (qichuan, liwan, nanping) become briefings of at most 25 slides
    before the appendix."""
    for path in PACKS:
        pack = load_pack(path)
        big = len(pack.data.figures) > MAIN_FIGURES
        for lang, aspect in CASES:
            deck = build_deck(pack, lang, aspect)
            briefing = [s for s in deck.slides if s.kind == "table" or s.slide_id.endswith("-brief")]
            if not big:
                assert not briefing, path
                continue
            assert briefing, path
            main = next(i for i, s in enumerate(deck.slides) if s.kind == "divider")
            assert main <= MAIN_SLIDES, (path, lang, aspect, main)


def test_a_talk_pulls_any_slide_of_the_long_form_into_its_main_part(big):
    """The Talk view's rows list the long form unticked; a talk showing a group's slides and a composition
    shows them, and the rows name every slide a talk may pick."""
    pack = big["chengchuan-x3"]
    deck, rows = every_slide(pack, "en")
    offered = [i for i, part, on in rows if part == "main" and not on]
    group = next(g.id for g in pack.data.groups)
    assert group in offered
    talk = Talk.of(slides=("title", "summary", offered[0], group), appendix=("tables",))
    shown = build_deck(pack, "en", talk=talk)
    assert [s.slide_id for s in shown.slides].count(group) >= 1
    figures = {f.id for f in pack.group_figures(group)}
    assert figures <= drawn_figures(shown)
    assert {s.slide_id for s in deck.slides} >= {i for i, _p, _on in rows}


def test_a_talk_may_name_the_briefing_slides_of_a_small_pack(pack):
    """A talk saved from a long deck names `<section>-brief` and `tables`; on any pack they exist."""
    section = pack.data.sections[0].id
    deck = build_deck(pack, "zh", talk=Talk.of(slides=("title", f"{section}-brief"), appendix=("tables",)))
    kinds = [s.kind for s in deck.slides]
    assert kinds[1] in ("kpis", "chart") and "table" in kinds


def test_a_block_laid_out_when_shown_is_of_the_kind_its_id_was_given_by(big):
    """A block made only when a deck shows it is named before it is laid out (a clash is qualified by its
    kind): that kind is its first slide's, on every pack."""
    from briefing_app.deck import layout, style
    from briefing_app.deck.build import _section_blocks

    checked = 0
    for pack in [load_pack(p) for p in PACKS] + list(big.values()):
        for lang, aspect in CASES:
            grid = layout.Grid(*style.SIZES[aspect])
            for section in pack.data.sections:
                for slide_id, make, _part, kind in _section_blocks(pack, grid, lang, section):
                    if kind is not None:
                        assert make()[0]["kind"] == kind, (slide_id, lang, aspect)
                        checked += 1
    assert checked > 100
