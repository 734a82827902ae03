"""The deck of a talk over several packs (deck/talk.py `packs:`), and the one entry point every command,
the presentation and the Talk view use to turn a talk (or none) into a deck.

Each pack's slides are the ones its own deck has (deck/build.py), their slide, section and figure ids
prefixed with the pack's key (`q24:overview`, `q24:gdp`), each keeping its pack's footer source line. The
talk's own slides speak for the whole talk: `title` (its title line, occasion, date and presenter, the
articles it draws on), `summary` (the messages of the sections and series it shows, each beside its figure),
`agenda` (one part per pack, the series, the appendix) and `sources` (every article). `series:KEY` draws an
indicator over all the talk's packs.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from ..i18n import punctuation
from ..model import Pack, PackError, Problem, load_pack
from ..model.format import date_text
from ..typography.breaking import keeping_words
from . import layout, style
from .build import (Blocks, SummaryRow, _blocks, _closing_slide, _divider_slide, agenda_pages, block_title, build_deck,
                    row_parts, section_rows, source_notes, source_paras, sources_slides, summary_slides, talk_rows)
from .figure_sources import DeckPacks
from .notes import figure_notes, quote_notes
from .series import build_series, series_keys
from .series_slide import series_slide, series_source
from .slides import Box, Chart, Deck, Rect, Slide, Table
from .talk import SERIES_PREFIX, TALK_SLIDES, Talk
from .vocabulary import pack_words
from .words import word


def load_talk_packs(talk: Talk) -> dict[str, Pack]:
    """The talk's packs by key, loaded and checked; a missing file is named at its line of the talk."""
    missing = [Problem(str(talk.path), talk.line_of("packs", key), f"packs.{key}", f"no such file: {path}")
               for key, path in talk.packs.items() if not Path(path).is_file()]
    if missing:
        raise PackError(missing)
    return {key: load_pack(path) for key, path in talk.packs.items()}


def talk_deck(pack: Pack | None, talk: Talk | None, lang: str, aspect: str = "16:9",
              packs: dict[str, Pack] | None = None) -> tuple[Deck, DeckPacks]:
    """The deck to show or write, and the packs its figure ids resolve in: a talk over several packs (its
    `packs`, loaded unless given), else `pack` (None: the talk's pack, or the bundled one) with the talk's
    choice of slides, if any."""
    if talk is not None and talk.several:
        packs = packs if packs is not None else load_talk_packs(talk)
        return build_talk_deck(packs, lang, aspect, talk), DeckPacks(packs)
    if pack is None:
        pack = load_pack(talk.pack if talk is not None else None)
    return build_deck(pack, lang=lang, aspect=aspect, talk=talk), DeckPacks.of(pack)


def build_talk_deck(packs: dict[str, Pack], lang: str, aspect: str, talk: Talk) -> Deck:
    words = frozenset().union(*(pack_words(p) for p in packs.values())) if lang == "zh" else frozenset()
    with keeping_words(words):
        return _build(packs, lang, aspect, talk)


def _qualify(slide: dict, key: str) -> dict:
    """A pack's slide with its slide, section and figure ids prefixed by the pack's key."""
    def q(value):
        return f"{key}:{value}" if value else value

    items = []
    for item in slide["items"]:
        if isinstance(item, Chart):
            item = replace(item, points=tuple(replace(p, figure_id=q(p.figure_id)) for p in item.points))
        elif isinstance(item, Table):
            item = replace(item, rows=tuple(tuple(replace(c, figure_id=q(c.figure_id)) for c in row)
                                            for row in item.rows))
        elif getattr(item, "figure_id", None):
            item = replace(item, figure_id=q(item.figure_id))
        items.append(item)
    return dict(slide, slide_id=q(slide["slide_id"]), section_id=q(slide["section_id"]), items=tuple(items),
                figure_ids=tuple(q(f) for f in slide["figure_ids"]))


def _qualified(blocks, slide_id: str, key: str) -> list[dict]:
    """A pack's block, its ids prefixed with the pack's key."""
    return [_qualify(s, key) for s in blocks[slide_id]]


def _sources_line(packs, lang: str) -> str:
    names = dict.fromkeys(p.data.article.source(lang) for p in packs)
    return word("source_prefix", lang) + punctuation(lang).list_sep.join(names)


