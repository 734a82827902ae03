"""The written deck shows exactly the slide model: titles, figure texts, positions, tables, notes, footers."""

from __future__ import annotations

import re

from pptx.util import Centipoints, Emu, Pt

from briefing_app.deck.slides import Chart, Dot, Rect, Table, TextBox
from briefing_app.export.pptx.text import clean

from .conftest import NS

TOL = 2  # EMU: points are rounded to whole EMU once


def _text(shape) -> str:
    return "\n".join(p.text for p in shape.text_frame.paragraphs)


def _close(emu, points) -> bool:
    return abs(int(emu) - int(Pt(points))) <= TOL


def test_slide_count_and_titles_match_the_model(each):
    prs = each.prs()
    assert len(prs.slides) == len(each.deck.slides) > 5
    for slide, model in zip(prs.slides, each.deck.slides, strict=True):
        title_item = next(i for i in model.items if isinstance(i, TextBox) and i.role == "title")
        assert slide.shapes.title is not None, model.number
        assert _text(slide.shapes.title) == title_item.text
        squeeze = lambda s: re.sub(r"\s+", "", s)  # noqa: E731 - lines are the title, wrapped
        assert squeeze(slide.shapes.title.text_frame.text) == squeeze(model.title)


def test_every_figure_text_appears_verbatim_in_a_named_shape(each):
    prs = each.prs()
    checked = 0
    for slide, model in zip(prs.slides, each.deck.slides, strict=True):
        by_name = {s.name: s for s in slide.shapes}
        for index, item in enumerate(model.items, 1):
            if isinstance(item, TextBox) and item.figure_id and item.role != "title":
                shape = by_name[f"Text {index} fig:{item.figure_id}"]
                assert _text(shape) == item.text
                checked += 1
    assert checked >= 5


def test_items_are_drawn_at_their_exact_boxes(each):
    prs = each.prs()
    for slide, model in zip(prs.slides, each.deck.slides, strict=True):
        shapes = list(slide.shapes)
        for index, item in enumerate(model.items, 1):
            if isinstance(item, TextBox) and item.role == "title":
                shape = slide.shapes.title
            elif isinstance(item, (TextBox, Rect, Dot, Chart, Table)):
                prefix = {TextBox: "Text", Rect: "Rect", Dot: "Dot", Chart: "Chart", Table: "Table"}[type(item)]
                shape = next(s for s in shapes if s.name.split(" fig:")[0] in (f"{prefix} {index}",)
                             or s.name.startswith(f"{prefix} {index} "))
            else:
                continue
            if isinstance(item, Dot):
                box = (item.cx - item.r, item.cy - item.r, 2 * item.r, 2 * item.r)
            else:
                box = (item.box.x, item.box.y, item.box.w, item.box.h)
            got = (shape.left, shape.top, shape.width, shape.height)
            assert all(_close(g, b) for g, b in zip(got, box, strict=True)), (model.number, shape.name, got, box)


def test_text_boxes_keep_their_lines_and_size_and_reflow_if_a_font_is_wider(each):
    """In every written deck (zh and en, both aspects, two packs): each text box has its model's size."""
    w = each
    checked = 0
    for slide, model in zip(w.prs().slides, w.deck.slides, strict=True):
        texts = {s.name: s for s in slide.shapes if s.has_text_frame}
        for index, item in enumerate(model.items, 1):
            if not isinstance(item, TextBox) or item.role == "title":
                continue
            shape = texts[f"Text {index}" + (f" fig:{item.figure_id}" if item.figure_id else "")]
            body = shape.text_frame._txBody.find("a:bodyPr", NS)
            assert body.get("wrap") == "square" and body.find("a:normAutofit", NS) is not None
            assert [body.get(k) for k in ("lIns", "tIns", "rIns", "bIns")] == ["0"] * 4
            for p in shape.text_frame.paragraphs:
                assert p.line_spacing == Centipoints(round(item.size * item.line_height * 100))
                for run in p.runs:
                    assert run.font.size == Pt(item.size) and bool(run.font.bold) == item.bold
                    checked += 1
    assert checked > 50


def test_shapes_stay_inside_the_slide(each):
    prs = each.prs()
    w, h = prs.slide_width, prs.slide_height
    assert (w, h) == (Pt(each.deck.width), Pt(each.deck.height))
    for slide in prs.slides:
        for s in slide.shapes:
            assert s.left >= 0 and s.top >= 0, s.name
            assert s.left + s.width <= w + TOL and s.top + s.height <= h + TOL, s.name


