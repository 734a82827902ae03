"""Charts only where a comparison says something; beside a chart, only what the chart cannot show."""

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.deck.cards import card_meta
from briefing_app.deck.chart_spec import MIN_BARS
from briefing_app.deck.slides import Chart
from briefing_app.model import display, load_pack
from briefing_app.typography import unwrap
from briefing_app.typography.breaking import no_break

from ..conftest import ROOT

PACKS = ["seeds/songjiang-g60.yaml", "tests/packs/lanjiang/lanjiang.yaml", "tests/packs/fictional/riverton.yaml"]
CASES = [(p, lang, aspect) for p in PACKS for lang in ("zh", "en") for aspect in ("16:9", "4:3")]


@pytest.fixture(scope="module", params=CASES, ids=lambda c: "-".join(c).replace("/", "_"))
def case(request):
    path, lang, aspect = request.param
    pack = load_pack(ROOT / path)
    return pack, lang, build_deck(pack, lang, aspect)


def test_every_chart_compares_at_least_three_bars(case):
    _, _, deck = case
    for slide in deck.slides:
        for chart in (i for i in slide.items if isinstance(i, Chart)):
            assert len(chart.points) >= MIN_BARS, (slide.number, chart.title)


def test_a_two_figure_group_is_a_pair_of_big_numbers_with_their_words(case):
    """A group of two like figures (two bars) shows two values, each with its label and period as a card."""
    pack, lang, deck = case
    for group in pack.data.groups:
        figures = pack.group_figures(group.id)
        if len(figures) != 2 or any(f.type == "share" and f.from_ for f in figures):
            continue
        slide = next(s for s in deck.slides if s.slide_id == group.id)
        assert not any(isinstance(i, Chart) for i in slide.items)
        texts = [unwrap(tb.lines) for tb in slide.texts()]
        for fig in figures:
            assert no_break(display(fig, lang)) in texts and no_break(fig.label(lang)) in texts
            assert no_break(card_meta(fig, lang)) in texts
            value = next(tb for tb in slide.texts() if tb.figure_id == fig.id and tb.role == "value")
            assert value.size >= 24  # big numbers, not a chart's 14 pt data labels


def test_the_text_beside_a_chart_never_repeats_a_bar_value(case):
    _, _, deck = case
    for slide in deck.slides:
        charts = [i for i in slide.items if isinstance(i, Chart)]
        if not charts:
            continue
        labels = {p.label for c in charts for p in c.points}
        notes = {no_break(c.note) for c in charts}  # the footnote explains the bars with an example
        for tb in slide.texts():
            if tb.role != "title" and unwrap(tb.lines) not in notes:
                assert not any(label in unwrap(tb.lines) for label in labels), (slide.number, tb.lines)


def test_a_two_series_legend_is_drawn_by_the_deck_in_series_order(case):
    """PowerPoint and LibreOffice order a native legend differently; the deck's own legend reads the same in
    every viewer: one swatch of the series' colour, then its name, left to right in series order."""
    from briefing_app.deck.chart_spec import SERIES_ROLES
    from briefing_app.deck.slides import Rect

    _, _, deck = case
    for slide in deck.slides:
        for chart in (i for i in slide.items if isinstance(i, Chart) and len(i.series_names) > 1):
            below = [i for i in slide.items if i.box.y >= chart.box.bottom and i.box.x >= chart.box.x - 1
                     and i.box.right <= chart.box.right + 1]
            shown = {no_break(n): n for n in chart.series_names}
            names = sorted((t for t in below if getattr(t, "text", None) in shown), key=lambda t: t.box.x)
            assert [shown[t.text] for t in names] == list(chart.series_names), slide.number
            swatches = sorted((r for r in below if isinstance(r, Rect) and r.box.w == r.box.h), key=lambda r: r.box.x)
            assert [r.fill for r in swatches] == list(SERIES_ROLES[2])
            assert all(s.box.right < n.box.x for s, n in zip(swatches, names))
