"""`briefing-app slides`: PNGs and a manifest that match the deck (and the exported PPTX) in both languages."""

from __future__ import annotations

import json
import re

import pptx
import pytest
from PySide6.QtGui import QImage

from briefing_app.cli import main

from tests.conftest import BUNDLED


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, qapp):
    out = {}
    for lang in ("zh", "en"):
        folder = tmp_path_factory.mktemp(f"slides-{lang}")
        assert main(["slides", "-o", str(folder), "--lang", lang]) == 0
        out[lang] = folder
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_manifest_and_pngs_match_the_deck(rendered, decks, lang):
    folder, deck = rendered[lang], decks[lang]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert [s["title"] for s in manifest["slides"]] == [s.title for s in deck.slides]
    pngs = sorted(folder.glob("*.png"))
    assert [p.name for p in pngs] == [f"{i:03d}.png" for i in range(1, len(deck.slides) + 1)]
    image = QImage(str(pngs[2]))
    assert (image.width(), image.height()) == (1920, 1080)
    if lang == "zh":
        assert deck.slides[0].title in (folder / "manifest.json").read_text(encoding="utf-8")  # not \u escapes


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_slide_png_shows_its_title_ink_and_footer(rendered, decks, lang):
    """Dark title ink where the title box is; the slide number in the footer of content slides."""
    deck = rendered[lang], decks[lang]
    folder, deck = deck
    scale = 1920 / deck.width
    for slide in deck.slides:
        image = QImage(str(folder / f"{slide.number:03d}.png"))
        title = next(t for t in slide.texts() if t.role == "title")
        b = title.box
        dark = sum(1 for x in range(int(b.x * scale), int(b.right * scale), 3)
                   for y in range(int(b.y * scale), int(b.bottom * scale), 3)
                   if image.pixelColor(x, y).lightness() < 100)
        assert dark > 50, f"slide {slide.number}: no title ink"
        if slide.has_footer:
            n = deck.footer_number
            ink = sum(1 for x in range(int(n.x * scale), int(n.right * scale))
                      for y in range(int(n.y * scale), int(n.bottom * scale))
                      if image.pixelColor(x, y).lightness() < 200)
            assert ink > 10, f"slide {slide.number}: no slide number in the footer"


def test_slides_output_errors_are_one_line(tmp_path, capsys, qapp):
    a_file = tmp_path / "taken.txt"
    a_file.write_text("x")
    assert main(["slides", "-o", str(a_file)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "taken.txt" in err
    assert main(["slides", "-o", str(tmp_path / "missing" / "deeper")]) == 1
    assert capsys.readouterr().err.startswith("error: ")


def test_slides_with_a_broken_pack_reports_the_pack_problem(tmp_path, capsys, qapp):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: briefing-pack/1\nid: x\n", encoding="utf-8")
    assert main(["slides", str(bad), "-o", str(tmp_path / "out")]) == 1
    assert "bad.yaml" in capsys.readouterr().err
    assert not list((tmp_path).glob("out/*.png"))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pptx_export_has_the_same_slides_and_titles(rendered, tmp_path, lang):
    target = tmp_path / f"deck-{lang}.pptx"
    assert main(["export", str(BUNDLED), "-o", str(target), "--lang", lang]) == 0
    prs = pptx.Presentation(str(target))
    manifest = json.loads((rendered[lang] / "manifest.json").read_text(encoding="utf-8"))
    titles = [s.shapes.title.text_frame.text if s.shapes.title is not None else "" for s in prs.slides]
    assert len(titles) == len(manifest["slides"])
    assert [_norm(t) for t in titles] == [_norm(s["title"]) for s in manifest["slides"]]


def test_slides_of_another_pack(tmp_path, qapp):
    from briefing_app.deck.build import build_deck
    from briefing_app.model import load_pack

    from tests.conftest import FICTIONAL

    assert main(["slides", str(FICTIONAL), "-o", str(tmp_path), "--lang", "en"]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    deck = build_deck(load_pack(FICTIONAL), lang="en")
    assert [s["title"] for s in manifest["slides"]] == [s.title for s in deck.slides]
    assert len(list(tmp_path.glob("*.png"))) == len(deck.slides)


def test_slides_at_four_to_three_match_the_four_to_three_deck(tmp_path, pack, qapp):
    """`slides --aspect 4:3` draws the 4:3 deck (its own page breaks), so it can be compared with the PPTX."""
    from briefing_app.deck.build import build_deck

    assert main(["slides", "-o", str(tmp_path), "--lang", "en", "--aspect", "4:3"]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    deck = build_deck(pack, lang="en", aspect="4:3")
    assert manifest["aspect"] == "4:3"
    assert [s["title"] for s in manifest["slides"]] == [s.title for s in deck.slides]
    assert QImage(str(tmp_path / "001.png")).size().toTuple() == (1440, 1080)


def test_render_slides_is_a_plain_function_returning_the_pngs(tmp_path, pack, decks, qapp):
    from briefing_app.atomic import OutputError
    from briefing_app.ui.present.slide_images import render_slides

    paths = render_slides(pack, tmp_path / "out", "en", height=360)
    assert paths == [tmp_path / "out" / f"{i:03d}.png" for i in range(1, len(decks["en"].slides) + 1)]
    assert QImage(str(paths[0])).size().toTuple() == (640, 360)
    taken = tmp_path / "taken.txt"
    taken.write_text("x")
    with pytest.raises(OutputError, match="taken.txt: is a file, not a folder"):
        render_slides(pack, taken, "zh")


def test_a_window_can_follow_the_slides_command_in_one_process(tmp_path):
    """`slides` first, a widget after it, in a fresh process (as in a test run that happens to start with a
    `slides` test): the application `slides` made must be a QApplication, else Qt aborts the process."""
    import os
    import subprocess
    import sys

    from tests.conftest import FICTIONAL, ROOT

    code = ("import sys; from briefing_app.cli import main; assert main(['slides', sys.argv[1], '-o', sys.argv[2],"
            " '--lang', 'en']) == 0; from PySide6.QtWidgets import QApplication, QLabel; "
            "label = QLabel('after'); label.show(); QApplication.processEvents(); print('shown', label.isVisible())")
    done = subprocess.run([sys.executable, "-c", code, str(FICTIONAL), str(tmp_path / "out")], cwd=ROOT,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("shown True")
