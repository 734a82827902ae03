"""One palette, one type scale, one grid for every slide, shared by the PPTX and Qt renderers."""

from __future__ import annotations

#: Palette roles → RGB hex. Renderers look colours up here; slides name roles only.
PALETTE = {
    "background": "FFFFFF",
    "ink": "1F2933",       # body text
    "muted": "52606D",     # periods, qualifiers, footers
    "accent": "1D4E89",    # achieved values, bars
    "accent2": "7FA7D0",   # the "from" series of a from→to comparison
    "target": "8C5E0F",    # targets and plans: outlined, never filled like achievements (5.1:1 on panel)
    "approx": "5B84B1",    # approximate values: lighter than exact ones
    "panel": "F1F4F8",     # card backgrounds
    "rule": "C5CED8",      # lines and borders
    "highlight": "C8102E", # the origin on a map, a rank badge
    "on_accent": "FFFFFF",
}

#: What each colour means, for the deck AND the app (ui/palette.py reads this): one semantic set.
SEMANTIC = {
    "result": PALETTE["accent"],    # an achieved value
    "plan": PALETTE["target"],      # a target, plan or forecast (力争, 计划, 预计…)
    "rank": PALETTE["highlight"],   # a rank (第一, No. 12)
    "change": PALETTE["accent"],    # a growth or decrease rate reads like a result
    "derived": PALETTE["approx"],   # approximate or derived values: lighter than exact ones
}

#: Categorical colours for map regions (provinces), in order of first appearance. None of them is a
#: semantic colour above, so a region is never mistaken for a plan, a rank or a result (slate 4A5568 read
#: as the derived blue, teal 2C7A7B as the first teal; tests/ui/test_palette.py measures the distances).
REGION_COLORS = ("0F766E", "6B46C1", "2F855A", "B83280", "57534E", "6B7A1A")

#: Type scale in points. Nothing on a slide is smaller than MIN_SIZE.
MIN_SIZE = 12
TITLE_SIZES = (28, 26, 24, 22, 20)
BODY = 16
LABEL = 14
CAPTION = 14  # the smallest body text (periods, notes, chart text): legible across a meeting room
SMALL = 12  # footers, source lines and footnotes only
VALUE_SIZES = (36, 32, 28, 24, 20)
#: A pair of big numbers (a page of one or two cards, e.g. a two-figure group instead of a two-bar chart).
BIG_VALUE_SIZES = (54, 48, 44, 40) + VALUE_SIZES

#: Fonts named in the deck. Text is measured with metric-compatible bundled fonts:
#: Arial ↔ Liberation Sans; CJK glyphs are full-width in both Microsoft YaHei and Noto Sans CJK SC.
LATIN_FONT = "Arial"
EA_FONT = "Microsoft YaHei"

#: Grid: slide sizes and margins in points.
SIZES = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0)}
MARGIN = 40.0
GUTTER = 20.0
TITLE_TOP = 26.0
TITLE_HEIGHT = 76.0
CONTENT_TOP = 116.0
FOOTER_TOP = 500.0
FOOTER_HEIGHT = 24.0
