"""Runs that show Chinese correctly everywhere: `<a:latin>` then `<a:ea>`, and the right `lang`.

python-pptx sets only `<a:latin>`; without `<a:ea>` PowerPoint on macOS, WPS, Keynote and LibreOffice pick
their own fallback for CJK glyphs (wrong font or boxes), and without `lang="zh-CN"` they break Chinese lines
as if it were English. Every run and default run property we write goes through `set_fonts`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree
from lxml.etree import SubElement
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.simpletypes import ST_Coordinate32, ST_TextFontSize, ST_TextSpacingPoint
from pptx.util import Centipoints, Emu, Pt

from ...deck.style import EA_FONT, LATIN_FONT, PALETTE
from ...typography import has_cjk

#: Characters XML 1.0 cannot hold; python-pptx would write them as `_x0000_` text.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

#: Children of `a:rPr`/`a:defRPr` that must come after `a:latin`/`a:ea` (CT_TextCharacterProperties order),
#: as Clark names computed once (this runs for every run of every chart).
_AFTER_FONTS = tuple(qn(tag) for tag in ("a:cs", "a:sym", "a:hlinkClick", "a:hlinkMouseOver", "a:rtl", "a:extLst"))
_AFTER_EA = _AFTER_FONTS
_AFTER_LATIN = (qn("a:ea"),) + _AFTER_FONTS
_Q_LATIN, _Q_EA, _Q_R, _Q_FLD, _Q_T, _Q_R_PR, _Q_DEF_R_PR, _Q_END_PARA_R_PR = (
    qn(tag) for tag in ("a:latin", "a:ea", "a:r", "a:fld", "a:t", "a:rPr", "a:defRPr", "a:endParaRPr"))

ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}


def clean(text: str) -> str:
    """`text` without the control characters XML cannot hold (a line never carries a break either)."""
    return _BAD_XML.sub("", text.replace("\n", " ").replace("\r", " ")) if text else ""


def lang_of(text: str) -> str:
    return "zh-CN" if has_cjk(text) else "en-US"


def _put_font(rpr, tag: str, successors: tuple[str, ...], typeface: str) -> None:
    el = rpr.find(tag)
    if el is None:
        el = etree.SubElement(rpr, tag)
        for name in successors:
            nxt = rpr.find(name)
            if nxt is not None:
                nxt.addprevious(el)
                break
    el.set("typeface", typeface)


def set_fonts(rpr, text: str, latin: str = LATIN_FONT, ea: str = EA_FONT) -> None:
    """Give run properties (`a:rPr`, `a:defRPr`, `a:endParaRPr`) latin + ea typefaces and a language.

    Never italic: Chinese has no italic and a slanted fallback looks broken.
    """
    _put_font(rpr, _Q_LATIN, _AFTER_LATIN, latin)
    _put_font(rpr, _Q_EA, _AFTER_EA, ea)
    lang = lang_of(text)
    rpr.set("lang", lang)
    if lang == "zh-CN":
        rpr.set("altLang", "en-US")
    elif "altLang" in rpr.attrib:
        del rpr.attrib["altLang"]
    if "i" in rpr.attrib:
        del rpr.attrib["i"]


def fix_runs(element, default_text: str = "") -> None:
    """Apply `set_fonts` to every run (by its own text) and default run property under `element`."""
    for r in element.iter(_Q_R, _Q_FLD):
        t = r.find(_Q_T)
        text = t.text if t is not None and t.text else ""
        rpr = r.find(_Q_R_PR)
        if rpr is None:
            rpr = etree.Element(_Q_R_PR)
            r.insert(0, rpr)
        set_fonts(rpr, text)
    for tag in (_Q_DEF_R_PR, _Q_END_PARA_R_PR):
        for rpr in element.iter(tag):
            set_fonts(rpr, default_text)


def points(size: float) -> Centipoints:
    """A length PowerPoint stores exactly (1/100 pt): `Pt(14.4)` would be truncated to 14.39 pt."""
    return Centipoints(int(round(size * 100)))


# -- text frames, written with lxml ------------------------------------------------------------------------
#
# python-pptx's text API (`run.font.size = …`, `paragraph.line_spacing = …`) finds each child's place in
# the schema with XPath and builds every tag name with `qn` per call: most of an export's time went there.
# A frame we write is always new, so its XML is known in full; it is built here child by child, in schema
# order, with tag names computed once. The result is the XML those python-pptx calls wrote, byte for byte
# (tests/export/test_text_xml.py compares the two on generated texts); attribute values still go through
# python-pptx's own simple types, so their formatting and range checks are unchanged.

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_BODY_PR, _LST_STYLE, _P, _P_PR, _LN_SPC, _SPC_BEF, _SPC_AFT, _SPC_PTS, _R, _R_PR, _T, _END_PARA_R_PR, \
    _SOLID_FILL, _SRGB_CLR, _LATIN, _EA, _NORM_AUTOFIT, _NO_AUTOFIT = (
        f"{{{A}}}{tag}" for tag in (
            "bodyPr", "lstStyle", "p", "pPr", "lnSpc", "spcBef", "spcAft", "spcPts", "r", "rPr", "t",
            "endParaRPr", "solidFill", "srgbClr", "latin", "ea", "normAutofit", "noAutofit"))

#: python-pptx's defaults for the frame insets: a margin equal to its default is written as no attribute.
_INSETS = (("lIns", 91440), ("rIns", 91440), ("tIns", 45720), ("bIns", 45720))


@lru_cache(maxsize=None)
def _font_size(size: float) -> str:
    return ST_TextFontSize.to_xml(Emu(points(size)).centipoints)


@lru_cache(maxsize=None)
def _spacing(size: float) -> str:
    return ST_TextSpacingPoint.to_xml(points(size))


_ZERO_SPACING = ST_TextSpacingPoint.to_xml(Pt(0))


@lru_cache(maxsize=None)
def _color(role: str) -> str:
    return str(RGBColor.from_string(PALETTE.get(role, PALETTE["ink"])))


def _lang_attrs(text: str) -> tuple[tuple[str, str], ...]:
    return (("lang", "zh-CN"), ("altLang", "en-US")) if lang_of(text) == "zh-CN" else (("lang", "en-US"),)


def _fonts(rpr) -> None:
    SubElement(rpr, _LATIN).set("typeface", LATIN_FONT)
    SubElement(rpr, _EA).set("typeface", EA_FONT)


def fill_txbody(tx_body, lines: tuple[str, ...] | list[str], size: float, *, bold: bool = False,
                color: str | None = "ink", align: str = "left", line_height: float = 1.2,
                inset: float = 0.0, anchor=MSO_ANCHOR.TOP, wrap: bool = True) -> None:
    """Write already-wrapped lines into a text body (`p:txBody`/`a:txBody`), one paragraph per line: our
    measured breaks come first. What the body held before is replaced (ours are always new).

    Line pitch is exact (`spcPts` = size × line_height) rather than a percentage, so PowerPoint, LibreOffice
    and the Qt renderer, whose CJK fonts have different ascents, put every line at the same height.
    The box still wraps (`wrap="square"`) and shrinks its text on overflow (`normAutofit`): where the
    viewer's font is wider than the one we measured with (Arial missing, DejaVu Sans instead), a line
    reflows inside its box and the text shrinks to fit instead of running over the next item or off the
    slide. With the fonts we measured with, nothing reflows and nothing shrinks.
    """
    for child in list(tx_body):
        tx_body.remove(child)
    body_pr = SubElement(tx_body, _BODY_PR)
    body_pr.set("wrap", "square" if wrap else "none")
    if anchor is not None:
        body_pr.set("anchor", MSO_ANCHOR.to_xml(anchor))
    margin = Pt(inset)
    for name, default in _INSETS:
        if margin != default:
            body_pr.set(name, ST_Coordinate32.to_xml(margin))
    SubElement(body_pr, _NORM_AUTOFIT if wrap else _NO_AUTOFIT)
    SubElement(tx_body, _LST_STYLE)
    algn = PP_ALIGN.to_xml(ALIGN.get(align, PP_ALIGN.LEFT))
    pitch = _spacing(size * line_height)
    end_sz = str(int(round(size * 100)))
    b = "1" if bold else "0"
    fill = _color(color) if color else None
    for line in [clean(line) for line in lines] or [""]:
        p = SubElement(tx_body, _P)
        p_pr = SubElement(p, _P_PR)
        p_pr.set("algn", algn)
        SubElement(SubElement(p_pr, _LN_SPC), _SPC_PTS).set("val", pitch)
        SubElement(SubElement(p_pr, _SPC_BEF), _SPC_PTS).set("val", _ZERO_SPACING)
        SubElement(SubElement(p_pr, _SPC_AFT), _SPC_PTS).set("val", _ZERO_SPACING)
        langs = _lang_attrs(line)
        if line:
            r = SubElement(p, _R)
            r_pr = SubElement(r, _R_PR)
            r_pr.set("sz", _font_size(size))  # validated as python-pptx does: only where a run is written
            r_pr.set("b", b)
            for key, value in langs:
                r_pr.set(key, value)
            if fill:
                SubElement(SubElement(r_pr, _SOLID_FILL), _SRGB_CLR).set("val", fill)
            _fonts(r_pr)
            SubElement(r, _T).text = line
        end = SubElement(p, _END_PARA_R_PR)
        end.set("sz", end_sz)
        for key, value in langs:
            end.set(key, value)
        _fonts(end)


def write_notes_xml(tx_body, notes: str) -> None:
    """Speaker notes into a notes placeholder's text body: its paragraphs replaced by one per line of
    `notes`, each line one run with the Latin and East Asian typefaces and its language."""
    for p in tx_body.findall(_P):
        tx_body.remove(p)
    for line in [clean(line) for line in (notes or "").splitlines()] or [""]:
        p = SubElement(tx_body, _P)
        if line:
            r = SubElement(p, _R)
            r_pr = SubElement(r, _R_PR)
            for key, value in _lang_attrs(line):
                r_pr.set(key, value)
            _fonts(r_pr)
            SubElement(r, _T).text = line
