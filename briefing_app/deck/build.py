"""Building the briefing deck from a pack: which slides, in which order, with which message.

The slides follow the pack's sections and its figures' kinds, never a fixed list, so any pack gives a
sensible deck: loose figures become KPI cards, a group of like quantities or shares becomes a native
chart, a map, a matrix, named entities and dated events each get their slide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from itertools import chain, count

from ..i18n import punctuation
from ..model import Pack, display
from ..model.format import date_text
from ..typography.breaking import keeping_words
from . import layout, style
from .brief import (BARS_PER_SLIDE, BESIDE_CHART, MAIN_FIGURES, MAIN_SLIDES, MOST_CARDS, best_chart, headline_figure,
                    headline_figures)
from .cards import card_parts, kpi_slides
from .chart_spec import chart_for_group, chart_kind, is_composition, with_legend
from .figures_panel import common_meta, figure_panel
from .notes import figure_notes, quote_notes, talking_point
from .series import series_keys
from .series_slide import series_blocks
from .slides import Box, Deck, Line, Rect, Slide
from .talk import SERIES_PREFIX
from .lists import grouped_pages
from .matrix import matrix_pages
from .vocabulary import pack_words
from .tables import table_slides
from .visuals import map_items, timeline_items
from .words import named_title, word


def build_deck(pack: Pack, lang: str = "zh", aspect: str = "16:9", talk=None) -> Deck:
    """The whole deck for one language and aspect ratio; `talk` (deck/talk.py) picks and orders slides.

    The default storyline: title, summary (each section's message with its headline figure), agenda, the
    sections' slides, the timeline, then an appendix after a divider with the provenance slides (named
    firms and institutions, matrices, sources). A pack too big for that in a talk's time gets one slide a
    section and data tables in the appendix instead (deck/brief.py).
    """
    # Chinese lines never split a word of the pack's own vocabulary (typography/words.py)
    with keeping_words(pack_words(pack) if lang == "zh" else frozenset()):
        return _build(pack, lang, aspect, talk)


def every_slide(pack: Pack, lang: str = "zh", aspect: str = "16:9") -> tuple[Deck, list[tuple[str, str, bool]]]:
    """A deck of every slide a talk on the pack may show, and the default talk's rows (slide id, part, shown):
    the default deck's main part and appendix, shown, and the slides only a talk shows (a long deck's
    sections in their long form, one section's named firms) unshown, after their section's slides."""
    with keeping_words(pack_words(pack) if lang == "zh" else frozenset()):
        grid = layout.Grid(*style.SIZES[aspect])
        blocks, main, appendix, on_request = _blocks(pack, grid, lang, None, every=True)
        rows = talk_rows(blocks, main, appendix, on_request)
        return _assemble(pack, grid, lang, aspect, blocks, *row_parts(rows), None), rows


def row_parts(rows) -> tuple[list[str], list[str]]:
    """The main part and the appendix of a deck that shows every row, shown or not."""
    return [i for i, part, _on in rows if part == "main"], [i for i, part, _on in rows if part == "appendix"]


def talk_rows(blocks: dict, main: list[str], appendix: list[str], on_request: list[str]) -> list[tuple[str, str, bool]]:
    """(slide id, part, shown) for the main part, then the appendix. A slide shown only on request comes
    unshown after the last row of its section (else at the end of the main part); data tables, at the head
    of the appendix."""
    rows = [(i, "main", True) for i in main]
    is_table = {i for i in on_request if blocks[i] and blocks[i][0]["kind"] == "table"}
    for slide_id in on_request:
        if slide_id in is_table:
            continue
        section = blocks[slide_id][0]["section_id"] if blocks[slide_id] else None
        same = [k for k, (i, _p, _on) in enumerate(rows) if section and blocks.get(i)
                and blocks[i][0]["section_id"] == section]
        rows.insert(same[-1] + 1 if same else len(rows), (slide_id, "main", False))
    tables = [(i, "appendix", False) for i in on_request if i in is_table]
    return rows + tables + [(i, "appendix", True) for i in appendix]


def _build(pack: Pack, lang: str, aspect: str, talk) -> Deck:
    grid = layout.Grid(*style.SIZES[aspect])
    picked = talk is not None and (talk.slides is not None or talk.appendix is not None)
    blocks, main, appendix, _on_request = _blocks(pack, grid, lang, talk, every=picked)
    if picked:
        talk.check_ids(list(blocks) + [SERIES_PREFIX + k for k in series_keys([("", pack)])])
        blocks.update(series_blocks(talk, [("", pack)], grid, lang))
        main = list(talk.slides) if talk.slides is not None else [i for i in main if i not in talk.appendix]
        appendix = list(talk.appendix or ())
    return _assemble(pack, grid, lang, aspect, blocks, main, appendix, talk)


def _assemble(pack: Pack, grid, lang: str, aspect: str, blocks, main, appendix, talk) -> Deck:
    """The deck of these blocks in this order: the main part, the talk's closing line, the appendix."""
    d = pack.data
    source = word("source_prefix", lang) + d.article.source(lang)
    slides: list[dict] = []
    for slide_id in main:
        if slide_id == "agenda":
            slides += [dict(s, slide_id="agenda") for s in _agenda_slides(pack, grid, lang, blocks, main, appendix)]
        else:
            slides += blocks[slide_id]
    closing = talk.text("closing", lang) if talk is not None else None
    if closing:
        slides.append(dict(_closing_slide(closing, grid), slide_id="closing"))
    if appendix:
        titles = [block_title(blocks[i], lang) for i in appendix if i != "agenda"]
        slides.append(dict(_divider_slide(titles, grid, lang), slide_id="appendix"))
        for slide_id in appendix:
            slides += blocks[slide_id]
    built = tuple(Slide(number=i, source_line=source if s["kind"] != "title" else "", **s)
                  for i, s in enumerate(slides, 1))
    return Deck(lang=lang, aspect=aspect, width=grid.width, height=grid.height, title=d.title(lang),
                subject=d.subtitle(lang), source=source, footer_source=grid.footer_source,
                footer_number=grid.footer_number, footer_size=style.SMALL, slides=built)


