"""`briefing-app draft ARTICLE [-o PACK.yaml]`: write the proposed pack beside the article."""

from __future__ import annotations

from pathlib import Path

from ..atomic import OutputError, check_output_path, write_atomically
from . import draft_pack


def run_draft(article: Path, output: Path | None, *, year: int | None = None, force: bool = False,
              propose=None) -> int:
    article = Path(article)
    output = Path(output) if output is not None else article.with_suffix(".yaml")
    check_output_path(output, (".yaml", ".yml"))
    if output.resolve().parent != article.resolve().parent:
        raise OutputError(f"{output}: a pack must sit beside its article ({article.parent or '.'}/)")
    if output.exists() and not force:
        raise OutputError(f"{output}: exists; give another -o or --force to replace it")
    text, result = draft_pack(article, year=year, propose=propose(output) if propose is not None else None)
    write_atomically(output, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    figures = result.pack["figures"]
    print(f"wrote {output}: {len(figures)} figures, {len(result.pack['entities'])} entities, "
          f"{len(result.pack['events'])} events; {len(result.skipped)} numbers are not figures and "
          f"{len(result.dropped)} were left out (listed as comments at the end)")
    print(f"今年 is read as {result.pack['article']['year']}" + ("" if year else " (give --year to change it)"))
    keyed = sum(1 for f in figures if f.get("series"))
    if propose is not None:
        print(f"{keyed} figures got a series key from the Library's packs (same label, unit family and scope)")
    print(f"next: edit it, then `briefing-app check {output}`")
    return 0
