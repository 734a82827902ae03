"""Every figure of a pack appears on some slide of its default deck (main part or appendix), whatever its
section's, group's or its own id is called: slide kinds are never read from id spellings.

A group whose id ended in -entities was once taken for a section's list of named firms and left out of the
default order: its figures reached no slide, and nothing noticed.
"""

from __future__ import annotations

import shutil

import pytest
import yaml
from hypothesis import given, settings

from bench.synthetic import write_synthetic
from briefing_app.deck.brief import MAIN_SLIDES
from briefing_app.deck.build import build_deck
from briefing_app.deck.slides import Chart, Table
from briefing_app.model import load_pack

from ..conftest import BUNDLED, FICTIONAL, ROOT
from ..strategies import packs, write_pack
from .test_layouts_never_crash import layout_problems

PACKS = sorted((ROOT / "tests" / "packs").glob("*/*.yaml")) + [BUNDLED]


def drawn_figures(deck) -> set[str]:
    """Figure ids the deck draws: a slide counts a figure only when one of its text boxes, shapes, chart points
    or table cells carries that figure's id (not merely its list of ids)."""
    drawn = set()
    for slide in deck.slides:
        for item in slide.items:
            if isinstance(item, Chart):
                parts = item.points
            elif isinstance(item, Table):
                parts = [cell for row in item.rows for cell in row]
            else:
                parts = [item]
            drawn |= {p.figure_id for p in parts if getattr(p, "figure_id", None)}
    return drawn


def missing_figures(pack, lang: str, aspect: str = "16:9") -> list[str]:
    """Figure ids of the pack that no slide of the default deck draws (main part or appendix tables)."""
    drawn = drawn_figures(build_deck(pack, lang, aspect))
    return [f.id for f in pack.data.figures if f.id not in drawn]


@pytest.mark.parametrize("path", PACKS, ids=[p.parent.name if p != BUNDLED else "bundled" for p in PACKS])
def test_every_figure_of_each_pack_is_on_a_slide(path):
    pack = load_pack(path)
    for lang in ("zh", "en"):
        assert missing_figures(pack, lang) == [], lang


@pytest.mark.parametrize("new_id", ["energy-entities", "energy-summary", "timeline", "sources", "appendix",
                                    "entities", "energy"])
def test_a_group_named_like_a_slide_kind_still_reaches_the_deck(new_id, tmp_path):
    """The fictional pack with one group renamed: an -entities suffix, a deck slide's own id, or its
    section's id. The group's figures stay on its slide in the main part, and every other slide stays."""
    shutil.copy(FICTIONAL.with_name("riverton.txt"), tmp_path)
    data = yaml.safe_load(FICTIONAL.read_text(encoding="utf-8"))
    old = data["groups"][0]["id"]
    data["groups"][0]["id"] = new_id
    for fig in data["figures"]:
        if fig.get("group") == old:
            fig["group"] = new_id
    path = tmp_path / "riverton.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    renamed, original = load_pack(path), load_pack(FICTIONAL)
    for lang in ("zh", "en"):
        assert missing_figures(renamed, lang) == []
        before, after = build_deck(original, lang), build_deck(renamed, lang)
        assert [s.title for s in after.slides] == [s.title for s in before.slides]
        ids = [s.slide_id for s in after.slides]
        group_slide = next(s for s in after.slides if s.slide_id.startswith(new_id) and s.section_id)
        assert ids.index(group_slide.slide_id) < ids.index("appendix")  # in the main part, as before
        assert one_run_per_id(ids)


def one_run_per_id(ids: list[str]) -> bool:
    """Each slide id names one block of consecutive slides: no block took another's id."""
    runs = [b for i, b in enumerate(ids) if i == 0 or ids[i - 1] != b]
    return len(runs) == len(set(runs))


@settings(max_examples=25)
@given(drawn=packs(max_figures=16))
def test_every_figure_of_a_generated_pack_is_on_a_slide(drawn, tmp_path_factory):
    """Generated packs whose ids end in -entities, -summary…, equal the deck's own slide ids or each other."""
    pack = load_pack(write_pack(tmp_path_factory.mktemp("ids"), drawn))
    for lang in ("zh", "en"):
        assert missing_figures(pack, lang) == [], (lang, [f.id for f in pack.data.figures])
        assert one_run_per_id([s.slide_id for s in build_deck(pack, lang).slides])


@settings(max_examples=4, deadline=None)
@given(drawn=packs(max_figures=16, min_figures=6))
def test_every_figure_of_a_big_generated_pack_is_on_a_slide(drawn, tmp_path_factory):
    """A generated pack repeated to 150+ figures (bench/synthetic.py): its default deck is a briefing whose
    main part fits MAIN_SLIDES, every figure is on it or in the appendix's data tables, and all of it lays out."""
    folder = tmp_path_factory.mktemp("big")
    small = write_pack(folder / "small", drawn)
    copies = -(-150 // len(drawn[0]["figures"]))
    pack = load_pack(write_synthetic(folder / "big", copies, small))
    for lang in ("zh", "en"):
        deck = build_deck(pack, lang, "4:3")
        ids = [s.slide_id for s in deck.slides]
        assert ids.index("appendix") <= MAIN_SLIDES
        assert drawn_figures(deck) == {f.id for f in pack.data.figures}
        assert one_run_per_id(ids)
        assert "table" in {s.kind for s in deck.slides} and layout_problems(deck) == []
