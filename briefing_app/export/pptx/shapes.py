"""Boxes, lines, dots, text boxes and tables, each at exactly the position the slide model gives.

Shape names carry `fig:<id>` for every figure an element shows, so a test (or a person in the selection
pane) can find the figure's text in the file.
"""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import quoteattr

from lxml.etree import SubElement
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.oxml.simpletypes import ST_Coordinate32, ST_LineWidth
from pptx.shapes.autoshape import Shape as AutoShape
from pptx.util import Emu, Pt

from ...deck.slides import Dot, Line, Rect, Table, TextBox
from ...deck.style import PALETTE
from .text import NSDECLS, fill_txbody, parse_fragment, txbody_xml


class Scale:
    """Points of the slide model → EMU on the written slide (a template's size may differ by a factor)."""

    def __init__(self, factor: float = 1.0):
        self.factor = factor

    def __call__(self, points: float) -> Emu:
        return Emu(int(round(points * self.factor * 12700)))

    def size(self, points: float) -> float:
        """A font size, rounded to the 1/100 pt PowerPoint stores."""
        return round(points * self.factor, 2)


_P_EXT_LST = qn("p:extLst")
_A_SOLID_FILL, _A_SRGB_CLR = qn("a:solidFill"), qn("a:srgbClr")


def rgb(role: str) -> RGBColor:
    return RGBColor.from_string(PALETTE.get(role, role if len(role) == 6 else PALETTE["ink"]))


def shape_name(kind: str, index: int, figure_id: str | None) -> str:
    return f"{kind} {index}" + (f" fig:{figure_id}" if figure_id else "")


@lru_cache(maxsize=None)
def _rgb_xml(role: str) -> str:
    return str(rgb(role))


def _solid(parent, role: str) -> None:
    SubElement(SubElement(parent, _A_SOLID_FILL), _A_SRGB_CLR).set("val", _rgb_xml(role))


