"""Anything `check` accepts lays out: generated packs with long texts, many figures, big matrices and
13-digit numbers build decks in zh and en at 16:9 and 4:3 with everything on the slide, nothing
overlapping, and only text beyond model/limits.py cut short; the commands write them without a traceback.

The default run tries STRESS_SEEDS packs; `--stress N` tries N (`pytest tests/deck --stress 300`).
"""

from __future__ import annotations

import json

import pytest

from briefing_app.cli import main
from briefing_app.deck import style
from briefing_app.deck.build import build_deck
from briefing_app.deck.layout import shortened
from briefing_app.deck.slides import Dot, Line, Table
from briefing_app.model import load_pack
from briefing_app.typography.metrics import text_width

from ..conftest import FICTIONAL
from .stress_packs import stress_pack

STRESS_SEEDS = 12
ASPECTS = ("16:9", "4:3")


def _seeds(config) -> list[int]:
    return list(range(config.getoption("--stress") or STRESS_SEEDS))


def pytest_generate_tests(metafunc):
    if "stress_seed" in metafunc.fixturenames:
        metafunc.parametrize("stress_seed", _seeds(metafunc.config))


def layout_problems(deck) -> list[str]:
    """What a viewer would see as broken: items off the slide or on the footer, overlapping text, text
    wider or taller than its box, text below the minimum size."""
    out = []
    bottom = deck.footer_source.y + 0.01
    for slide in deck.slides:
        where = f"slide {slide.number} ({slide.kind})"
        for item in slide.items:
            if isinstance(item, Dot):
                ok = item.cx - item.r >= 0 and item.cx + item.r <= deck.width and item.cy + item.r <= bottom
            elif isinstance(item, Line):
                ok = min(item.x1, item.x2) >= 0 and max(item.x1, item.x2) <= deck.width and max(item.y1, item.y2) <= bottom
            else:
                ok = item.box.inside(deck.width, deck.height) and item.box.bottom <= bottom
            if not ok:
                out.append(f"{where}: {type(item).__name__} outside the content area: {item.box if hasattr(item, 'box') else item}")
            if isinstance(item, Table):
                out += [f"{where}: {p}" for p in table_problems(item)]
        texts = slide.texts()
        for i, a in enumerate(texts):
            if a.size < style.MIN_SIZE:
                out.append(f"{where}: {a.lines[:1]} at {a.size} pt")
            if len(a.lines) * a.size * a.line_height > a.box.h + 0.01:
                out.append(f"{where}: {a.lines[:1]} taller than its box")
            for line in a.lines:
                if text_width(line, a.size, a.bold) > a.box.w + 0.01:
                    out.append(f"{where}: {line!r} wider than its box")
            for b in texts[i + 1:]:
                if a.box.overlaps(b.box):
                    out.append(f"{where}: {a.lines[:1]} overlaps {b.lines[:1]}")
    return out


def table_problems(table: Table) -> list[str]:
    """A table's text below the minimum size, or a cell's lines wider or taller than the cell inside its
    padding; a grid that does not add up to the table's box."""
    out = []
    if table.size < style.MIN_SIZE:
        out.append(f"table text at {table.size} pt")
    if abs(sum(table.col_widths) - table.box.w) > 0.01 or abs(sum(table.row_heights) - table.box.h) > 0.01:
        out.append("table grid does not fill its box")
    for r, c, box, cell in table.placed():
        if len(cell.lines) * table.size * 1.2 > box.h - 2 * table.pad_y + 0.01:
            out.append(f"cell ({r}, {c}) {cell.lines[:1]} taller than its row")
        for line in cell.lines:
            if text_width(line, table.size, cell.bold) > box.w - 2 * table.pad_x + 0.01:
                out.append(f"cell ({r}, {c}) {line!r} wider than its column")
    return out


def test_generated_packs_lay_out_in_both_languages_and_aspects(stress_seed, tmp_path):
    seed = stress_seed
    pack = load_pack(stress_pack(seed, tmp_path))  # `check` accepts it (warnings aside)
    for lang in ("zh", "en"):
        for aspect in ASPECTS:
            deck = build_deck(pack, lang, aspect)
            problems = layout_problems(deck)
            assert not problems, f"seed {seed} {lang} {aspect}:\n" + "\n".join(problems[:10])
            # every figure of the pack still appears on some slide
            shown = {f for s in deck.slides for f in s.figure_ids}
            assert shown == {f.id for f in pack.data.figures}, (seed, lang, aspect)


def test_text_within_the_limits_is_never_cut(pack):
    """Only text longer than model/limits.py may end in an ellipsis: the bundled and fictional packs, whose
    texts are within the limits, show every word."""
    for p in (pack, load_pack(FICTIONAL)):
        for lang in ("zh", "en"):
            for aspect in ASPECTS:
                for slide in build_deck(p, lang, aspect).slides:
                    for tb in slide.texts():
                        assert not shortened(tb.lines), (slide.number, tb.lines)


@pytest.mark.parametrize("seed", [2])
def test_commands_write_a_generated_pack(seed, tmp_path, capsys):
    """`export` (zh 4:3, en 16:9) and `slides` finish with exit 0 on a generated pack."""
    path = stress_pack(seed, tmp_path / "pack")
    assert main(["export", str(path), "-o", str(tmp_path / "zh.pptx"), "--lang", "zh", "--aspect", "4:3"]) == 0
    assert main(["export", str(path), "-o", str(tmp_path / "en.pptx"), "--lang", "en"]) == 0
    assert (tmp_path / "zh.pptx").stat().st_size > 10_000
    assert main(["slides", str(path), "-o", str(tmp_path / "slides"), "--lang", "en"]) == 0
    manifest = json.loads((tmp_path / "slides" / "manifest.json").read_text(encoding="utf-8"))
    assert len(list((tmp_path / "slides").glob("*.png"))) == len(manifest["slides"]) > 3
    assert "Traceback" not in capsys.readouterr().err


# -- property test on packs drawn by tests/strategies.py (the `model` engineer's generator) ------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ..strategies import packs, write_pack  # noqa: E402

#: Layouts are slower than wording: a few dozen packs by default, the profile's count under `long`.
DECK_EXAMPLES = 20 if settings.default.max_examples <= 150 else settings.default.max_examples


@settings(max_examples=DECK_EXAMPLES)
@given(drawn=packs(max_figures=40), aspect=st.sampled_from(ASPECTS))
def test_drawn_packs_lay_out(drawn, aspect, tmp_path_factory):
    pack = load_pack(write_pack(tmp_path_factory.mktemp("drawn"), drawn))
    for lang in ("zh", "en"):
        deck = build_deck(pack, lang, aspect)
        problems = layout_problems(deck)
        assert not problems, f"{lang} {aspect}:\n" + "\n".join(problems[:10])
        shown = {f for s in deck.slides for f in s.figure_ids}
        assert shown == {f.id for f in pack.data.figures}  # every figure is on some slide


@pytest.mark.parametrize("name", ["hostile", "lanjiang"])
def test_the_test_packs_lay_out_and_export(name, tmp_path):
    from ..conftest import ROOT

    path = next((ROOT / "tests" / "packs" / name).glob("*.yaml"))
    pack = load_pack(path)
    for lang in ("zh", "en"):
        for aspect in ASPECTS:
            problems = layout_problems(build_deck(pack, lang, aspect))
            assert not problems, f"{name} {lang} {aspect}:\n" + "\n".join(problems[:10])
    assert main(["export", str(path), "-o", str(tmp_path / "d.pptx"), "--lang", "en", "--aspect", "4:3"]) == 0