def every_talk_slide(packs: dict[str, Pack], lang: str, aspect: str, talk: Talk
                     ) -> tuple[Deck, list[tuple[str, str, bool]]]:
    """A deck of every slide a talk over these packs may show, and the default talk's rows (slide id, part,
    shown), as deck/build.py `every_slide` gives them for one pack."""
    words = frozenset().union(*(pack_words(p) for p in packs.values())) if lang == "zh" else frozenset()
    with keeping_words(words):
        grid = layout.Grid(*style.SIZES[aspect])
        blocks, source_of, main, appendix, on_request = _pack_blocks(packs, grid, lang, True)
        rows = talk_rows(blocks, main, appendix, on_request)
        return _assemble(packs, grid, lang, aspect, talk, blocks, source_of, *row_parts(rows)), rows


def _pack_blocks(packs: dict[str, Pack], grid, lang: str, picked: bool):
    """Every pack's blocks with qualified ids, each block's footer line, and the default main part, appendix
    and slides on request."""
    blocks = Blocks()
    source_of: dict[str, str] = {}  # slide id → its footer line
    main: list[str] = ["title", "summary", "agenda"]
    appendix: list[str] = []
    on_request: list[str] = []
    for key, pack in packs.items():
        own, own_main, own_appendix, own_request = _blocks(pack, grid, lang, None, every=picked)
        line = word("source_prefix", lang) + pack.data.article.source(lang)
        for slide_id in own:
            if own.made(slide_id):  # each laid out when shown, as in the pack's own deck
                blocks[f"{key}:{slide_id}"] = partial(_qualified, own, slide_id, key)
                source_of[f"{key}:{slide_id}"] = line
        main += [f"{key}:{i}" for i in own_main if i not in TALK_SLIDES]
        appendix += [f"{key}:{i}" for i in own_appendix if i not in TALK_SLIDES]
        on_request += [f"{key}:{i}" for i in own_request]
    appendix.append("sources")
    return blocks, source_of, main, appendix, on_request


def _build(packs: dict[str, Pack], lang: str, aspect: str, talk: Talk) -> Deck:
    grid = layout.Grid(*style.SIZES[aspect])
    picked = talk.slides is not None or talk.appendix is not None
    blocks, source_of, main, appendix, _on_request = _pack_blocks(packs, grid, lang, picked)
    pairs = list(packs.items())
    known = list(TALK_SLIDES) + list(blocks) + [SERIES_PREFIX + k for k in series_keys(pairs)]
    if picked:
        talk.check_ids(known)
        main = list(talk.slides) if talk.slides is not None else [i for i in main if i not in talk.appendix]
        appendix = list(talk.appendix or ())
    return _assemble(packs, grid, lang, aspect, talk, blocks, source_of, main, appendix)


def _assemble(packs: dict[str, Pack], grid, lang: str, aspect: str, talk: Talk, blocks, source_of, main, appendix
              ) -> Deck:
    """The talk's own slides (title, summary, agenda, sources, its series) and the deck in this order."""
    pairs = list(packs.items())
    series = {key: built for key in talk.series_keys() if (built := build_series(key, pairs)) is not None}
    for key, one in series.items():
        blocks[SERIES_PREFIX + key] = [dict(series_slide(one, grid, lang), slide_id=SERIES_PREFIX + key)]
        source_of[SERIES_PREFIX + key] = series_source(one, lang)
    everything = _sources_line(packs.values(), lang)
    blocks["title"] = [_title_slide(packs, grid, lang, talk)]
    blocks["summary"] = summary_slides(_summary_rows(packs, series, blocks, main, lang), grid, lang)
    blocks["agenda"] = agenda_pages(_parts(packs, main, appendix, lang), grid, lang)
    blocks["sources"] = sources_slides([p for pack in packs.values() for p in source_paras(pack, lang)],
                                       "\n".join(source_notes(pack, lang) for pack in packs.values()), grid, lang)
    slides: list[dict] = []
    for slide_id in main:
        slides += [dict(s, slide_id=slide_id) if slide_id in TALK_SLIDES else s for s in blocks[slide_id]]
    closing = talk.text("closing", lang)
    if closing:
        slides.append(dict(_closing_slide(closing, grid), slide_id="closing"))
    if appendix:
        titles = [block_title(blocks[i], lang) for i in appendix if blocks.get(i)]
        slides.append(dict(_divider_slide(titles, grid, lang), slide_id="appendix"))
        for slide_id in appendix:
            slides += [dict(s, slide_id=slide_id) if slide_id in TALK_SLIDES else s for s in blocks[slide_id]]
    built = tuple(Slide(number=i, source_line="" if s["kind"] == "title" else source_of.get(s["slide_id"], everything),
                        **s) for i, s in enumerate(slides, 1))
    title = _talk_title(packs, talk, lang)
    return Deck(lang=lang, aspect=aspect, width=grid.width, height=grid.height, title=title,
                subject=talk.text("occasion", lang) or "", source=everything, footer_source=grid.footer_source,
                footer_number=grid.footer_number, footer_size=style.SMALL, slides=built)


