"""The lxml text writer gives the XML python-pptx's text API gave, for any text: CJK, NBSP, emoji, control
characters, markup-like text (written as data), long lines, empty lines; and whole decks of generated packs
come out byte for byte as the former python-pptx code wrote them (tests/export/pptx_reference.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from pptx import Presentation
from pptx.enum.text import MSO_ANCHOR
from pptx.util import Emu, Pt

from briefing_app.deck.build import build_deck
from briefing_app.deck.slides import Box, Cell, Dot, Line, Rect, Table, TextBox
from briefing_app.deck.style import PALETTE
from briefing_app.export.pptx import package
from briefing_app.export.pptx.shapes import Scale, draw_dot, draw_line, draw_rect, draw_table, draw_text, place_text
from briefing_app.export.pptx.text import fill_txbody, write_notes_xml
from briefing_app.export.pptx.writer import title_only_layout, write_pptx
from briefing_app.model import load_pack

from ..conftest import BUNDLED, FICTIONAL, ROOT
from ..strategies import packs, write_pack
from . import pptx_reference as ref
from .test_pptx_package import make_template

#: Texts a pack may carry and that XML or python-pptx treat specially.
SPECIAL = ["", " ", "\t", "  \t  ", "\u00a0", "a\u00a0b", "<a:t>x</a:t>", "&amp; & < > \" '", "_x0041_", "😀 emoji 🇨🇳",
           "\t tab", "line\nbreak", "cr\r\nlf", "\x0b vertical tab", "\x07 bell \x1f", "\ufeff bom", "\ufffe",
           "约196亿元", "第一", "G60科创走廊", "more than 230 events", "\u2028 separator \u2029", "x" * 400,
           "中" * 200, "﻿ＡＢＣ　全角", "\x00 nul"]
TEXT = st.one_of(st.sampled_from(SPECIAL), st.text(max_size=60),
                 st.text(st.characters(min_codepoint=0x3000, max_codepoint=0x9FFF), max_size=40))
LINES = st.lists(TEXT, max_size=5).map(tuple)
SIZES = st.floats(1.0, 400.0).map(lambda v: round(v, 2))
COLORS = st.sampled_from(list(PALETTE) + ["not-a-role"])
ITEMS = st.builds(
    TextBox, box=st.builds(Box, st.floats(-50, 1000), st.floats(-50, 600), st.floats(0, 900), st.floats(0, 500)),
    lines=LINES, size=SIZES, bold=st.booleans(), color=COLORS, align=st.sampled_from(["left", "center", "right"]),
    figure_id=st.one_of(st.none(), st.sampled_from(["f1", "a&b<c>", "合成-sab"])),
    line_height=st.floats(0.8, 2.0).map(lambda v: round(v, 3)))
PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _slide():
    prs = Presentation()
    slide = prs.slides.add_slide(title_only_layout(prs))
    slide.shapes.turbo_add_enabled = True
    return slide


def _xml(element) -> bytes:
    return etree.tostring(element)


def _outcome(write) -> bytes | str:
    """The XML `write()` returns, or the kind of error it raised (a size python-pptx refuses is refused)."""
    try:
        return _xml(write())
    except ValueError as exc:
        return f"ValueError: {exc}"


@PROPERTY
@given(item=ITEMS, index=st.integers(0, 99), scale=st.sampled_from([1.0, 0.75, 1.3333]))
def test_text_box_xml_is_what_python_pptx_wrote(item, index, scale):
    sc = Scale(scale)
    ours, theirs = _slide(), _slide()
    assert (_outcome(lambda: draw_text(ours.shapes, item, sc, index))
            == _outcome(lambda: ref.draw_text(theirs.shapes, item, sc, index)))


@PROPERTY
@given(item=ITEMS)
def test_title_placeholder_xml_is_what_python_pptx_wrote(item):
    sc = Scale(1.0)
    ours, theirs = _slide(), _slide()

    def placed(slide, place):
        place(slide.shapes.title, item, sc)
        return slide.shapes.title._element

    assert _outcome(lambda: placed(ours, place_text)) == _outcome(lambda: placed(theirs, ref.place_text))


@PROPERTY
@given(lines=LINES, size=SIZES, bold=st.booleans(), color=st.one_of(st.none(), COLORS),
       align=st.sampled_from(["left", "center", "right", "justify"]), line_height=st.floats(0.5, 3.0),
       inset=st.sampled_from([0.0, 4.0, 7.2, 3.6, 12.5]), wrap=st.booleans(),
       anchor=st.sampled_from([None, MSO_ANCHOR.TOP, MSO_ANCHOR.MIDDLE, MSO_ANCHOR.BOTTOM]))
def test_table_cell_xml_is_what_python_pptx_wrote(lines, size, bold, color, align, line_height, inset, wrap, anchor):
    options = dict(bold=bold, color=color, align=align, line_height=line_height, inset=inset, wrap=wrap, anchor=anchor)
    def filled(fill):
        cell = _slide().shapes.add_table(2, 2, 0, 0, 914400, 914400).table.cell(1, 1)
        fill(cell._tc.get_or_add_txBody(), lines, size, **options)
        return cell._tc

    assert _outcome(lambda: filled(fill_txbody)) == _outcome(lambda: filled(ref.fill_txbody))


@PROPERTY
@given(notes=st.one_of(st.none(), st.lists(TEXT, max_size=6).map("\n".join), st.text(max_size=200)))
def test_notes_xml_is_what_python_pptx_wrote(notes):
    ours, theirs = _slide(), _slide()
    write_notes_xml(ours.notes_slide.notes_text_frame._txBody, notes)
    ref.write_notes(None, theirs, notes)
    assert _xml(ours.notes_slide.part._element) == _xml(theirs.notes_slide.part._element)


BOXES = st.builds(Box, st.floats(-50, 1000), st.floats(-50, 600), st.floats(0, 900), st.floats(0, 500))
ROLES = st.one_of(st.none(), COLORS, st.sampled_from(["123456", "abcdef"]))
SHAPES = st.one_of(
    st.builds(Rect, box=BOXES, fill=ROLES, line=ROLES, dashed=st.booleans(),
              radius=st.one_of(st.just(0.0), st.floats(0.0, 80.0)),
              figure_id=st.one_of(st.none(), st.just("f&1"))),
    st.builds(Dot, cx=st.floats(-20, 900), cy=st.floats(-20, 600), r=st.floats(0, 40), fill=ROLES, line=ROLES,
              figure_id=st.one_of(st.none(), st.just("f2"))),
    st.builds(Line, x1=st.floats(-20, 900), y1=st.floats(-20, 600), x2=st.floats(-20, 900), y2=st.floats(-20, 600),
              color=ROLES, width=st.floats(0, 6), dashed=st.booleans()))


@PROPERTY
@given(items=st.lists(SHAPES, min_size=1, max_size=4), scale=st.sampled_from([1.0, 0.75]))
def test_rects_dots_and_lines_are_what_python_pptx_wrote(items, scale):
    sc = Scale(scale)
    ours, theirs = _slide(), _slide()
    kinds = {Rect: ("draw_rect", draw_rect), Dot: ("draw_dot", draw_dot), Line: ("draw_line", draw_line)}

    def drawn(slide, reference):
        for index, item in enumerate(items, 1):
            name, draw = kinds[type(item)]
            (getattr(ref, name) if reference else draw)(slide.shapes, item, sc, index)
        return slide.shapes._spTree

    assert _outcome(lambda: drawn(ours, False)) == _outcome(lambda: drawn(theirs, True))


@st.composite
def tables(draw):
    """A table of 1-5 columns whose rows mix plain cells and cells spanning several columns."""
    n_cols = draw(st.integers(1, 5))
    rows = []
    for _ in range(draw(st.integers(1, 5))):
        row, c = [], 0
        while c < n_cols:
            span = draw(st.integers(1, n_cols - c))
            row.append(Cell(draw(LINES), bold=draw(st.booleans()), color=draw(COLORS),
                            align=draw(st.sampled_from(["left", "center", "right"])),
                            fill=draw(st.sampled_from([None, "panel", "background"])), span=span))
            c += span
        rows.append(tuple(row))
    return Table(box=Box(20, 40, 600, 300), rows=tuple(rows), col_widths=(600.0 / n_cols,) * n_cols,
                 row_heights=(300.0 / len(rows),) * len(rows), size=draw(st.floats(6, 30).map(lambda v: round(v, 2))),
                 header_rows=draw(st.integers(0, 1)), pad_x=draw(st.sampled_from([4.0, 6.0])),
                 pad_y=draw(st.sampled_from([2.0, 3.0])))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item=tables(), scale=st.sampled_from([1.0, 0.75]))
def test_tables_are_what_python_pptx_wrote(item, scale):
    ours, theirs = _slide(), _slide()
    assert (_outcome(lambda: draw_table(ours.shapes, item, Scale(scale), 3)._element)
            == _outcome(lambda: ref.draw_table(theirs.shapes, item, Scale(scale), 3)._element))


# -- whole decks ---------------------------------------------------------------------------------------------

def _parts(deck, monkeypatch, reference: bool, out: Path, template: Path | None = None) -> dict[str, bytes]:
    prs = package.open_template(template) if template else None
    if reference:
        with ref.reference_writer(monkeypatch):
            write_pptx(deck, out, prs)
    else:
        write_pptx(deck, out, prs)
    with zipfile.ZipFile(out) as z:
        return {n: z.read(n) for n in z.namelist()}


def _same_deck(deck, monkeypatch, folder: Path, template: Path | None = None) -> None:
    ours = _parts(deck, monkeypatch, False, folder / "ours.pptx", template)
    theirs = _parts(deck, monkeypatch, True, folder / "theirs.pptx", template)
    assert list(ours) == list(theirs)
    different = [name for name in ours if ours[name] != theirs[name]]
    assert not different, f"parts written differently: {different[:5]}"


@pytest.mark.parametrize("path", [BUNDLED, FICTIONAL, ROOT / "tests/packs/hostile/hostile.yaml"],
                         ids=["bundled", "fictional", "hostile"])
@pytest.mark.parametrize("lang,aspect", [("zh", "16:9"), ("en", "4:3")])
def test_decks_are_byte_identical_to_the_python_pptx_writer(path, lang, aspect, monkeypatch, tmp_path):
    pack = load_pack(path)
    if lang == "en" and pack.untranslated:
        pytest.skip("pack not translated")
    _same_deck(build_deck(pack, lang=lang, aspect=aspect), monkeypatch, tmp_path)


@pytest.mark.parametrize("size", [(Pt(960), Pt(540)), (Emu(9144000), Emu(5143500)), (Pt(720), Pt(540))],
                         ids=["16:9", "16:9-scaled", "4:3"])
def test_decks_on_a_template_are_byte_identical_to_the_python_pptx_writer(pack, size, monkeypatch, tmp_path):
    template = make_template(tmp_path / "corporate.pptx", width=size[0], height=size[1], slides=1)
    deck = build_deck(pack, lang="zh", aspect=package.aspect_of(Presentation(str(template))) or "16:9")
    _same_deck(deck, monkeypatch, tmp_path, template)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(drawn=packs(), lang=st.sampled_from(["zh", "en"]), aspect=st.sampled_from(["16:9", "4:3"]))
def test_generated_decks_are_byte_identical_to_the_python_pptx_writer(drawn, lang, aspect, tmp_path_factory,
                                                                      monkeypatch):
    folder = tmp_path_factory.mktemp("gen")
    pack = load_pack(write_pack(folder, drawn))
    _same_deck(build_deck(pack, lang=lang, aspect=aspect), monkeypatch, folder)
