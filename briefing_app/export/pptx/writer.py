"""Drawing a `Deck` into a presentation: one slide per model slide, each item at its box, in model order.

The slide title goes into the layout's title placeholder, moved and resized to the model's title box:
PowerPoint's outline, accessibility checker and screen readers, and Keynote's navigator, read the title
from that placeholder, and a plain text box named "Title" would leave every slide untitled. We use the
template's "Title Only" layout (the layout with a title and no content placeholder), so no empty
"click to add text" box is left behind.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.oxml.ns import qn
from pptx.util import Emu

from ...deck.slides import Chart, Deck, Dot, Line, Rect, Slide, Table, TextBox
from ...deck.style import LATIN_FONT
from . import package
from .native_charts import draw_chart
from .shapes import Scale, draw_dot, draw_line, draw_rect, draw_table, draw_text, place_text
from .text import clean, write_notes_xml
from .theme_xml import fix_themes

TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
FOOTER_TYPES = (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)
#: One constant field id: PowerPoint itself gives every slide-number field of a deck the same GUID.
SLIDENUM_FIELD_ID = "{2C5F3A57-6C0E-4E4B-9B2D-7B0F6E1A9C31}"
LANGUAGE = {"zh": "zh-CN", "en": "en-US"}


def title_only_layout(prs):
    """The layout with a title placeholder and no other content placeholder ("Title Only"), else the
    one with the fewest content placeholders."""
    def score(layout):
        types = [ph.placeholder_format.type for ph in layout.placeholders]
        has_title = any(t in TITLE_TYPES for t in types)
        others = sum(1 for t in types if t not in TITLE_TYPES + FOOTER_TYPES)
        return (others, not has_title, layout.name != "Title Only")

    return min(prs.slide_layouts, key=score)


def write_pptx(deck: Deck, path: Path, prs=None, *, progress: Callable[[int, int], None] | None = None) -> None:
    """Write `deck` to `path` (any name: the caller writes to a temporary file and moves it).

    `prs` is an opened corporate template (see `package.open_template`), or None for python-pptx's
    default, whose 4:3 size and Calibri theme we replace.
    """
    custom = prs is not None
    if prs is None:
        prs = package.open_template(None)
    width, height = Emu(int(round(deck.width * 12700))), Emu(int(round(deck.height * 12700)))
    if custom and package.aspect_of(prs) == deck.aspect:
        scale = Scale(prs.slide_width / width)  # the template's own size, same ratio
    else:
        package.set_slide_size(prs, width, height)
        scale = Scale(1.0)
    package.ensure_notes_master(prs)
    fix_themes(prs, latin=None if custom else LATIN_FONT)
    layout = title_only_layout(prs)
    total = len(deck.slides)
    new_slides, notes_slides = NewSlides(prs, layout), NotesSlides()
    with package.counted_partnames(prs):  # linear in the slides, not quadratic
        for done, model in enumerate(deck.slides, 1):
            slide = draw_slide(new_slides, deck, model, scale, notes_slides)
            package.serialize_slide(slide.part)
            del slide
            if progress:
                progress(done, total)
    package.order_presentation(prs)
    package.drop_thumbnail(prs)
    package.set_app_properties(prs, slides=total, aspect=package.aspect_of(prs))
    language = LANGUAGE.get(deck.lang, "en-US")
    package.set_default_language(prs, language)
    package.set_core_properties(prs, title=clean(deck.title), subject=clean(deck.subject), language=language)
    package.save_deterministic(prs, path)


class NewSlides:
    """New slides on `layout` holding only its title placeholder, each a copy of the first one.

    python-pptx's `add_slide` clones the layout's placeholders (XPath per placeholder and attribute) and we
    then remove all but the title; the result depends only on the layout, so the first slide is made so
    and copied for every later one, related and listed (`sldId`) as `add_slide` does it.
    """

    MAX_SLIDE_ID = 2147483647  # python-pptx's CT_SlideIdList._next_id rule: one more than the largest id

    def __init__(self, prs, layout):
        self.prs, self.layout = prs, layout
        self.fresh = None
        self.title_path: list[int] | None = None
        self.last_id = 0

    def add(self):
        """(slide, its title placeholder shape or None)."""
        id_list = self.prs.slides._sldIdLst
        if self.fresh is None:
            slide = self.prs.slides.add_slide(self.layout)
            title_ph = None
            for ph in list(slide.placeholders):
                if ph.placeholder_format.type in TITLE_TYPES and title_ph is None:
                    title_ph = ph
                else:
                    ph._element.getparent().remove(ph._element)
            self.fresh = copy.deepcopy(slide._element)
            self.title_path = _child_path(slide._element, title_ph._element) if title_ph is not None else None
            self.last_id = max(int(s.get("id")) for s in id_list.sldId_lst)
            return slide, title_ph
        presentation = self.prs.part
        slide_part = SlidePart(presentation._next_slide_partname, CT.PML_SLIDE, presentation.package,
                               copy.deepcopy(self.fresh))
        slide_part.relate_to(self.layout.part, RT.SLIDE_LAYOUT)
        # a new part: python-pptx's `relate_to` would first look for an existing relationship among all
        # the presentation's (one per slide: quadratic in the slides); there is none, so it adds one
        r_id = presentation._rels._add_relationship(RT.SLIDE, slide_part)
        if self.last_id < self.MAX_SLIDE_ID:  # the next id without listing every slide's id again
            self.last_id += 1
            id_list._add_sldId(id=self.last_id, rId=r_id)
        else:
            self.last_id = id_list.add_sldId(r_id).id
        slide = slide_part.slide
        if self.title_path is None:
            return slide, None
        element = slide._element
        for i in self.title_path:
            element = element[i]
        return slide, slide.shapes._shape_factory(element)


def draw_slide(new_slides: NewSlides, deck: Deck, model: Slide, sc: Scale, notes_slides: NotesSlides):
    slide, title_ph = new_slides.add()
    shapes = slide.shapes
    shapes.turbo_add_enabled = True  # python-pptx's own id counter: no scan of the slide for each shape
    title_done = False
    for index, item in enumerate(model.items, 1):
        if isinstance(item, TextBox):
            if item.role == "title" and not title_done:
                title_done = True
                if title_ph is not None:
                    place_text(title_ph, item, sc)
                    title_ph.name = "Title"
                    _to_front(title_ph)
                    continue
                _make_title(draw_text(shapes, item, sc, index, name="Title"))
                continue
            draw_text(shapes, item, sc, index)
        elif isinstance(item, Rect):
            draw_rect(shapes, item, sc, index)
        elif isinstance(item, Line):
            draw_line(shapes, item, sc, index)
        elif isinstance(item, Dot):
            draw_dot(shapes, item, sc, index)
        elif isinstance(item, Chart):
            draw_chart(shapes, item, sc, index)
        elif isinstance(item, Table):
            draw_table(shapes, item, sc, index)
    if title_ph is not None and not title_done:
        title_ph._element.getparent().remove(title_ph._element)
        shapes.turbo_add_enabled = False  # the counter starts again from the ids left, as without it
        shapes.turbo_add_enabled = True
    if model.has_footer:
        draw_footer(shapes, deck, model, sc)
    write_notes(notes_slides, slide, model.notes)
    return slide


def _make_title(sp) -> None:
    """Turn a text box into the slide's title placeholder, for layouts without one: PowerPoint takes a
    slide placeholder with no layout counterpart from the master's title style, and the outline, the
    accessibility checker and screen readers then find the title."""
    c_nv_sp_pr = sp.find(qn("p:nvSpPr")).find(qn("p:cNvSpPr"))
    for key in list(c_nv_sp_pr.attrib):
        del c_nv_sp_pr.attrib[key]
    etree.SubElement(c_nv_sp_pr, qn("a:spLocks")).set("noGrp", "1")
    nv_pr = sp.find(qn("p:nvSpPr")).find(qn("p:nvPr"))
    nv_pr.insert(0, etree.Element(qn("p:ph"), type="title"))


def _to_front(shape) -> None:
    """Move a shape to the top of the z-order so items are stacked in model order."""
    sp = shape._element
    tree = sp.getparent()
    tree.remove(sp)
    ext = tree.find(qn("p:extLst"))
    if ext is not None:
        ext.addprevious(sp)
    else:
        tree.append(sp)


def draw_footer(shapes, deck: Deck, model: Slide, sc: Scale) -> None:
    source = TextBox(box=deck.footer_source, lines=(deck.footer_text(model),), size=deck.footer_size,
                     role="footer", color="muted")
    draw_text(shapes, source, sc, 0, name="Footer source")
    number = TextBox(box=deck.footer_number, lines=(str(model.number),), size=deck.footer_size, role="footer",
                     color="muted", align="right")
    box = draw_text(shapes, number, sc, 0, name="Slide number")
    p = box.find(qn("p:txBody")).find(qn("a:p"))
    run = p.find(qn("a:r"))
    field = etree.Element(qn("a:fld"))
    field.set("id", SLIDENUM_FIELD_ID)
    field.set("type", "slidenum")
    for child in list(run):
        field.append(child)  # the run's rPr and its text: the number PowerPoint recomputes when shown
    run.addprevious(field)
    p.remove(run)


class NotesSlides:
    """Speaker-notes slides, each a copy of the first one as python-pptx made it, before its text.

    python-pptx makes a notes slide by cloning the notes master's placeholders, with an XPath lookup per
    placeholder and per attribute; what it makes depends only on the notes master, so it is made once and
    copied for every later slide, related to the master and to its slide as python-pptx relates it.
    """

    PARTNAME = "/ppt/notesSlides/notesSlide%d.xml"

    def __init__(self):
        self.fresh = None  # the first notes slide's element as made, and the child path to its text body
        self.body_path: list[int] = []
        self.master_part = None

    def text_body(self, slide):
        """The notes text body of a new notes slide for `slide`."""
        if self.fresh is None:
            frame = slide.notes_slide.notes_text_frame
            if frame is None:
                raise AttributeError("the notes master has no body placeholder for the speaker notes")
            element = slide.part.part_related_by(RT.NOTES_SLIDE)._element
            self.fresh = copy.deepcopy(element)
            self.body_path = _child_path(element, frame._txBody)
            self.master_part = slide.part.package.presentation_part.notes_master_part
            return frame._txBody
        slide_part = slide.part
        package_ = slide_part.package
        element = copy.deepcopy(self.fresh)
        part = NotesSlidePart(package_.next_partname(self.PARTNAME), CT.PML_NOTES_SLIDE, package_, element)
        part.relate_to(self.master_part, RT.NOTES_MASTER)
        part.relate_to(slide_part, RT.SLIDE)
        slide_part.relate_to(part, RT.NOTES_SLIDE)
        for i in self.body_path:
            element = element[i]
        return element


def _child_path(root, element) -> list[int]:
    path = []
    while element is not root:
        parent = element.getparent()
        path.append(parent.index(element))
        element = parent
    return path[::-1]


def write_notes(notes_slides: NotesSlides, slide, notes: str) -> None:
    """The speaker notes, one paragraph per line, into the notes slide's body placeholder (written with
    lxml: the XML python-pptx's `frame.text` and our `set_fonts` wrote, without their per-run lookups)."""
    write_notes_xml(notes_slides.text_body(slide), notes)
