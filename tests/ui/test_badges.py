"""Badges and tooltips on the app's figure cards: the deck's words for qualifiers (about, more than, target,
planned / 约, 余, 多, 以上, 力争, 计划), one case, never repeating what the value or label already says, and
the deck's colour for each kind of value."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.deck import cards
from briefing_app.deck.style import PALETTE, SEMANTIC
from briefing_app.model import display, load_pack
from briefing_app.model.format import plan_word
from briefing_app.model.schema import Quantity
from briefing_app.ui import palette
from briefing_app.ui.widgets import FigureCard, badge_words, figure_tooltip, unsaid_badge_words, value_role

from .helpers import page

PACKS = sorted(p for p in (Path(__file__).parents[1] / "packs").glob("*/*.yaml") if p.parent.name != "hostile")


@pytest.fixture(scope="module", params=[None, *PACKS], ids=lambda p: p.parent.name if p else "bundled")
def any_pack(request):
    return load_pack(request.param)


def test_badge_words_are_the_decks_words_in_one_case(any_pack):
    """Every plan or qualifier badge word is a word the deck's own value text reads (display, which slides
    use); English badges are lower case; the jargon (下限, 约数, TARGET) is gone."""
    for fig in any_pack.data.figures:
        for lang in ("zh", "en"):
            for word, role in badge_words(fig, lang):
                if role not in ("rank",) and word not in ("推算", "derived"):
                    assert word in display(fig, lang) or plan_word(fig, lang).endswith(word), (fig.id, word)
                assert word not in ("下限", "约数", "精确", "exact") and "：" not in word
                if lang == "en":
                    assert word == word.lower(), word


def test_a_badge_never_repeats_the_cards_value_or_label(any_pack):
    for fig in any_pack.data.figures:
        for lang in ("zh", "en"):
            said = f"{display(fig, lang)} {fig.label(lang)}".casefold()
            assert all(word.casefold() not in said for word, _ in unsaid_badge_words(fig, lang)), fig.id


def test_value_colours_mean_what_they_mean_on_a_slide(any_pack):
    """The app's value colour role and the deck's (deck/cards.py) are the same colour: a rank is red in
    both, a plan ochre in both."""
    for fig in any_pack.data.figures:
        assert SEMANTIC[value_role(fig)] == PALETTE[cards.value_color(fig)], fig.id


def shown_badges(card) -> list[str]:
    return [b.text() for b in card.findChildren(type(card.value_label)) if b.objectName() == "badge"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cards_on_screen(make_window, pack, lang):
    window = make_window(pack, lang=lang)
    found = {c.figure.id: c for key in window.tab_keys for c in page(window, key).findChildren(FigureCard)}
    assert found
    theme = window.context().theme
    for fig_id, card in found.items():
        fig = card.figure
        value = card.value_label.text()
        for text in shown_badges(card):
            assert text.casefold() not in value.casefold() and text.casefold() not in fig.label(lang).casefold()
        assert theme.semantic[value_role(fig)] in card.value_label.styleSheet()
        tip = figure_tooltip(window.context(), fig).split("\n")
        assert len(tip) == len(set(tip)), tip  # no line said twice
        assert not {"精确", "exact", "下限", "约数"} & set(tip)
    planned = [c for c in found.values() if c.figure.is_target]
    assert planned and all("dashed" in c.styleSheet() and not shown_badges(c) for c in planned
                           if getattr(c.figure, "plan", None))  # 力争…/target: … reads it already
    ranks = [c for c in found.values() if c.figure.type == "rank"]
    assert ranks and all(theme.semantic["rank"] in c.value_label.styleSheet() for c in ranks)


def test_badge_text_is_legible_on_its_fill():
    for theme in (palette.LIGHT, palette.DARK):
        for role, fill in theme.semantic.items():
            assert palette.contrast(palette.on(fill), fill) >= 4.5, (theme.name, role)


def _quantity(**kw):
    base = dict(id="x", section="s", label={"zh": "新建厂房", "en": "New factory space"}, period={"year": 2024},
                scope="s", quote="q", unit="万平方米")
    return Quantity.model_validate({**base, **kw})


def test_a_badge_says_only_what_the_value_does_not():
    """到2026年90万平方米 does not say it is a target: the badge does (目标). 力争…, 约…, 余… say it themselves."""
    year_only = _quantity(value=90, target_year=2026)
    assert display(year_only, "zh") == "到2026年90万平方米"
    assert unsaid_badge_words(year_only, "zh") == [("目标", "plan")]
    assert unsaid_badge_words(year_only, "en") == []  # "target for 2026: 900,000 m²" says it
    for kw in ({"plan": "力争"}, {"qualifier": "约"}, {"qualifier": "余"}, {"qualifier": "以上"}, {"plan": "计划"}):
        fig = _quantity(value=90, **kw)
        assert badge_words(fig, "zh") and unsaid_badge_words(fig, "zh") == [], kw
        assert badge_words(fig, "en") and unsaid_badge_words(fig, "en") == [], kw
    assert [w for w, _ in badge_words(_quantity(value=90, qualifier="余"), "en")] == ["more than"]  # not 下限
    assert [w for w, _ in badge_words(_quantity(value=90, qualifier="余"), "zh")] == ["余"]
