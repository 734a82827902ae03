"""The writer's former python-pptx object-API code, kept as the reference the lxml writer must match.

The export writes text boxes, the title, tables, speaker notes, rectangles, dots, lines and chart fonts with lxml (`export/pptx/text.py`,
`shapes.py`) because python-pptx's text API cost most of an export's time. Its output must stay the bytes
python-pptx wrote. These functions are that former code, unchanged but for returning elements where the
writer now does, so a test can write the same deck both ways (`reference_writer`) and compare every part.
"""

from __future__ import annotations

import contextlib

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.shapetree import SlideShapes
from pptx.text.text import TextFrame
from pptx.util import Pt

from briefing_app.deck.slides import TextBox
from briefing_app.deck.style import PALETTE
from briefing_app.export.pptx import native_charts
from briefing_app.export.pptx import writer as writer_module
from briefing_app.export.pptx.shapes import Scale, rgb, shape_name
from briefing_app.export.pptx.text import ALIGN, clean, fix_runs, points, set_fonts


def style_run(run, text: str, size: float, *, bold: bool = False, color: str | None = "ink") -> None:
    run.text = text
    font = run.font
    font.size = points(size)
    font.bold = bold
    if color:
        font.color.rgb = RGBColor.from_string(PALETTE.get(color, PALETTE["ink"]))
    set_fonts(run._r.get_or_add_rPr(), text)


def fill_frame(frame, lines, size: float, *, bold: bool = False, color: str | None = "ink", align: str = "left",
               line_height: float = 1.2, inset: float = 0.0, anchor=MSO_ANCHOR.TOP, wrap: bool = True) -> None:
    frame.word_wrap = wrap
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE if wrap else MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, Pt(inset))
    lines = [clean(line) for line in lines] or [""]
    paragraphs = list(frame.paragraphs)
    for extra in paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    paragraph = frame.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            paragraph = frame.add_paragraph()
        for r in list(paragraph.runs):
            r._r.getparent().remove(r._r)
        paragraph.alignment = ALIGN.get(align, PP_ALIGN.LEFT)
        paragraph.line_spacing = points(size * line_height)
        paragraph.space_before = Pt(0)
        paragraph.space_after = Pt(0)
        if line:
            style_run(paragraph.add_run(), line, size, bold=bold, color=color)
        end = paragraph._p.get_or_add_endParaRPr()
        end.set("sz", str(int(round(size * 100))))
        set_fonts(end, line)


def fill_txbody(tx_body, lines, size, **options) -> None:
    fill_frame(TextFrame(tx_body, None), lines, size, **options)


def place_text(shape, item: TextBox, sc: Scale) -> None:
    b = item.box
    shape.left, shape.top, shape.width, shape.height = sc(b.x), sc(b.y), sc(b.w), sc(b.h)
    fill_frame(shape.text_frame, item.lines, sc.size(item.size), bold=item.bold, color=item.color,
               align=item.align, line_height=item.line_height)


def draw_text(shapes, item: TextBox, sc: Scale, index: int, name: str | None = None):
    b = item.box
    shape = shapes.add_textbox(sc(b.x), sc(b.y), sc(b.w), sc(b.h))
    place_text(shape, item, sc)
    shape.name = name or shape_name("Text", index, item.figure_id)
    return shape._element


def _line_format(line, role, width, dashed) -> None:
    if role is None:
        line.fill.background()
        return
    line.color.rgb = rgb(role)
    line.width = Pt(width)
    if dashed:
        line.dash_style = MSO_LINE_DASH_STYLE.DASH


def _fill(shape, role) -> None:
    if role is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(role)


def _no_text_style(shape) -> None:
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def draw_rect(shapes, item, sc: Scale, index: int):
    b = item.box
    kind = MSO_SHAPE.ROUNDED_RECTANGLE if item.radius > 0 else MSO_SHAPE.RECTANGLE
    shape = shapes.add_shape(kind, sc(b.x), sc(b.y), sc(b.w), sc(b.h))
    _no_text_style(shape)
    if item.radius > 0 and min(b.w, b.h) > 0:
        shape.adjustments[0] = min(0.5, item.radius / min(b.w, b.h))
    _fill(shape, item.fill)
    _line_format(shape.line, item.line or ("target" if item.dashed else None), sc.size(1.25), item.dashed)
    shape.name = shape_name("Rect", index, item.figure_id)
    return shape._element


def draw_dot(shapes, item, sc: Scale, index: int):
    shape = shapes.add_shape(MSO_SHAPE.OVAL, sc(item.cx - item.r), sc(item.cy - item.r), sc(2 * item.r),
                             sc(2 * item.r))
    _no_text_style(shape)
    _fill(shape, item.fill)
    _line_format(shape.line, item.line, sc.size(1.0), False)
    shape.name = shape_name("Dot", index, item.figure_id)
    return shape._element


