"""Slide text fits its box as LibreOffice lays it out, on the realistic packs of tests/packs, zh and en.

The deck breaks its lines with its own measure (typography/metrics.py); checking the deck with that same
measure would prove nothing. Here LibreOffice renders the decks with the fonts the deck names (Arial →
Liberation Sans, Microsoft YaHei → Noto Sans CJK, as fontconfig maps them, plus the bundled fonts) and
`pdftotext -bbox-layout` reports where every word landed. Every line of the slide model must come out as
one rendered line (nothing re-wrapped) at its own size (nothing shrunk by the box's autofit: a rendered
line is 1.3 × the font size tall for both fonts), and no two lines may collide.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.export.deck import write_deck
from briefing_app.export.pptx.pdf import private_fontconfig
from briefing_app.model import load_pack

from ..conftest import ROOT
from .test_font_substitution import collisions, lines_of

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                reason="needs LibreOffice and poppler-utils")

#: One realistic pack per language and aspect (the bundled pack is rendered by test_font_substitution.py).
DECKS = [("lanjiang", "en", "16:9"), ("qinglan", "zh", "4:3"), ("yunling", "en", "4:3"), ("haiyu", "zh", "16:9")]
#: A rendered line's height over its font size, for Liberation Sans and Noto Sans CJK alike (measured: 1.299
#: to 1.301 on every line of these decks); a line autofit shrank to fit comes out near 1.05.
LINE_HEIGHT = (1.25, 1.35)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def misfits(slide, rendered_lines) -> list[str]:
    """Model lines that LibreOffice did not draw whole, on one line, at their size."""
    runs = []  # (text of a run of consecutive words of one rendered line, its height)
    for _, _, words in rendered_lines:
        for i in range(len(words)):
            text, top, bottom = "", float("inf"), 0.0
            for (_, y0, _, y1), word in words[i:]:
                text, top, bottom = text + _squeeze(word), min(top, y0), max(bottom, y1)
                runs.append((text, bottom - top))
    out = []
    for box in slide.texts():
        for line in box.lines:
            heights = [h / box.size for text, h in runs if text == _squeeze(line)]
            if _squeeze(line) and not any(LINE_HEIGHT[0] <= r <= LINE_HEIGHT[1] for r in heights):
                seen = f"at {min(heights, key=lambda r: abs(r - 1.3)) * box.size / 1.3:.1f} pt" if heights \
                    else "not on one line"
                out.append(f"slide {slide.number}: {line!r} ({box.size} pt) is {seen}")
    return out


def test_every_line_of_the_realistic_packs_fits_as_libreoffice_draws_it(tmp_path):
    decks, models = [], {}
    for name, lang, aspect in DECKS:
        pack = load_pack(next((ROOT / "tests" / "packs" / name).glob("*.yaml")))
        path = write_deck(pack, tmp_path / f"{name}-{lang}-{aspect.replace(':', 'x')}.pptx", lang=lang, aspect=aspect)
        decks.append(path)
        models[path.stem] = build_deck(pack, lang, aspect)
    env = dict(os.environ, FONTCONFIG_FILE=str(private_fontconfig(tmp_path / "fontconfig")))
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *map(str, decks)], env=env, check=True, capture_output=True, timeout=300)
    problems = {}
    for deck in decks:
        html = deck.with_suffix(".html")
        subprocess.run(["pdftotext", "-bbox-layout", str(deck.with_suffix(".pdf")), str(html)], check=True)
        pages = list(lines_of(str(html)))
        model = models[deck.stem]
        assert len(pages) == len(model.slides)
        found = collisions(str(html))
        for slide, (_, _, _, lines) in zip(model.slides, pages):
            found += misfits(slide, lines)
        problems[deck.stem] = found
    assert not any(problems.values()), {k: v[:8] for k, v in problems.items() if v}