def _solid_xml(role: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{_rgb_xml(role)}"/></a:solidFill>'


def _line_xml(role: str | None, width: float, dashed: bool) -> str:
    """`a:ln` as python-pptx's LineFormat wrote it: no line (`noFill`), or a solid colour, a width (none
    written when 0, its default) and a dash."""
    if role is None:
        return "<a:ln><a:noFill/></a:ln>"
    emu = Pt(width)
    w = f' w="{ST_LineWidth.to_xml(emu)}"' if emu != 0 else ""
    dash = '<a:prstDash val="dash"/>' if dashed else ""
    return f"<a:ln{w}>{_solid_xml(role)}{dash}</a:ln>"


def _add(shapes, xml: str):
    """A shape written as markup, parsed, and put at the top of the slide's z-order (before `p:extLst`)."""
    sp = parse_fragment(xml)
    tree = shapes._spTree
    ext_lst = tree.find(_P_EXT_LST)
    if ext_lst is not None:
        ext_lst.addprevious(sp)
    else:
        tree.append(sp)
    return sp


def _xfrm_xml(x: int, y: int, cx: int, cy: int, flip: str = "") -> str:
    return f'<a:xfrm{flip}><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'


def _autoshape(shapes, prst: str, x: int, y: int, cx: int, cy: int, name: str, fill: str | None,
               line: str | None, width: float, dashed: bool, adjustment: float | None = None):
    """python-pptx's `add_shape` element without its theme style (`p:style`: ours are flat), filled and
    outlined as our `_fill`/`_line_format` did with python-pptx's API, written as markup and parsed once."""
    fill_xml = "<a:noFill/>" if fill is None else _solid_xml(fill)
    sp = _add(shapes, (
        f'<p:sp {NSDECLS}><p:nvSpPr><p:cNvPr id="{shapes._next_shape_id}" name={quoteattr(name)}/><p:cNvSpPr/>'
        f"<p:nvPr/></p:nvSpPr><p:spPr>{_xfrm_xml(x, y, cx, cy)}<a:prstGeom prst=\"{prst}\"><a:avLst/></a:prstGeom>"
        f"{fill_xml}{_line_xml(line, width, dashed)}</p:spPr><p:txBody><a:bodyPr rtlCol=\"0\" anchor=\"ctr\"/>"
        f'<a:lstStyle/><a:p><a:pPr algn="ctr"/></a:p></p:txBody></p:sp>'))
    if adjustment is not None:  # rounded corners: python-pptx writes the preset's guides
        AutoShape(sp, None).adjustments[0] = adjustment
    return sp


def draw_rect(shapes, item: Rect, sc: Scale, index: int):
    b = item.box
    rounded = item.radius > 0
    adjustment = min(0.5, item.radius / min(b.w, b.h)) if rounded and min(b.w, b.h) > 0 else None
    return _autoshape(shapes, "roundRect" if rounded else "rect", sc(b.x), sc(b.y), sc(b.w), sc(b.h),
                      shape_name("Rect", index, item.figure_id), item.fill,
                      item.line or ("target" if item.dashed else None), sc.size(1.25), item.dashed, adjustment)


def draw_dot(shapes, item: Dot, sc: Scale, index: int):
    return _autoshape(shapes, "ellipse", sc(item.cx - item.r), sc(item.cy - item.r), sc(2 * item.r),
                      sc(2 * item.r), shape_name("Dot", index, item.figure_id), item.fill, item.line,
                      sc.size(1.0), False)


def draw_line(shapes, item: Line, sc: Scale, index: int):
    """A straight connector from (x1, y1) to (x2, y2), flipped as python-pptx's `add_connector` flips it."""
    x1, y1, x2, y2 = sc(item.x1), sc(item.y1), sc(item.x2), sc(item.y2)
    flip = (' flipH="1"' if x1 > x2 else "") + (' flipV="1"' if y1 > y2 else "")
    return _add(shapes, (
        f'<p:cxnSp {NSDECLS}><p:nvCxnSpPr><p:cNvPr id="{shapes._next_shape_id}" name="Line {index}"/>'
        f"<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr>"
        f"{_xfrm_xml(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), flip)}"
        f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom>{_line_xml(item.color, sc.size(item.width), item.dashed)}'
        f"</p:spPr></p:cxnSp>"))


def fill_text(tx_body, item: TextBox, sc: Scale) -> None:
    fill_txbody(tx_body, item.lines, sc.size(item.size), bold=item.bold, color=item.color, align=item.align,
                line_height=item.line_height)


def place_text(shape, item: TextBox, sc: Scale) -> None:
    """Move `shape` (the title placeholder) onto the item's box and write its lines."""
    b = item.box
    sp_pr = shape._element.spPr
    if len(sp_pr) or len(sp_pr.attrib):  # a placeholder with its own geometry: python-pptx's setters
        shape.left, shape.top, shape.width, shape.height = sc(b.x), sc(b.y), sc(b.w), sc(b.h)
    else:  # a new placeholder's empty `p:spPr`: the `a:xfrm` those setters would add
        sp_pr.append(parse_fragment(f'<a:xfrm {NSDECLS}><a:off x="{sc(b.x)}" y="{sc(b.y)}"/>'
                                    f'<a:ext cx="{sc(b.w)}" cy="{sc(b.h)}"/></a:xfrm>'))
    fill_text(shape._element.get_or_add_txBody(), item, sc)


def draw_text(shapes, item: TextBox, sc: Scale, index: int, name: str | None = None):
    """A text box (`p:sp` with `txBox="1"`) for `item`, returned as its element.

    The element is python-pptx's `add_textbox` shape with our frame in it, written as markup and parsed once;
    its id is the slide's next shape id, taken from the same counter python-pptx uses (`_next_shape_id`).
    """
    b = item.box
    name = quoteattr(name or shape_name("Text", index, item.figure_id))
    body = txbody_xml(item.lines, sc.size(item.size), bold=item.bold, color=item.color, align=item.align,
                      line_height=item.line_height)
    sp = parse_fragment(
        f'<p:sp {NSDECLS}><p:nvSpPr><p:cNvPr id="{shapes._next_shape_id}" name={name}/><p:cNvSpPr txBox="1"/>'
        f'<p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{sc(b.x)}" y="{sc(b.y)}"/><a:ext cx="{sc(b.w)}" '
        f'cy="{sc(b.h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f"<p:txBody>{body}</p:txBody></p:sp>")
    tree = shapes._spTree
    ext_lst = tree.find(_P_EXT_LST)
    if ext_lst is not None:
        ext_lst.addprevious(sp)
    else:
        tree.append(sp)
    return sp


# -- tables ---------------------------------------------------------------------------------------------

def draw_table(shapes, item: Table, sc: Scale, index: int):
    """A native table at the model's grid: every cell's lines, padding, fill and thin rule borders; a cell
    spanning columns is merged over them (`gridSpan` on it, `hMerge` on the cells it covers)."""
    b = item.box
    n_rows, n_cols = len(item.rows), len(item.col_widths)
    frame = shapes.add_table(n_rows, n_cols, sc(b.x), sc(b.y), sc(b.w), sc(b.h))
    frame.name = shape_name("Table", index, None)
    table = frame.table
    table.first_row = item.header_rows > 0
    table.horz_banding = False
    tbl_pr = table._tbl.tblPr
    style_id = tbl_pr.find(qn("a:tableStyleId"))
    if style_id is not None:
        style_id.text = "{5940675A-B579-460E-94D1-54222C63F5DA}"  # "No Style, Table Grid": we draw our own
    for i, w in enumerate(item.col_widths):
        table.columns[i].width = sc(w)
    for i, h in enumerate(item.row_heights):
        table.rows[i].height = sc(h)
    _cells(table._tbl, item, sc)
    return frame


_A_TR, _A_TC = qn("a:tr"), qn("a:tc")
_CELL_BORDERS = tuple(qn(f"a:{tag}") for tag in ("lnL", "lnR", "lnT", "lnB"))


def _cells(tbl, item: Table, sc: Scale) -> None:
    """Every cell's text, margins, anchor, fill and borders, written with lxml into python-pptx's new table
    (each `a:tc` holds a fresh `a:txBody` and an empty `a:tcPr`): the XML the cell API wrote, in one pass."""
    grid = [tr.findall(_A_TC) for tr in tbl.findall(_A_TR)]
    margins = (("marL", ST_Coordinate32.to_xml(sc(item.pad_x))), ("marR", ST_Coordinate32.to_xml(sc(item.pad_x))),
               ("marT", ST_Coordinate32.to_xml(sc(item.pad_y))), ("marB", ST_Coordinate32.to_xml(sc(item.pad_y))),
               ("anchor", "ctr"))
    border = str(int(sc(0.75)))
    size = sc.size(item.size)
    for r, c, _box, cell in item.placed():
        if cell.span > 1:
            grid[r][c].set("gridSpan", str(cell.span))
            for covered in grid[r][c + 1:c + cell.span]:
                covered.set("hMerge", "1")
        for k, tc in enumerate(grid[r][c:c + cell.span]):  # a covered cell: no text, its origin's look
            fill_txbody(tc.get_or_add_txBody(), cell.lines if k == 0 else (), size, bold=cell.bold,
                        color=cell.color, align=cell.align, line_height=1.2, wrap=True)
            tc_pr = tc.get_or_add_tcPr()
            for key, value in margins:
                tc_pr.set(key, value)
            for tag in _CELL_BORDERS:  # thin rule borders, before the fill (CT_TableCellProperties order)
                ln = SubElement(tc_pr, tag)
                ln.set("w", border)
                SubElement(SubElement(ln, _A_SOLID_FILL), _A_SRGB_CLR).set("val", PALETTE["rule"])
            _solid(tc_pr, cell.fill or "background")