def draw_line(shapes, item, sc: Scale, index: int):
    shape = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, sc(item.x1), sc(item.y1), sc(item.x2), sc(item.y2))
    _no_text_style(shape)
    _line_format(shape.line, item.color, sc.size(item.width), item.dashed)
    shape.name = f"Line {index}"
    return shape._element


_TC_ORDER = ("a:lnL", "a:lnR", "a:lnT", "a:lnB", "a:lnTlToBr", "a:lnBlToTr", "a:cell3D", "a:noFill",
             "a:solidFill", "a:gradFill", "a:blipFill", "a:pattFill", "a:grpFill", "a:headers", "a:extLst")


def _border(tcPr, tag: str, role: str, width_emu: int) -> None:
    ln = etree.Element(qn(tag))
    ln.set("w", str(width_emu))
    fill = etree.SubElement(ln, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr")).set("val", PALETTE[role])
    rank = _TC_ORDER.index(tag)
    later = [c for c in tcPr if _order(c) > rank]
    if later:
        later[0].addprevious(ln)
    else:
        tcPr.append(ln)


def _order(el) -> int:
    name = "a:" + etree.QName(el).localname
    return _TC_ORDER.index(name) if name in _TC_ORDER else len(_TC_ORDER)


def draw_table(shapes, item, sc: Scale, index: int):
    """The table with python-pptx's cell API: merge (`gridSpan`/`hMerge`) for a cell spanning columns, then
    every cell, covered ones too, with its text (none when covered), margins, anchor, fill and borders."""
    b = item.box
    n_rows, n_cols = len(item.rows), len(item.col_widths)
    frame = shapes.add_table(n_rows, n_cols, sc(b.x), sc(b.y), sc(b.w), sc(b.h))
    frame.name = f"Table {index}"
    table = frame.table
    table.first_row = item.header_rows > 0
    table.horz_banding = False
    tbl_pr = table._tbl.tblPr
    style_id = tbl_pr.find(qn("a:tableStyleId"))
    if style_id is not None:
        style_id.text = "{5940675A-B579-460E-94D1-54222C63F5DA}"
    for i, w in enumerate(item.col_widths):
        table.columns[i].width = sc(w)
    for i, h in enumerate(item.row_heights):
        table.rows[i].height = sc(h)
    placed = list(item.placed())
    for r, c, _box, spec in placed:
        if spec.span > 1:
            table.cell(r, c).merge(table.cell(r, c + spec.span - 1))
    for r, c, _box, spec in placed:
        for k in range(c, c + spec.span):
            cell = table.cell(r, k)
            fill_frame(cell.text_frame, spec.lines if k == c else (), sc.size(item.size), bold=spec.bold,
                       color=spec.color, align=spec.align, line_height=1.2, wrap=True)
            cell.margin_left = cell.margin_right = sc(item.pad_x)
            cell.margin_top = cell.margin_bottom = sc(item.pad_y)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            cell.fill.solid()
            cell.fill.fore_color.rgb = rgb(spec.fill or "background")
            tcPr = cell._tc.get_or_add_tcPr()
            for tag in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
                _border(tcPr, tag, "rule", int(sc(0.75)))
    return frame


def write_notes(notes_slides, slide, notes: str) -> None:
    frame = slide.notes_slide.notes_text_frame
    lines = [clean(line) for line in (notes or "").splitlines()]
    frame.text = "\n".join(lines)
    for p in frame.paragraphs:
        for r in p.runs:
            set_fonts(r._r.get_or_add_rPr(), r.text)
    fix_runs(frame._txBody, default_text=notes or "")


def chart_font(font, size: float, color: str = "ink", bold: bool = False) -> None:
    font.size = points(size)
    font.bold = bold
    font.color.rgb = RGBColor.from_string(PALETTE[color])


class NewSlides(writer_module.NewSlides):
    """Every slide from python-pptx's `add_slide` (the writer copies the first one)."""

    def add(self):
        self.fresh = None
        return super().add()


@contextlib.contextmanager
def reference_writer(monkeypatch):
    """Inside the block, `write_pptx` draws with the former python-pptx code above."""
    with monkeypatch.context() as m:
        m.setattr(writer_module, "draw_text", draw_text)
        m.setattr(writer_module, "place_text", place_text)
        m.setattr(writer_module, "write_notes", write_notes)
        m.setattr(writer_module, "NewSlides", NewSlides)
        m.setattr(native_charts, "_font", chart_font)
        for name in ("draw_rect", "draw_dot", "draw_line", "draw_table"):
            m.setattr(writer_module, name, globals()[name])
        # and without python-pptx's id counter: every id from a scan of the slide, as the former code did
        m.setattr(SlideShapes, "turbo_add_enabled", property(lambda self: False, lambda self, value: None))
        yield