def _talk_title(packs: dict[str, Pack], talk: Talk, lang: str) -> str:
    """The talk's own title line; else its occasion; else its first pack's title."""
    return talk.text("title", lang) or talk.text("occasion", lang) or next(iter(packs.values())).data.title(lang)


def _title_slide(packs: dict[str, Pack], grid, lang: str, talk: Talk) -> dict:
    """The talk's title, then the meeting (occasion · date · presenter), the articles it draws on and their
    sources."""
    x, w = style.MARGIN + 20, grid.width - 2 * style.MARGIN - 40
    title = _talk_title(packs, talk, lang)
    meeting = [talk.text("occasion", lang) if talk.text("title", lang) else None,
               date_text(talk.date, lang) if talk.date else None, talk.text("presenter", lang)]
    marks = punctuation(lang)
    articles = marks.list_sep.join(word("in_article", lang, title=p.data.article.title, title_en=p.data.article.title_en)
                                   for p in packs.values())
    parts = [layout.text(title, x, 0, w, (40, 36, 32, 28), max_lines=2, role="title", bold=True, color="accent")]
    if any(meeting):
        parts.append(layout.text(" · ".join(m for m in meeting if m), x, 0, w, (22, 20, 18), max_lines=2,
                                 role="subtitle", bold=True))
    parts += [
        layout.text(word("based_on_several", lang, n=len(packs), articles=articles), x, 0, w, style.CAPTION,
                    max_lines=5, role="caption", color="muted"),
        layout.text(_sources_line(packs.values(), lang), x, 0, w, style.LABEL, max_lines=2, role="caption",
                    color="muted"),
    ]
    total = layout.height_of(parts, 14)
    top = max(style.MARGIN + 20, (grid.height - total) / 2)
    placed = layout.stack([layout.at(parts[0], y=top)] + parts[1:], 14)
    rule = Rect(Box(x, placed[0].box.y - 18, 120, 4), fill="accent")
    notes = "\n".join(word("original_title", lang, title=p.data.article.title) + "\n"
                      + quote_notes(p, lang, [p.data.article.source_quote]) for p in packs.values())
    return {"kind": "title", "title": title, "items": (*placed, rule), "notes": notes, "section_id": None,
            "figure_ids": (), "slide_id": "title"}


def _summary_rows(packs: dict[str, Pack], series: dict, blocks: dict, main: list[str], lang: str) -> list[SummaryRow]:
    """The messages of what the talk shows, in its order: each section shown (any of its slides in the main
    part) beside its headline figure, each series beside its latest value."""
    rows: list[SummaryRow] = []
    seen: set[str] = set()
    for slide_id in main:
        if slide_id.startswith(SERIES_PREFIX) and slide_id in blocks:
            slide, one = blocks[slide_id][0], series[slide_id[len(SERIES_PREFIX):]]
            latest = one.latest
            rows.append(SummaryRow(slide["title"], one.display(latest, lang), one.label(lang),
                                   latest.figure_id, word("talking_point", lang) + slide["title"],
                                   figure_notes(latest.pack, lang, [latest.figure.id])))
            continue
        key, _sep, _rest = slide_id.partition(":")
        for slide in blocks.get(slide_id, []) if key in packs else []:
            section = slide.get("section_id")
            if section and section not in seen:
                seen.add(section)
                pack = packs[key]
                sec = next(s for s in pack.data.sections if s.id == section.partition(":")[2])
                rows += section_rows(pack, lang, [sec], prefix=f"{key}:")
    return rows


def _parts(packs: dict[str, Pack], main: list[str], appendix: list[str], lang: str) -> list[str]:
    """The agenda: one part per pack shown in the main part (its title), the series, the appendix."""
    parts: list[str] = []
    for slide_id in main:
        key = slide_id.partition(":")[0]
        if slide_id.startswith(SERIES_PREFIX):
            part = word("series_part", lang)
        elif key in packs and ":" in slide_id:
            part = packs[key].data.title(lang)
        else:
            continue
        if part not in parts:
            parts.append(part)
    if appendix:
        parts.append(word("appendix", lang))
    return parts
