"""A continuation page ("（续）" / "(cont.)") never carries a single item while the page before it is full,
and the appendix lists every section's named firms on as few slides as they fill."""

from itertools import groupby

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.deck.slides import Chart, Dot, Rect, TextBox
from briefing_app.deck.words import word
from briefing_app.model import load_pack
from briefing_app.typography import unwrap
from briefing_app.typography.breaking import no_break

from ..conftest import ROOT

PACKS = ["seeds/songjiang-g60.yaml", "tests/packs/lanjiang/lanjiang.yaml", "tests/packs/fictional/riverton.yaml"]
CASES = [(p, lang, aspect) for p in PACKS for lang in ("zh", "en") for aspect in ("16:9", "4:3")]


def items_on(slide) -> int:
    """What the audience counts as the slide's items: bullets, cards, events, bars, summary rows, agenda rows."""
    if slide.kind == "timeline":
        return sum(isinstance(i, Dot) for i in slide.items)
    if slide.kind == "chart":
        return sum(len(i.categories) for i in slide.items if isinstance(i, Chart))
    if slide.kind in ("kpis", "summary"):
        return sum(isinstance(i, TextBox) and i.role == "value" for i in slide.items)
    if slide.kind == "agenda":
        return sum(isinstance(i, Rect) for i in slide.items)
    return sum(isinstance(i, TextBox) and i.lines == ("•",) for i in slide.items)


@pytest.mark.parametrize("path,lang,aspect", CASES)
def test_no_continuation_page_holds_one_item(path, lang, aspect):
    deck = build_deck(load_pack(ROOT / path), lang, aspect)
    cont = word("cont", lang)
    for _, run in groupby(deck.slides, key=lambda s: s.slide_id):
        run = list(run)
        for slide in run[1:]:
            assert slide.title.endswith(cont)
            if slide.kind != "matrix":
                assert items_on(slide) >= 2, (slide.number, slide.kind, slide.title)


@pytest.mark.parametrize("path,lang,aspect", CASES)
def test_named_entities_are_one_headed_list(path, lang, aspect):
    pack = load_pack(ROOT / path)
    deck = build_deck(pack, lang, aspect)
    lists = [s for s in deck.slides if s.slide_id == "entities"]
    sections = {e.section for e in pack.data.entities}
    if not lists:
        return
    assert len(lists) < max(2, len(sections))  # fewer slides than sections with names: merged
    texts = [unwrap(tb.lines) for s in lists for tb in s.texts()]
    headings = [no_break(sec.title(lang)) for sec in pack.data.sections if sec.id in sections]
    assert any(h in texts for h in headings)
    for e in pack.data.entities:
        listed = [t for t in texts if no_break(e.name(lang)) in t]
        beside_chart = any(no_break(e.name(lang)) in unwrap(tb.lines) for s in deck.slides if s.kind == "chart"
                           for tb in s.texts())
        assert listed or beside_chart, e.id
