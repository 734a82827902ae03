"""Review in bulk: every untranslated text of a pack with its best suggestion in a CSV file a person edits
(mark `accept`, or write their own `english`), and those rows written back into the pack.

Writing back is all or nothing: every row is checked first (FILE:LINE errors for each bad one), then the
texts are set in one change, the pack is checked, and only then saved, atomically, comments and layout kept
(draft.edit.PackEditor, the app's own pack writer).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..atomic import write_atomically
from ..draft.edit import PackEditor, is_warning
from ..errors import UserError
from ..model import Pack, load_pack
from ..model.schema import MAX_TEXT
from ..model.untranslated import UNTRANSLATED
from .compose import normal
from .suggest import Suggester
from .texts import Text, get, untranslated_texts

COLUMNS = ["field", "line", "zh", "suggestion", "origin", "accept", "english", "where", "context", "note"]
REQUIRED = ("field", "zh", "suggestion", "accept", "english")
YES = {"y", "yes", "x", "1", "true", "ok", "accept", "accepted", "✓", "是", "对", "接受"}
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")
_LOC = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]")


class ReviewError(UserError):
    """Rows of a suggestions file that cannot be applied, one `FILE:LINE: field: message` line each."""


def suggestion_rows(pack: Pack, suggester: Suggester) -> list[tuple[Text, object]]:
    return [(text, suggester.suggest_text(pack, text)) for text in untranslated_texts(pack)]


def write_suggestions(rows, path: Path) -> None:
    """The rows as CSV (UTF-8 with a BOM, so spreadsheet programs read the Chinese), written atomically."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for text, s in rows:
        writer.writerow([text.path, text.line, text.zh, s.en if s else "", s.origin if s else "", "", "",
                         text.where, text.context, s.note if s else ""])
    data = "\ufeff" + out.getvalue()
    write_atomically(Path(path), lambda tmp: tmp.write_text(data, encoding="utf-8"))


@dataclass
class Applied:
    written: int
    unchanged: int  # rows whose English the pack already had
    left: int  # English still untranslated in the pack


def parse_loc(field: str) -> tuple | None:
    """'figures[3].label.en' → ('figures', 3, 'label', 'en'); None when it is not such a path."""
    parts, at = [], 0
    for m in _LOC.finditer(field):
        gap = field[at:m.start()]
        if gap not in ("", ".") or (gap == "." and not parts) or (gap == "" and parts and m.group(1)):
            return None
        parts.append(m.group(1) if m.group(1) else int(m.group(2)))
        at = m.end()
    return tuple(parts) if parts and at == len(field) else None


def read_rows(path: Path) -> list[tuple[int, dict]]:
    """(line, row) for every data row; the line is where the row starts in the file."""
    label = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ReviewError(f"{label}:1: no such file") from None
    except UnicodeDecodeError as exc:
        raise ReviewError(f"{label}:1: is not UTF-8 text (byte at offset {exc.start}); save it as CSV UTF-8") from None
    except OSError as exc:
        raise ReviewError(f"{label}:1: {exc.strerror or exc}") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ReviewError(f"{label}:1: the header lacks the column(s) {', '.join(missing)} "
                          f"(a file written by `briefing-app translate --suggest` has them)")
    rows, line = [], 2
    try:
        for row in reader:
            rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ReviewError(f"{label}:{reader.line_num}: {exc}") from None
    return rows


def accepted_texts(pack: Pack, csv_path: Path) -> tuple[dict[tuple, str], int]:
    """The English of every accepted row by location, and how many the pack already had; ReviewError with
    every bad row when any is bad."""
    label = str(csv_path)
    open_texts = {t.path: t for t in untranslated_texts(pack, where=False)}
    errors, chosen, unchanged, lines = [], {}, 0, {}
    for line, row in read_rows(csv_path):
        field = (row.get("field") or "").strip()
        english = (row.get("english") or "").strip()
        accept = (row.get("accept") or "").strip().lower() in YES
        if not accept and not english:
            continue
        english = english or (row.get("suggestion") or "").strip()

        def bad(message: str) -> None:
            errors.append(f"{label}:{line}: {field or '(no field)'}: {message}")

        loc = parse_loc(field)
        try:
            current = get(pack.data, loc) if loc else None
        except (AttributeError, KeyError, IndexError, TypeError):
            current = None
        if not isinstance(current, str) or loc[-1] not in ("en",) and not str(loc[-1]).endswith("_en"):
            bad("is not an English text of this pack")
            continue
        zh = (row.get("zh") or "").strip()
        from .texts import chinese_of

        if normal(zh) != normal(chinese_of(pack.data, loc)):
            bad(f"the Chinese is now {chinese_of(pack.data, loc)!r}, not {zh!r}: the pack changed since the "
                "suggestions were written; write them again")
        elif not english:
            bad("accepted, but there is no English (neither `english` nor `suggestion`)")
        elif english == UNTRANSLATED:
            bad(f"{UNTRANSLATED} is not English")
        elif CJK.search(english):
            bad(f"the English has Chinese characters in it ({CJK.search(english).group()!r})")
        elif len(english) > MAX_TEXT or any(ord(c) < 32 and c != "\n" for c in english):
            bad("the English is too long or has control characters")
        elif field not in open_texts:
            if current == english:
                unchanged += 1
            else:
                bad(f"already has the English {current!r} in the pack; change it there or in the app")
        elif loc in chosen and chosen[loc] != english:
            bad(f"a second, different English (line {lines[loc]} says {chosen[loc]!r})")
        else:
            chosen[loc], lines[loc] = english, line
    if errors:
        raise ReviewError("\n".join(errors + [f"{label}: nothing was written ({len(errors)} bad rows)"]))
    return chosen, unchanged


def apply_suggestions(pack_path: Path, csv_path: Path) -> Applied:
    """Write the accepted rows of `csv_path` into the pack: all of them, or none (ReviewError)."""
    editor = PackEditor(pack_path)
    pack = load_pack(pack_path)
    if Path(pack_path).read_text(encoding="utf-8") != editor.saved_text:
        raise ReviewError(f"{pack_path}: changed while being read; run the command again")
    chosen, unchanged = accepted_texts(pack, Path(csv_path))
    if chosen:
        editor.set_texts(chosen)
        problems = [p for p in editor.problems() if not is_warning(p)]
        if problems:
            raise ReviewError("\n".join(map(str, problems)) + f"\n{pack_path}: nothing was written")
        if Path(pack_path).read_text(encoding="utf-8") != editor.saved_text:
            raise ReviewError(f"{pack_path}: was changed by something else meanwhile; nothing was written")
        editor.save()
    left = len(load_pack(pack_path).untranslated) if chosen else len(pack.untranslated)
    return Applied(len(chosen), unchanged, left)
