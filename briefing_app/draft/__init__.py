"""Drafting a pack from an article: `draft_pack` reads the article and returns the YAML text.

Qt-free and independent of deck/ui/export: it only uses the model (schema, checks, glossary).
"""

from __future__ import annotations

from pathlib import Path

from ..model.problems import PackError, Problem
from ..model.yamlfile import read_text
from .build import Draft, draft_article
from .emit import to_yaml
from .validate import make_valid

SUFFIXES = (".txt", ".md", ".markdown")


def draft(text: str, file_name: str, *, year: int | None = None) -> Draft:
    """The drafted pack for an article's text, already valid for `check`."""
    result = draft_article(text, file_name, year=year)
    if not result.pack["figures"]:
        raise ValueError("no figures found: the article states no number with a unit, rank or share")
    make_valid(result.pack, text, result.dropped)
    if not result.pack["figures"]:
        raise ValueError("no figure could be drafted in a form the pack format accepts")
    return result


def draft_pack(article_path: Path, *, year: int | None = None, english=None) -> tuple[str, Draft]:
    """(YAML text, draft) for the article file; raises PackError with a one-line reason. `english`: see
    command.run_draft."""
    article_path = Path(article_path)
    if article_path.suffix.lower() not in SUFFIXES:
        raise PackError([Problem(str(article_path), 1, "article",
                                 "give the article as plain text or Markdown (.txt, .md); save a .docx as text first")])
    text = read_text(article_path, str(article_path), "article")
    try:
        result = draft(text, article_path.name, year=year)
    except ValueError as exc:
        raise PackError([Problem(str(article_path), 1, "article", str(exc))]) from None
    if english is not None:
        result.translated = english(result.pack)
    return to_yaml(result, article_path.name), result
