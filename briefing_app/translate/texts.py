"""Every English text of a pack still marked untranslated: where it is (the location `check` reports), its
Chinese, what kind of text it is, where a person sees it (tab, Overview card, slide) and the article sentence
it belongs to, for context."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel

from ..model import Pack
from ..model.cells import citation
from ..model.untranslated import untranslated_paths

#: What a text is, from the key holding it (the last key of its location before `en`).
KINDS = {"label": "label", "title": "title", "subtitle": "subtitle", "message": "message",
         "name": "name", "detail": "detail", "note": "note", "method": "derivation", "among": "ranked among",
         "of": "share of", "source": "source", "caption": "caption", "cell": "matrix cell", "reference": "reference",
         "title_en": "article title", "unit_en": "counted noun", "region": "region", "rows": "matrix row",
         "columns": "matrix column"}
ITEMS = {"figures": "figure", "sections": "section", "groups": "group", "entities": "entity", "events": "event",
         "scopes": "scope", "places": "place", "matrices": "matrix", "images": "image"}


@dataclass(frozen=True)
class Text:
    loc: tuple  # the English text's location, as pydantic and `check` give it: ('figures', 3, 'label', 'en')
    path: str  # the same, dotted: figures[3].label.en
    line: int
    zh: str
    kind: str  # "figure label", "section title"…
    where: str = ""  # "tab 工业; Overview card; slide 5"
    context: str = ""  # the article sentence it belongs to

    @property
    def owner(self) -> tuple:
        """The location of the pack item (figure, section…) holding the text: ('figures', 3)."""
        for i in range(len(self.loc) - 1, -1, -1):
            if isinstance(self.loc[i], int) and self.loc[i - 1] in ITEMS:
                return self.loc[:i + 1]
        return self.loc[:1]


def get(node, loc: tuple):
    """The value at a pydantic-style location (keys are the YAML keys, i.e. field aliases)."""
    for key in loc:
        if isinstance(node, BaseModel):
            fields = type(node).model_fields
            name = next((n for n, f in fields.items() if (f.alias or n) == key), key)
            node = getattr(node, name)
        else:
            node = node[key]
    return node


def chinese_of(data, loc: tuple) -> str:
    """The Chinese an English text translates: the `zh` beside an `en`, `title` beside `title_en`, `unit`
    beside `unit_en`."""
    key = loc[-1]
    sibling = "zh" if key == "en" else key.removesuffix("_en")
    return str(get(data, loc[:-1] + (sibling,)))


def kind_of(loc: tuple) -> str:
    """'figure label', 'section title', 'scope name', 'article title'…"""
    keys = [k for k in loc if isinstance(k, str) and k not in ("en", "zh")]
    item = next((ITEMS[k] for k in reversed(keys) if k in ITEMS), "")
    if item == "scope":
        return "scope name"
    field = KINDS.get(keys[-1], keys[-1]) if keys and keys[-1] not in ITEMS else ""
    return f"{item} {field}".strip() if item else field


def dotted(loc: tuple) -> str:
    return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in loc).lstrip(".")


def untranslated_texts(pack: Pack, *, where: bool = True) -> list[Text]:
    """Every untranslated English text of `pack`, in file order, with its Chinese, kind, place and context."""
    d = pack.data
    lines = {p.path: p.line for p in pack.untranslated}
    places = where_used(pack) if where else {}
    out = []
    for loc in untranslated_paths(d):
        loc = tuple(loc)
        path = dotted(loc)
        text = Text(loc, path, lines.get(path, 0), chinese_of(d, loc), kind_of(loc))
        owner = get(d, text.owner) if text.owner and text.owner[0] in ITEMS else None
        quote = getattr(owner, "quote", None) if owner is not None else None
        context = (citation(owner, "zh") or sentence_of(pack.article, quote)) if quote else ""  # a cell: its table
        if not context and text.owner[:1] == ("sections",):
            context = _heading_line(pack.article, text.zh)
        if not context and loc[:1] in (("title",), ("subtitle",), ("article",)):
            context = d.article.title
        out.append(Text(loc, path, text.line, text.zh, text.kind, places.get(text.owner, places.get(loc[:1], "")),
                        context))
    return sorted(out, key=lambda t: t.line)


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def sentence_of(article: str, quote: str) -> str:
    """The article sentence holding `quote` (the whole quote when it spans sentences)."""
    at = article.find(quote)
    if at < 0:
        return quote
    start = max((m.end() for m in _SENTENCE_END.finditer(article, 0, at)), default=0)
    end_match = _SENTENCE_END.search(article, at + len(quote))
    end = end_match.end() if end_match else len(article)
    return article[start:end].strip()


def _heading_line(article: str, title: str) -> str:
    for line in article.splitlines():
        if title in line and (line.startswith("#") or len(line) < 40):
            return line.lstrip("# ").strip()
    return ""


def where_used(pack: Pack) -> dict[tuple, str]:
    """Where each pack item is seen: its tab, an Overview card for a headline, and its slides in the deck."""
    from ..deck.build import build_deck

    d = pack.data
    sections = {s.id: s.title.zh for s in d.sections}
    tab_of = lambda section: f"tab {sections.get(section, section)}"  # noqa: E731
    try:
        slides = build_deck(pack, "zh").slides
    except Exception:  # a pack the deck cannot lay out still lists its texts, without slide numbers
        slides = []
    by_figure: dict[str, list[int]] = {}
    by_section: dict[str, list[int]] = {}
    for number, slide in enumerate(slides, 1):
        ids = set(getattr(slide, "figure_ids", ()) or ()) | {getattr(i, "figure_id", None) for i in slide.items}
        for fid in ids - {None}:
            by_figure.setdefault(fid, []).append(number)
        if getattr(slide, "section_id", None):
            by_section.setdefault(slide.section_id, []).append(number)

    def slides_text(numbers) -> str:
        numbers = sorted(set(numbers))
        return ("slide " if len(numbers) == 1 else "slides ") + ", ".join(map(str, numbers)) if numbers else ""

    out: dict[tuple, str] = {("title",): "window title; title slide", ("subtitle",): "title slide",
                             ("article",): "Source tab; sources slide", ("scopes",): "every card's meta line"}
    for i, f in enumerate(d.figures):
        parts = [tab_of(f.section), "Overview card" if f.headline else "", slides_text(by_figure.get(f.id, ()))]
        out[("figures", i)] = "; ".join(p for p in parts if p)
    for i, s in enumerate(d.sections):
        out[("sections", i)] = "; ".join(p for p in (tab_of(s.id), slides_text(by_section.get(s.id, ()))) if p)
    for i, g in enumerate(d.groups):
        members = [n for f in d.figures if f.group == g.id for n in by_figure.get(f.id, ())]
        out[("groups", i)] = "; ".join(p for p in (tab_of(g.section), "chart title", slides_text(members)) if p)
    for key, tab in (("entities", None), ("events", "tab Timeline")):
        for i, item in enumerate(getattr(d, key)):
            out[(key, i)] = tab or tab_of(item.section)
    for key in ("matrices", "images"):
        for i, item in enumerate(getattr(d, key)):
            out[(key, i)] = tab_of(item.section)
    return out
