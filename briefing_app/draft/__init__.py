"""Drafting a pack from an article: `draft_file` reads the article (converting it to Markdown when it is not
UTF-8 text already) and returns the YAML text, and the Markdown to keep beside it.

Qt-free and independent of deck/ui/export: it only uses the model (schema, checks, glossary) and the
readers of source files (`briefing_app.sources`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..bounds import LIMITS
from ..model.problems import PackError, Problem
from ..sources import SUFFIXES, Converted, convert, converted_name
from .article import article_year
from .build import Draft, bilingual, draft_article
from .emit import to_yaml
from .validate import make_valid

#: Text files used as they are when they are UTF-8; anything else is converted first.
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
#: A title from a file's metadata that is only a file name (PDF printers write "Microsoft Word - x.docx").
_FILE_NAME_TITLE = re.compile(r"\.(docx?|pdf|wps|rtf|odt|txt|html?)\s*$|^Microsoft Word -", re.I)


def draft(text: str, file_name: str, *, year: int | None = None, source: Converted | None = None,
          original: str | None = None) -> Draft:
    """The drafted pack for an article's text, already valid for `check`. `source`: what a converted file
    says about itself (title, date, publisher), used where the text says nothing; `original`: the name of
    the file it was converted from, recorded with its sha256."""
    if year is None and source is not None and source.date and not _names_a_year(text):
        year = int(source.date[:4])
    result = draft_article(text, file_name, year=year)
    if not result.pack["figures"]:
        raise ValueError("no figures found: the article states no number with a unit, rank or share")
    if source is not None:
        _use_metadata(result.pack, text, source)
        if original:
            result.pack["article"]["original"] = {"file": original, "sha256": source.sha256}
    make_valid(result.pack, text, result.dropped)
    if not result.pack["figures"]:
        raise ValueError("no figure could be drafted in a form the pack format accepts")
    return result


def _names_a_year(text: str) -> bool:
    try:
        article_year(text)
    except ValueError:
        return False
    return True


def _use_metadata(pack: dict, text: str, source: Converted) -> None:
    """The page's publisher as the source when the article has no 来源 line; its title when the text has
    no heading to take one from."""
    article = pack["article"]
    if source.publisher and article["source_quote"] == article["title"]:
        article["source"] = bilingual(source.publisher, None)
    has_heading = re.search(r"^#\s+\S", text, re.M) is not None
    if source.title and not has_heading and not _FILE_NAME_TITLE.search(source.title):
        pack["title"] = bilingual(source.title, None)
        pack["subtitle"] = bilingual(source.title, None)


@dataclass(frozen=True)
class Drafted:
    yaml: str
    draft: Draft
    article_name: str  # the file the pack's article.file names, beside the original
    markdown: str | None = None  # the converted article to write there (None: the article is used as it is)
    scanned_pages: tuple[int, ...] = ()  # pages of the original that are pictures: nothing on them is drafted


def draft_file(article_path: Path, *, year: int | None = None, propose=None, english=None) -> Drafted:
    """Draft a pack for an article file of any supported format; PackError or ConversionError (one line).

    `propose(figure, scopes)` may return a series key proposal for a drafted figure (the Library's, see
    library/series.py: an object with `key` and `matches`); the keys are written, and why in comments.
    `english(pack) -> [(path, zh, en, origin)…]` fills the English it fully covers (see command.run_draft)."""
    article_path = Path(article_path)
    if article_path.suffix.lower() not in SUFFIXES:
        raise PackError([Problem(str(article_path), 1, "article",
                                 "cannot read this kind of file; give " + ", ".join(SUFFIXES))])
    if article_path.suffix.lower() in TEXT_SUFFIXES and _is_utf8(article_path):
        from ..model.yamlfile import read_text

        text, name, converted = read_text(article_path, str(article_path), "article"), article_path.name, None
    else:
        converted = convert(article_path)
        text, name = converted.markdown, converted_name(article_path)
    try:
        result = draft(text, name, year=year, source=converted, original=article_path.name if converted else None)
    except ValueError as exc:
        raise PackError([Problem(str(article_path), 1, "article", str(exc))]) from None
    notes = propose_series(result.pack, propose) if propose is not None else []
    if english is not None:
        result.translated = english(result.pack)
    yaml = to_yaml(result, article_path.name, converted_to=name if converted else None)
    if notes:
        yaml += "\n# Series proposed from the Library (same label, unit family and scope as these figures):\n"
        yaml += "".join(f"#   {line}\n" for line in notes)
    return Drafted(yaml, result, name, converted.markdown if converted else None,
                   converted.scanned_pages if converted else ())


def _is_utf8(path: Path) -> bool:
    """A UTF-8 text file (BOM or not) is the article as it is; missing, unreadable or too large files are
    reported by the reader that follows."""
    try:
        if path.stat().st_size > LIMITS.text_bytes:
            return True
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    except OSError:
        return True
    return True


def propose_series(pack: dict, propose) -> list[str]:
    """Give each drafted figure the series key `propose` finds; returns one line per key given, naming the
    Library figures it matches."""
    notes = []
    for fig in pack["figures"]:
        found = propose(fig, pack["scopes"])
        if found is None:
            continue
        fig["series"] = found.key
        where = ", ".join(f"{path.name} {figure_id}" for path, figure_id in found.matches[:3])
        notes.append(f"{fig['id']}: series {found.key} ({'as' if found.existing else 'new key, like'} {where})")
    return notes