class Blocks(dict):
    """Slide id → its slides; a block given as what makes it is laid out when first read, then kept."""

    def __getitem__(self, slide_id: str) -> list[dict]:
        slides = super().__getitem__(slide_id)
        if callable(slides):
            slides = slides()
            super().__setitem__(slide_id, slides)
        return slides

    def get(self, slide_id: str, default=None):
        return self[slide_id] if slide_id in self else default

    def items(self):
        return [(slide_id, self[slide_id]) for slide_id in self]

    def made(self, slide_id: str) -> bool:
        """Whether the block has slides (an empty one is a placeholder, such as the agenda before it is made)."""
        return callable(super().__getitem__(slide_id)) or bool(super().__getitem__(slide_id))


#: The deck's own slide ids: a pack's section, group, map or matrix of the same name is qualified instead.
OWN_IDS = ("title", "summary", "agenda", "timeline", "entities", "sources", "appendix", "closing")


def _blocks(pack: Pack, grid, lang, talk, every: bool = False
            ) -> tuple[dict[str, list[dict]], list[str], list[str], list[str]]:
    """Every slide the pack gives, by stable slide id (a block may run over several pages), the default order
    of the main part and of the appendix, and the blocks only a talk shows ("on request").

    Where a block goes is said by whoever makes it ("main", "appendix", or "on request"), never read from how
    its id is spelled: a pack's ids are names, and any name may end in -entities. A deck whose main part would
    be longer than a talk allows gets the briefing's main part instead (deck/brief.py). The briefing's own
    slides (`<section>-brief`, `tables`) are made for such a deck, or when `every` is asked (a talk that picks
    its slides may name them whatever the deck's length); they are added last, so every other id is the same
    either way."""
    blocks = Blocks()
    main: list[str] = []
    appendix: list[str] = []
    on_request: list[str] = []
    parts = {"main": main, "appendix": appendix, "on request": on_request}

    def add(slide_id: str, slides, part: str, own: bool = False, kind: str | None = None) -> str | None:
        """`slides`: the block's slides, or (with the `kind` of its first) what makes them when first shown."""
        if not slides:
            return None
        # a pack's id that the deck or another block already has: keep both, this one qualified by its kind
        kind = kind or slides[0]["kind"]
        names = chain((slide_id, f"{slide_id}-{kind}"), (f"{slide_id}-{kind}-{n}" for n in count(2)))
        slide_id = next(name for name in names if own or (name not in OWN_IDS and name not in blocks))
        if callable(slides):
            blocks[slide_id] = partial(_named, slides, slide_id)
        else:
            blocks[slide_id] = [dict(s, slide_id=slide_id) for s in slides]
        parts[part].append(slide_id)
        return slide_id

    d = pack.data
    add("title", [_title_slide(pack, grid, lang, talk)], "main", own=True)
    add("summary", _summary_slides(pack, grid, lang), "main", own=True)
    main.append("agenda")
    blocks["agenda"] = []
    for section in d.sections:
        for slide_id, slides, part, kind in _section_blocks(pack, grid, lang, section):
            add(slide_id, slides, part, kind=kind)
    add("entities", _all_entity_slides(pack, grid, lang), "appendix", own=True)
    if d.events:
        add("timeline", _timeline_slides(pack, grid, lang), "main", own=True)
    add("sources", _sources_slides(pack, grid, lang), "appendix", own=True)
    long = len(d.figures) > MAIN_FIGURES or main_length(pack, grid, lang, blocks, main, appendix) > MAIN_SLIDES
    if not (long or every):
        return blocks, main, appendix, on_request
    # the briefing's slides come last, so that they never take a pack's id (theirs are qualified instead)
    briefs = {section.id: add(f"{section.id}-brief", [slide], "on request")
              for section in d.sections if (slide := _brief_slide(pack, grid, lang, section)) is not None}
    if long:
        kept, moved = _briefing_main(pack, grid, lang, blocks, main, appendix, briefs)
    else:
        kept, moved = list(briefs.values()), []
    shown = {f for i in kept for s in blocks[i] for f in s["figure_ids"]}
    rest = [(sec.title(lang), [f for f in pack.figures_in(sec.id) if f.id not in shown]) for sec in d.sections]
    tables = add("tables", [_slide("table", s["title"], s["items"], s["notes"], grid, None, s["figure_ids"])
                            for s in table_slides(pack, rest, grid, lang)], "on request")
    if long:  # every slide of the long form stays on request
        briefing = ["title", "summary", "agenda", *kept] + (["timeline"] if "timeline" in main and not moved else [])
        on_request[:] = [i for i in [*main, *on_request] if i not in briefing and i not in moved and i != tables]
        main[:] = briefing
        appendix[:] = ([tables] if tables else []) + moved + appendix
    return blocks, main, appendix, on_request


