"""The presentation package: template, slide size, notes master, schema order, core properties, and
byte-identical output.

What PowerPoint's repair prompt and Keynote's refusals come from, and how each is avoided here:
- notes without a notes master listed in `p:notesMasterIdLst` → we list it;
- a slide size that keeps `type="screen4x3"` after resizing → the type is removed (a custom size);
- `p:presentation` children out of schema order → reordered;
- a template's slides deleted without dropping their relationships → `sldId` and relationship both go,
  with any custom shows and sections that named them.
Saving twice gives the same bytes: core-property dates are pinned and every zip (the deck and the charts'
embedded workbooks) is rewritten in a stable order with a fixed entry time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn

from ...atomic import OutputError
from ...bounds import check_zip, read_zip_member

#: The date every deck claims (created, modified): a constant, so the same input gives the same bytes.
PINNED = dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "briefing-app"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

#: CT_Presentation child order (ECMA-376 Part 1, 19.2.1.26).
PRESENTATION_ORDER = ("sldMasterIdLst", "notesMasterIdLst", "handoutMasterIdLst", "sldIdLst", "sldSz",
                      "notesSz", "smartTags", "embeddedFontLst", "custShowLst", "photoAlbum", "custDataLst",
                      "kinsoku", "defaultTextStyle", "modifyVerifier", "extLst")
SECTIONS_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
PRESENTATION_CT = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"


# -- templates --------------------------------------------------------------------------------------------

def check_template(path: Path) -> Path:
    """Refuse, with one line, a template that is missing, not a .pptx, macro-enabled, not a presentation, or
    over the size limits of `bounds` (checked from the zip's directory before anything is decompressed)."""
    path = Path(path)
    if not path.exists():
        raise OutputError(f"{path}: template not found")
    if path.is_dir():
        raise OutputError(f"{path}: the template is a folder; give a .pptx file")
    if path.suffix.lower() == ".pptm":
        raise OutputError(f"{path}: macro-enabled templates (.pptm) are not accepted; save it as .pptx")
    if path.suffix.lower() != ".pptx":
        raise OutputError(f"{path}: the template must be a PowerPoint .pptx file")
    check_zip(path, "template")
    try:
        with zipfile.ZipFile(path) as z:
            types = read_zip_member(z, "[Content_Types].xml", "template").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise OutputError(f"{path}: the template is damaged or not a PowerPoint file") from None
    if "macroEnabled" in types:
        raise OutputError(f"{path}: the template is macro-enabled; save it as a plain .pptx")
    if PRESENTATION_CT not in types:
        raise OutputError(f"{path}: the template is not a PowerPoint presentation")
    return path


def open_template(path: Path | None):
    """python-pptx's default template, or a checked corporate template without its own slides."""
    if path is None:
        return Presentation()
    path = check_template(path)
    try:
        prs = Presentation(str(path))
    except zipfile.BadZipFile as exc:  # e.g. a part holding more than its directory declares (bad CRC)
        raise OutputError(f"{path}: the template is damaged ({exc})") from None
    except Exception as exc:  # python-pptx raises KeyError/ValueError/XMLSyntaxError on damaged parts
        raise OutputError(f"{path}: the template cannot be read ({type(exc).__name__})") from None
    if not len(prs.slide_layouts):
        raise OutputError(f"{path}: the template has no slide layouts")
    remove_slides(prs)
    return prs


def remove_slides(prs) -> None:
    """Delete every slide: its `sldId`, its relationship, and custom shows or sections that name it."""
    pres = prs.part._element
    id_list = pres.find(qn("p:sldIdLst"))
    if id_list is None:
        return
    for sld_id in list(id_list):
        r_id = sld_id.get(qn("r:id"))
        id_list.remove(sld_id)
        if r_id in prs.part.rels:
            prs.part.drop_rel(r_id)
    for show in pres.findall(qn("p:custShowLst")):
        pres.remove(show)
    ext_list = pres.find(qn("p:extLst"))
    if ext_list is not None:
        for ext in list(ext_list):
            if ext.get("uri") == SECTIONS_EXT:
                ext_list.remove(ext)
        if not len(ext_list):
            pres.remove(ext_list)


def aspect_of(prs) -> str | None:
    """'16:9' or '4:3' when the presentation's slide size has that ratio, else None."""
    w, h = prs.slide_width, prs.slide_height
    if not w or not h:
        return None
    ratio = w / h
    for name, value in (("16:9", 16 / 9), ("4:3", 4 / 3)):
        if abs(ratio - value) < 0.01:
            return name
    return None


# -- presentation.xml -------------------------------------------------------------------------------------

def set_slide_size(prs, width_emu: int, height_emu: int) -> None:
    """Resize the slides, and stretch the masters' and layouts' shapes with them (PowerPoint does this
    when you change the size; python-pptx does not, so a 4:3 master would leave its placeholders in the
    left three quarters of a 16:9 slide)."""
    old_w, old_h = prs.slide_width or width_emu, prs.slide_height or height_emu
    fx, fy = width_emu / old_w, height_emu / old_h
    if (fx, fy) != (1, 1):
        for master in prs.slide_masters:
            for part in [master.part] + [layout.part for layout in master.slide_layouts]:
                _stretch(part._element, fx, fy)
    prs.slide_width, prs.slide_height = width_emu, height_emu
    size = prs.part._element.find(qn("p:sldSz"))
    if "type" in size.attrib:
        del size.attrib["type"]  # a named type such as screen4x3 contradicts a 16:9 size (Keynote rejects it)


def _stretch(root, fx: float, fy: float) -> None:
    for xfrm in root.iter(qn("a:xfrm")):
        off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
        if off is not None:
            off.set("x", str(int(round(int(off.get("x")) * fx))))
            off.set("y", str(int(round(int(off.get("y")) * fy))))
        if ext is not None:
            ext.set("cx", str(int(round(int(ext.get("cx")) * fx))))
            ext.set("cy", str(int(round(int(ext.get("cy")) * fy))))


def drop_thumbnail(prs) -> None:
    """Drop the template's preview image: it shows python-pptx's blank 4:3 page (or a corporate template's
    old first slide) in Finder and Explorer, not this deck. Viewers make their own when it is missing."""
    pkg = prs.part.package
    for r_id, rel in list(pkg._rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):
            pkg.drop_rel(r_id)


#: A template's own XML: entities are never expanded (python-pptx parses its parts the same way).
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True)


