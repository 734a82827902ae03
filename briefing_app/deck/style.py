"""One palette, one type scale, one grid for every slide, shared by the PPTX and Qt renderers."""

from __future__ import annotations

#: Palette roles → RGB hex. Renderers look colours up here; slides name roles only.
PALETTE = {
    "background": "FFFFFF",
    "ink": "1F2933",       # body text
    "muted": "52606D",     # periods, qualifiers, footers
    "accent": "1D4E89",    # achieved values, bars
    "accent2": "7FA7D0",   # the "from" series of a from→to comparison
    "target": "B7791F",    # targets and plans: outlined, never filled like achievements
    "approx": "5B84B1",    # approximate values: lighter than exact ones
    "panel": "F1F4F8",     # card backgrounds
    "rule": "C5CED8",      # lines and borders
    "highlight": "C8102E", # the origin on a map, a rank badge
    "on_accent": "FFFFFF",
}

#: Categorical colours for map regions (provinces), in order of first appearance.
REGION_COLORS = ("C8102E", "1D4E89", "2F855A", "B7791F", "6B46C1", "2C7A7B")

#: Type scale in points. Nothing on a slide is smaller than MIN_SIZE.
MIN_SIZE = 12
TITLE_SIZES = (28, 26, 24, 22, 20)
SUBTITLE = 18
BODY = 16
LABEL = 14
CAPTION = 14  # the smallest body text (periods, notes, chart text): legible across a meeting room
SMALL = 12  # footers, source lines and footnotes only
VALUE_SIZES = (36, 32, 28, 24, 20)

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
