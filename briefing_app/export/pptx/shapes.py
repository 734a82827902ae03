"""Boxes, lines, dots, text boxes and tables, each at exactly the position the slide model gives.

Shape names carry `fig:<id>` for every figure an element shows, so a test (or a person in the selection
pane) can find the figure's text in the file.
"""

from __future__ import annotations

from lxml import etree
from lxml.etree import SubElement
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from ...deck.slides import Dot, Line, Rect, Table, TextBox
from ...deck.style import PALETTE
from .text import A, fill_txbody


class Scale:
    """Points of the slide model → EMU on the written slide (a template's size may differ by a factor)."""

    def __init__(self, factor: float = 1.0):
        self.factor = factor

    def __call__(self, points: float) -> Emu:
        return Emu(int(round(points * self.factor * 12700)))

    def size(self, points: float) -> float:
        """A font size, rounded to the 1/100 pt PowerPoint stores."""
        return round(points * self.factor, 2)


def rgb(role: str) -> RGBColor:
    return RGBColor.from_string(PALETTE.get(role, role if len(role) == 6 else PALETTE["ink"]))


def shape_name(kind: str, index: int, figure_id: str | None) -> str:
    return f"{kind} {index}" + (f" fig:{figure_id}" if figure_id else "")


def _line_format(line, role: str | None, width: float, dashed: bool) -> None:
    if role is None:
        line.fill.background()
        return
    line.color.rgb = rgb(role)
    line.width = Pt(width)
    if dashed:
        line.dash_style = MSO_LINE_DASH_STYLE.DASH


def _fill(shape, role: str | None) -> None:
    if role is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = rgb(role)


def _no_text_style(shape) -> None:
    """Autoshapes reference the theme's font and shadow styles (`p:style`); ours are flat, so drop it."""
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)


def draw_rect(shapes, item: Rect, sc: Scale, index: int):
    b = item.box
    kind = MSO_SHAPE.ROUNDED_RECTANGLE if item.radius > 0 else MSO_SHAPE.RECTANGLE
    shape = shapes.add_shape(kind, sc(b.x), sc(b.y), sc(b.w), sc(b.h))
    _no_text_style(shape)
    if item.radius > 0 and min(b.w, b.h) > 0:
        shape.adjustments[0] = min(0.5, item.radius / min(b.w, b.h))
    _fill(shape, item.fill)
    _line_format(shape.line, item.line or ("target" if item.dashed else None), sc.size(1.25), item.dashed)
    shape.name = shape_name("Rect", index, item.figure_id)
    return shape


def draw_dot(shapes, item: Dot, sc: Scale, index: int):
    shape = shapes.add_shape(MSO_SHAPE.OVAL, sc(item.cx - item.r), sc(item.cy - item.r), sc(2 * item.r),
                             sc(2 * item.r))
    _no_text_style(shape)
    _fill(shape, item.fill)
    _line_format(shape.line, item.line, sc.size(1.0), False)
    shape.name = shape_name("Dot", index, item.figure_id)
    return shape


def draw_line(shapes, item: Line, sc: Scale, index: int):
    shape = shapes.add_connector(MSO_CONNECTOR.STRAIGHT, sc(item.x1), sc(item.y1), sc(item.x2), sc(item.y2))
    _no_text_style(shape)
    _line_format(shape.line, item.color, sc.size(item.width), item.dashed)
    shape.name = f"Line {index}"
    return shape


P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_P_SP, _P_NV_SP_PR, _P_C_NV_PR, _P_C_NV_SP_PR, _P_NV_PR, _P_SP_PR, _P_TX_BODY, _P_EXT_LST = (
    f"{{{P}}}{tag}" for tag in ("sp", "nvSpPr", "cNvPr", "cNvSpPr", "nvPr", "spPr", "txBody", "extLst"))
_A_XFRM, _A_OFF, _A_EXT, _A_PRST_GEOM, _A_AV_LST, _A_NO_FILL = (
    f"{{{A}}}{tag}" for tag in ("xfrm", "off", "ext", "prstGeom", "avLst", "noFill"))


def fill_text(tx_body, item: TextBox, sc: Scale) -> None:
    fill_txbody(tx_body, item.lines, sc.size(item.size), bold=item.bold, color=item.color, align=item.align,
                line_height=item.line_height)