def set_app_properties(prs, *, slides: int, aspect: str | None) -> None:
    """Keep docProps/app.xml truthful: slide and notes counts, and the format (python-pptx's template
    says "On-screen Show (4:3)" with 0 slides, whatever is written)."""
    part = next((p for p in prs.part.package.iter_parts() if p.partname == "/docProps/app.xml"), None)
    if part is None:
        return
    try:
        root = etree.fromstring(part.blob, _SAFE_XML)
    except etree.XMLSyntaxError as exc:  # a template's own part: the exporter names the template
        raise ValueError(f"docProps/app.xml: {exc}") from None
    ns = root.nsmap.get(None)
    fmt = {"16:9": "Widescreen", "4:3": "On-screen Show (4:3)"}.get(aspect or "", "Custom")
    for name, value in (("Slides", slides), ("Notes", slides), ("PresentationFormat", fmt)):
        el = root.find(f"{{{ns}}}{name}")
        if el is not None:
            el.text = str(value)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def ensure_notes_master(prs) -> None:
    """Create the notes master if needed and list it in `p:notesMasterIdLst`."""
    prs.part.notes_master_part  # created from python-pptx's default when missing
    r_id = next(k for k, rel in prs.part.rels.items() if rel.reltype == RT.NOTES_MASTER)
    pres = prs.part._element
    lst = pres.find(qn("p:notesMasterIdLst"))
    if lst is None:
        lst = etree.SubElement(pres, qn("p:notesMasterIdLst"))
    for child in list(lst):
        lst.remove(child)
    etree.SubElement(lst, qn("p:notesMasterId")).set(qn("r:id"), r_id)


def order_presentation(prs) -> None:
    """Put `p:presentation`'s children in schema order (python-pptx appends what it adds)."""
    pres = prs.part._element
    rank = {name: i for i, name in enumerate(PRESENTATION_ORDER)}
    children = list(pres)
    children.sort(key=lambda el: rank.get(etree.QName(el).localname, len(rank)))
    for el in children:
        pres.append(el)


def set_default_language(prs, language: str) -> None:
    """Text typed later into the deck gets the deck's language (proofing, Chinese line breaking)."""
    pres = prs.part._element
    for rpr in pres.iterfind(f"{qn('p:defaultTextStyle')}/{qn('a:defPPr')}/{qn('a:defRPr')}"):
        rpr.set("lang", language)
        if language == "zh-CN":
            rpr.set("altLang", "en-US")


def set_core_properties(prs, *, title: str, subject: str, language: str) -> None:
    cp = prs.core_properties
    cp.title = title
    cp.subject = subject
    cp.language = language
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 1
    cp.created = PINNED
    cp.modified = PINNED
    cp.last_printed = PINNED


# -- byte-identical zips ----------------------------------------------------------------------------------

_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
_PINNED_W3C = PINNED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()


def pin_dates(core_xml: bytes) -> bytes:
    return _DATES.sub(lambda m: m.group(1) + _PINNED_W3C + m.group(3), core_xml)


