"""The argument parser: commands, their options, and the global flags accepted before or after them."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import __version__
from ..i18n import LANGS

DESCRIPTION = ("Briefings drawn from articles: tabbed views of every figure with its verbatim source, a "
               "presentation mode and a PowerPoint export, in Chinese and English, offline. Without a command, "
               "opens the desktop app on the bundled briefing.")


def _global_flags(defaults: bool) -> argparse.ArgumentParser:
    """Flags that work on either side of the command; only the top level sets their defaults."""
    flags = argparse.ArgumentParser(add_help=False)
    flags.add_argument("--quit-after-first-paint", action="store_true",
                       default=False if defaults else argparse.SUPPRESS,
                       help="open the main window, exit 0 right after its first paint (smoke test)")
    return flags


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing-app", description=DESCRIPTION, parents=[_global_flags(True)])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    late_flags = _global_flags(False)

    def command(name: str, help_text: str, *, global_flags: bool = False) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text,
                              parents=[late_flags] if global_flags else [])

    def pack_arg(p):
        p.add_argument("pack", nargs="?", type=Path, help="pack file (default: the bundled briefing)")

    def lang_arg(p):
        p.add_argument("--lang", choices=LANGS, default="zh", help="language (default zh)")

    def library_arg(p):
        p.add_argument("--library", type=Path, action="append", default=[], metavar="DIR",
                       help="a folder of packs (repeatable): their English is reused (the bundled pack's always is); for draft, their series keys are proposed too (default: the article's folder)")

    def aspect_arg(p):
        p.add_argument("--aspect", choices=("16:9", "4:3"), default="16:9", help="slide shape (default 16:9)")

    def talk_args(p):
        p.add_argument("--talk", type=Path, help="a briefing-talk/1 file: the meeting's slides, order, appendix, "
                                                 "occasion and date (its pack and lang apply unless given)")
        p.set_defaults(lang=None)  # None: the talk's lang, else zh

    p = command("open", "open the desktop app on a pack, a talk (with its Talk view), or a folder of packs as a Library",
                global_flags=True)
    p.add_argument("pack", type=Path, help="a pack file, a briefing-talk/1 file, or a folder whose packs (recursively) "
                                           "to list")
    p = command("present", "open the app on a talk (or a pack) and start the show", global_flags=True)
    p.add_argument("pack", type=Path, metavar="TALK", help="a briefing-talk/1 file, or a pack file")
    p = command("series", "print one indicator's values across the packs in folders (and the bundled one), with "
                          "their quotes; exit 1 if no figure names it")
    p.add_argument("key", help="the series key figures name (series: gdp)")
    p.add_argument("folders", nargs="*", type=Path, metavar="DIR", help="folders searched recursively for packs")
    lang_arg(p)
    p = command("find", "search every figure of the packs in folders (and the bundled one); exit 1 if none")
    p.add_argument("query", help="numbers (3109, 3,109), Chinese or English words, qualifiers; every word must match")
    p.add_argument("folders", nargs="*", type=Path, metavar="DIR", help="folders searched recursively for packs")
    lang_arg(p)
    p = command("check", "validate a pack: schema and provenance")
    pack_arg(p)
    p = command("draft", "propose a pack for an article (.docx, .pdf, .html, .txt/.md in any encoding…), "
                         "to edit and check")
    p.add_argument("article", type=Path, help="the article: Word, PDF, a saved web page, text or Markdown "
                                              "(.doc/.wps/.rtf/.odt through LibreOffice); anything but UTF-8 text "
                                              "is converted to ARTICLE.md beside it")
    p.add_argument("-o", "--output", type=Path, help="PACK.yaml beside the article (default: ARTICLE.yaml)")
    p.add_argument("--year", type=int, help="the year the article's 今年 means (default: the latest it reports)")
    p.add_argument("--force", action="store_true", help="replace an existing pack file (and converted article)")
    library_arg(p)
    p = command("translate", "English for a pack: suggestions to review as CSV, and writing back the accepted ones")
    p.add_argument("pack", type=Path, help="the pack file")
    library_arg(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--suggest", action="store_true", help="write every untranslated text with its best "
                                                              "suggestion and origin to -o FILE.csv")
    which.add_argument("--apply", type=Path, metavar="FILE.csv",
                       help="write the rows marked accepted (or with your own english) into the pack; all or none")
    p.add_argument("-o", "--output", type=Path, help="FILE.csv for --suggest")
    p = command("data", "write every figure as CSV, JSON or XLSX; with --series, one indicator across packs")
    p.add_argument("paths", nargs="*", type=Path, metavar="PACK|DIR",
                   help="the pack file (default: the bundled briefing); with --series, folders of packs")
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv, FILE.json or FILE.xlsx")
    p.add_argument("--series", metavar="KEY", help="write this series' values (every pack under the folders, "
                                                   "and the bundled one), one row per value with its quote")
    p = command("shot", "render tabs of the app to PNG")
    pack_arg(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every tab, to DIR/NN-<tab>.png")
    which.add_argument("--tab", help="one tab, by number (1 = first) or name")
    p.add_argument("-o", "--output", type=Path, required=True, help="DIR with --all, FILE.png with --tab")
    lang_arg(p)
    p = command("export", "write the deck as PowerPoint (.pptx) or PDF")
    pack_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="deck.pptx or deck.pdf")
    lang_arg(p)
    p.add_argument("--slides", help="slide numbers to keep, e.g. 1,3-5")
    p.add_argument("--template", type=Path, help="a .pptx whose masters, layouts and theme to use")
    aspect_arg(p)
    talk_args(p)
    p = command("slides", "render every slide to DIR/001.png… with DIR/manifest.json")
    pack_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="DIR")
    lang_arg(p)
    aspect_arg(p)
    talk_args(p)
    return parser
