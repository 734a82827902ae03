"""Command line: argument parsing only; each command calls one function of the layers below.

Heavy modules (Qt, pyqtgraph, python-pptx) are imported inside the command that needs them, so
`check`, `data` and `export -o x.pptx` never load Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .atomic import OutputError
from .model import LANGS, PackError


class UsageError(Exception):
    """A bad option value, reported in one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing-app",
        description="Briefing on Songjiang and the G60 Sci-Tech Innovation Corridor. "
                    "Without a command, opens the desktop app on the bundled pack.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--quit-after-first-paint", action="store_true",
                        help="open the main window, exit 0 right after its first paint (smoke test)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def pack_arg(p):
        p.add_argument("pack", nargs="?", type=Path, help="pack file (default: the bundled Songjiang pack)")

    def lang_arg(p):
        p.add_argument("--lang", choices=LANGS, default="zh", help="language (default zh)")

    p = sub.add_parser("open", help="open the desktop app on a pack")
    p.add_argument("pack", type=Path)
    p = sub.add_parser("check", help="validate a pack: schema and provenance")
    pack_arg(p)
    p = sub.add_parser("data", help="write every figure as CSV, JSON or XLSX")
    pack_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv, FILE.json or FILE.xlsx")
    p = sub.add_parser("shot", help="render tabs of the app to PNG")
    pack_arg(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="every tab, to DIR/NN-<tab>.png")
    which.add_argument("--tab", help="one tab, by number (1 = first) or name")
    p.add_argument("-o", "--output", type=Path, required=True, help="DIR with --all, FILE.png with --tab")
    lang_arg(p)
    p = sub.add_parser("export", help="write the deck as PowerPoint (.pptx) or PDF")
    pack_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="deck.pptx or deck.pdf")
    lang_arg(p)
    p.add_argument("--slides", help="slide numbers to keep, e.g. 1,3-5")
    p.add_argument("--template", type=Path, help="a .pptx whose masters, layouts and theme to use")
    p.add_argument("--aspect", choices=("16:9", "4:3"), default="16:9")
    p = sub.add_parser("slides", help="render every slide to DIR/001.png… with DIR/manifest.json")
    pack_arg(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="DIR")
    lang_arg(p)
    return parser


def parse_slide_list(text: str | None, count: int) -> list[int] | None:
    """'1,3-5' → [1, 3, 4, 5] (1-based, in deck order, no repeats); None keeps every slide."""
    if text is None:
        return None
    chosen: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        lo, sep, hi = part.partition("-")
        if not lo.strip().isdigit() or (sep and not hi.strip().isdigit()):
            raise UsageError(f"--slides: {part!r} is not a slide number or range such as 3-5")
        first, last = int(lo), int(hi) if sep else int(lo)
        if first > last:
            raise UsageError(f"--slides: {part!r} runs backwards")
        if first < 1 or last > count:
            raise UsageError(f"--slides: {part!r} is outside 1-{count}")
        chosen.update(range(first, last + 1))
    return sorted(chosen)


def _run(args) -> int:
    from .model import load_pack

    if args.command == "check":
        pack = load_pack(args.pack)
        d = pack.data
        print(f"{pack.path}: ok: {len(d.figures)} figures, {len(d.entities)} entities, {len(d.events)} events, "
              f"{len(pack.cited_quotes())} quotes found verbatim in {d.article.file}")
        return 0
    if args.command == "data":
        from .export.data import write_figures

        count = write_figures(load_pack(args.pack), args.output)
        print(f"wrote {count} figures to {args.output}")
        return 0
    if args.command == "export":
        from .export.deck import export_deck

        return export_deck(args)
    if args.command == "shot":
        from .ui.shot import run_shot

        return run_shot(args)
    if args.command == "slides":
        from .ui.present.render import run_slides

        return run_slides(args)
    from .ui.app import run_app

    return run_app(pack_path=getattr(args, "pack", None), quit_after_first_paint=args.quit_after_first_paint)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except PackError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr if args.command != "check" else sys.stdout)
        return 1
    except (OutputError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return 130
