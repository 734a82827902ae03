"""Editing a pack file in place: add, change and delete figures, keeping the person's comments, key
order and layout (ruamel.yaml round-trip), with undo/redo and `check`'s problems after every change.

Only the pack file is ever written, atomically; the article is read, never changed. Qt-free: the app's
editing panels (ui/editing) drive this object.

No lost update: the editor remembers what the file held when it was read (`base`); a save merges the edit
with whatever changed on disk since (a text editor, a synced folder, another window) and refuses, writing
nothing, when both changed the same lines (`revisions.EditConflict`). Undo and redo are steps (before,
after) merged the same way, so undoing one's own edit never undoes someone else's.
"""

from __future__ import annotations

import dataclasses
import io
import os
import tempfile
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import ScalarString

from ..model import PackError, Problem, load_pack
from ..revisions import EditConflict, Snapshot, merge, read_snapshot, save_text
from .article import parse_article
from .build import _Drafter
from .numbers import find_numbers, plan_of
from .periods import period_for
from .tables import cell_at
from .textsplice import splice_texts

#: Keys of a figure in the order a person reads them (new figures are written in this order).
FIGURE_KEYS = ["id", "series", "section", "group", "headline", "type", "label", "value", "from", "unit", "unit_en", "per",
               "qualifier", "plan", "target_year", "tied", "among", "rose", "of", "parts", "direction", "word",
               "base", "than", "to", "period", "scope", "note", "quote"]


