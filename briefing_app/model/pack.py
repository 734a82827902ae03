"""Loading a pack: read, parse, validate schema and provenance, and answer questions about it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError

from . import cells, lint, provenance
from .format import period_text, qualifier_text
from ..resources import bundled_pack
from .problems import PackError, Problem
from .schema import FIGURE_TYPES, PATTERN_WORDS, PackData
from .untranslated import untranslated_paths
from .yamlfile import parse_yaml, read_text



@dataclass(frozen=True)
class Pack:
    """A validated pack with its article. Read-only: views and exports only look."""

    path: Path
    data: PackData
    article: str
    _headings: list[tuple[int, str]] = field(repr=False, compare=False)
    _lines: object = field(default=None, repr=False, compare=False)  # the YAML line map, for `warnings`
    #: English still marked untranslated (see untranslated.py): `check` warns, an English export refuses.
    untranslated: tuple[Problem, ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def warnings(self) -> tuple[Problem, ...]:
        """Advice `check` prints (FILE:LINE: field: warning: …); worked out when asked, as exports never show it."""
        if self._lines is None:
            return ()
        found = [Problem(str(self.path), line, dotted, message, warning=True)
                 for line, dotted, message in lint.pack_warnings(self._lines.root, self.data)]
        for loc, message in provenance.ambiguous_quotes(self.data, self.article):
            line, dotted = self._lines.locate(loc)
            found.append(Problem(str(self.path), line, dotted, message, warning=True))
        original = self.data.article.original
        message = _original_problem(self.path.parent, original) if original else None
        if message:
            line, dotted = self._lines.locate(("article", "original", "sha256"))
            found.append(Problem(str(self.path), line, dotted, message, warning=True))
        return tuple(found)

    # --- lookups -------------------------------------------------------------------------------
    @cached_property
    def figures_by_id(self) -> dict:
        return {f.id: f for f in self.data.figures}

    def figure(self, figure_id: str):
        return self.figures_by_id[figure_id]

    def figures_in(self, section_id: str) -> list:
        return [f for f in self.data.figures if f.section == section_id]

    def group_figures(self, group_id: str) -> list:
        return [f for f in self.data.figures if f.group == group_id]

    def groups_in(self, section_id: str) -> list:
        return [g for g in self.data.groups if g.section == section_id]

    def in_section(self, key: str, section_id: str) -> list:
        """Entities, events, matrices or images of one section."""
        return [item for item in getattr(self.data, key) if item.section == section_id]

    @property
    def headlines(self) -> list:
        return [f for f in self.data.figures if f.headline]

    @property
    def events_by_date(self) -> list:
        return sorted(self.data.events, key=lambda e: e.date)

    def heading_of(self, quote: str) -> str:
        """The article heading above a quote (the article title for the lead)."""
        start = self.article.index(quote)
        current = self._headings[0][1] if self._headings else ""
        for offset, heading in self._headings:
            if offset > start:
                break
            current = heading
        return current

    def scope_label(self, fig, lang: str) -> str:
        return self.data.scopes[fig.scope](lang)

    def figure_meta(self, fig, lang: str, *, qualifier: bool = True) -> list[str]:
        """What every view says beside a value: its period, what kind of number it is, whose it is."""
        parts = [period_text(fig.period, lang), qualifier_text(fig, lang) if qualifier else "",
                 self.scope_label(fig, lang)]
        return [p for p in parts if p]

    def cited_quotes(self, cells: bool = True) -> list[str]:
        """Every distinct quote the pack cites, in article order; with `cells=False`, without the table rows
        that only figures of a table cell cite (those cite a cell, not the row)."""
        quotes = {q for q in self._all_quotes(cells)}
        return sorted(quotes, key=self.article.index)

    @property
    def cell_figures(self) -> list:
        """The figures read from a table cell the check found (model/cells.py), in pack order."""
        return [f for f in self.data.figures if f.cell is not None and f.cell.found is not None]

    def _all_quotes(self, cells: bool = True):
        d = self.data
        yield from (f.quote for f in d.figures if cells or f.cell is None)
        for items in (d.entities, d.events, d.matrices, d.images):
            yield from (item.quote for item in items)
        if d.map:
            yield d.map.quote
        yield d.article.source_quote


def _headings(article: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(1).strip()) for m in re.finditer(r"^#+\s*(.+)$", article, re.M)]


def load_pack(path: str | Path | None = None) -> Pack:
    """Load and fully check a pack; raises PackError listing every problem with its line."""
    path = Path(path) if path is not None else bundled_pack()
    label = str(path)
    text = read_text(path, label, "(file)")
    raw, lines = parse_yaml(text, label, FIGURE_TYPES)
    if not isinstance(raw, dict):
        raise PackError([Problem(label, 1, "(file)", "a pack must be a mapping of keys (format, id, figures…)")])

    def problem(loc, message) -> Problem:
        line, dotted = lines.locate(tuple(loc))
        return Problem(label, line, dotted, message)

    try:
        data = PackData.model_validate(raw)
    except ValidationError as exc:
        found = [problem(_location(e), _message(e)) for e in exc.errors()]
        raise PackError(list(dict.fromkeys(found))) from None  # a union reports one problem per member

    problems = [problem(loc, msg) for loc, msg in provenance.reference_problems(data)]
    article_path = path.parent / data.article.file
    try:
        _inside_folder(article_path, path.parent)
        article = read_text(article_path, str(article_path), "article")
    except PackError as exc:
        line, dotted = lines.locate(("article", "file"))
        raise PackError(problems + [Problem(label, line, dotted, f"{data.article.file}: {p.message}")
                                    for p in exc.problems]) from None
    problems += [problem(loc, msg) for loc, msg in provenance.quote_problems(data, article)]
    problems += [problem(loc, msg) for loc, msg in provenance.message_problems(data, article)]
    problems += [problem(loc, msg) for loc, msg in provenance.figure_problems(data)]
    problems += [problem(loc, msg) for loc, msg in cells.cell_problems(data, article)]
    if problems:
        raise PackError(problems)
    untranslated = tuple(Problem(label, *lines.locate(tuple(loc)), "English not translated yet", warning=True)
                         for loc in untranslated_paths(data))
    return Pack(path=path, data=data, article=article, _headings=_headings(article), _lines=lines,
                untranslated=untranslated)


def _inside_folder(article: Path, folder: Path) -> None:
    """Refuse an article that a symlink takes out of the pack's folder (a pack handed over must not read
    other files of the machine)."""
    try:
        real, home = article.resolve(), folder.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        raise PackError([Problem(str(article), 1, "article", "cannot be resolved (symlink loop?)")]) from None
    if real.exists() and not real.is_relative_to(home):
        raise PackError([Problem(str(article), 1, "article",
                                 f"is a link to {real}, outside the pack's folder; copy the article beside the pack")])


def _original_problem(folder: Path, original) -> str | None:
    """Why the original the article was converted from no longer backs it (missing, changed), or None."""
    import hashlib

    path = folder / original.file
    try:
        _inside_folder(path, folder)
        with path.open("rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
    except PackError:
        return f"the original {original.file} is a link outside the pack's folder; it was not read"
    except FileNotFoundError:
        return f"the original {original.file} is missing; the converted article stays the one checked"
    except OSError as exc:
        return f"the original {original.file} cannot be read ({exc.strerror or exc})"
    if digest != original.sha256:
        return (f"the original {original.file} has changed since it was converted; draft it again "
                "(or check the converted article against it) before trusting the quotes")
    return None


def _location(error: dict) -> tuple:
    loc = tuple(error["loc"])
    return loc + ("type",) if error["type"] == "union_tag_invalid" else loc


def _message(error: dict) -> str:
    message = error["msg"].removeprefix("Value error, ")
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        key = str(error["loc"][-1]) if error["loc"] else ""
        if error.get("input") is None and key[:1].isdigit():
            return ("unknown key: a comma inside {…} split the text before it; put that text in quotes "
                    "(en: \"per 10,000 people\") or write the mapping in block style")
        return "unknown key"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected', '')} (got {error.get('input')!r})"[:300]
    if kind == "union_tag_invalid":
        return f"type must be one of {ctx.get('expected_tags', '')} (got {ctx.get('tag')!r})"[:300]
    if kind == "string_pattern_mismatch":
        words = PATTERN_WORDS.get(ctx.get("pattern", ""), "has the wrong form")
        return f"{words} (got {error.get('input')!r})"[:300]
    if error["type"] == "missing":
        return "required key is missing"
    if error["type"] in ("finite_number",):
        return "must be a finite number (NaN and infinity are not allowed)"
    value = error.get("input")
    if error["type"].endswith("_type") and not isinstance(value, (dict, list)):
        return f"{message} (got {value!r})"[:300]
    return message
