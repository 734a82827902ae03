"""No lost update for talk files: the Talk view's save joins its unsaved edits with a change made to the
talk file on disk since it was opened or saved (a text editor, a synced folder, another window).

A talk is a handful of fields (occasion, date, presenter, minutes, language, closing line) and two lists
(the slides, the appendix), so the merge is per field (`revisions.merge_fields`): each takes the side that
changed it. When both changed the same field differently, nothing is written: the status bar says so in
one line and Compare… shows both files; keeping the edit writes the talk with the file's other changes
and the edit's fields, keeping the file takes the file's fields where both changed and leaves the other
edits unsaved.
"""

from __future__ import annotations

from pathlib import Path

from ..deck.talk import load_talk
from ..model import PackError
from ..revisions import EditConflict, Snapshot, merge_fields, read_snapshot, save_text
from .conflict import ConflictNotice
from .talk_edits import FIELDS


def talk_state(draft) -> dict:
    """What a talk file says, as named fields (what the merge compares)."""
    return {name: draft.get(name) for name in FIELDS} | {
        "lang": draft.lang, "slides": tuple(draft.ids("main")), "appendix": tuple(draft.ids("appendix"))}


class TalkSync:
    """The talk file as the view last read or wrote it, and the save that merges with its changes since."""

    def __init__(self, view):
        self.view = view
        self.read: Snapshot | None = None  # the file as last read or written (None: a new talk)
        self.base: dict | None = None  # what it said then
        self._notice: ConflictNotice | None = None

    @property
    def notice(self) -> ConflictNotice:
        """The status bar's line and Compare… button, made when first needed (saving needs no widget)."""
        if self._notice is None:
            self._notice = ConflictNotice(self.view.win, self._keep_mine, self._keep_theirs)
        return self._notice

    def remember(self, snapshot: Snapshot | None) -> None:
        """The view now shows the file as `snapshot` holds it (opened, or just saved)."""
        self.read = snapshot
        self.base = talk_state(self.view.draft) if snapshot is not None else None
        if self._notice is not None:
            self._notice.clear()

    def save(self, path: Path) -> bool:
        """Write the view's talk to `path`, first merged with a change made to this talk's file since it was
        read (True then). Raises EditConflict (nothing written, the edits kept) or OutputError."""
        path = Path(path)
        now = read_snapshot(path)
        merged = False
        if path == self.view.path and self.read is not None and now.digest not in (None, self.read.digest):
            theirs = self._state_of(path, now)
            mine = talk_state(self.view.draft)
            state, conflicts = merge_fields(self.base, mine, theirs)
            if conflicts:
                conflict = EditConflict(path, now.text, self._text_of(state, path), now.text)
                conflict.snapshot, conflict.theirs_state, conflict.conflicts = now, theirs, conflicts
                raise conflict
            merged = state != mine
            self._show(state)
        self.remember(save_text(path, now, self.view.draft.yaml_text(path, self.view.win.pack.path)))
        return merged

    def _state_of(self, path: Path, now: Snapshot) -> dict:
        try:
            talk = load_talk(path)
        except PackError:  # no longer a talk the app reads: never written over without the person's word
            raise EditConflict(path, now.text, self.view.draft.yaml_text(path, self.view.win.pack.path), now.text,
                               "and is no longer a valid talk") from None
        return talk_state(self.view.draft_of(talk))

    def _text_of(self, state: dict, path: Path) -> str:
        """The talk file the view would write with `state` (the view is left as it was)."""
        before = talk_state(self.view.draft)
        self._show(state, quiet=True)
        try:
            return self.view.draft.yaml_text(path, self.view.win.pack.path)
        finally:
            self._show(before, quiet=True)

    def _show(self, state: dict, quiet: bool = False) -> None:
        """Put `state` in the draft (and, unless `quiet`, the view's rows and fields); slides the talk leaves
        out keep their place, unticked."""
        view, draft = self.view, self.view.draft
        listed = set(state["slides"]) | set(state["appendix"])
        rows = [(i, "main", True) for i in state["slides"]] + [(i, "appendix", True) for i in state["appendix"]]
        rows += [(i, part, False) for i, part, _on in draft.rows if i not in listed]
        draft.lang = state["lang"]
        for name in FIELDS:
            view.set_field(name, state[name]) if not quiet else draft.set(name, state[name])
        view.set_rows(rows) if not quiet else setattr(draft, "rows", rows)

    def _keep_mine(self, conflict: EditConflict) -> None:
        """Write the talk with the edit's fields where both changed, the file's other changes kept."""
        if getattr(conflict, "theirs_state", None) is not None:
            state, _ = merge_fields(self.base, talk_state(self.view.draft), conflict.theirs_state)
            self._show(state)
            self.read, self.base = conflict.snapshot, conflict.theirs_state
        else:  # the file is no longer a valid talk: the person chose to write the view's talk over it
            self.read, self.base = read_snapshot(conflict.path), talk_state(self.view.draft)
        self.view.save_to(conflict.path)

    def _keep_theirs(self, conflict: EditConflict) -> None:
        """The file's fields where both changed; the view's other edits stay, unsaved."""
        if getattr(conflict, "theirs_state", None) is None:
            self.view.open_talk(conflict.path)  # not a valid talk: open_talk says why, the view is unchanged
            return
        state, _ = merge_fields(self.base, talk_state(self.view.draft), conflict.theirs_state)
        state |= {key: conflict.theirs_state[key] for key in conflict.conflicts}
        self.read, self.base = conflict.snapshot, conflict.theirs_state
        self._show(state)
        if state == self.base:
            self.view.undo.setClean()