def _named(make, slide_id: str) -> list[dict]:
    return [dict(s, slide_id=slide_id) for s in make()]


def main_length(pack: Pack, grid, lang: str, blocks: dict, main: list[str], appendix: list[str]) -> int:
    """Slides of the main part, title to the last before the appendix (the agenda as it would be laid out)."""
    agenda = len(_agenda_slides(pack, grid, lang, blocks, main, appendix)) if "agenda" in main else 0
    return agenda + sum(len(blocks[i]) for i in main if i != "agenda")


def _briefing_main(pack: Pack, grid, lang, blocks, main, appendix, briefs) -> tuple[list[str], list[str]]:
    """The section slides a long deck's main part keeps, in order, and what moves to its appendix (the
    timeline, when even the briefing is too long with it): deck/brief.py's rule."""
    kept = [briefs[s.id] for s in pack.data.sections if s.id in briefs]
    timeline = ["timeline"] if "timeline" in main else []
    moved: list[str] = []

    def length() -> int:
        order = ["title", "summary", "agenda", *kept, *([] if moved else timeline)]
        return main_length(pack, grid, lang, blocks, order, ["tables", *appendix])

    if timeline and length() > MAIN_SLIDES:
        moved = timeline
    size = {briefs[s.id]: len(pack.figures_in(s.id)) for s in pack.data.sections if s.id in briefs}
    while kept and length() > MAIN_SLIDES:  # the smallest section gives up its slide, the last of equals first
        kept.remove(min(reversed(kept), key=lambda i: size[i]))
    return kept, moved


def block_title(slides: list[dict], lang: str) -> str:
    """What the appendix divider lists for a block: its first slide's title; for the data tables, how many
    figures they hold (their pages are titled by the sections on each)."""
    if slides[0]["kind"] == "table":
        return word("tables_divider", lang, n=sum(len(s["figure_ids"]) for s in slides))
    return slides[0]["title"]


def _slide(kind, title_text, items, notes, grid, section_id=None, figure_ids=(), pack=None, lang="zh"):
    if pack is not None and figure_ids:  # a talking point first: the message and its figures
        notes = "\n".join(filter(None, [talking_point(pack, lang, title_text, figure_ids), notes]))
    return {"kind": kind, "title": title_text, "items": (layout.title(grid, title_text), *items),
            "notes": notes, "section_id": section_id, "figure_ids": tuple(figure_ids)}


def _notes(pack, lang, figure_ids, quotes) -> str:
    """Quotes of the slide's events or entities, then the figures they mention."""
    return "\n".join(filter(None, [quote_notes(pack, lang, quotes), figure_notes(pack, lang, figure_ids)]))


