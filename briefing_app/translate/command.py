"""`briefing-app translate PACK [--library DIR…] --suggest -o FILE.csv | --apply FILE.csv`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..atomic import check_output_path
from ..errors import UsageError
from ..model import load_pack
from .prefill import library_packs
from .review import apply_suggestions, suggestion_rows, write_suggestions
from .suggest import Suggester


def run_translate(pack_path: Path, library: list[Path], *, suggest_to: Path | None, apply_from: Path | None) -> int:
    if apply_from is not None:
        done = apply_suggestions(pack_path, apply_from)
        print(f"wrote {done.written} English texts to {pack_path}"
              + (f" ({done.unchanged} rows were already in it)" if done.unchanged else "")
              + f"; {done.left} still untranslated" + (" (see `briefing-app check`)" if done.left else ""))
        return 0
    if suggest_to is None:
        raise UsageError("--suggest needs -o FILE.csv")
    check_output_path(suggest_to, (".csv",))
    pack = load_pack(pack_path)
    rows = suggestion_rows(pack, Suggester.for_pack(pack, library_packs(library)))
    write_suggestions(rows, suggest_to)
    origins = Counter(s.origin.split(",")[0] if s.origin.startswith("from") and "," in s.origin else
                      "composed with a romanised name" if s.origin.startswith("composed, romanised") else s.origin
                      for _, s in rows if s is not None)
    found = sum(origins.values())
    print(f"wrote {len(rows)} untranslated texts to {suggest_to}: {found} with a suggestion "
          f"({', '.join(f'{n} {o}' for o, n in origins.most_common())}), {len(rows) - found} without")
    print(f"next: mark `accept` (or write your own `english`) in the rows you want, then "
          f"`briefing-app translate {pack_path} --apply {suggest_to}`")
    return 0
