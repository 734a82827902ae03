"""Chinese renders without a system CJK font: the bundled subset covers every CJK character shown."""

from __future__ import annotations

import re

from fontTools.ttLib import TTFont
from PySide6.QtGui import QFontDatabase, QRawFont

from briefing_app.ui.fonts import bundled_font_files, register_fonts
from briefing_app.ui.strings import STRINGS

from tests.conftest import BUNDLED, FICTIONAL, SEEDS

CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026\u00b7]")


def _chars(*texts: str) -> set[str]:
    return {c for text in texts for c in CJK.findall(text)}


def _needed() -> set[str]:
    """Every CJK character, and every other non-ASCII character (→, ≈, ², ×, “ ”…), the app can show."""
    files = [BUNDLED, SEEDS / "000_54ee800359b404e4.txt", FICTIONAL, FICTIONAL.with_suffix(".txt")]
    ui = " ".join(zh + en for zh, en in STRINGS.values())
    texts = [f.read_text(encoding="utf-8") for f in files] + [ui, "★✓→"]  # symbols drawn by map, matrix, chart
    return _chars(*texts) | {c for text in texts for c in text if ord(c) > 127}


def test_bundled_subsets_cover_every_cjk_character_of_the_packs_article_and_ui():
    needed = _needed()
    assert len(needed) > 500
    for path in bundled_font_files():
        cmap = set(map(chr, TTFont(path).getBestCmap()))
        missing = sorted(needed - cmap)
        assert not missing, f"{path.name} lacks {''.join(missing)}"


def test_register_fonts_returns_a_usable_cjk_family(qapp):
    family = register_fonts()
    assert family in QFontDatabase.families()
    raw = QRawFont(str(bundled_font_files()[0]), 16)
    assert raw.isValid()
    text = "".join(sorted(_chars(BUNDLED.read_text(encoding="utf-8"))))
    assert all(raw.supportsCharacter(ord(c)) for c in text)
    assert "Noto Sans CJK SC" in QFontDatabase.families()  # the bundled family is registered either way
