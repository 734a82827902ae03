"""The validator finds what strict readers refuse: an ordering error planted in the writer, and a broken copy
of a valid deck for each check the schemas cannot make. A validator that passes everything proves nothing."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

import pytest

from briefing_app.deck.build import build_deck
from bench.synthetic import write_synthetic
from briefing_app.export.deck import write_deck
from briefing_app.export.pptx import text
from briefing_app.export.pptx.writer import write_pptx
from briefing_app.model import load_pack

from .validator import package_problems


@pytest.fixture(scope="module")
def valid(pack, tmp_path_factory) -> bytes:
    """The bundled zh deck: slides, notes, two charts with embedded workbooks."""
    return write_deck(pack, tmp_path_factory.mktemp("valid") / "zh.pptx", lang="zh").read_bytes()


def changed(data: bytes, part: str, edit) -> bytes:
    """A copy of the package with `edit(text) -> text` applied to one part (`edit` None: the part removed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == part:
                if edit is None:
                    continue
                body = edit(body.decode("utf-8")).encode("utf-8")
            dst.writestr(info, body)
    return out.getvalue()


def once(pattern: str, replacement: str):
    def edit(xml: str) -> str:
        new, n = re.subn(pattern, replacement, xml, count=1)
        assert n == 1, pattern
        return new
    return edit


def test_the_exported_deck_is_valid(valid):
    assert package_problems(valid) == []


def test_a_planted_ordering_error_in_the_writer_fails(pack, tmp_path, monkeypatch):
    """The slide text is written as markup (export/pptx/text.py). With `<a:ea>` put before `<a:latin>` —
    the order the schema forbids and PowerPoint repairs — every run of every slide is reported."""
    swapped = text._FONTS_XML.split("/>")
    monkeypatch.setattr(text, "_FONTS_XML", f"{swapped[1]}/>{swapped[0]}/>")
    assert text._FONTS_XML.startswith("<a:ea ")
    problems = package_problems(write_deck(pack, tmp_path / "planted.pptx", lang="en").read_bytes())
    slides = {p.split(":")[0] for p in problems if p.startswith("ppt/slides/slide")}
    assert len(slides) >= 10
    assert all("latin" in p and "This element is not expected" in p for p in problems), problems[:3]


@pytest.mark.parametrize("part, edit, expected", [
    ("ppt/slides/slide2.xml", once(r"<p:cSld>", "<p:cSld><p:unknown/>"), "unknown': This element is not expected"),
    ("ppt/slides/_rels/slide2.xml.rels", once(r'Target="../slideLayouts/slideLayout(\d+).xml"',
                                             'Target="../slideLayouts/missing.xml"'),
     "ppt/slides/_rels/slide2.xml.rels: rId1 (slideLayout) targets /ppt/slideLayouts/missing.xml, which is not"),
    ("[Content_Types].xml", once(r'<Default Extension="bin"[^>]*/>', ""),
     "ppt/printerSettings/printerSettings1.bin: has no content type"),
    ("[Content_Types].xml", once(r'<Override PartName="/ppt/slides/slide3.xml"[^>]*/>', ""),
     "rId10 (slide) targets /ppt/slides/slide3.xml, a part of type application/xml"),
    ("ppt/slides/slide5.xml", once(r'cNvPr id="3"', 'cNvPr id="2"'), "ppt/slides/slide5.xml: shape id 2 is used by"),
    ("ppt/presentation.xml", once(r'<p:sldId id="257"', '<p:sldId id="256"'), "p:sldId 256 is also used"),
    ("ppt/presentation.xml", once(r'r:id="rId9"', 'r:id="rId99"'), "sldId/@r:id = rId99 is not one of the part"),
    ("ppt/charts/chart1.xml", once(r'(<c:barChart>.*?<c:axId val=")-?\d+', r"\g<1>12345"),
     "barChart uses axis 12345, which the chart does not have"),
    ("ppt/charts/chart1.xml", once(r'(<c:valAx><c:axId val="[-\d]+"/>.*?<c:crossAx val=")-?\d+', r"\g<1>777"),
     "crosses axis 777"),
    ("ppt/charts/chart1.xml", once(r'<c:dLbl><c:idx val="0"/>', '<c:dLbl><c:idx val="40"/>'),
     "c:dLbls/c:dLbl for point 40 of a series of"),
    ("ppt/embeddings/Microsoft_Excel_Sheet1.xlsx", None, "targets /ppt/embeddings/Microsoft_Excel_Sheet1.xlsx"),
], ids=["unknown-element", "missing-target", "no-content-type", "wrong-content-type", "shape-id", "slide-id",
        "relationship-id", "series-axis", "crossing-axis", "label-point", "missing-workbook"])
def test_each_broken_copy_is_caught(valid, part, edit, expected):
    problems = package_problems(changed(valid, part, edit))
    assert any(expected in p for p in problems), problems


def test_a_broken_embedded_workbook_is_caught(valid):
    """The chart's data is a package inside the package: its parts are checked too."""
    with zipfile.ZipFile(io.BytesIO(valid)) as z:
        workbook = z.read("ppt/embeddings/Microsoft_Excel_Sheet1.xlsx")
    broken = changed(workbook, "xl/workbook.xml", once(r"<sheets>", "<sheets><bogus/>"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(valid)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, broken if info.filename.endswith("Sheet1.xlsx") else src.read(info))
    problems = package_problems(out.getvalue())
    assert any(p.startswith("ppt/embeddings/Microsoft_Excel_Sheet1.xlsx!xl/workbook.xml:") and "bogus" in p
               for p in problems), problems


def test_tables_the_writer_draws_are_valid_and_a_row_off_its_grid_is_caught(tmp_path):
    """A big pack's data tables (a heading row merged across the grid) are valid; a row off its grid is not."""
    pack = load_pack(write_synthetic(tmp_path / "big", 4))  # 140 figures: the appendix holds data tables
    deck = build_deck(pack, "en")
    first = next(s for s in deck.slides if s.kind == "table")
    write_pptx(replace(deck, slides=(deck.slides[0], first)), tmp_path / "table.pptx")
    data = (tmp_path / "table.pptx").read_bytes()
    slide = zipfile.ZipFile(io.BytesIO(data)).read("ppt/slides/slide2.xml").decode()
    assert "<a:tbl>" in slide and 'gridSpan="4"' in slide and 'hMerge="1"' in slide
    assert package_problems(data) == []
    short = changed(data, "ppt/slides/slide2.xml", once(r"(<a:tr [^>]*>)<a:tc>.*?</a:tc>", r"\1"))
    assert any("table row 1 has 3 cells for a grid of 4 columns" in p for p in package_problems(short))
    spanned = changed(data, "ppt/slides/slide2.xml", once(r"(<a:tr [^>]*>)<a:tc>", r'\1<a:tc gridSpan="2">'))
    assert any("(1, 2) is covered by a gridSpan but not hMerge" in p for p in package_problems(spanned))
    past = changed(data, "ppt/slides/slide2.xml", once(r"(<a:tr [^>]*>)<a:tc>", r'\1<a:tc gridSpan="5">'))
    assert any("spans past the grid" in p for p in package_problems(past))


def test_the_negative_axis_id_allowance_is_narrow(valid):
    """Negative axis ids within 32 bits pass (allowances.py); beyond 32 bits, or on another element, not."""
    far = changed(valid, "ppt/charts/chart1.xml", lambda xml: re.sub(r'val="-2068027336"', 'val="-3000000000"', xml))
    assert any("-3000000000" in p and "unsignedInt" in p for p in package_problems(far))
    other = changed(valid, "ppt/charts/chart1.xml", once(r'<c:ser><c:idx val="0"/>', '<c:ser><c:idx val="-1"/>'))
    assert any("'-1' is not a valid value" in p for p in package_problems(other))


def test_markup_compatibility_is_read_as_a_strict_reader_does(valid):
    """Content for a newer PowerPoint in an AlternateContent Choice, or in an ignorable namespace, is read
    as PowerPoint 2007 reads it: the Fallback, and nothing. The same element outside them is an error."""
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    p14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
    alternate = (f'<mc:AlternateContent xmlns:mc="{mc}" xmlns:p14="{p14}"><mc:Choice Requires="p14">'
                 '<p:transition p14:dur="500"><p14:prism/></p:transition></mc:Choice>'
                 '<mc:Fallback><p:transition><p:fade/></p:transition></mc:Fallback></mc:AlternateContent>')
    after_clr = once(r"(</p:cSld>(<p:clrMapOvr>.*?</p:clrMapOvr>)?)", r"\1" + alternate.replace("\\", "\\\\"))
    assert package_problems(changed(valid, "ppt/slides/slide2.xml", after_clr)) == []
    ignorable = once(r"<p:sld ", f'<p:sld xmlns:mc="{mc}" xmlns:p14="{p14}" mc:Ignorable="p14" p14:foo="1" ')
    assert package_problems(changed(valid, "ppt/slides/slide2.xml", ignorable)) == []
    strict = once(r"<p:sld ", f'<p:sld xmlns:p14="{p14}" p14:foo="1" ')
    assert any("foo" in p for p in package_problems(changed(valid, "ppt/slides/slide2.xml", strict)))
