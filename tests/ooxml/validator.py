"""An independent check that a .pptx is valid Office Open XML, as strict readers (PowerPoint, WPS) expect.

`package_problems(data)` returns one line per problem, `part: message`, and [] for a valid package:

- every XML part (and every part of an embedded workbook) against the ECMA-376 Transitional schemas
  (tests/ooxml/schemas, compiled once per process), after Markup Compatibility processing and the
  allowances of allowances.py;
- what schemas cannot say: every part has a content type, and the one its root element is for; every
  internal relationship target exists; every relationship id used in a part's XML is one of its
  relationships; shape ids are unique in each slide, layout, master and notes page; slide ids are unique;
  a chart's series use existing axes and its axes cross existing axes; cached points and labelled points
  lie within their series; every table row fills its grid exactly (gridSpan and merges included).

It shares no code with the writer (briefing_app/export) and no code with the reference checker in
../shared/ooxml: it was written from the standard (ECMA-376 Parts 1–3).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from functools import cache
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from . import allowances

SCHEMAS = Path(__file__).parent / "schemas"

#: Namespace → schema file: the schemas every part of a deck (and of a chart's embedded workbook) needs.
ROOT_SCHEMAS = {
    "http://www.w3.org/XML/1998/namespace": "w3c/xml.xsd",
    "http://schemas.openxmlformats.org/package/2006/content-types": "opc/opc-contentTypes.xsd",
    "http://schemas.openxmlformats.org/package/2006/relationships": "opc/opc-relationships.xsd",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "opc/opc-coreProperties.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
        "ecma-376-transitional/shared-documentPropertiesExtended.xsd",
    "http://schemas.openxmlformats.org/presentationml/2006/main": "ecma-376-transitional/pml.xsd",
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "ecma-376-transitional/sml.xsd",
}
#: Imports the schemas name by their published address, served from the local copies (no network).
REMOTE = {
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dc.xsd": "dublin-core/dc.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcterms.xsd": "dublin-core/dcterms.xsd",
    "http://dublincore.org/schemas/xmls/qdc/2003/04/02/dcmitype.xsd": "dublin-core/dcmitype.xsd",
    "http://www.w3.org/2001/03/xml.xsd": "w3c/xml.xsd",
    "http://www.w3.org/2001/xml.xsd": "w3c/xml.xsd",
}

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
}
R_NS = NS["r"]
MC = f"{{{NS['mc']}}}"

#: Content type → the root element a part of that type must have (the types a deck and its workbook use).
_PML = "application/vnd.openxmlformats-officedocument.presentationml."
_SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
_OFD = "application/vnd.openxmlformats-officedocument."
ROOT_OF = {
    _PML + "presentation.main+xml": "p:presentation", _PML + "slide+xml": "p:sld",
    _PML + "slideLayout+xml": "p:sldLayout", _PML + "slideMaster+xml": "p:sldMaster",
    _PML + "notesSlide+xml": "p:notes", _PML + "notesMaster+xml": "p:notesMaster",
    _PML + "presProps+xml": "p:presentationPr", _PML + "viewProps+xml": "p:viewPr",
    _PML + "tableStyles+xml": "a:tblStyleLst", _OFD + "theme+xml": "a:theme",
    _OFD + "drawingml.chart+xml": "c:chartSpace",
    "application/vnd.openxmlformats-package.relationships+xml": "rel:Relationships",
    "application/vnd.openxmlformats-package.core-properties+xml":
        "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}coreProperties",
    _OFD + "extended-properties+xml":
        "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Properties",
    _SML + "sheet.main+xml": "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}workbook",
    _SML + "worksheet+xml": "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}worksheet",
    _SML + "styles+xml": "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}styleSheet",
    _SML + "sharedStrings+xml": "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sst",
}
#: Relationship type (its last path segment) → the content types its target may have.
TARGET_TYPES = {
    **{kind: {_PML + kind + "+xml"} for kind in ("slide", "slideLayout", "slideMaster", "notesSlide",
                                                 "notesMaster", "presProps", "viewProps", "tableStyles")},
    "theme": {_OFD + "theme+xml"}, "chart": {_OFD + "drawingml.chart+xml"},
    "officeDocument": {_PML + "presentation.main+xml", _SML + "sheet.main+xml"},
    "core-properties": {"application/vnd.openxmlformats-package.core-properties+xml"},
    "extended-properties": {_OFD + "extended-properties+xml"},
    **{kind: {_SML + kind + "+xml"} for kind in ("worksheet", "styles", "sharedStrings")},
    "package": {_SML + "sheet"},
}
#: Parts that are themselves packages (a chart's data), checked the same way.
EMBEDDED_PACKAGES = frozenset({_SML + "sheet", _OFD + "presentationml.presentation",
                               _OFD + "wordprocessingml.document"})


def q(name: str) -> str:
    """`p:sld` → `{namespace}sld` (a Clark name passes unchanged)."""
    if name.startswith("{"):
        return name
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


class _LocalCopies(etree.Resolver):
    def resolve(self, url, public_id, context):
        local = REMOTE.get(url)
        if local is not None:
            return self.resolve_filename(str(SCHEMAS / local), context)
        return None  # a local file: libxml2 reads it


@cache
def schema() -> etree.XMLSchema:
    """One compiled schema holding every namespace of ROOT_SCHEMAS and what they import (~1 s, once)."""
    imports = "".join(f'<xs:import namespace="{ns}" schemaLocation="{(SCHEMAS / path).as_uri()}"/>'
                      for ns, path in ROOT_SCHEMAS.items())
    umbrella = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalCopies())
    return etree.XMLSchema(etree.fromstring(umbrella.encode(), parser, base_url=SCHEMAS.as_uri() + "/"))


@cache
def understood_namespaces() -> frozenset[str]:
    """Every target namespace the compiled schemas know (Markup Compatibility keeps content in these)."""
    found, todo = set(), [SCHEMAS / p for p in set(ROOT_SCHEMAS.values())]
    seen = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        root = etree.parse(str(path)).getroot()
        if root.get("targetNamespace"):
            found.add(root.get("targetNamespace"))
        for imp in root.iter("{http://www.w3.org/2001/XMLSchema}import"):
            loc = imp.get("schemaLocation")
            if loc:
                todo.append(SCHEMAS / REMOTE[loc] if loc in REMOTE else path.parent / loc)
    return frozenset(found)


# -- Markup Compatibility (ECMA-376 Part 3): what a reader that knows only these schemas sees -------------

def _prefixes(element, attribute: str) -> set[str]:
    value = element.get(attribute) or ""
    return {element.nsmap.get(p) for p in value.split()} - {None}


def apply_markup_compatibility(root) -> None:
    """In place: AlternateContent becomes its first understood Choice (else its Fallback), and content in an
    ignorable namespace that the schemas do not know is dropped, as Part 3 tells a consumer to do."""
    if not any(e.tag.startswith(MC) or any(a.startswith(MC) for a in e.attrib) for e in root.iter(tag=etree.Element)):
        return
    known = understood_namespaces()
    for alternate in list(root.iter(MC + "AlternateContent")):
        chosen = next((c for c in alternate.findall(MC + "Choice") if _prefixes(c, "Requires") <= known),
                      alternate.find(MC + "Fallback"))
        parent = alternate.getparent()
        at = parent.index(alternate)
        for child in list(chosen) if chosen is not None else []:
            parent.insert(at, child)
            at += 1
        parent.remove(alternate)
    ignorable = set()
    for element in root.iter():
        ignorable |= _prefixes(element, MC + "Ignorable")
    ignorable -= known
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).namespace in ignorable and element.getparent() is not None:
            element.getparent().remove(element)
            continue
        for name in list(element.attrib):
            if name.startswith(MC) or (name.startswith("{") and name[1:].split("}")[0] in ignorable):
                del element.attrib[name]


# -- the package -------------------------------------------------------------------------------------------

def package_problems(data: bytes, label: str = "") -> list[str]:
    """Every problem of the package `data` (a .pptx, or an embedded .xlsx), as `part: message` lines."""
    out: list[str] = []

    def problem(part: str, message: str) -> None:
        out.append(f"{label}{part}: {message}")

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        return [f"{label}(package): not a zip file ({exc})"]
    names = [n for n in archive.namelist() if not n.endswith("/")]
    for name in {n for n in names if names.count(n) > 1}:
        problem(name, "appears twice in the zip")
    parts = {"/" + n: n for n in names}
    by_lower = {p.lower(): p for p in parts}
    if "/[content_types].xml" not in by_lower:
        return out + [f"{label}[Content_Types].xml: missing"]
    types_xml = _parse(archive.read(by_lower["/[content_types].xml"][1:]), "[Content_Types].xml", problem)
    if types_xml is None:
        return out
    _validate(types_xml, "[Content_Types].xml", problem)
    defaults = {d.get("Extension", "").lower(): d.get("ContentType") for d in types_xml.iter(q("ct:Default"))}
    overrides = {o.get("PartName", "").lower(): o.get("ContentType") for o in types_xml.iter(q("ct:Override"))}
    for partname in overrides:
        if partname not in by_lower:
            problem(partname, "has a content type override but no part")

    trees: dict[str, etree._Element] = {}
    ctypes: dict[str, str] = {}
    for partname, name in parts.items():
        if partname.lower() == "/[content_types].xml":
            continue
        extension = posixpath.basename(partname).rpartition(".")[2].lower()
        ctype = overrides.get(partname.lower()) or defaults.get(extension)
        if ctype is None:
            problem(name, "has no content type")
            continue
        ctypes[partname.lower()] = ctype
        if ctype in EMBEDDED_PACKAGES:
            out += package_problems(archive.read(name), f"{label}{name}!")
            continue
        if not (ctype.endswith("+xml") or ctype in ("application/xml", "text/xml")):
            continue
        root = _parse(archive.read(name), name, problem)
        if root is None:
            continue
        expected = ROOT_OF.get(ctype)
        if expected is not None and root.tag != q(expected):
            problem(name, f"content type {ctype} is for {expected}, but the part holds {root.tag}")
        trees[partname] = root

    rels = _relationships(trees, set(by_lower), ctypes, problem)
    slide_ids: dict[str, str] = {}
    for partname, root in trees.items():
        name = partname[1:]
        _relationship_ids_used(root, rels.get(partname, {}), name, problem)
        if root.find(q("p:cSld")) is not None:
            _unique_shape_ids(root, name, problem)
        if root.tag in (q("p:presentation"), q("p:sldMaster")):
            _unique_slide_ids(root, name, problem, slide_ids)
        if root.tag == q("c:chartSpace"):
            _chart(root, name, problem)
        for table in root.iter(q("a:tbl")):
            _table(table, name, problem)
        apply_markup_compatibility(root)
        allowances.apply(root)
        _validate(root, name, problem)
    return out


def _parse(data: bytes, name: str, problem):
    try:
        return etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False, huge_tree=False))
    except etree.XMLSyntaxError as exc:
        problem(name, f"not well-formed XML ({exc})")
        return None


def _validate(root, name: str, problem) -> None:
    compiled = schema()
    if compiled.validate(root):
        return
    for error in compiled.error_log:
        problem(name, f"{error.path}: {error.message}")


def _relationships(trees, present: set[str], ctypes: dict[str, str], problem) -> dict[str, dict[str, etree._Element]]:
    """Source part → {Id: Relationship}; problems for a rels part without its source, duplicate ids, and
    internal targets that are not in the package or not of the type the relationship is for."""
    found: dict[str, dict[str, etree._Element]] = {}
    for partname, root in trees.items():
        folder, file = posixpath.split(partname)
        if posixpath.basename(folder) != "_rels" or not file.endswith(".rels"):
            continue
        source = posixpath.join(posixpath.dirname(folder), file[: -len(".rels")])
        if source != "/" and source.lower() not in present:
            problem(partname[1:], f"relationships of {source}, which is not in the package")
        by_id: dict[str, etree._Element] = {}
        for rel in root.iter(q("rel:Relationship")):
            rid = rel.get("Id")
            if rid in by_id:
                problem(partname[1:], f"relationship id {rid} is used twice")
            by_id[rid] = rel
            if rel.get("TargetMode") == "External":
                continue
            target = unquote(rel.get("Target", ""))
            base = posixpath.dirname(source) if source != "/" else "/"
            resolved = posixpath.normpath(target if target.startswith("/") else posixpath.join(base, target))
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target_type = ctypes.get(resolved.lower())
            if resolved.lower() not in present:
                problem(partname[1:], f"{rid} ({kind}) targets {resolved}, which is not in the package")
            elif kind in TARGET_TYPES and target_type and target_type not in TARGET_TYPES[kind]:
                problem(partname[1:], f"{rid} ({kind}) targets {resolved}, a part of type {target_type}")
        found[source] = by_id
    return found


def _relationship_ids_used(root, rels: dict, name: str, problem) -> None:
    """Every r:id / r:embed / r:link … of the part names one of its relationships."""
    prefix = f"{{{R_NS}}}"
    for element in root.iter():
        for attribute, value in element.attrib.items():
            if attribute.startswith(prefix) and value and value not in rels:
                problem(name, f"{etree.QName(element).localname}/@r:{attribute[len(prefix):]} = {value} "
                              "is not one of the part's relationships")


def _unique_shape_ids(root, name: str, problem) -> None:
    seen: dict[str, str] = {}
    for c_nv_pr in root.iter(q("p:cNvPr")):
        shape_id, shape = c_nv_pr.get("id"), c_nv_pr.get("name")
        if shape_id in seen:
            problem(name, f"shape id {shape_id} is used by {seen[shape_id]!r} and {shape!r}")
        seen[shape_id] = shape


def _unique_slide_ids(root, name: str, problem, seen: dict[str, str]) -> None:
    """Slide ids unique in the presentation; master and layout ids unique across the package (they share
    one number space, ECMA-376 Part 1 §19.2.1.34)."""
    for tag, space in (("p:sldId", "slide"), ("p:sldMasterId", "master"), ("p:sldLayoutId", "master")):
        for element in root.iter(q(tag)):
            key = f"{space}:{element.get('id')}"
            if key in seen:
                problem(name, f"{tag} {element.get('id')} is also used in {seen[key]}")
            seen[key] = name


def _vals(parent, tag: str) -> list[str]:
    return [e.get("val") for e in parent.findall(q(tag))]


AXES = ("c:catAx", "c:valAx", "c:dateAx", "c:serAx")


def _chart(root, name: str, problem) -> None:
    """Axis ids (each group's axes exist, axes cross existing axes, every axis is used), series index and
    order unique, cached points and labelled or formatted points within their series."""
    plot = root.find(f"{q('c:chart')}/{q('c:plotArea')}")
    if plot is None:
        return
    axes: dict[str, str] = {}
    for axis in (a for tag in AXES for a in plot.findall(q(tag))):
        kind = etree.QName(axis).localname
        for axis_id in _vals(axis, "c:axId"):
            if axis_id in axes:
                problem(name, f"axis id {axis_id} belongs to two axes ({axes[axis_id]}, {kind})")
            axes[axis_id] = kind
    used: set[str] = set()
    for group in plot:
        if not isinstance(group.tag, str) or not group.tag.endswith("Chart"):
            continue
        kind = etree.QName(group).localname
        for axis_id in _vals(group, "c:axId"):
            used.add(axis_id)
            if axis_id not in axes:
                problem(name, f"{kind} uses axis {axis_id}, which the chart does not have")
        _series(group, kind, name, problem)
    for axis in (a for tag in AXES for a in plot.findall(q(tag))):
        own = _vals(axis, "c:axId")
        for crossing in _vals(axis, "c:crossAx"):
            if crossing not in axes or crossing in own:
                problem(name, f"axis {own[0] if own else '?'} crosses axis {crossing}, which is not another axis "
                              "of the chart")
    for axis_id, kind in axes.items():
        if axis_id not in used:
            problem(name, f"{kind} {axis_id} is used by no chart group")


def _series(group, kind: str, name: str, problem) -> None:
    seen: dict[str, set[str]] = {"c:idx": set(), "c:order": set()}
    for series in group.findall(q("c:ser")):
        for tag, values in seen.items():
            for value in _vals(series, tag):
                if value in values:
                    problem(name, f"{kind}: two series have {tag} {value}")
                values.add(value)
        count = None
        for cache in series.iter(q("c:strCache"), q("c:numCache"), q("c:strLit"), q("c:numLit")):
            n = int((_vals(cache, "c:ptCount") or ["0"])[0])
            indices = [int(p.get("idx")) for p in cache.findall(q("c:pt"))]
            if any(i >= n for i in indices) or len(set(indices)) != len(indices):
                problem(name, f"{kind}: cached points {indices} do not fit ptCount {n}")
            if cache.getparent().getparent().tag in (q("c:val"), q("c:yVal")):
                count = n
        if count is None:
            continue
        for tag in ("c:dPt", "c:dLbls/c:dLbl"):
            for point in series.findall("/".join(q(t) for t in tag.split("/"))):
                index = int(_vals(point, "c:idx")[0])
                if index >= count:
                    problem(name, f"{kind}: {tag} for point {index} of a series of {count}")


def _table(table, name: str, problem) -> None:
    """Each row has one cell per grid column; a gridSpan or rowSpan stays inside the grid and the cells it
    covers are marked hMerge / vMerge."""
    columns = len(table.findall(f"{q('a:tblGrid')}/{q('a:gridCol')}"))
    rows = [row.findall(q("a:tc")) for row in table.findall(q("a:tr"))]
    for r, cells in enumerate(rows):
        if len(cells) != columns:
            problem(name, f"table row {r + 1} has {len(cells)} cells for a grid of {columns} columns")
            continue
        for c, cell in enumerate(cells):
            span, down = int(cell.get("gridSpan", "1")), int(cell.get("rowSpan", "1"))
            if c + span > columns or r + down > len(rows):
                problem(name, f"table cell ({r + 1}, {c + 1}) spans past the grid")
                continue
            for k in range(1, span):
                if cells[c + k].get("hMerge") not in ("1", "true"):
                    problem(name, f"table cell ({r + 1}, {c + k + 1}) is covered by a gridSpan but not hMerge")
            for k in range(1, down):
                below = rows[r + k]
                if len(below) == columns and below[c].get("vMerge") not in ("1", "true"):
                    problem(name, f"table cell ({r + k + 1}, {c + 1}) is covered by a rowSpan but not vMerge")
