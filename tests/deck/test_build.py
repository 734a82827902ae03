"""The slide model: derived from the pack, laid out inside the grid, every figure as the formatter says."""

import re

import pytest

from briefing_app.deck import style
from briefing_app.deck.build import build_deck
from briefing_app.deck.layout import Grid
from briefing_app.typography import unwrap
from briefing_app.typography.breaking import no_break
from briefing_app.typography.metrics import text_width
from briefing_app.deck.slides import Chart, Dot, Line, Rect, Table, TextBox
from briefing_app.model import display, load_pack

from ..conftest import FICTIONAL
from .test_layouts_never_crash import table_problems

CASES = [(lang, aspect) for lang in ("zh", "en") for aspect in ("16:9", "4:3")]


@pytest.fixture(scope="module")
def decks(pack):
    return {(lang, aspect): build_deck(pack, lang, aspect) for lang, aspect in CASES}


def boxes(item):
    if isinstance(item, (TextBox, Rect, Chart, Table)):
        return item.box
    return None


@pytest.mark.parametrize("case", CASES)
def test_everything_inside_the_slide_and_no_text_overlaps(decks, case):
    deck = decks[case]
    for slide in deck.slides:
        for item in slide.items:
            if isinstance(item, Dot):
                assert 0 <= item.cx - item.r and item.cx + item.r <= deck.width, (slide.number, item)
            elif isinstance(item, Line):
                assert 0 <= min(item.x1, item.x2) and max(item.x1, item.x2) <= deck.width
            else:
                assert boxes(item).inside(deck.width, deck.height), (slide.number, item)
                assert boxes(item).bottom <= deck.footer_source.y, (slide.number, item)
        texts = slide.texts()
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                assert not a.box.overlaps(b.box), (slide.number, a.lines, b.lines)


@pytest.mark.parametrize("case", CASES)
def test_text_fits_its_box_and_nothing_below_12pt(decks, case):
    for slide in decks[case].slides:
        for tb in slide.texts():
            assert tb.size >= style.MIN_SIZE
            assert len(tb.lines) * tb.size * tb.line_height <= tb.box.h + 0.01
            for line in tb.lines:
                assert text_width(line, tb.size, tb.bold) <= tb.box.w + 0.01, (slide.number, line)
        for item in slide.items:
            if isinstance(item, Table):
                assert table_problems(item) == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_figure_text_is_the_formatted_value(pack, decks, lang):
    deck = decks[(lang, "16:9")]
    shown = set()
    for slide in deck.slides:
        for tb in slide.texts():
            if tb.figure_id and tb.role == "value":
                fig = pack.figure(tb.figure_id)
                assert no_break(display(fig, lang)) in unwrap(tb.lines), (tb.lines, display(fig, lang))
                shown.add(tb.figure_id)
        for chart in (i for i in slide.items if isinstance(i, Chart)):  # a bar's data label is its value
            shown |= {p.figure_id for p in chart.points}
    assert shown == {f.id for f in pack.data.figures}, "every figure appears on some slide"


def test_zh_numbers_all_come_from_the_article(pack, decks):
    """Every number on a zh slide appears in the article (slide numbers and 1–9 agenda markers aside)."""
    article = pack.article
    for slide in decks[("zh", "16:9")].slides:
        texts = [tb.text for tb in slide.texts()]
        for item in slide.items:
            if isinstance(item, Chart):
                texts += [p.label for p in item.points] + [item.title, item.axis_title]
        for text in texts:
            if slide.kind == "agenda" and text.isdigit():
                continue
            for number in re.findall(r"\d+(?:\.\d+)?", text):
                if number == "14.3":  # the derived percentage; its input 1/7 is in the article
                    continue
                assert number in article, (slide.number, text)


