"""Horizontal bar charts of the realistic bulletins, rendered by LibreOffice at 4:3 in English (the narrowest
plot: long category names and data labels beside the bars): every tick label of the value axis comes out as a
word of its own, apart from its neighbours (not "10,00015,000"), and every data label on one line."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.deck.slides import Chart
from briefing_app.export.deck import write_deck
from briefing_app.model import load_pack

from ..conftest import ROOT
from .test_font_substitution import lines_of

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                reason="needs LibreOffice and poppler-utils")

PACKS = ("qichuan-2024", "qichuan-2023")


def test_tick_and_data_labels_of_horizontal_bars_stand_apart_as_libreoffice_draws_them(tmp_path):
    decks = []
    for name in PACKS:
        pack = load_pack(ROOT / "tests" / "packs" / name / f"{name}.yaml")
        model = build_deck(pack, "en", "4:3")
        numbers = [s.number for s in model.slides
                   if any(isinstance(i, Chart) and i.is_horizontal for i in s.items)]
        charts = [next(i for i in model.slides[n - 1].items if isinstance(i, Chart) and i.is_horizontal)
                  for n in numbers]
        decks.append((write_deck(pack, tmp_path / f"{name}.pptx", lang="en", aspect="4:3", slides=numbers), charts))
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *(str(d) for d, _ in decks)], check=True, capture_output=True, timeout=300)
    checked, problems = 0, []
    for deck, charts in decks:
        html = deck.with_suffix(".html")
        subprocess.run(["pdftotext", "-bbox-layout", str(deck.with_suffix(".pdf")), str(html)], check=True)
        for (page, _, _, lines), chart in zip(lines_of(str(html)), charts, strict=True):
            words = [(box, text) for _, _, ws in lines for box, text in ws]
            texts = [t for _, t in words]
            ticks = sorted((box for box, t in words if t in chart.axis.labels and box[1] > 0), key=lambda b: b[0])
            missing = [t for t in chart.axis.labels if t not in texts]
            if missing or any(a[2] + 1 > b[0] for a, b in zip(ticks, ticks[1:]) if abs(a[1] - b[1]) < 2):
                problems.append(f"{deck.name} slide {page}: ticks {chart.axis.labels}, missing {missing}")
            line_texts = [" ".join(t for _, t in ws) for _, _, ws in lines]
            for p in chart.points:
                if not any(p.label.replace("\u00a0", " ") in t for t in line_texts):  # no-break spaces as spaces
                    problems.append(f"{deck.name} slide {page}: data label {p.label!r} not on one line")
            checked += 1
    assert checked >= 4 and not problems, problems


def test_data_labels_of_columns_that_fit_their_slot_stay_on_one_line_as_libreoffice_draws_them(tmp_path):
    """LibreOffice wraps a column's data label at a width of its own ("CNY 26.847 billi / on"); where every label
    fits its column's slot, the deck says one line (wrap none), as the Qt painter draws it."""
    decks = []
    for path in ("chengchuan/chengchuan.yaml", "lanjiang/lanjiang.yaml", "qichuan-2024/qichuan-2024.yaml"):
        pack = load_pack(ROOT / "tests" / "packs" / path)
        model = build_deck(pack, "en", "4:3")
        charts = {s.number: i for s in model.slides for i in s.items
                  if isinstance(i, Chart) and i.kind != "line" and not i.is_horizontal and i.labels_one_line}
        numbers = sorted(charts)
        if not numbers:
            continue
        deck = write_deck(pack, tmp_path / f"{pack.path.stem}.pptx", lang="en", aspect="4:3", slides=numbers)
        decks.append((deck, [charts[n] for n in numbers]))
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *(str(d) for d, _ in decks)], check=True, capture_output=True, timeout=300)
    problems, checked = [], 0
    for deck, charts in decks:
        html = deck.with_suffix(".html")
        subprocess.run(["pdftotext", "-bbox-layout", str(deck.with_suffix(".pdf")), str(html)], check=True)
        for (page, _, _, lines), chart in zip(lines_of(str(html)), charts, strict=True):
            line_texts = [" ".join(t for _, t in ws) for _, _, ws in lines]
            for p in chart.points:
                checked += 1
                if not any(p.label.replace("\u00a0", " ") in t for t in line_texts):
                    problems.append(f"{deck.name} slide {page}: data label {p.label!r} not on one line")
    assert checked >= 10 and not problems, problems