def _put(dst: zipfile.ZipFile, name: str, data: bytes) -> None:
    """One entry as every entry of ours is written: fixed time and attributes, pinned document dates, and
    embedded workbooks (the charts' data) rewritten the same way."""
    if name == "docProps/core.xml":
        data = pin_dates(data)
    elif name.lower().endswith((".xlsx", ".xlsm", ".docx", ".pptx")):
        data = rezip(data)
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 0
    dst.writestr(info, data)


def rezip(blob: bytes) -> bytes:
    """The same archive with `[Content_Types].xml` first, the rest in their order, written by `_put`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as src:
        names = src.namelist()
        names.sort(key=lambda n: n != "[Content_Types].xml")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in names:
                _put(dst, name, src.read(name))
    return out.getvalue()


class _EntryWriter:
    """python-pptx's physical package writer (`write(pack_uri, blob)`), putting each entry with `_put`."""

    def __init__(self, dst: zipfile.ZipFile):
        self.dst = dst

    def write(self, pack_uri, blob: bytes) -> None:
        _put(self.dst, pack_uri.membername, blob)


def save_deterministic(prs, path: Path) -> None:
    """Save as python-pptx does (content types first, package relationships, then each part and its
    relationships in package order), each entry written by `_put`: the bytes `rezip(prs.save())` gave,
    without compressing every part twice."""
    from pptx.opc.serialized import PackageWriter

    package_ = prs.part.package
    writer = PackageWriter(path, package_._rels, tuple(package_.iter_parts()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        entries = _EntryWriter(dst)
        writer._write_content_types_stream(entries)
        writer._write_pkg_rels(entries)
        writer._write_parts(entries)


# -- memory: finished slides kept as bytes ----------------------------------------------------------------

#: python-pptx's cached proxies on slide, notes and chart parts (lazyproperty values in the instance dict):
#: each holds an element of an XML tree, which keeps the whole tree alive.
_CACHED_PROXIES = ("slide", "notes_slide", "notes_master", "chart", "chart_workbook", "slide_layout")
_SERIALIZED_TYPES: dict[type, type] = {}


def _serialized_type(cls: type) -> type:
    if cls not in _SERIALIZED_TYPES:
        _SERIALIZED_TYPES[cls] = type(f"Serialized{cls.__name__}", (cls,), {
            "__doc__": f"A finished {cls.__name__} whose XML is already serialized (see `serialize_slide`).",
            "blob": property(lambda self: self._serialized)})
    return _SERIALIZED_TYPES[cls]


def _serialize_part(part) -> None:
    from pptx.opc.package import XmlPart

    if not isinstance(part, XmlPart) or type(part) in _SERIALIZED_TYPES.values():
        return
    part._serialized = part.blob  # the bytes python-pptx's save would write: nothing changes this part later
    part.__class__ = _serialized_type(type(part))
    for name in _CACHED_PROXIES:
        part.__dict__.pop(name, None)
    part._element = None


def serialize_slide(slide_part) -> None:
    """Serialize a drawn slide, its notes slide and its charts now and let their lxml trees go.

    python-pptx keeps every part's tree until `save` serializes it: ~300 KB a slide, 400 MB for a
    1,300-slide deck. A drawn slide is never changed again, so its parts keep their bytes instead (the
    same bytes `save` would have made) and `save` writes those. Relationships, part names and the
    package's order are untouched.
    """
    for rel in list(slide_part.rels.values()):
        if not rel.is_external and rel.reltype in (RT.NOTES_SLIDE, RT.CHART):
            _serialize_part(rel.target_part)
    _serialize_part(slide_part)


@contextlib.contextmanager
def counted_partnames(prs):
    """While slides are drawn, hand python-pptx the next part name without walking the whole package.

    python-pptx's `OpcPackage.next_partname` collects the name of every part (`iter_parts`, a walk of all
    relationships) each time a notes slide, chart or embedded workbook is added, so writing n slides costs
    O(n²). Here each name template's taken names are collected once, on its first use, and every name handed
    out is added to them; the choice is python-pptx's own rule (the highest free n ≤ taken + 1), so the names,
    and the bytes saved, are the same. Only this package instance is patched, and only inside the block: no
    part matching a template may be added or dropped by other means meanwhile (drawing adds slides, which are
    named by python-pptx from the slide list, and notes, charts and workbooks, which ask for a name here).
    """
    package_ = prs.part.package
    taken: dict[str, set[str]] = {}

    def next_partname(tmpl: str) -> PackURI:
        if tmpl not in taken:
            prefix = tmpl[: (tmpl % 42).find("42")]
            taken[tmpl] = {p.partname for p in package_.iter_parts() if p.partname.startswith(prefix)}
        names = taken[tmpl]
        for n in range(len(names) + 1, 0, -1):
            if tmpl % n not in names:
                names.add(tmpl % n)
                return PackURI(tmpl % n)
        raise AssertionError("no free part name")  # unreachable: len + 1 names cannot all be taken

    package_.next_partname = next_partname
    try:
        yield
    finally:
        del package_.next_partname
