"""`briefing-app draft ARTICLE [-o PACK.yaml]`: write the proposed pack beside the article."""

from __future__ import annotations

from pathlib import Path

from ..atomic import OutputError, check_output_path, write_atomically
from ..model.format import period_text
from ..model.schema import Period
from . import draft_pack


def run_draft(article: Path, output: Path | None, *, year: int | None = None, force: bool = False) -> int:
    article = Path(article)
    output = Path(output) if output is not None else article.with_suffix(".yaml")
    check_output_path(output, (".yaml", ".yml"))
    if output.resolve().parent != article.resolve().parent:
        raise OutputError(f"{output}: a pack must sit beside its article ({article.parent or '.'}/)")
    if output.exists() and not force:
        raise OutputError(f"{output}: exists; give another -o or --force to replace it")
    text, result = draft_pack(article, year=year)
    write_atomically(output, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    figures = result.pack["figures"]
    print(f"wrote {output}: {len(figures)} figures, {len(result.pack['entities'])} entities, "
          f"{len(result.pack['events'])} events; {len(result.skipped)} numbers are not figures and "
          f"{len(result.dropped)} were left out (listed as comments at the end)")
    print(_frame_line(result.article) + ("" if year else " (give --year to change it)"))
    print(f"next: edit it, then `briefing-app check {output}`")
    return 0


def _frame_line(article) -> str:
    """What the drafter took the document to be, so a person can see a wrong reading at once."""
    frame = article.frame
    if frame.report is None:
        return f"今年 is read as {article.year}"
    period = period_text(Period.model_validate(frame.report), "en")
    where = [f"a report on {period} (read from {frame.report_from})"]
    if frame.place:
        where.append(f"about {frame.place}")
    if frame.publisher:
        where.append(f"published by {frame.publisher}")
    return ", ".join(where) + f"; 全年, 年末, 上年 count from {article.year}"
