"""East Asian fonts and languages on every run, in the theme and in the charts; no `_x0000_`, no italics."""

from __future__ import annotations

import zipfile

from briefing_app.deck.slides import Box, Deck, Slide, TextBox
from briefing_app.deck.style import EA_FONT, LATIN_FONT
from briefing_app.export.pptx.text import clean
from briefing_app.export.pptx.writer import write_pptx

from .conftest import CJK, NS


def _q(tag: str) -> str:
    prefix, name = tag.split(":")
    return f"{{{NS[prefix]}}}{name}"


def _runs(root):
    for r in root.iter(_q("a:r"), _q("a:fld")):
        t = r.find("a:t", NS)
        yield r.find("a:rPr", NS), (t.text or "") if t is not None else ""


def test_every_run_has_latin_then_ea_and_the_right_language(each):
    cjk_runs = 0
    for name, root in each.xml_parts("ppt/").items():
        if not name.startswith(("ppt/slides/", "ppt/notesSlides/", "ppt/charts/")):
            continue
        for rpr, text in _runs(root):
            assert rpr is not None, name
            children = [c.tag for c in rpr]
            assert _q("a:latin") in children and _q("a:ea") in children, (name, text)
            assert children.index(_q("a:latin")) + 1 == children.index(_q("a:ea")), (name, text)
            assert rpr.find("a:latin", NS).get("typeface") == LATIN_FONT
            assert rpr.find("a:ea", NS).get("typeface") == EA_FONT
            assert rpr.get("i") in (None, "0"), (name, text)
            if CJK.search(text):
                assert rpr.get("lang") == "zh-CN" and rpr.get("altLang") == "en-US", (name, text)
                cjk_runs += 1
            else:
                assert rpr.get("lang") == "en-US", (name, text)
    assert cjk_runs > 0  # even English decks name Chinese sources and ranks


def test_theme_fonts_have_ea_and_hans(each):
    themes = {n: r for n, r in each.xml_parts("ppt/theme/").items()}
    assert len(themes) >= 2  # the slide master's and the notes master's
    for root in themes.values():
        for kind in ("a:majorFont", "a:minorFont"):
            font = root.find(f".//{kind}", NS)
            tags = [c.tag for c in font]
            assert tags[:3] == [_q("a:latin"), _q("a:ea"), _q("a:cs")]
            assert font.find("a:ea", NS).get("typeface") == EA_FONT
            hans = [f for f in font.findall("a:font", NS) if f.get("script") == "Hans"]
            assert len(hans) == 1 and hans[0].get("typeface") == EA_FONT


def test_chart_text_properties_carry_ea_and_language(written):
    charts = written["zh"].xml_parts("ppt/charts/")
    assert charts
    for name, root in charts.items():
        tx_prs = list(root.iter(_q("c:txPr")))
        # title and axis titles are rich text; tick labels, legend and data labels use txPr
        assert len(tx_prs) >= 3, name
        for tx in tx_prs:
            for rpr in tx.iter(_q("a:defRPr")):
                assert rpr.find("a:latin", NS).get("typeface") == LATIN_FONT
                assert rpr.find("a:ea", NS).get("typeface") == EA_FONT
                assert rpr.get("lang") == "zh-CN"


def test_presentation_default_style_keeps_theme_font_references(written):
    pres = written["zh"].xml_parts("ppt/presentation.xml")["ppt/presentation.xml"]
    lvl1 = pres.find(".//p:defaultTextStyle/a:lvl1pPr/a:defRPr", NS)
    assert lvl1.find("a:ea", NS).get("typeface") == "+mn-ea"
    assert pres.find(".//p:defaultTextStyle/a:defPPr/a:defRPr", NS).get("lang") == "zh-CN"
    en = written["en"].xml_parts("ppt/presentation.xml")["ppt/presentation.xml"]
    assert en.find(".//p:defaultTextStyle/a:defPPr/a:defRPr", NS).get("lang") == "en-US"


def _tiny_deck(lines) -> Deck:
    box = Box(40, 40, 400, 60)
    items = (TextBox(box=Box(40, 10, 600, 30), lines=("标题 Title",), size=20, role="title"),
             TextBox(box=box, lines=lines, size=14, figure_id="f1"))
    slide = Slide(number=1, kind="list", title="标题 Title", items=items, notes="备注\x00 notes\x0b",
                  source_line="来源")
    return Deck(lang="zh", aspect="16:9", width=960, height=540, title="标题\x01", subject="s", source="来源",
                footer_source=Box(40, 500, 600, 20), footer_number=Box(800, 500, 120, 20), footer_size=12,
                slides=(slide,))


def test_characters_xml_cannot_hold_are_removed_not_escaped(tmp_path):
    path = tmp_path / "ctl.pptx"
    write_pptx(_tiny_deck(("约196\x00亿元\x07", "line\x1ftwo\ufffe")), path)
    with zipfile.ZipFile(path) as z:
        blob = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml"))
    assert b"_x00" not in blob
    assert "约196亿元".encode() in blob and b"linetwo" in blob
    from pptx import Presentation

    prs = Presentation(str(path))
    shape = next(s for s in prs.slides[0].shapes if s.name.endswith("fig:f1"))
    assert [p.text for p in shape.text_frame.paragraphs] == ["约196亿元", "linetwo"]
    assert prs.slides[0].notes_slide.notes_text_frame.text == "备注 notes"
    assert prs.core_properties.title == "标题"


def test_clean_keeps_tabs_out_of_lines_and_text_intact():
    assert clean("a\nb\r\x00c") == "a b c"
    assert clean("约1/7→1/12 ≈ 2.3 ha") == "约1/7→1/12 ≈ 2.3 ha"


def test_a_template_theme_keeps_its_latin_font_and_gains_ea_and_hans():
    from briefing_app.export.pptx.theme_xml import fix_theme_xml

    theme = (
        '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme '
        'name="Corp"><a:majorFont><a:latin typeface="Georgia"/><a:font script="Hans" typeface="SimSun"/>'
        '</a:majorFont><a:minorFont><a:latin typeface="Verdana"/><a:ea typeface=""/><a:cs typeface=""/>'
        '</a:minorFont></a:fontScheme></a:themeElements></a:theme>').encode()
    from lxml import etree

    root = etree.fromstring(fix_theme_xml(theme))
    major, minor = root.find(".//a:majorFont", NS), root.find(".//a:minorFont", NS)
    assert [c.get("typeface") for c in major][:3] == ["Georgia", EA_FONT, ""]
    assert [f.get("typeface") for f in major.findall("a:font", NS)] == [EA_FONT]
    assert [c.get("typeface") for c in minor][:3] == ["Verdana", EA_FONT, ""]
    assert minor.find("a:font", NS).get("script") == "Hans"