def test_text_boxes_do_not_overlap(each):
    for number, slide in enumerate(each.prs().slides, 1):
        boxes = [(s.name, s.left, s.top, s.left + s.width, s.top + s.height)
                 for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                overlap = a[1] < b[3] - TOL and b[1] < a[3] - TOL and a[2] < b[4] - TOL and b[2] < a[4] - TOL
                assert not overlap, (number, a[0], b[0])


def test_notes_hold_the_model_notes_and_quotes(written, pack):
    w = written["zh"]
    quotes = 0
    for slide, model in zip(w.prs().slides, w.deck.slides, strict=True):
        assert slide.has_notes_slide
        notes = slide.notes_slide.notes_text_frame.text
        assert notes == "\n".join(clean(line) for line in model.notes.splitlines())
        for figure_id in model.figure_ids:
            assert pack.figure(figure_id).quote in notes
            quotes += 1
    assert quotes >= 20


def test_footer_source_and_slide_number_field(each):
    for slide, model in zip(each.prs().slides, each.deck.slides, strict=True):
        names = {s.name: s for s in slide.shapes}
        if not model.has_footer:
            assert "Footer source" not in names and "Slide number" not in names
            continue
        source, number = names["Footer source"], names["Slide number"]
        assert source.text_frame.text == (model.source_line or each.deck.source)
        b = each.deck.footer_source
        assert (source.left, source.top, source.width) == (Emu(int(Pt(b.x))), Emu(int(Pt(b.y))), Pt(b.w))
        field = number._element.find(".//a:fld", NS)
        assert field.get("type") == "slidenum" and field.find("a:t", NS).text == str(model.number)
        sizes = {r.get("sz") for r in number._element.iter(f"{{{NS['a']}}}rPr")}
        assert sizes == {str(int(each.deck.footer_size * 100))}


def test_data_tables_are_native_tables_with_the_model_geometry(tmp_path):
    """A big pack's data tables (deck/tables.py) are native tables at the model's grid: every cell's lines,
    the section heading merged across the table, 14 pt text, the figure's name on the shape."""
    from bench.synthetic import write_synthetic
    from briefing_app.deck.build import build_deck
    from briefing_app.export.pptx.writer import write_pptx
    from briefing_app.model import load_pack

    pack = load_pack(write_synthetic(tmp_path / "big", 4))
    for lang in ("zh", "en"):
        deck = build_deck(pack, lang, "4:3")
        write_pptx(deck, tmp_path / f"{lang}.pptx")
        from pptx import Presentation

        checked = 0
        for slide, model in zip(Presentation(str(tmp_path / f"{lang}.pptx")).slides, deck.slides, strict=True):
            for item in (i for i in model.items if isinstance(i, Table)):
                table = next(s for s in slide.shapes if s.has_table).table
                assert [c.width for c in table.columns] == [Emu(round(w * 12700)) for w in item.col_widths]
                assert [r.height for r in table.rows] == [Emu(round(h * 12700)) for h in item.row_heights]
                for r, c, _box, cell in item.placed():
                    written = table.cell(r, c)
                    assert written.text_frame.text == "\n".join(clean(line) for line in cell.lines)
                    assert (written.span_width, written.is_merge_origin) == (cell.span, cell.span > 1)
                    sizes = {run.font.size for p in written.text_frame.paragraphs for run in p.runs}
                    assert sizes <= {Pt(item.size)} and item.size >= 14
                checked += 1
        assert checked >= 5


def test_matrix_slide_says_its_cell_text_once(written, pack):
    """The deck's matrix slide: no grid repeating the one cell text, which is written once (deck/matrix.py)."""
    w = written["zh"]
    cell = pack.data.matrices[0].cell("zh")
    found = 0
    for slide, model in zip(w.prs().slides, w.deck.slides, strict=True):
        if model.kind == "matrix":
            texts = [s.text_frame.text.replace("\n", "") for s in slide.shapes if s.has_text_frame]
            assert sum(t.count(cell) for t in texts) == 1
            assert not any(s.has_table for s in slide.shapes)
            found += 1
    assert found >= 1


def test_core_properties_are_set_and_pinned(written):
    for key, lang in (("zh", "zh-CN"), ("en", "en-US")):
        w = written[key]
        cp = w.prs().core_properties
        assert cp.title == w.deck.title and cp.subject == w.deck.subject
        assert cp.language == lang and cp.author == "briefing-app" == cp.last_modified_by
        assert cp.created.year == 2024 and cp.created == cp.modified


def test_the_fictional_pack_gives_a_sensible_deck(written):
    w = written["fictional-en"]
    titles = [s.shapes.title.text_frame.text for s in w.prs().slides]
    assert titles[0].startswith("Riverton") and len(set(titles)) == len(titles)
    assert not any("Songjiang" in t for t in titles)