def _yaml() -> YAML:
    y = YAML()  # round-trip: comments, order and flow/block style survive
    y.preserve_quotes = True
    y.width = 4096  # never fold a long quote onto two lines
    y.indent(mapping=2, sequence=4, offset=2)
    y.representer.add_representer(type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    return y


class PackEditor:
    """One pack file being edited. Every change is applied to the text and kept only if it parses."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.base: Snapshot = read_snapshot(self.path)  # the file as last read or written by this editor
        self.text = self.base.text
        self._undo: list[tuple[str, str]] = []  # (text before, text after) of each change
        self._redo: list[tuple[str, str]] = []

    @classmethod
    def of_text(cls, path: Path, text: str) -> PackEditor:
        """An editor of `text` as if `path` held it (a form's change made on what the form showed)."""
        editor = cls.__new__(cls)
        editor.path, editor.base, editor.text = Path(path), Snapshot(text, None), text
        editor._undo, editor._redo = [], []
        return editor

    @property
    def saved_text(self) -> str:
        return self.base.text

    # --- reading ------------------------------------------------------------------------------
    def data(self):
        return _yaml().load(self.text)

    def figures(self) -> CommentedSeq:
        return self.data()["figures"]

    def figure(self, figure_id: str) -> dict:
        for fig in self.figures():
            if fig.get("id") == figure_id:
                return _plain(fig)
        raise KeyError(figure_id)

    def figure_ids(self) -> list[str]:
        return [str(f.get("id")) for f in self.figures()]

    # --- changing -----------------------------------------------------------------------------
    def add_figure(self, fields: dict, after: str | None = None) -> str:
        """Insert a figure (after figure `after`, else after the last figure of its section)."""
        data = self.data()
        figures = data["figures"]
        fields = dict(fields)
        fields["id"] = self._free_id(fields.get("id") or "figure", {str(f.get("id")) for f in figures})
        index = len(figures)
        anchor = after or next((str(f["id"]) for f in reversed(figures) if f.get("section") == fields.get("section")),
                               None)
        for i, fig in enumerate(figures):
            if str(fig.get("id")) == anchor:
                index = i + 1
        figures.insert(index, _figure_map(fields, flow=_is_flow(figures)))
        self._commit(data)
        return fields["id"]

    def update_figure(self, figure_id: str, fields: dict) -> None:
        """Set the given keys (a value of None removes the key); other keys and comments stay."""
        data = self.data()
        fig = next(f for f in data["figures"] if f.get("id") == figure_id)
        for key, value in fields.items():
            if value is None:
                fig.pop(key, None)
            elif key in fig:
                fig[key] = _node(value)
            else:
                fig.insert(_position(fig, key), key, _node(value))
        if fields.get("id") and fields["id"] != figure_id:
            _rename_references(data, figure_id, fields["id"])
        self._commit(data)

    def delete_figure(self, figure_id: str) -> None:
        """Remove a figure and the references to it (entity links, event lists, derived inputs)."""
        data = self.data()
        figures = data["figures"]
        index = next(i for i, f in enumerate(figures) if f.get("id") == figure_id)
        del figures[index]
        for entity in data.get("entities") or []:
            if entity.get("figure") == figure_id:
                del entity["figure"]
        for event in data.get("events") or []:
            if figure_id in (event.get("figures") or []):
                event["figures"].remove(figure_id)
        self._commit(data)

    def set_texts(self, texts: dict[tuple, str]) -> None:
        """Set texts at pack locations (('figures', 3, 'label', 'en') → text, as `check` reports them), as one
        change (one undo step); each keeps the quoting style of the text it replaces.

        A quoted text is replaced where it stands in the file (textsplice.py: milliseconds, where a round trip
        through ruamel.yaml takes a second on a 200-figure pack); anything else goes through ruamel.yaml."""
        spliced = splice_texts(self.text, texts)
        if spliced is not None:
            self._set(spliced)
            return
        data = self.data()
        for loc, value in texts.items():
            parent = data
            for key in loc[:-1]:
                parent = parent[key]
            old = parent[loc[-1]]
            parent[loc[-1]] = type(old)(value) if isinstance(old, ScalarString) else value
        self._commit(data)

    def _commit(self, data) -> None:
        out = io.StringIO()
        _yaml().dump(data, out)
        self._set(out.getvalue())

    def _set(self, text: str) -> None:
        self._undo.append((self.text, text))
        self._redo.clear()
        self.text = text

    def apply_on(self, shown: str, change) -> bool:
        """Make `change(editor)` as it was meant: on `shown`, the text a form was opened on. When the text
        has changed since (the file changed on disk, or another edit came first), the change is merged
        with that (True is returned); EditConflict (nothing changed) when both touch the same lines."""
        if self.text == shown:
            change(self)
            return False
        meant = PackEditor.of_text(self.path, shown)
        change(meant)
        merged = merge(shown, meant.text, self.text)
        if merged is None:
            raise EditConflict(self.path, shown, meant.text, self.text)
        self._set(merged)
        return True

    @staticmethod
    def _free_id(base: str, taken: set[str]) -> str:
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    # --- undo, redo, save ---------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def dirty(self) -> bool:
        return self.text != self.saved_text

    def undo(self) -> bool:
        """Take back the last change (merged with any change made since); False when it cannot be, because
        the lines it changed were changed again since (nothing changes then)."""
        return self._step(self._undo, self._redo, backwards=True)

    def redo(self) -> bool:
        return self._step(self._redo, self._undo, backwards=False)

    def _step(self, take: list, give: list, backwards: bool) -> bool:
        if not take:
            return False
        before, after = take[-1]
        old, new = (after, before) if backwards else (before, after)
        text = new if self.text == old else merge(old, new, self.text)
        if text is None:
            return False
        take.pop()
        give.append((before, after))
        self.text = text
        return True

    def rebase(self) -> bool:
        """Take the file as it is on disk now, when it changed since it was read and nothing is unsaved
        (undo steps stay: they merge). True when it changed."""
        now = read_snapshot(self.path)
        if self.dirty or now.digest == self.base.digest:
            return False
        self.base, self.text = now, now.text
        return True

    def save(self) -> bool:
        """Write the pack file atomically, merged with any change made to it on disk since it was read.
        True when such a change was merged in. Raises EditConflict (nothing written, the edit kept) when
        both changed the same lines, or the two changes together do not pass `check`."""
        mine = self.text
        self.base = save_text(self.path, self.base, mine, accept=lambda merged: not self.errors(merged))
        self.text = self.base.text
        return self.text != mine

    def take_mine(self, conflict: EditConflict) -> None:
        """Resolve a conflict with the edit: where both changed the file, the edit's lines are written over
        the file's (the person chose); the file's changes everywhere else stay."""
        now = read_snapshot(self.path)
        self.base = now
        text = merge(conflict.base, conflict.mine, now.text, prefer_mine=True)
        if text != self.text:
            self._set(text)

    # --- checking -----------------------------------------------------------------------------
    def errors(self, text: str | None = None) -> list[Problem]:
        return [p for p in self.problems(text) if not is_warning(p)]

    def problems(self, text: str | None = None) -> list[Problem]:
        """`check`'s problems and untranslated-English warnings for the current text (or `text`), as
        FILE:LINE lines naming the pack file (the text is checked from a temporary copy beside it)."""
        return self.checked(text)[0]

    def checked(self, text: str | None = None, *, warnings: bool = True):
        """(problems, the pack as loaded from the text or None when it does not load). The pack's path is the
        pack file's, so a window may show it once the text is saved. `warnings=False`: lint warnings are not
        worked out (the untranslated ones are)."""
        text = self.text if text is None else text
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".check.yaml", dir=self.path.parent)
        pack = None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            try:
                pack = load_pack(Path(tmp_name))
            except PackError as exc:
                found = exc.problems
            else:
                found = list(getattr(pack, "warnings", ()) if warnings else ()) + list(pack.untranslated)
        finally:
            Path(tmp_name).unlink(missing_ok=True)
        found = [dataclasses.replace(p, file=str(self.path)) if p.file == tmp_name else p for p in found]
        if pack is not None:
            untranslated = tuple(dataclasses.replace(p, file=str(self.path)) for p in pack.untranslated)
            pack = dataclasses.replace(pack, path=self.path, untranslated=untranslated)
        return found, pack


def is_warning(problem: Problem) -> bool:
    """A warning (untranslated English, a lint note) lets the pack load; anything else stops it."""
    return bool(getattr(problem, "warning", False)) or problem.message.startswith("warning:")


def propose_figure(article: str, start: int, end: int, *, year: int | None = None,
                   sections: list[str] | None = None, scopes: list[str] | None = None,
                   placed: list[tuple[int, str, str]] | None = None, scope_names: dict[str, str] | None = None) -> dict:
    """A figure for the article text selected between `start` and `end`, read by the drafter's rules:
    the first number the selection touches, its unit, qualifier, plan, kind, period and label; the
    quote is the selection itself when it holds the whole number, else the number's clause.

    `placed` lists the pack's figures as (offset of the quote in the article, section, scope): the new
    figure joins the section (and, failing its own, the scope) of the nearest figure before it.

    A selection in a table cell gives the figure of that cell, as `draft` makes it (draft/tables.py); its row's
    place is the pack's scope of that name (`scope_names`: scope id → Chinese name) when there is one."""
    parsed = parse_article(article, year)
    drafter = _Drafter(parsed)
    fig = cell_at(drafter, start, end)  # a table cell: the figure cites it, as `draft` makes it
    if fig is not None:
        place = drafter.scopes[fig["scope"]]["zh"]
        fig["scope"] = next((k for k, name in (scope_names or {}).items() if name == place), fig["scope"])
        at = article.find(fig["quote"], max(0, start - len(fig["quote"])))
        return _placed(fig, parsed, at, sections, scopes, placed)
    mentions, _ = find_numbers(article)
    touching = [m for m in mentions if m.start < end and start < m.end]
    if not touching:
        raise ValueError("the selection holds no number with a unit, rank, share or change")
    m = touching[0]
    index = mentions.index(m)
    previous_end = mentions[index - 1].end if index else 0
    next_start = mentions[index + 1].start if index + 1 < len(mentions) else len(article)
    fig = drafter.figure(m, previous_end, next_start, 1)
    fig.pop("_at", None)
    selected = article[start:end].strip()
    if selected and start <= m.start and m.end <= end and _holds(selected, fig):
        fig["quote"] = selected
    _placed(fig, parsed, m.start, sections, scopes, placed)
    sentence_start, _ = parsed.sentence_span(m.start)
    if "plan" not in fig:
        plan, _, _ = plan_of(article, sentence_start, m.start)
        if plan:
            fig["plan"] = plan
    fig.setdefault("period", period_for(parsed, m.start, planned="plan" in fig, target=fig.get("target_year")))
    return fig


def _placed(fig: dict, parsed, at: int, sections, scopes, placed) -> dict:
    """The new figure joins the section (and, failing its own, the scope) of the nearest figure before it."""
    before = [p for p in placed or [] if p[0] <= at] or sorted(placed or [])[:1]
    nearest = max(before) if before else None
    if nearest is not None:
        fig["section"] = nearest[1]
    else:
        fig["section"] = (sections or ["section-1"])[min(parsed.section_at(at), len(sections or [1]) - 1)]
    if scopes and fig.get("scope") not in scopes:
        fig["scope"] = nearest[2] if nearest is not None else scopes[0]
    return fig


def _holds(quote: str, fig: dict) -> bool:
    """The quote carries the plan word and target year the figure needs."""
    return (not fig.get("plan") or fig["plan"] in quote) and (
        not fig.get("target_year") or str(fig["target_year"]) in quote)


# --- ruamel helpers ------------------------------------------------------------------------------
def _plain(node):
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def _node(value, flow: bool = True):
    """Nested texts such as {zh, en} and periods stay on one line, as in hand-written packs."""
    if isinstance(value, dict):
        m = CommentedMap()
        for k, v in value.items():
            m[k] = _node(v)
        if flow:
            m.fa.set_flow_style()
        return m
    if isinstance(value, list):
        s = CommentedSeq(_node(v) for v in value)
        s.fa.set_flow_style()
        return s
    return value


def _figure_map(fields: dict, flow: bool) -> CommentedMap:
    m = CommentedMap()
    for key in sorted(fields, key=lambda k: FIGURE_KEYS.index(k) if k in FIGURE_KEYS else len(FIGURE_KEYS)):
        if fields[key] is not None:
            m[key] = _node(fields[key])
    if flow:
        m.fa.set_flow_style()
    return m


def _is_flow(figures) -> bool:
    """New figures follow the file's style: one line each when its figures are written that way."""
    return bool(figures) and figures[-1].fa.flow_style()


def _position(fig: CommentedMap, key: str) -> int:
    order = FIGURE_KEYS.index(key) if key in FIGURE_KEYS else len(FIGURE_KEYS)
    for i, existing in enumerate(fig):
        if existing in FIGURE_KEYS and FIGURE_KEYS.index(existing) > order:
            return i
    return len(fig)


def _rename_references(data, old: str, new: str) -> None:
    for entity in data.get("entities") or []:
        if entity.get("figure") == old:
            entity["figure"] = new
    for event in data.get("events") or []:
        figures = event.get("figures") or []
        for i, ref in enumerate(figures):
            if ref == old:
                figures[i] = new
    for fig in data.get("figures") or []:
        derived = fig.get("derived")
        if derived and old in (derived.get("from") or []):
            derived["from"] = [new if ref == old else ref for ref in derived["from"]]


__all__ = ["PackEditor", "is_warning", "propose_figure"]
