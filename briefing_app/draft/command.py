"""`briefing-app draft ARTICLE [-o PACK.yaml]`: write the proposed pack beside the article."""

from __future__ import annotations

from pathlib import Path

from ..atomic import OutputError, check_output_path, write_atomically
from . import draft_pack


def run_draft(article: Path, output: Path | None, *, year: int | None = None, force: bool = False,
              english=None) -> int:
    """`english(pack) -> [(path, zh, en, origin)…]`, when given, fills the drafted pack's English it fully
    covers (the cli passes briefing_app.translate's termbase and memory; draft/ does not import it)."""
    article = Path(article)
    output = Path(output) if output is not None else article.with_suffix(".yaml")
    check_output_path(output, (".yaml", ".yml"))
    if output.resolve().parent != article.resolve().parent:
        raise OutputError(f"{output}: a pack must sit beside its article ({article.parent or '.'}/)")
    if output.exists() and not force:
        raise OutputError(f"{output}: exists; give another -o or --force to replace it")
    text, result = draft_pack(article, year=year, english=english)
    write_atomically(output, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    figures = result.pack["figures"]
    print(f"wrote {output}: {len(figures)} figures, {len(result.pack['entities'])} entities, "
          f"{len(result.pack['events'])} events; {len(result.skipped)} numbers are not figures and "
          f"{len(result.dropped)} were left out (listed as comments at the end)")
    if result.translated:
        print(f"{len(result.translated)} English texts come translated from the termbase and the Library "
              "(listed as comments at the top)")
    print(f"今年 is read as {result.pack['article']['year']}" + ("" if year else " (give --year to change it)"))
    print(f"next: edit it, then `briefing-app check {output}`")
    return 0