def test_slide_kinds_and_charts(decks):
    deck = decks[("zh", "16:9")]
    kinds = [s.kind for s in deck.slides]
    assert kinds[:3] == ["title", "summary", "agenda"] and kinds[-1] == "sources"
    assert {"kpis", "chart", "map", "timeline", "matrix", "list", "divider"} <= set(kinds)
    # the storyline: provenance slides (names, matrix, sources) only after the appendix divider
    divider = kinds.index("divider")
    assert all(k in ("list", "matrix", "sources") for k in kinds[divider + 1:])
    assert not {"list", "matrix", "sources"} & set(kinds[:divider])
    charts = [i for s in deck.slides for i in s.items if isinstance(i, Chart)]
    assert len(charts) >= 2 and len(deck.slides) >= 12
    clusters = next(c for c in charts if "3109家" in [p.label for p in c.points])
    assert clusters.categories == ("集成电路领域重点企业", "人工智能领域企业", "生物医药领域相关企业")
    assert clusters.values(0) == (136.0, 967.0, 3109.0)
    shares = next(c for c in charts if c.kind == "from_to")
    assert shares.values(0)[0] == pytest.approx(1 / 12) and shares.values(1)[0] == pytest.approx(1 / 7)
    assert shares.values(0)[1] is None  # no invented "from" value where the article gives none


def test_notes_cite_quotes(pack, decks):
    for slide in decks[("en", "16:9")].slides:
        for figure_id in slide.figure_ids:
            assert pack.figure(figure_id).quote in slide.notes
        if slide.kind not in ("agenda", "divider"):
            assert "“" in slide.notes


def test_notes_start_with_a_talking_point_from_the_message_and_figures(pack, decks):
    for lang in ("zh", "en"):
        for slide in decks[(lang, "16:9")].slides:
            if slide.kind in ("kpis", "chart"):
                first = slide.notes.splitlines()[0]
                assert first.startswith("要点：" if lang == "zh" else "Talking point: ")
                assert slide.title.rstrip("。.") in first
                assert display(pack.figure(slide.figure_ids[0]), lang) in first


def test_targets_are_dashed_not_filled(pack, decks):
    slide = next(s for s in decks[("zh", "16:9")].slides if "land-revitalised-target-2024" in s.figure_ids)
    card = next(i for i in slide.items if isinstance(i, Rect) and i.figure_id == "land-revitalised-target-2024")
    assert card.dashed and card.fill is None


def test_fictional_pack_builds_a_sensible_deck():
    pack = load_pack(FICTIONAL)
    for lang in ("zh", "en"):
        deck = build_deck(pack, lang)
        titles = [s.title for s in deck.slides]
        assert titles[0] == pack.data.title(lang)
        assert pack.data.sections[0].message(lang) in titles
        assert not any("松江" in t or "Songjiang" in t for s in deck.slides for t in [s.title, s.notes])
        # a chart exactly where a group compares three bars or more (two are a pair of big numbers)
        from briefing_app.deck.chart_spec import chart_kind

        chartable = any(chart_kind(pack.group_figures(g.id)) for g in pack.data.groups)
        assert any(isinstance(i, Chart) for s in deck.slides for i in s.items) == chartable


def test_select_renumbers(decks):
    deck = decks[("zh", "16:9")].select([1, 3, 4])
    assert [s.number for s in deck.slides] == [1, 2, 3]
    assert deck.slides[1].title == decks[("zh", "16:9")].slides[2].title


@pytest.mark.parametrize("case", CASES)
def test_cards_on_a_slide_share_one_value_size_and_chinese_values_never_break(decks, case):
    for slide in decks[case].slides:
        values = [tb for tb in slide.texts() if tb.role == "value" and tb.figure_id]
        if slide.kind == "kpis":
            assert len({tb.size for tb in values}) == 1, slide.number
        for tb in values:
            if case[0] == "zh":
                assert len(tb.lines) == 1, (slide.number, tb.lines)


