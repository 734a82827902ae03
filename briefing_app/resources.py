"""Where the bundled data lives: the bundled pack with its article, and the fonts.

Every module asks here, so an installed copy and a source checkout find their data the same way.
"""

from __future__ import annotations

from pathlib import Path

_TOP = Path(__file__).resolve().parents[1]

#: File names of the bundled fonts (SIL Open Font License, see assets/fonts/README.md).
CJK_REGULAR = "NotoSansSC-Regular-subset.otf"
CJK_BOLD = "NotoSansSC-Bold-subset.otf"
LATIN_REGULAR = "LiberationSans-Regular.ttf"
LATIN_BOLD = "LiberationSans-Bold.ttf"


def bundled_pack() -> Path:
    """The pack the app opens when none is given."""
    return _TOP / "seeds" / "songjiang-g60.yaml"


def fonts_dir() -> Path:
    """The folder holding the bundled fonts."""
    return _TOP / "assets" / "fonts"


def font_file(name: str) -> Path:
    return fonts_dir() / name
