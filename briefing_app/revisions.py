"""Read, modify, write without losing anyone's change: what a file held when the app read it, and how an
edit joins a change made to the file meanwhile (a text editor, a sync tool, another window of the app).

A file is known by the sha256 of its bytes (mtime and size miss a same-size rewrite within the clock's
tick). Before writing, the app compares the file with what it read; when it changed, the edit is merged
with the change line by line (three-way, `merge3`: the base is the text the edit was made on). Changes in
different places merge; changes in the same place are a conflict, and nothing is written: the caller keeps
the edit unsaved and shows both versions. The file is compared once more right before the new text
replaces it, so a change landing during the save is merged too, never overwritten.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from merge3 import Merge3

from .atomic import write_atomically
from .bounds import LIMITS, read_file
from .errors import UserError

RETRIES = 5  # a file changing under every attempt to save is a conflict, not a loop


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """A file's text as read, and the digest of its bytes (None: the file did not exist)."""

    text: str
    digest: str | None


def read_snapshot(path: Path) -> Snapshot:
    """The file as it is now (bounded like every text file the app reads)."""
    try:
        data = read_file(Path(path), "file", LIMITS.text_bytes)
    except FileNotFoundError:
        return Snapshot("", None)
    return Snapshot(data.decode("utf-8", errors="replace").removeprefix("\ufeff"), digest(data))


class EditConflict(UserError):
    """The file changed since it was read, where the edit changed it too (or the two together fail `check`).
    `base` is the text the edit was made on, `mine` the edit's whole text, `theirs` the file's now; nothing
    was written. `kept_mine` is what keeping the edit writes: the file's changes everywhere else, the edit's
    where both changed."""

    def __init__(self, path: Path, base: str, mine: str, theirs: str, reason: str = "in the same place as this edit"):
        self.path, self.base, self.mine, self.theirs = Path(path), base, mine, theirs
        super().__init__(f"{self.path.name} changed on disk since it was read, {reason}; the edit is kept unsaved")

    @property
    def kept_mine(self) -> str:
        return merge(self.base, self.mine, self.theirs, prefer_mine=True)


class _ChangedWhileSaving(Exception):
    """The file changed between the merge and the replace: merge again."""


def merge(base: str, mine: str, theirs: str, prefer_mine: bool = False) -> str | None:
    """`mine` and `theirs`, both made from `base`, joined line by line; None when they change the same lines
    (or touching ones: merge3 is cautious), unless `prefer_mine`: then those lines are `mine`'s."""
    if mine == base or mine == theirs:
        return theirs
    if theirs == base:
        return mine
    m = Merge3(base.splitlines(keepends=True), mine.splitlines(keepends=True), theirs.splitlines(keepends=True))
    out: list[str] = []
    for group in m.merge_groups():
        if group[0] == "conflict":
            if not prefer_mine:
                return None
            out += group[2]
        else:
            out += group[1]
    return "".join(out)


def merge_fields(base: dict, mine: dict, theirs: dict) -> tuple[dict, list[str]]:
    """The same for a document of named fields: each field takes the side that changed it; the keys both
    sides changed to different values are returned as conflicts (their value stays `mine`'s)."""
    merged, conflicts = {}, []
    for key in dict.fromkeys([*base, *mine, *theirs]):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if m == b:
            merged[key] = t
        elif t == b or t == m:
            merged[key] = m
        else:
            merged[key] = m
            conflicts.append(key)
    return merged, conflicts


def save_text(path: Path, base: Snapshot, mine: str, accept=None) -> Snapshot:
    """Write `mine` (an edit of `base.text`) to `path` atomically and return what the file now holds.

    When the file no longer matches `base`, its current text is merged with the edit; `accept(merged)`
    (when given) may refuse the merge by returning False (e.g. the two changes together fail `check`).
    Raises EditConflict when they cannot be joined; then nothing is written."""
    path = Path(path)
    for _ in range(RETRIES):
        now = read_snapshot(path)
        text = mine
        if now.digest != base.digest and now.digest is not None:
            text = merge(base.text, mine, now.text)
            if text is None:
                raise EditConflict(path, base.text, mine, now.text)
            if text != mine and accept is not None and not accept(text):
                raise EditConflict(path, base.text, mine, now.text, "and the two changes together do not pass check")
            if text == now.text:
                return now  # the file already says what the edit says
        data = text.encode("utf-8")

        def write(tmp: Path, expected=now.digest) -> None:
            tmp.write_bytes(data)
            if read_snapshot(path).digest != expected:  # a change landed while this save was being made
                raise _ChangedWhileSaving

        try:
            write_atomically(path, write)
        except _ChangedWhileSaving:
            continue
        return Snapshot(text, digest(data))
    raise EditConflict(path, base.text, mine, read_snapshot(path).text, "and kept changing while it was being saved")
