"""Runs that show Chinese correctly everywhere: `<a:latin>` then `<a:ea>`, and the right `lang`.

python-pptx sets only `<a:latin>`; without `<a:ea>` PowerPoint on macOS, WPS, Keynote and LibreOffice pick
their own fallback for CJK glyphs (wrong font or boxes), and without `lang="zh-CN"` they break Chinese lines
as if it were English. Every run and default run property we write goes through `set_fonts`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import oxml_parser
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


def add_in_order(parent, tag: str, successors: tuple[str, ...]):
    """A new `tag` child of `parent`, placed before the first of `successors` present (the schema's order)."""
    el = etree.SubElement(parent, tag)
    for name in successors:
        nxt = parent.find(name)
        if nxt is not None:
            nxt.addprevious(el)
            break
    return el


def _put_font(rpr, tag: str, successors: tuple[str, ...], typeface: str) -> None:
    el = rpr.find(tag)
    if el is None:
        el = add_in_order(rpr, tag, successors)
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


# -- text frames, written as markup ------------------------------------------------------------------------
#
# python-pptx's text API (`run.font.size = …`, `paragraph.line_spacing = …`) finds each child's place in
# the schema with XPath and builds every tag name with `qn` per call: most of an export's time went there.
# A frame we write is always new, so its XML is known in full: it is written here as markup in schema order
# (text escaped) and parsed once with python-pptx's parser. The result is the XML those python-pptx calls
# wrote, byte for byte (tests/export/test_text_xml.py compares the two on generated texts); attribute values
# still go through python-pptx's own simple types, so their formatting and range checks are unchanged.

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = f"{{{A}}}p"

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


_LANG_ZH, _LANG_EN = ' lang="zh-CN" altLang="en-US"', ' lang="en-US"'
_FONTS_XML = f"<a:latin typeface={quoteattr(LATIN_FONT)}/><a:ea typeface={quoteattr(EA_FONT)}/>"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECLS = f'xmlns:a="{A}" xmlns:p="{P}"'


def txbody_xml(lines: tuple[str, ...] | list[str], size: float, *, bold: bool = False,
               color: str | None = "ink", align: str = "left", line_height: float = 1.2,
               inset: float = 0.0, anchor=MSO_ANCHOR.TOP, wrap: bool = True) -> str:
    """The children of a text body (`bodyPr`, `lstStyle`, one `a:p` per line) as markup with the `a:` prefix,
    text escaped: parsed once by lxml, which is ~3× quicker than building the elements one call at a time."""
    out = ['<a:bodyPr wrap="square"' if wrap else '<a:bodyPr wrap="none"']
    if anchor is not None:
        out.append(f' anchor="{MSO_ANCHOR.to_xml(anchor)}"')
    margin = Pt(inset)
    for name, default in _INSETS:
        if margin != default:
            out.append(f' {name}="{ST_Coordinate32.to_xml(margin)}"')
    out.append("><a:normAutofit/></a:bodyPr><a:lstStyle/>" if wrap else "><a:noAutofit/></a:bodyPr><a:lstStyle/>")
    p_pr = (f'<a:p><a:pPr algn="{PP_ALIGN.to_xml(ALIGN.get(align, PP_ALIGN.LEFT))}"><a:lnSpc><a:spcPts '
            f'val="{_spacing(size * line_height)}"/></a:lnSpc><a:spcBef><a:spcPts val="{_ZERO_SPACING}"/></a:spcBef>'
            f'<a:spcAft><a:spcPts val="{_ZERO_SPACING}"/></a:spcAft></a:pPr>')
    end_sz = str(int(round(size * 100)))
    fill = f'<a:solidFill><a:srgbClr val="{_color(color)}"/></a:solidFill>' if color else ""
    b = "1" if bold else "0"
    for line in [clean(line) for line in lines] or [""]:
        langs = _LANG_ZH if lang_of(line) == "zh-CN" else _LANG_EN
        out.append(p_pr)
        if line:  # the run's size is validated as python-pptx does: only where a run is written
            out.append(f'<a:r><a:rPr sz="{_font_size(size)}" b="{b}"{langs}>{fill}{_FONTS_XML}</a:rPr>'
                       f"<a:t>{escape(line)}</a:t></a:r>")
        out.append(f'<a:endParaRPr sz="{end_sz}"{langs}>{_FONTS_XML}</a:endParaRPr></a:p>')
    return "".join(out)


def fill_txbody(tx_body, lines: tuple[str, ...] | list[str], size: float, **options) -> None:
    """Write already-wrapped lines into a text body (`p:txBody`/`a:txBody`), one paragraph per line: our
    measured breaks come first. What the body held before is replaced (ours are always new).

    Line pitch is exact (`spcPts` = size × line_height) rather than a percentage, so PowerPoint, LibreOffice
    and the Qt renderer, whose CJK fonts have different ascents, put every line at the same height.
    The box still wraps (`wrap="square"`) and shrinks its text on overflow (`normAutofit`): where the
    viewer's font is wider than the one we measured with (Arial missing, DejaVu Sans instead), a line
    reflows inside its box and the text shrinks to fit instead of running over the next item or off the
    slide. With the fonts we measured with, nothing reflows and nothing shrinks.
    """
    parsed = parse_fragment(f"<a:txBody {NSDECLS}>{txbody_xml(lines, size, **options)}</a:txBody>")
    for child in list(tx_body):
        tx_body.remove(child)
    tx_body.extend(list(parsed))


def parse_fragment(xml: str):
    """Markup of ours parsed as python-pptx parses (its element classes); moved into a slide, its namespace
    declarations, the slide's own, are dropped by lxml as python-pptx's templates' are."""
    return etree.fromstring(xml, oxml_parser)


def write_notes_xml(tx_body, notes: str) -> None:
    """Speaker notes into a notes placeholder's text body: its paragraphs replaced by one per line of
    `notes`, each line one run with the Latin and East Asian typefaces and its language."""
    out = []
    for line in [clean(line) for line in (notes or "").splitlines()] or [""]:
        if line:
            langs = _LANG_ZH if lang_of(line) == "zh-CN" else _LANG_EN
            out.append(f"<a:p><a:r><a:rPr{langs}>{_FONTS_XML}</a:rPr><a:t>{escape(line)}</a:t></a:r></a:p>")
        else:
            out.append("<a:p/>")
    parsed = parse_fragment(f"<a:txBody {NSDECLS}>{''.join(out)}</a:txBody>")
    for p in tx_body.findall(_P):
        tx_body.remove(p)
    tx_body.extend(list(parsed))
