"""Theme fonts: East Asian typefaces in every theme's major and minor font, so text that names the theme
fonts (`+mj-ea`, `+mn-ea`: master title and body styles, notes, anything a user adds later) shows Chinese
in the intended face instead of each viewer's fallback."""

from __future__ import annotations

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from ...deck.style import EA_FONT, LATIN_FONT

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _q(tag: str) -> str:
    return f"{{{A}}}{tag}"


def fix_theme_xml(blob: bytes, *, latin: str | None = None, ea: str = EA_FONT) -> bytes:
    """The theme with `<a:ea typeface=ea>` and `<a:font script="Hans" typeface=ea>` in major and minor fonts.

    `latin` replaces the Latin typeface too (our own default template); None keeps a corporate template's.
    """
    root = etree.fromstring(blob)
    for font in root.iter(_q("majorFont"), _q("minorFont")):
        lat = font.find(_q("latin"))
        if lat is None:
            lat = etree.Element(_q("latin"))
            font.insert(0, lat)
            lat.set("typeface", latin or LATIN_FONT)
        elif latin:
            lat.set("typeface", latin)
        el = font.find(_q("ea"))
        if el is None:
            el = etree.Element(_q("ea"))
            lat.addnext(el)
        el.set("typeface", ea)
        if font.find(_q("cs")) is None:
            cs = etree.Element(_q("cs"))
            cs.set("typeface", "")
            el.addnext(cs)
        hans = [f for f in font.findall(_q("font")) if f.get("script") == "Hans"]
        if hans:
            hans[0].set("typeface", ea)
        else:
            entry = etree.Element(_q("font"))
            entry.set("script", "Hans")
            entry.set("typeface", ea)
            ext = font.find(_q("extLst"))
            if ext is not None:
                ext.addprevious(entry)
            else:
                font.append(entry)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def theme_parts(prs):
    """Every theme part: the slide masters' and the notes master's (deduplicated, in a stable order)."""
    seen = []
    masters = list(prs.slide_masters)
    sources = [m.part for m in masters]
    try:
        sources.append(prs.part.part_related_by(RT.NOTES_MASTER))
    except KeyError:
        pass
    for part in sources:
        for rel in part.rels.values():
            if rel.reltype == RT.THEME and rel.target_part not in seen:
                seen.append(rel.target_part)
    return seen


def fix_themes(prs, *, latin: str | None = None) -> None:
    """Fix every theme; a loaded theme is a plain part (bytes), a created one an XML part (an element)."""
    from pptx.opc.package import XmlPart
    from pptx.oxml import parse_xml

    for part in theme_parts(prs):
        fixed = fix_theme_xml(part.blob, latin=latin)
        if isinstance(part, XmlPart):
            part._element = parse_xml(fixed)
        else:
            part._blob = fixed
