"""One colour system: the app's semantic colours are the deck's (deck/style.py SEMANTIC), map regions never
look like a semantic colour, and every text colour meets WCAG AA on every background it is drawn on."""

from __future__ import annotations

import colorsys
import itertools
import math

import pytest

from briefing_app.deck.style import PALETTE, REGION_COLORS, SEMANTIC
from briefing_app.ui import palette

THEMES = [palette.LIGHT, palette.DARK]


def lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of '#rrggbb', for perceptual distances (CIE76 ΔE)."""
    def lin(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in palette._rgb(colour))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str) -> float:
    return math.dist(lab(a), lab(b))


def hue(colour: str) -> float:
    return colorsys.rgb_to_hls(*(c / 255 for c in palette._rgb(colour)))[0] * 360


def test_contrast_ratio_matches_wcag_reference_values():
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the well-known near miss
    assert palette.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_every_text_colour_meets_wcag_aa_on_its_background(theme):
    pairs = theme.text_pairs()
    assert len(pairs) >= 20  # text, muted and each semantic colour on each background, badges, chips, selection
    failures = [(what, fg, bg, round(palette.contrast(fg, bg), 2)) for what, fg, bg in pairs
                if palette.contrast(fg, bg) < 4.5]
    assert not failures


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_semantic_colours_are_the_decks_with_only_their_lightness_moved(theme):
    assert set(theme.semantic) == set(SEMANTIC)
    for role, deck_colour in SEMANTIC.items():
        ours = theme.semantic[role]
        assert abs(hue(ours) - hue("#" + deck_colour)) < 3, role
        if theme is palette.LIGHT and palette.contrast("#" + deck_colour, theme.window) >= 4.5:
            assert ours == "#" + deck_colour.lower(), role  # already legible: the deck's colour itself
    assert theme.accent == theme.semantic["result"] and theme.target == theme.semantic["plan"]
    assert theme.semantic["rank"] != theme.semantic["result"]  # a rank is not an ordinary result (red, not blue)


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_map_regions_never_look_like_a_semantic_colour_or_like_each_other(theme):
    meanings = set(theme.semantic.values()) | {"#" + c for c in SEMANTIC.values()} | {"#" + PALETTE["target"]}
    close = [(r, m, round(delta_e(r, m), 1)) for r in theme.regions for m in meanings if delta_e(r, m) < 25]
    assert not close
    alike = [(a, b, round(delta_e(a, b), 1)) for a, b in itertools.combinations(theme.regions, 2) if delta_e(a, b) < 20]
    assert not alike
    assert all(palette.contrast(r, theme.card) >= 3.0 for r in theme.regions)  # a marker stands out (WCAG graphics)


def test_the_light_map_uses_the_decks_region_colours():
    assert palette.LIGHT.regions == tuple("#" + c.lower() for c in REGION_COLORS)


def test_readable_keeps_a_colour_that_already_passes_and_fixes_one_that_does_not():
    assert palette.readable("#1d4e89", ("#ffffff",)) == "#1d4e89"
    darker = palette.readable("#5b84b1", ("#ffffff",))  # the deck's approx blue: 3.9:1 on white
    assert palette.contrast(darker, "#ffffff") >= 4.5 and abs(hue(darker) - hue("#5b84b1")) < 3
    lighter = palette.readable("#1d4e89", ("#2b3139",))
    assert palette.contrast(lighter, "#2b3139") >= 4.5 and palette.luminance(lighter) > palette.luminance("#1d4e89")
