"""Runs that show Chinese correctly everywhere: `<a:latin>` then `<a:ea>`, and the right `lang`.

python-pptx sets only `<a:latin>`; without `<a:ea>` PowerPoint on macOS, WPS, Keynote and LibreOffice pick
their own fallback for CJK glyphs (wrong font or boxes), and without `lang="zh-CN"` they break Chinese lines
as if it were English. Every run and default run property we write goes through `set_fonts`.
"""

from __future__ import annotations

import re

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Centipoints, Pt

from ...deck.style import EA_FONT, LATIN_FONT, PALETTE
from ...typography import has_cjk

#: Characters XML 1.0 cannot hold; python-pptx would write them as `_x0000_` text.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

#: Children of `a:rPr`/`a:defRPr` that must come after `a:latin`/`a:ea` (CT_TextCharacterProperties order).
_AFTER_FONTS = ("a:cs", "a:sym", "a:hlinkClick", "a:hlinkMouseOver", "a:rtl", "a:extLst")
_AFTER_EA = _AFTER_FONTS
_AFTER_LATIN = ("a:ea",) + _AFTER_FONTS

ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}


def clean(text: str) -> str:
    """`text` without the control characters XML cannot hold (a line never carries a break either)."""
    return _BAD_XML.sub("", text.replace("\n", " ").replace("\r", " ")) if text else ""


def lang_of(text: str) -> str:
    return "zh-CN" if has_cjk(text) else "en-US"


def _put_font(rpr, tag: str, successors: tuple[str, ...], typeface: str) -> None:
    el = rpr.find(qn(tag))
    if el is None:
        el = etree.SubElement(rpr, qn(tag))
        for name in successors:
            nxt = rpr.find(qn(name))
            if nxt is not None:
                nxt.addprevious(el)
                break
    el.set("typeface", typeface)


def set_fonts(rpr, text: str, latin: str = LATIN_FONT, ea: str = EA_FONT) -> None:
    """Give run properties (`a:rPr`, `a:defRPr`, `a:endParaRPr`) latin + ea typefaces and a language.

    Never italic: Chinese has no italic and a slanted fallback looks broken.
    """
    _put_font(rpr, "a:latin", _AFTER_LATIN, latin)
    _put_font(rpr, "a:ea", _AFTER_EA, ea)
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
    for r in element.iter(qn("a:r"), qn("a:fld")):
        t = r.find(qn("a:t"))
        text = t.text if t is not None and t.text else ""
        rpr = r.find(qn("a:rPr"))
        if rpr is None:
            rpr = etree.Element(qn("a:rPr"))
            r.insert(0, rpr)
        set_fonts(rpr, text)
    for tag in ("a:defRPr", "a:endParaRPr"):
        for rpr in element.iter(qn(tag)):
            set_fonts(rpr, default_text)


def points(size: float) -> Centipoints:
    """A length PowerPoint stores exactly (1/100 pt): `Pt(14.4)` would be truncated to 14.39 pt."""
    return Centipoints(int(round(size * 100)))


def style_run(run, text: str, size: float, *, bold: bool = False, color: str | None = "ink") -> None:
    run.text = text
    font = run.font
    font.size = points(size)
    font.bold = bold
    if color:
        font.color.rgb = RGBColor.from_string(PALETTE.get(color, PALETTE["ink"]))
    set_fonts(run._r.get_or_add_rPr(), text)


def fill_frame(frame, lines: tuple[str, ...] | list[str], size: float, *, bold: bool = False,
               color: str | None = "ink", align: str = "left", line_height: float = 1.2,
               inset: float = 0.0, anchor=MSO_ANCHOR.TOP, wrap: bool = True) -> None:
    """Write already-wrapped lines into a text frame, one paragraph per line: our measured breaks come first.

    Line pitch is exact (`spcPts` = size × line_height) rather than a percentage, so PowerPoint, LibreOffice
    and the Qt renderer, whose CJK fonts have different ascents, put every line at the same height.
    The box still wraps (`wrap="square"`) and shrinks its text on overflow (`normAutofit`): where the
    viewer's font is wider than the one we measured with (Arial missing, DejaVu Sans instead), a line
    reflows inside its box and the text shrinks to fit instead of running over the next item or off the
    slide. With the fonts we measured with, nothing reflows and nothing shrinks.
    """
    from pptx.enum.text import MSO_AUTO_SIZE

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