def _title_slide(pack: Pack, grid: layout.Grid, lang: str, talk=None) -> dict:
    d = pack.data
    x, w = style.MARGIN + 20, grid.width - 2 * style.MARGIN - 40
    parts = [
        layout.text(d.title(lang), x, 0, w, (40, 36, 32, 28), max_lines=2, role="title", bold=True, color="accent"),
        layout.text(d.subtitle(lang), x, 0, w, (22, 20, 18), max_lines=3, role="subtitle"),
    ]
    if talk is not None:  # the meeting: occasion · date · presenter, as the talk file says them
        meeting = [talk.text("occasion", lang), date_text(talk.date, lang) if talk.date else None,
                   talk.text("presenter", lang)]
        if any(meeting):
            parts.append(layout.text(" · ".join(m for m in meeting if m), x, 0, w, (20, 18, style.BODY),
                                     max_lines=2, role="subtitle", bold=True))
    parts += [
        layout.text(word("based_on", lang, title=d.article.title, title_en=d.article.title_en), x, 0, w,
                    style.CAPTION, max_lines=3, role="caption", color="muted"),
        layout.text(word("source_prefix", lang) + d.article.source(lang), x, 0, w, style.LABEL, max_lines=2,
                    role="caption", color="muted"),
    ]
    total = layout.height_of(parts, 14)
    top = max(style.MARGIN + 20, (grid.height - total) / 2)
    placed = layout.stack([layout.at(parts[0], y=top)] + parts[1:], 14)
    rule = Rect(Box(x, placed[0].box.y - 18, 120, 4), fill="accent")  # a kicker bar above the title
    notes = "\n".join([word("original_title", lang, title=d.article.title),
                       quote_notes(pack, lang, [d.article.source_quote])])
    return {"kind": "title", "title": d.title(lang), "items": (*placed, rule), "notes": notes,
            "section_id": None, "figure_ids": ()}


@dataclass(frozen=True)
class SummaryRow:
    """One message of the summary with the figure it is about (None: the message alone)."""

    message: str
    value: str | None = None  # the figure as displayed
    label: str = ""
    figure_id: str | None = None  # as on the slide (`key:id` in a talk over several packs)
    point: str = ""  # the talking point for the notes
    notes: str = ""  # the figure's notes with its quote


def section_rows(pack: Pack, lang: str, sections=None, prefix: str = "") -> list[SummaryRow]:
    """A summary row per section (all of the pack's by default): its message beside its headline figure."""
    rows = []
    for section in pack.data.sections if sections is None else sections:
        fig = headline_figure(pack, section)
        message = section.message(lang)
        point = talking_point(pack, lang, message, [fig.id] if fig else [])
        if fig is None:
            rows.append(SummaryRow(message, point=point))
        else:
            rows.append(SummaryRow(message, display(fig, lang), fig.label(lang), prefix + fig.id, point,
                                   figure_notes(pack, lang, [fig.id])))
    return rows


def _summary_slides(pack: Pack, grid: layout.Grid, lang: str) -> list[dict]:
    return summary_slides(section_rows(pack, lang), grid, lang)


def summary_slides(summary: list[SummaryRow], grid: layout.Grid, lang: str) -> list[dict]:
    """Each message beside its figure: the briefing on one page (more if long)."""
    area = grid.content
    value_w = area.w * 0.34
    gap = 12.0

    def summary_rows(value_sizes, message_sizes, lines):
        rows = []
        for row in summary:
            block = layout.stack([
                layout.value(row.value, area.x, 0, value_w - style.GUTTER, value_sizes, color="accent",
                             figure_id=row.figure_id),
                # what the number counts: a bare "35" beside a message that does not say it would puzzle
                layout.text(row.label, area.x, 0, value_w - style.GUTTER, style.CAPTION, max_lines=4,
                            role="caption", color="muted")], gap=2) if row.figure_id else []
            message = layout.text(row.message, area.x + value_w, 0, area.w - value_w, message_sizes,
                                  max_lines=lines, role="body")
            rows.append((block, message, row if row.figure_id else None))
        return rows

    def block_h(block) -> float:
        return block[-1].box.bottom - block[0].box.y if block else 0.0

    tiers = (((24, 22, 20, 18), (20, 18, style.BODY), 3), ((18, style.BODY), (style.BODY, style.CAPTION), 2))
    for sizes in tiers:  # the smaller tier only when it keeps the summary on one page
        rows = summary_rows(*sizes)
        heights = [max(m.box.h, block_h(v)) for v, m, _ in rows]
        if sum(heights) + gap * (len(rows) - 1) <= area.h:
            break
    else:  # more than a page either way: the larger text, on evenly filled pages
        rows = summary_rows(*tiers[0])
        heights = [max(m.box.h, block_h(v)) for v, m, _ in rows]
    pages: list[list] = []
    for run in layout.balanced_pages(heights, area.h, gap):  # even pages: never one row on a （续） page
        pages.append([])
        y = area.y
        # spread the page's rows over its height, up to 72 pt apart
        spread = max(gap, min(72.0, (area.h - sum(heights[i] for i in run)) / len(run)))
        for block, message, fig in (rows[i] for i in run):
            h = max(message.box.h, block_h(block))
            if pages[-1]:
                pages[-1].append(Line(area.x, y - spread / 2, area.right, y - spread / 2, color="rule",
                                      width=0.75))
            top = y + (h - block_h(block)) / 2
            for part in block:
                pages[-1].append((layout.at(part, y=top + part.box.y - block[0].box.y), fig))
            pages[-1].append((layout.at(message, y=y + (h - message.box.h) / 2), None))
            y += h + spread
    out = []
    for page, entries in enumerate(pages):
        items = [e[0] if isinstance(e, tuple) else e for e in entries]
        ids = list(dict.fromkeys(e[1].figure_id for e in entries if isinstance(e, tuple) and e[1] is not None))
        title_text = word("summary_title", lang) + (word("cont", lang) if page else "")
        points = [row.point for row in summary if not row.figure_id or row.figure_id in ids]
        notes_of = {row.figure_id: row.notes for row in summary if row.figure_id}
        notes = "\n".join(points + ["\n".join(notes_of[i] for i in ids)])
        out.append(_slide("summary", title_text, items, notes, grid, None, ids))
    return out


