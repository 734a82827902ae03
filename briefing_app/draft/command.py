"""`briefing-app draft ARTICLE [-o PACK.yaml]`: write the proposed pack (and the converted article) beside
the article."""

from __future__ import annotations

from pathlib import Path

from ..atomic import OutputError, check_output_path, write_atomically
from ..model.format import period_text
from ..model.schema import Period
from . import draft_file


def run_draft(article: Path, output: Path | None, *, year: int | None = None, force: bool = False,
              propose=None, english=None) -> int:
    """`english(pack) -> [(path, zh, en, origin)…]`, when given, fills the drafted pack's English it fully
    covers (the cli passes briefing_app.translate's termbase and memory; draft/ does not import it)."""
    article = Path(article)
    output = Path(output) if output is not None else article.with_suffix(".yaml")
    check_output_path(output, (".yaml", ".yml"))
    if output.resolve().parent != article.resolve().parent:
        raise OutputError(f"{output}: a pack must sit beside its article ({article.parent or '.'}/)")
    if output.exists() and not force:
        raise OutputError(f"{output}: exists; give another -o or --force to replace it")
    drafted = write_draft(article, output, year=year, force=force,
                          propose=propose(output) if propose is not None else None,
                          english=english)
    result = drafted.draft
    figures = result.pack["figures"]
    if drafted.markdown is not None:
        print(f"converted {article.name} to {drafted.article_name} (the text the quotes are checked against)")
    if drafted.scanned_pages:
        print(f"warning: {article.name}: {scanned_warning(drafted.scanned_pages)}")
    print(f"wrote {output}: {len(figures)} figures, {len(result.pack['entities'])} entities, "
          f"{len(result.pack['events'])} events; {len(result.skipped)} numbers are not figures and "
          f"{len(result.dropped)} were left out (listed as comments at the end)")
    if result.translated:
        print(f"{len(result.translated)} English texts come translated from the termbase and the Library "
              "(listed as comments at the top)")
    print(_frame_line(result.article) + ("" if year else " (give --year to change it)"))
    keyed = sum(1 for f in figures if f.get("series"))
    if propose is not None:
        print(f"{keyed} figures got a series key from the Library's packs (same label, unit family and scope)")
    print(f"next: edit it, then `briefing-app check {output}`")
    return 0


def write_draft(article: Path, output: Path, *, year: int | None = None, force: bool = False, propose=None,
                english=None):
    """Draft, then write the converted article (when there is one) and the pack; nothing is written when
    drafting fails, and a converted article that differs from one already there is replaced only with
    `force`."""
    drafted = draft_file(article, year=year, propose=propose, english=english)
    converted = article.parent / drafted.article_name
    created = False
    if drafted.markdown is not None:
        data = drafted.markdown.encode("utf-8")
        if converted.exists():
            if converted.read_bytes() != data and not force:
                raise OutputError(f"{converted}: exists and differs from the conversion of {article.name}; "
                                  "give --force to replace it")
        else:
            created = True
        if not converted.exists() or converted.read_bytes() != data:
            write_atomically(converted, lambda tmp: tmp.write_bytes(data))
    try:
        write_atomically(output, lambda tmp: tmp.write_text(drafted.yaml, encoding="utf-8"))
    except OutputError:
        if created:
            converted.unlink(missing_ok=True)
        raise
    return drafted


def scanned_warning(pages: tuple[int, ...], lang: str = "en") -> str:
    """What to tell the user about pages of the article that are pictures (scanned) among text pages."""
    numbers = ", ".join(map(str, pages))
    if lang == "zh":
        return f"第 {numbers} 页没有文字（扫描的图片？）：其中的数字未列入草稿"
    if len(pages) == 1:
        return f"page {numbers} has no text (a scanned picture?): its figures are not drafted"
    return f"pages {numbers} have no text (scanned pictures?): their figures are not drafted"


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
