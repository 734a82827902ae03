"""The package opens without repair: notes master, slide size, schema order, intact relationships,
templates without their old slides, and the same bytes every time."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.util import Emu, Pt

from briefing_app.export.deck import write_deck
from briefing_app.export.pptx.package import PRESENTATION_ORDER

from .conftest import NS


def _broken_rels(path: Path) -> list[str]:
    problems = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for name in names:
            if not name.endswith(".rels"):
                continue
            base = posixpath.dirname(posixpath.dirname(name))
            for rel in etree.fromstring(z.read(name)):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join(base, target))
                if full not in names:
                    problems.append(f"{name} -> {target}")
        types = etree.fromstring(z.read("[Content_Types].xml"))
        for override in types:
            part = override.get("PartName")
            if part and part.lstrip("/") not in names:
                problems.append(f"content type for missing {part}")
    return problems


def test_presentation_xml_is_keynote_safe(each):
    pres = each.xml_parts("ppt/presentation.xml")["ppt/presentation.xml"]
    order = [etree.QName(c).localname for c in pres]
    assert order == sorted(order, key=PRESENTATION_ORDER.index)
    lst = pres.find("p:notesMasterIdLst/p:notesMasterId", NS)
    assert lst is not None and lst.get(f"{{{NS['r']}}}id")
    size = pres.find("p:sldSz", NS)
    assert size.get("type") is None
    assert (int(size.get("cx")), int(size.get("cy"))) == (Pt(each.deck.width), Pt(each.deck.height))
    assert _broken_rels(each.path) == []
    with zipfile.ZipFile(each.path) as z:
        assert b"screen4x3" not in z.read("ppt/presentation.xml")
        assert z.namelist()[0] == "[Content_Types].xml"
        assert not [n for n in z.namelist() if "thumbnail" in n]
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_4x3_is_720_by_540_points(written):
    prs = written["zh-4x3"].prs()
    assert (prs.slide_width, prs.slide_height) == (Pt(720), Pt(540))
    assert (written["zh"].prs().slide_width, written["zh"].prs().slide_height) == (Pt(960), Pt(540))


def test_same_input_gives_byte_identical_files(pack, tmp_path):
    a = write_deck(pack, tmp_path / "a.pptx", lang="zh")
    b = write_deck(pack, tmp_path / "b.pptx", lang="zh")
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as z:
        books = [n for n in z.namelist() if n.endswith(".xlsx")]
        assert books
        for name in books:
            inner = zipfile.ZipFile(io.BytesIO(z.read(name)))
            assert {i.date_time for i in inner.infolist()} == {(1980, 1, 1, 0, 0, 0)}
            assert b"2024-01-01T00:00:00Z" in inner.read("docProps/core.xml")


def test_selected_slides_are_kept_in_order(pack, written, tmp_path):
    done = []
    path = write_deck(pack, tmp_path / "sel.pptx", lang="zh", slides=[1, 3, 4, 5],
                      progress=lambda d, t: done.append((d, t)))
    prs = Presentation(str(path))
    full = written["zh"].deck.slides
    expected = ["\n".join(next(i for i in full[n - 1].items if getattr(i, "role", "") == "title").lines)
                for n in (1, 3, 4, 5)]
    assert [s.shapes.title.text_frame.text for s in prs.slides] == expected
    assert done == [(1, 4), (2, 4), (3, 4), (4, 4)]
    numbers = [s._element.find(".//a:fld", NS) for s in list(prs.slides)[1:]]
    assert [f.find("a:t", NS).text for f in numbers] == ["2", "3", "4"]


# -- templates -------------------------------------------------------------------------------------------

def make_template(path: Path, *, width=Pt(960), height=Pt(540), slides=2) -> Path:
    """A corporate-looking template: 16:9, renamed layouts, a Georgia theme, slides with notes."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = width, height
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", "Corp " + layout.name)
    for i in range(slides):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Old slide {i}"
        slide.notes_slide.notes_text_frame.text = "old notes"
    prs.save(path)
    with zipfile.ZipFile(path) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    entries["ppt/theme/theme1.xml"] = entries["ppt/theme/theme1.xml"].replace(
        b'<a:latin typeface="Calibri"/>', b'<a:latin typeface="Georgia"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in entries.items():
            z.writestr(n, data)
    return path


def test_template_masters_layouts_and_theme_are_used_and_old_slides_dropped(pack, tmp_path):
    template = make_template(tmp_path / "corporate.pptx")
    out = write_deck(pack, tmp_path / "t.pptx", lang="zh", template=template)
    prs = Presentation(str(out))
    assert prs.slides[0].slide_layout.name == "Corp Title Only"
    titles = [s.shapes.title.text_frame.text for s in prs.slides]
    assert not any(t.startswith("Old slide") for t in titles)
    with zipfile.ZipFile(out) as z:
        slide_parts = [n for n in z.namelist() if n.startswith("ppt/slides/slide") and n.endswith(".xml")]
        assert len(slide_parts) == len(prs.slides)
        theme = z.read("ppt/theme/theme1.xml")
        assert b'typeface="Georgia"' in theme and b'script="Hans" typeface="Microsoft YaHei"' in theme
        assert b"old notes" not in b"".join(z.read(n) for n in z.namelist())
    assert _broken_rels(out) == []


def test_template_size_is_kept_when_16x9_and_content_scaled(pack, tmp_path):
    template = make_template(tmp_path / "small.pptx", width=Emu(9144000), height=Emu(5143500), slides=1)
    prs = Presentation(str(write_deck(pack, tmp_path / "s.pptx", lang="en", template=template)))
    assert (prs.slide_width, prs.slide_height) == (9144000, 5143500)
    for slide in prs.slides:
        for s in slide.shapes:
            assert s.left + s.width <= prs.slide_width + 2 and s.top + s.height <= prs.slide_height + 2


def test_template_of_another_shape_gets_the_deck_size(pack, tmp_path):
    template = make_template(tmp_path / "odd.pptx", width=Pt(600), height=Pt(600), slides=0)
    prs = Presentation(str(write_deck(pack, tmp_path / "o.pptx", lang="zh", template=template, aspect="4:3")))
    assert (prs.slide_width, prs.slide_height) == (Pt(720), Pt(540))


def test_template_4x3_lays_the_deck_out_for_4x3(pack, tmp_path):
    template = make_template(tmp_path / "t43.pptx", width=Pt(720), height=Pt(540), slides=1)
    prs = Presentation(str(write_deck(pack, tmp_path / "o.pptx", lang="zh", template=template)))
    assert prs.slide_width == Pt(720)
    for slide in prs.slides:
        for s in slide.shapes:
            assert s.left + s.width <= Pt(720) + 2, s.name


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_title_slide_has_no_footer_and_others_do(written, lang):
    slides = list(written[lang].prs().slides)
    assert "Slide number" not in {s.name for s in slides[0].shapes}
    assert all("Slide number" in {s.name for s in sl.shapes} for sl in slides[1:])


def test_default_masters_are_stretched_to_16x9_and_app_properties_match(written):
    w = written["zh"]
    prs = w.prs()
    title = next(ph for ph in prs.slide_master.placeholders if ph.placeholder_format.type == 1)
    assert title.left + title.width > 0.9 * prs.slide_width
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.width:
                assert ph.left + ph.width <= prs.slide_width + 2, (layout.name, ph.name)
    app = w.xml_parts("docProps/")["docProps/app.xml"]
    ns = {"e": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.find("e:Slides", ns).text == str(len(w.deck.slides))
    assert app.find("e:PresentationFormat", ns).text == "Widescreen"


def test_template_without_a_title_layout_still_gives_every_slide_a_title(pack, tmp_path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(960), Pt(540)
    for layout in list(prs.slide_layouts):
        if layout.name != "Blank":
            prs.slide_layouts.remove(layout)
    prs.save(tmp_path / "blank.pptx")
    out = Presentation(str(write_deck(pack, tmp_path / "b.pptx", lang="zh", slides=[1, 2, 3],
                                      template=tmp_path / "blank.pptx")))
    for slide in out.slides:
        assert slide.slide_layout.name == "Blank"
        assert slide.shapes.title is not None and slide.shapes.title.text_frame.text
