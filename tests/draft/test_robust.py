"""Any text gives a valid draft or a one-line reason: pieces of real articles cut and shuffled at random."""

from __future__ import annotations

import random
import re
from pathlib import Path

from briefing_app.draft import draft
from briefing_app.draft.validate import problems

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [ROOT / "seeds" / "000_54ee800359b404e4.txt", ROOT / "tests" / "packs" / "fictional" / "riverton.txt",
            ROOT / "tests" / "packs" / "qinglan" / "qinglan.txt", ROOT / "tests" / "packs" / "yunling" / "yunling.md", ROOT / "tests" / "packs" / "haiyu" / "haiyu.txt"]


def test_random_cuts_and_shuffles_draft_valid_packs_or_say_why():
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    drafted = refused = 0
    for _ in range(120):
        source = rng.choice(texts)
        pieces = [source[a:a + rng.randint(1, 400)] for a in (rng.randrange(len(source)) for _ in range(rng.randint(1, 5)))]
        text = "\n".join(pieces)
        try:
            result = draft(text, "a.txt")
        except ValueError as exc:
            assert str(exc) and "\n" not in str(exc)
            refused += 1
            continue
        assert problems(result.pack, text) == []
        for fig in result.pack["figures"]:
            assert fig["quote"] in text
        drafted += 1
    assert drafted > 30 and refused > 0


def _figures(text: str) -> list[tuple]:
    figures = draft(text, "a.txt").pack["figures"]
    return [(f.get("type", "quantity"), f["value"], f.get("unit"), f.get("qualifier"), f.get("direction"), f["period"])
            for f in figures]


def test_spaces_and_full_width_signs_around_numbers_change_no_figure():
    """PDFs and web pages put spaces between a number and its words (增长 6.1 %, 856.32 亿元) and some write ％: the
    same bulletin read that way gives the same figures, each quoted as the converted text stands."""
    for name in ("liwan/liwan-2024.txt", "nanping/nanping-2024q3.md"):  # a year, a quarter (9 月末, 1—8 月)
        text = (ROOT / "tests" / "packs" / name).read_text(encoding="utf-8")
        loose = re.sub(r"(?<=[\u4e00-\u9fff，（])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff%‰])", " ", text).replace("%", "％")
        assert loose.count(" ") > 300
        assert _figures(loose) == _figures(text)
        result = draft(loose, "a.txt")
        assert problems(result.pack, loose) == [] and not result.dropped