def place_text(shape, item: TextBox, sc: Scale) -> None:
    """Move `shape` (the title placeholder) onto the item's box and write its lines."""
    b = item.box
    shape.left, shape.top, shape.width, shape.height = sc(b.x), sc(b.y), sc(b.w), sc(b.h)
    fill_text(shape._element.get_or_add_txBody(), item, sc)


def draw_text(shapes, item: TextBox, sc: Scale, index: int, name: str | None = None):
    """A text box (`p:sp` with `txBox="1"`) for `item`, returned as its element.

    The element is python-pptx's `add_textbox` shape with our frame in it, built with lxml in one pass;
    its id is the slide's next shape id, taken from the same counter python-pptx uses (`_next_shape_id`).
    """
    b = item.box
    tree = shapes._spTree
    sp = SubElement(tree, _P_SP)
    ext_lst = tree.find(_P_EXT_LST)
    if ext_lst is not None:
        ext_lst.addprevious(sp)
    nv = SubElement(sp, _P_NV_SP_PR)
    c_nv_pr = SubElement(nv, _P_C_NV_PR)
    c_nv_pr.set("id", str(shapes._next_shape_id))
    c_nv_pr.set("name", name or shape_name("Text", index, item.figure_id))
    SubElement(nv, _P_C_NV_SP_PR).set("txBox", "1")
    SubElement(nv, _P_NV_PR)
    sp_pr = SubElement(sp, _P_SP_PR)
    xfrm = SubElement(sp_pr, _A_XFRM)
    off = SubElement(xfrm, _A_OFF)
    off.set("x", str(sc(b.x)))
    off.set("y", str(sc(b.y)))
    ext = SubElement(xfrm, _A_EXT)
    ext.set("cx", str(sc(b.w)))
    ext.set("cy", str(sc(b.h)))
    SubElement(SubElement(sp_pr, _A_PRST_GEOM, prst="rect"), _A_AV_LST)
    SubElement(sp_pr, _A_NO_FILL)
    fill_text(SubElement(sp, _P_TX_BODY), item, sc)
    return sp


# -- tables ---------------------------------------------------------------------------------------------

_TC_ORDER = ("a:lnL", "a:lnR", "a:lnT", "a:lnB", "a:lnTlToBr", "a:lnBlToTr", "a:cell3D", "a:noFill",
             "a:solidFill", "a:gradFill", "a:blipFill", "a:pattFill", "a:grpFill", "a:headers", "a:extLst")


def _border(tcPr, tag: str, role: str, width_emu: int) -> None:
    """Add a solid border, keeping CT_TableCellProperties order (borders before the fill)."""
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


def draw_table(shapes, item: Table, sc: Scale, index: int):
    """A native table: header row, header column, `cell` text in every body cell, thin rule borders."""
    b = item.box
    n_rows, n_cols = len(item.rows) + 1, len(item.columns) + 1
    frame = shapes.add_table(n_rows, n_cols, sc(b.x), sc(b.y), sc(b.w), sc(b.h))
    frame.name = f"Table {index}"
    table = frame.table
    table.first_row = True
    table.horz_banding = False
    tbl_pr = table._tbl.tblPr
    style_id = tbl_pr.find(qn("a:tableStyleId"))
    if style_id is not None:
        style_id.text = "{5940675A-B579-460E-94D1-54222C63F5DA}"  # "No Style, Table Grid": we draw our own
    for i, w in enumerate(item.col_widths[:n_cols]):
        table.columns[i].width = sc(w)
    for i, h in enumerate(item.row_heights[:n_rows]):
        table.rows[i].height = sc(h)
    for r in range(n_rows):
        for c in range(n_cols):
            header = r == 0 or c == 0
            if r == 0 and c == 0:
                lines: tuple[str, ...] = (item.corner,) if item.corner else ()
            elif r == 0:
                lines = item.columns[c - 1]
            elif c == 0:
                lines = item.rows[r - 1]
            else:
                lines = (item.cell,)
            cell = table.cell(r, c)
            size = sc.size(item.header_size if header else item.size)
            fill_txbody(cell._tc.get_or_add_txBody(), lines, size, bold=header,
                        color="ink" if header else item.cell_color, align="left" if c == 0 else "center",
                        line_height=1.2, wrap=True)
            cell.margin_left = cell.margin_right = sc(4)
            cell.margin_top = cell.margin_bottom = sc(2)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            cell.fill.solid()
            cell.fill.fore_color.rgb = rgb("panel" if header else "background")
            tcPr = cell._tc.get_or_add_tcPr()
            for tag in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
                _border(tcPr, tag, "rule", int(sc(0.75)))
    return frame
