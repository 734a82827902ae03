"""Chinese words of the pack's own vocabulary never split across lines; English numbers keep their units."""

import re

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.model import load_pack
from briefing_app.typography.breaking import NBSP, keeping_words, no_break, tokens, wrap
from briefing_app.deck.vocabulary import pack_words
from briefing_app.typography.words import words_of

from ..conftest import ROOT

PACKS = ["seeds/songjiang-g60.yaml", "tests/packs/lanjiang/lanjiang.yaml", "tests/packs/fictional/riverton.yaml"]


def test_a_known_word_is_one_token_even_inside_quotes():
    with keeping_words(words_of(["G60科创走廊", "“灯塔工厂”"])):
        assert "科创走廊" in tokens("长三角G60科创走廊建设")
        assert any(t.startswith("“灯塔工厂”") for t in tokens("智能制造“灯塔工厂”，"))
    assert "科创走廊" not in tokens("长三角G60科创走廊建设")  # only while a deck is laid out


@pytest.mark.parametrize("width", range(5, 12))  # every word (with its comma) fits a line
def test_wrapping_never_splits_a_known_word(width):
    text = "九城市共建科创走廊与创新飞地，打造灯塔工厂"
    words = frozenset({"科创走廊", "创新飞地", "灯塔工厂"})
    with keeping_words(words):
        lines = wrap(text, width, len)
    for a, b in zip(lines, lines[1:]):
        for w in words:
            assert not any(a.endswith(w[:k]) and b.startswith(w[k:]) for k in range(1, len(w))), (a, b)


@pytest.mark.parametrize("path", PACKS)
@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_no_slide_splits_a_word_of_the_pack(path, aspect):
    pack = load_pack(ROOT / path)
    words = pack_words(pack)
    deck = build_deck(pack, "zh", aspect)
    for slide in deck.slides:
        for tb in slide.texts():
            for a, b in zip(tb.lines, tb.lines[1:]):
                a, b = a.rstrip("”」』）)"), b.lstrip("“「『（(")
                split = [w for w in words for k in range(1, len(w)) if a.endswith(w[:k]) and b.startswith(w[k:])]
                assert not split, (slide.number, a, b, split)


# -- no-break spaces in English ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, glued", [
    ("about 2.8 million m² of floor space", ["2.8 million m²"]),
    ("target: 1,500 mu ≈ 100 ha", ["1,500 mu", "100 ha"]),
    ("one twelfth → one seventh", ["one twelfth →", "one seventh"]),
    ("planned: about CNY 19.6 billion", ["CNY 19.6 billion"]),
    ("joint No. 2 in Shanghai", ["No. 2"]),
    ("4 milestones, 22 Sep 2023 to 4 Mar 2024", ["22 Sep 2023", "4 Mar 2024"]),
    ("40,000 wafers a month", ["40,000 wafers"]),
])
def test_no_break_glues_numbers_to_units(text, glued):
    out = no_break(text)
    for piece in glued:
        assert piece.replace(" ", NBSP) in out, (out, piece)
    assert out.replace(NBSP, " ") == text  # nothing else changes


def test_no_break_leaves_small_words_free():
    assert no_break("In 2023, 70 projects and 80 were completed") == f"In 2023, 70{NBSP}projects and 80 were completed"




@pytest.mark.parametrize("path", PACKS)
@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_english_text_boxes_never_have_a_breakable_space_between_a_number_and_its_unit(path, aspect):
    """What a viewer rewrapping the text sees: a digit is followed by U+00A0, never by a breakable space,
    before its unit (small words such as 'in', 'and', 'of' aside)."""
    pack = load_pack(ROOT / path)
    deck = build_deck(pack, "en", aspect)
    small = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "than", "the", "to",
             "with", "per", "is", "was", "were", "are", "be", "up", "down"}
    for slide in deck.slides:
        for tb in slide.texts():
            text = " ".join(tb.lines)  # a line break is a space too: none may fall between number and unit
            for m in re.finditer(r"(\d[\d,.]*%?)( )([A-Za-z²]+)", text):
                assert m.group(3).lower() in small, (slide.number, text[max(0, m.start() - 20):m.end() + 10])


def test_figure_search_finds_figures_written_with_no_break_spaces():
    """The presenter's search (deck/figure_search.py) ignores U+00A0: a typed space finds a glued number."""
    from briefing_app.deck.figure_search import FigureIndex

    pack = load_pack(ROOT / PACKS[0])
    deck = build_deck(pack, "en")
    index = FigureIndex(deck, pack)
    glued = [(s.number, tb) for s in deck.slides for tb in s.texts() if NBSP in tb.text and tb.figure_id and tb.role == "value"]
    assert glued
    for number, tb in glued:
        query = tb.text.replace(NBSP, " ").replace("\n", " ")
        assert any(h.slide == number and h.figure_id == tb.figure_id for h in index.find(query)), query


@pytest.mark.parametrize("path", PACKS)
@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_a_spelled_out_fraction_never_breaks_inside(path, aspect):
    """'one twelfth → one / seventh' never happens: no line ends in a number word whose fraction word opens
    the next line, and every spelled fraction on a slide is written with U+00A0."""
    pack = load_pack(ROOT / path)
    deck = build_deck(pack, "en", aspect)
    number = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", re.I)
    ordinal = re.compile(r"^(halves|half|thirds?|quarters?|[a-z]+ths?)\b", re.I)
    seen = 0
    for slide in deck.slides:
        for tb in slide.texts():
            for a, b in zip(tb.lines, tb.lines[1:]):
                assert not (number.search(a) and ordinal.search(b)), (slide.number, a, b)
            seen += len(re.findall(rf"\b(?:one|two|three|four|five){NBSP}\w+ths?\b", tb.text))
    if any(f.type == "share" for f in pack.data.figures):  # a share is spelled out (one seventh) on its card
        assert seen