def _agenda_slides(pack: Pack, grid: layout.Grid, lang: str, blocks=None, main=None, appendix=None) -> list[dict]:
    """The parts of the talk: the sections shown (in order), the timeline, the appendix."""
    entries: list[str] = []
    shown = [s for i in (main or []) for s in (blocks or {}).get(i, [])]
    order = []
    for s in shown:
        if s["section_id"] and s["section_id"] not in order:
            order.append(s["section_id"])
    titles = {sec.id: sec.title(lang) for sec in pack.data.sections}
    entries = [titles[i] for i in order if i in titles]
    if "timeline" in (main or []):
        entries.append(word("timeline", lang))
    if appendix:  # what it holds: data tables when a long deck put figures there
        tables = any(blocks[i][0]["kind"] == "table" for i in appendix if i in (blocks or {}) and blocks[i])
        entries.append(word("appendix_tables" if tables else "appendix", lang))
    return agenda_pages(entries, grid, lang)


def agenda_pages(entries: list[str], grid: layout.Grid, lang: str) -> list[dict]:
    """The parts of the talk, numbered, in one or two columns."""
    if not entries:
        return []
    area = grid.content
    cols = 2 if len(entries) > 5 else 1
    tiers = ((56.0, (22, 20, 18, style.BODY)), (46.0, (18, style.BODY)))  # (row pitch, label sizes)
    # tighter rows only when they keep on one page an agenda the usual ones would split
    pitch, sizes = next((t for t in tiers if len(entries) <= int((area.h + 8) // t[0]) * cols), tiers[0])
    rows = int((area.h + 8) // pitch)  # entries per column
    col_w = (area.w - style.GUTTER * (cols - 1)) / cols
    if pitch < tiers[0][0]:  # tight rows read evenly at one size
        sizes = (min(layout.text(e, 0, 0, col_w - 52, sizes, max_lines=2).size for e in entries),)
    per_page = rows * cols
    pages = -(-len(entries) // per_page)
    per_page = -(-len(entries) // pages)
    per_col = min(rows, -(-per_page // cols))
    title_text = word("agenda_title", lang, n=len(entries))
    notes = "\n".join(f"{i}. {e}" for i, e in enumerate(entries, 1))
    out = []
    for page, start in enumerate(range(0, len(entries), per_page)):
        items = []
        for i, entry in enumerate(entries[start:start + per_page]):
            col, row = divmod(i, per_col)
            x = area.x + col * (col_w + style.GUTTER)
            y = area.y + row * pitch
            items.append(Rect(Box(x, y + 4, 36, 36), fill="accent"))
            items.append(layout.text(str(start + i + 1), x, y + 10, 36, style.BODY, max_lines=1, bold=True,
                                     color="on_accent", align="center"))
            label = layout.text(entry, x + 52, y, col_w - 52, sizes, max_lines=2, role="subtitle")
            items.append(layout.at(label, y=max(y, y + 22 - label.box.h / 2)))  # centred on its badge
        out.append(_slide("agenda", title_text + (word("cont", lang) if page else ""), items, notes, grid))
    return out


def _divider_slide(titles: list[str], grid: layout.Grid, lang: str) -> dict:
    """The appendix divider: what follows, for whoever asks about the sources."""
    area = grid.content
    items = layout.bullet_pages([(t, None) for t in dict.fromkeys(titles)], area, (style.BODY, style.CAPTION),
                                max_lines=2)[0]
    return _slide("divider", word("appendix_title", lang), items, "", grid)


def _closing_slide(text: str, grid: layout.Grid) -> dict:
    """The presenter's own closing line, large and centred (only when the talk gives one)."""
    area = grid.content
    box = layout.text(text, area.x + 40, 0, area.w - 80, (32, 28, 24, 20), max_lines=4, role="subtitle", bold=True,
                      color="accent", align="center")
    placed = layout.at(box, y=area.y + (area.h - box.box.h) / 2)
    return {"kind": "closing", "title": text, "items": (placed,), "notes": text, "section_id": None,
            "figure_ids": ()}


def _section_blocks(pack: Pack, grid, lang, section) -> list[tuple]:
    """(slide id, slides, part, kind) for one section, in order; the part is 'main', 'appendix' or 'on request'.
    Cards, compositions and groups come as what makes their slides, with the kind of the first (`kind`; None
    for slides given): they are laid out only when a deck shows them (a big pack's long form mostly is not)."""
    out: list[tuple] = []
    loose = [f for f in pack.figures_in(section.id) if f.group is None]
    cards = [f for f in loose if not is_composition(f)]
    if cards:
        out.append((section.id, partial(_card_slides, pack, grid, lang, section, cards), "main", "kpis"))
    out += [(fig.id, partial(_composition_slides, pack, grid, lang, fig), "main", "chart")
            for fig in loose if is_composition(fig)]
    m = pack.data.map
    if m is not None and m.section == section.id:
        items = map_items(m, grid, lang)
        title_text = (m.message or m.title)(lang)
        out.append((m.id, [_slide("map", title_text, items,
                                  quote_notes(pack, lang, [m.quote], extra=m.reference(lang)), grid, section.id)],
                    "main", None))
    for group in pack.groups_in(section.id):
        figures = pack.group_figures(group.id)
        if figures:  # charts, else cards, else (compositions only) their charts
            kind = "kpis" if chart_kind(figures) is None and any(not is_composition(f) for f in figures) else "chart"
            out.append((group.id, partial(_group_slides, pack, grid, lang, group), "main", kind))
    for matrix in pack.in_section("matrices", section.id):
        title_text = (matrix.message or matrix.title)(lang)
        out.append((matrix.id, [_slide("matrix", title_text + (word("cont", lang) if page else ""), items,
                                       quote_notes(pack, lang, [matrix.quote]), grid, section.id)
                                for page, items in enumerate(matrix_pages(matrix, grid, lang))], "appendix", None))
    entities = _listed_entities(pack, section)  # none when every name is already beside its chart
    if entities:  # a talk may pick one section's named firms; the default appendix lists all at once
        out.append((f"{section.id}-entities", _entity_slides(pack, grid, lang, section, entities), "on request",
                    None))
    return out


def _card_slides(pack: Pack, grid, lang, section, figures) -> list[dict]:
    """A section's loose figures as cards under its message, over as many pages as they need."""
    return [_slide("kpis", section.message(lang) + (word("cont", lang) if page else ""), items,
                   figure_notes(pack, lang, ids), grid, section.id, ids, pack, lang)
            for page, (items, ids) in enumerate(kpi_slides(figures, grid, lang, _names(pack, lang)))]


def _group_slides(pack: Pack, grid, lang, group) -> list[dict]:
    figures = pack.group_figures(group.id)
    title_text = (group.message or group.title)(lang)
    if chart_kind(figures) is None:  # cards, and a composition among them still charts its parts
        cards = [f for f in figures if not is_composition(f)]
        return [_slide("kpis", title_text + (word("cont", lang) if page else ""), items,
                       figure_notes(pack, lang, ids), grid, group.section, ids, pack, lang)
                for page, (items, ids) in enumerate(kpi_slides(cards, grid, lang, _names(pack, lang)))] + [
            _composition_slide(pack, grid, lang, f) for f in figures if is_composition(f)]
    out = []
    for page, run in enumerate(layout.pages_of(len(figures), BARS_PER_SLIDE)):  # 9 bars: 5 + 4, never 8 + 1
        chunk = figures[run.start:run.stop]
        out.append(_chart_slide(pack, grid, lang, group, chunk, title_text + (word("cont", lang) if page else "")))
    return out


def _composition_slides(pack: Pack, grid, lang, fig) -> list[dict]:
    return [_composition_slide(pack, grid, lang, fig)]


def _composition_slide(pack: Pack, grid, lang, fig) -> dict:
    """A ratio whose named parts add up to 100 (三次产业结构为4.2:38.5:57.3): its parts as a chart, titled with
    the figure as the article says it."""
    title_text = punctuation(lang).labelled(fig.label(lang), display(fig, lang))
    return _chart_slide(pack, grid, lang, None, [fig], title_text, fig.section)


def _chart_slide(pack: Pack, grid, lang, group, figures, title_text, section_id=None, beside=()) -> dict:
    """The chart, and beside it only what the chart cannot show (figures_panel.py), or the `beside` figures'
    cards (a section's headline figures the chart does not hold); a period every bar shares is one line under
    the chart, the chart's footnote under that. `group` None: one figure's own chart."""
    area = grid.content
    meta = common_meta(figures, lang)
    meta_h = style.CAPTION * 1.2 + 6 if meta else 0.0
    chart_h = area.h - 36 - meta_h
    chart_w = area.w * 0.6
    panel_box = Box(area.x + chart_w + style.GUTTER, area.y, area.w - chart_w - style.GUTTER, area.h)
    beside_ids: list[str] = []
    if beside:
        panel, beside_ids = _side_cards(list(beside), panel_box, lang)
    else:
        try:
            panel = figure_panel(pack, figures, panel_box, lang)
        except layout.LayoutError:  # too many or too long to list beside the chart: the chart alone, wider
            panel = []
    chart = chart_for_group(group, figures, Box(area.x, area.y, chart_w if panel else area.w, chart_h), lang)
    section_id = group.section if group is not None else section_id
    if chart is None:  # too few bars to compare: the figures' cards, big numbers
        items, ids = kpi_slides(figures, grid, lang, _names(pack, lang))[0]
        return _slide("kpis", title_text, items, figure_notes(pack, lang, ids), grid, section_id, ids, pack, lang)
    chart, legend = with_legend(chart)
    items = [chart, *legend, *panel]
    y = max(i.box.bottom for i in [chart, *legend]) + 6
    if meta:
        items.append(layout.text(meta, area.x, y, chart.box.w, style.CAPTION, max_lines=1, role="caption",
                                 color="muted"))
        y += meta_h
    if chart.note:
        items.append(layout.text(chart.note, area.x, y + 2, chart.box.w, style.SMALL, max_lines=2,
                                 role="caption", color="muted"))
    ids = [f.id for f in figures] + beside_ids
    return _slide("chart", title_text, items, figure_notes(pack, lang, ids), grid, section_id, ids, pack, lang)


def _side_cards(figures: list, box: Box, lang: str) -> tuple[list, list[str]]:
    """Cards stacked in `box`, one value size for all: as many of `figures` (in order) as fit whole."""
    for n in range(len(figures), 0, -1):
        shown = figures[:n]
        card_h = (box.h - style.GUTTER * (n - 1)) / n
        parts = [card_parts(f, box.w, lang, compact=True) for f in shown]
        common = min(p[0].size for p in parts)
        parts = [card_parts(f, box.w, lang, compact=True, largest=common) for f in shown]
        try:
            items = [i for k, (f, p) in enumerate(zip(shown, parts))
                     for i in layout.card(Box(box.x, box.y + k * (card_h + style.GUTTER), box.w, card_h), p,
                                          dashed=getattr(f, "is_target", False), figure_id=f.id)]
        except layout.LayoutError:
            continue
        return items, [f.id for f in shown]
    return [], []


def _brief_slide(pack: Pack, grid, lang, section) -> dict | None:
    """A section on one slide (deck/brief.py): its message over its best chart and the headline figures the
    chart does not hold, or over its headline figures' cards; None for a section without figures."""
    headlines = headline_figures(pack, section)
    if not headlines:
        return None
    message = section.message(lang)
    chosen = best_chart(pack, section, headlines)
    if chosen is None:
        items, ids = kpi_slides(headlines[:MOST_CARDS], grid, lang, _names(pack, lang))[0]
        return _slide("kpis", message, items, figure_notes(pack, lang, ids), grid, section.id, ids, pack, lang)
    group, figures = chosen
    charted = {f.id for f in figures}
    beside = [f for f in headlines if f.id not in charted and not is_composition(f)][:BESIDE_CHART]
    return _chart_slide(pack, grid, lang, group, figures, message, section.id, beside)


def _names(pack: Pack, lang: str) -> dict[str, str]:
    """Figure id → the firms and institutions the article names in it, as one list."""
    out: dict[str, list[str]] = {}
    for e in pack.data.entities:
        if e.figure:
            out.setdefault(e.figure, []).append(e.name(lang))
    return {k: punctuation(lang).list_sep.join(v) for k, v in out.items()}


def _entity_lines(pack: Pack, lang: str, entities) -> list[tuple[str, str | None]]:
    """(text, figure id) per bullet: the firms linked to a figure in one line after it, the others alone."""
    by_figure: dict[str | None, list] = {}
    for entity in entities:
        by_figure.setdefault(entity.figure, []).append(entity)
    marks = punctuation(lang)
    lines = []
    for figure_id, members in by_figure.items():
        if figure_id is None:
            lines.extend((e.name(lang), None) for e in members)
        else:
            fig = pack.figure(figure_id)
            names = marks.list_sep.join(e.name(lang) for e in members)
            lines.append((marks.labelled(marks.aside(fig.label(lang), display(fig, lang)), names), figure_id))
    return lines


def _listed_entities(pack: Pack, section) -> list:
    """A section's named entities not already named beside their chart."""
    entities = pack.in_section("entities", section.id)
    charted = {f.id for g in pack.groups_in(section.id) if chart_kind(pack.group_figures(g.id))
               for f in pack.group_figures(g.id)}
    return entities if any(e.figure not in charted for e in entities) else []


def _list_slides(pack, grid, lang, title_text, groups, quotes, section_id=None) -> list[dict]:
    pages = grouped_pages(groups, grid.content, word("cont", lang))
    out = []
    for page, items in enumerate(pages):
        ids = [tb.figure_id for tb in items if tb.figure_id]
        out.append(_slide("list", title_text + (word("cont", lang) if page else ""), items,
                          _notes(pack, lang, ids, quotes), grid, section_id, ids))
    return out


def _entity_slides(pack: Pack, grid, lang, section, entities) -> list[dict]:
    """One section's named firms and institutions (a talk may pick them alone)."""
    groups = [(section.title(lang), _entity_lines(pack, lang, entities))]
    return _list_slides(pack, grid, lang, named_title(entities, lang, section.title(lang)), groups,
                        [e.quote for e in entities], section.id)


def _all_entity_slides(pack: Pack, grid, lang) -> list[dict]:
    """Every section's named firms and institutions under its heading, on as few pages as they fill."""
    groups, quotes, listed = [], [], []
    for section in pack.data.sections:
        entities = _listed_entities(pack, section)
        if entities:
            groups.append((section.title(lang), _entity_lines(pack, lang, entities)))
            quotes += [e.quote for e in entities]
            listed += entities
    if not groups:
        return []
    return _list_slides(pack, grid, lang, named_title(listed, lang), groups, quotes)


def _timeline_slides(pack: Pack, grid, lang) -> list[dict]:
    events = pack.events_by_date
    most = 6 if grid.width > 800 else 5
    for per_slide in range(most, 0, -1):  # fewer, wider columns when an entry is too long for its column
        runs = layout.pages_of(len(events), per_slide)  # even pages: 5 are 3 + 2, never 4 + 1
        try:
            pages = [timeline_items(pack, events[r.start:r.stop], grid, lang) for r in runs]
            break
        except layout.LayoutError:
            continue
    else:
        raise layout.LayoutError("a timeline entry does not fit even alone on a slide")
    out = []
    for page, (run, (items, ids)) in enumerate(zip(runs, pages)):
        chunk = events[run.start:run.stop]
        title_text = word("timeline_title", lang, n=len(events), first=date_text(events[0].date, lang),
                          last=date_text(events[-1].date, lang)) + (word("cont", lang) if page else "")
        notes = _notes(pack, lang, ids, [e.quote for e in chunk])
        out.append(_slide("timeline", title_text, items, notes, grid, None, ids))
    return out


def source_paras(pack: Pack, lang: str) -> list[str]:
    """What the sources slide says of one pack: its article, source, figures and reference data."""
    d = pack.data
    paras = [word("article", lang, title=d.article.title, title_en=d.article.title_en),
             word("source_prefix", lang) + d.article.source(lang),
             word("figure_count", lang, n=len(d.figures))]
    if d.map is not None:
        paras.append(word("reference", lang, text=d.map.reference(lang)))
    if d.images:
        paras.append(word("images", lang, captions=punctuation(lang).list_sep.join(i.caption(lang) for i in d.images)))
    return paras


def source_notes(pack: Pack, lang: str) -> str:
    d = pack.data
    return "\n".join([word("original_title", lang, title=d.article.title),
                      quote_notes(pack, lang, [d.article.source_quote] + [i.quote for i in d.images])])


def _sources_slides(pack: Pack, grid, lang) -> list[dict]:
    return sources_slides(source_paras(pack, lang), source_notes(pack, lang), grid, lang)


def sources_slides(paras: list[str], notes: str, grid, lang) -> list[dict]:
    pages = layout.bullet_pages([(p, None) for p in paras], grid.content, (style.BODY, style.LABEL), gap=14)
    return [_slide("sources", word("sources_title", lang) + (word("cont", lang) if page else ""), items, notes, grid)
            for page, items in enumerate(pages)]