@pytest.mark.parametrize("case", CASES)
def test_body_text_is_at_least_14pt_only_footnotes_are_smaller(pack, decks, case):
    """Meeting-room legibility: under 14 pt only a chart's footnote and the map's reference line (the footer is
    drawn by the renderers at Deck.footer_size)."""
    lang = case[0]
    footnotes = {no_break(pack.data.map.reference(lang))} | {no_break(i.note) for s in decks[case].slides
                                                              for i in s.items if isinstance(i, Chart) and i.note}
    for slide in decks[case].slides:
        for tb in slide.texts():
            if tb.size < 14:
                assert tb.color == "muted" and any(tb.lines[0] in f for f in footnotes), (slide.number, tb.lines)
            for item in slide.items:
                if isinstance(item, Table):
                    assert item.size >= 14


@pytest.mark.parametrize("path", ["seeds/songjiang-g60.yaml", "tests/packs/lanjiang/lanjiang.yaml",
                                  "tests/packs/fictional/riverton.yaml"])
def test_english_slides_have_no_chinese(path):
    """Chinese (the article's title, names) belongs in the speaker notes of the English deck, not on its slides."""
    from ..conftest import ROOT

    cjk = re.compile("[\u3000-\u9fff\uff00-\uffef]")
    pack = load_pack(ROOT / path)
    deck = build_deck(pack, "en")
    for slide in deck.slides:
        texts = [tb.text for tb in slide.texts()] + [slide.title, deck.footer_text(slide)]
        for item in slide.items:
            if isinstance(item, Chart):
                texts += [item.title, item.axis_title, item.note, *item.categories, *item.series_names,
                          *(p.label for p in item.points)]
            if isinstance(item, Table):
                texts += [line for row in item.rows for cell in row for line in cell.lines]
        assert not [t for t in texts if cjk.search(t)], slide.number
    assert pack.data.article.title in deck.slides[0].notes


@pytest.mark.parametrize("lang,aspect", CASES)
def test_summary_says_what_each_number_counts_and_fills_its_page(pack, decks, lang, aspect):
    """A summary value is never a bare number: the figure's label stands under it; rows spread down the page."""
    figures = {f.id: f for f in pack.data.figures}
    for slide in (s for s in decks[lang, aspect].slides if s.kind == "summary"):
        texts = slide.texts()
        values = [t for t in texts if t.role == "value"]
        assert values
        for value in values:
            under = next(t for t in texts if t.role == "caption" and abs(t.box.x - value.box.x) < 1
                         and 0 <= t.box.y - value.box.bottom < 6)
            assert unwrap(under.lines) == no_break(figures[value.figure_id].label(lang))
        area = Grid(decks[lang, aspect].width, decks[lang, aspect].height).content
        lowest = max(t.box.bottom for t in texts if t.role != "footer")
        assert lowest - area.y > 0.75 * area.h


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_card_meta_line_has_no_change_marker(pack, lang):
    """The value already shows 1/5 → 2/5; the line under it says the period and the denominator only
    ('2023 · share of city total'), never a bare 'from → to' marker."""
    from briefing_app.deck.cards import card_meta

    from ..conftest import ROOT

    for p in (pack, load_pack(ROOT / "tests/packs/lanjiang/lanjiang.yaml")):
        for fig in p.data.figures:
            meta = card_meta(fig, lang)
            assert "→" not in meta and "从" not in meta, (fig.id, meta)


@pytest.mark.parametrize("lang,aspect", CASES)
def test_timeline_dates_are_never_split(lang, aspect):
    """2023年3月18日 stays on one line; a timeline too tight for its dates takes fewer columns per slide."""
    from briefing_app.model.format import date_text

    from ..conftest import ROOT

    for path in ("seeds/songjiang-g60.yaml", "tests/packs/lanjiang/lanjiang.yaml"):
        pack = load_pack(ROOT / path)
        dates = {no_break(date_text(e.date, lang)) for e in pack.data.events}
        shown = [t for s in build_deck(pack, lang, aspect).slides if s.kind == "timeline" for t in s.texts()
                 if unwrap(t.lines) in dates or "".join(t.lines) in dates]
        assert len(shown) == len(pack.data.events)
        assert all(len(t.lines) == 1 for t in shown)
