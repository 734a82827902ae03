"""Which packs a folder holds: every briefing-pack YAML under it (recursively), loaded and checked.

A pack that fails `check` is listed with its first problem instead of being hidden. A folder holding more
files or packs than `bounds.LIMITS` allows is refused in one line (a FileLimitError) before any pack loads:
a Library pointed at a home folder must not read it all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..bounds import LIMITS, FileLimitError
from ..model import Pack, PackError, load_pack
from ..resources import bundled_pack

MARKER = "briefing-pack/"  # the `format:` value every pack file carries near its top
SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".mypy_cache", ".pytest_cache"}


@dataclass(frozen=True)
class PackEntry:
    path: Path
    pack: Pack | None  # None when the pack failed to load
    problem: str | None = None  # its first problem, as `check` prints it
    bundled: bool = False

    def title(self, lang: str) -> str:
        return self.pack.data.title(lang) if self.pack else self.path.stem

    def article_date(self) -> str:
        return str(self.pack.data.article.year) if self.pack else ""

    def source(self, lang: str) -> str:
        return self.pack.data.article.source(lang) if self.pack else ""

    def figure_count(self) -> int:
        return len(self.pack.data.figures) if self.pack else 0


def looks_like_pack(path: Path) -> bool:
    """A YAML file that says `format: briefing-pack/…` in its first 4 kB (other YAML in the folder is ignored;
    so are named pipes and devices, which could block or never end)."""
    try:
        if not path.is_file():
            return False
        with path.open("r", encoding="utf-8", errors="replace") as f:
            return MARKER in f.read(4096)
    except OSError:
        return False


def pack_files(folder: Path) -> list[Path]:
    """Every pack file under `folder`, in a stable order; hidden and tool folders are skipped."""
    found, seen = [], 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        seen += len(files) + len(dirs)
        if seen > LIMITS.library_files:
            raise FileLimitError(f"{folder}: the folder holds more than {LIMITS.library_files:,} files and "
                                 "folders; at most that many are looked through (choose the folder of your packs)")
        for name in sorted(files):  # hidden files too are skipped: an editor's or a killed save's temporaries
            if name.lower().endswith((".yaml", ".yml")) and not name.startswith("."):
                path = Path(root) / name
                if looks_like_pack(path):
                    found.append(path)
                    if len(found) > LIMITS.library_packs:
                        raise FileLimitError(f"{folder}: the folder holds more than {LIMITS.library_packs:,} "
                                             "packs; at most that many are read")
    return found


def load_entry(path: Path, bundled: bool = False) -> PackEntry:
    try:
        return PackEntry(path, load_pack(path), bundled=bundled)
    except PackError as exc:
        first = str(exc.problems[0]) if exc.problems else str(exc)
        return PackEntry(path, None, first, bundled=bundled)
    except (OSError, ValueError) as exc:
        return PackEntry(path, None, f"{path}: {exc}", bundled=bundled)


def scan(folders: list[Path], with_bundled: bool = True) -> list[PackEntry]:
    """The bundled pack (first) and every pack under `folders`, each once."""
    entries: list[PackEntry] = []
    seen: set[Path] = set()
    candidates = [(bundled_pack(), True)] if with_bundled else []
    for folder in folders:
        folder = Path(folder)
        files = [folder] if folder.is_file() else pack_files(folder)
        candidates += [(p, False) for p in files]
    for path, bundled in candidates:
        key = path.resolve()
        if key in seen:
            continue
        seen.add(key)
        entries.append(load_entry(path, bundled))
    return entries
