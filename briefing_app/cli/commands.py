"""One function per command: call the layer that does the work, print one line of result."""

from __future__ import annotations

from argparse import Namespace


def check(args: Namespace) -> int:
    from ..model import load_pack

    pack = load_pack(args.pack)
    for warning in pack.warnings + pack.untranslated:  # FILE:LINE: field: warning: … (the exit code stays 0)
        print(warning)
    d = pack.data
    print(f"{pack.path}: ok: {len(d.figures)} figures, {len(d.entities)} entities, {len(d.events)} events, "
          f"{len(pack.cited_quotes())} quotes found verbatim in {d.article.file}"
          + (f"; {len(pack.untranslated)} English texts untranslated" if pack.untranslated else ""))
    return 0


def draft(args: Namespace) -> int:
    from ..draft.command import run_draft
    from ..translate.prefill import filled_english, library_packs

    packs = library_packs(_folders(args.library or []))
    return run_draft(args.article, args.output, year=args.year, force=args.force,
                     propose=_series_proposals(args.library or [args.article.parent]),
                     english=lambda pack: filled_english(pack, packs))


def _series_proposals(folders):
    """For `draft`: a function of the pack being written that proposes each drafted figure's series key from
    the packs under `folders` (never from that pack itself, which a --force draft replaces)."""
    from ..errors import UserError
    from ..library import SeriesIndex, scan

    for folder in folders:
        if not folder.exists():
            raise UserError(f"{folder}: no such folder")
    index = SeriesIndex(scan(folders, with_bundled=False))

    def for_output(output):
        def propose(fig: dict, scopes: dict):
            scope = (scopes.get(fig.get("scope")) or {}).get("zh", "")
            of = fig.get("of") or ""
            label = (fig.get("label") or {}).get("zh", "")
            return index.propose(fig.get("type", "quantity"), label, fig.get("unit"), scope,
                                 of if isinstance(of, str) else of.get("zh", ""), exclude=output)
        return propose

    return for_output


def translate(args: Namespace) -> int:
    from ..translate.command import run_translate

    return run_translate(args.pack, _folders(args.library), suggest_to=args.output if args.suggest else None,
                         apply_from=args.apply)


def _folders(folders):
    from ..errors import UserError

    for folder in folders:
        if not folder.is_dir():
            raise UserError(f"{folder}: no such folder (--library takes a folder of packs)")
    return folders


def data(args: Namespace) -> int:
    from ..errors import UserError

    if args.series is not None:
        from ..export.data import write_series

        series = _series(args.series, args.paths)
        count = write_series(series, args.output)
        print(f"wrote {count} values of the series {args.series} to {args.output}")
        return 0
    if len(args.paths) > 1:
        raise UserError("data: give one pack file (or --series KEY with folders)")
    from ..export.data import write_figures
    from ..model import load_pack

    count = write_figures(load_pack(args.paths[0] if args.paths else None), args.output)
    print(f"wrote {count} figures to {args.output}")
    return 0


def _library(folders):
    """Every pack under the folders and the bundled one; the ones that fail check named on stderr."""
    import sys

    from ..errors import UserError
    from ..library import scan

    for folder in folders:
        if not folder.exists():
            raise UserError(f"{folder}: no such folder")
    entries = scan(folders)
    for entry in entries:
        if entry.problem:
            print(f"skipped {entry.path}: {entry.problem}", file=sys.stderr)
    return entries


def _series(key: str, folders):
    from ..errors import UserError
    from ..library import SeriesIndex

    index = SeriesIndex(_library(folders))
    found = index.series(key)
    if found is None:
        known = ", ".join(k for k, _n in index.keys())
        raise UserError(f"no figure names the series {key!r}; " + (f"the series are: {known}" if known else
                                                                    "no figure of these packs names a series"))
    return found


def series(args: Namespace) -> int:
    """The series' message, then one line per value: period, scope, value as its article gives it, its mark,
    the pack file and the verbatim quote."""
    from ..deck.series_slide import series_lines

    for line in series_lines(_series(args.key, args.folders), args.lang):
        print(line)
    return 0


def export(args: Namespace) -> int:
    from ..export.deck import export_deck

    count = export_deck(args.pack, args.output, lang=args.lang, slides=args.slides, template=args.template,
                        aspect=args.aspect, talk=args.talk)
    print(f"wrote {count} slides to {args.output}")
    return 0


def shot(args: Namespace) -> int:
    from ..atomic import check_output_folder, check_output_path
    from ..model import load_pack

    if args.all:
        check_output_folder(args.output)
    else:
        check_output_path(args.output, (".png",))
    pack = load_pack(args.pack)
    from ..ui.shot import shoot

    written = shoot(pack, args.output, args.lang, None if args.all else args.tab)
    print(f"wrote {len(written)} tabs to {args.output}" if args.all else f"wrote {args.output}")
    return 0


def slides(args: Namespace) -> int:
    from ..atomic import check_output_folder
    from ..model import load_pack
    from ..ui.present.slide_images import render_slides

    from ..deck.talk import talk_inputs

    check_output_folder(args.output)
    talk, pack_path, lang = talk_inputs(args.talk, args.pack, args.lang)
    pack = None if talk is not None and talk.several else load_pack(pack_path)
    written = render_slides(pack, args.output, lang, talk=talk, aspect=args.aspect)
    print(f"wrote {len(written)} slides to {args.output}")
    return 0


def find(args: Namespace) -> int:
    """One line per hit, `PACK-FILE-NAME  figure-id  display  「quote」`; packs that fail check are named on
    stderr; exit 1 when nothing matches."""
    from ..library import FigureIndex

    hits = FigureIndex(_library(args.folders)).search(args.query, args.lang)
    for hit in hits:
        print(hit.line())
    return 0 if hits else 1


def _looks_like_talk(path) -> bool:
    """A file that says `format: briefing-talk/…` near its top (a pack says briefing-pack/). Read here, not
    with the talk model: the app paints its window before the model (pydantic) loads."""
    try:
        with path.open("r", encoding="utf-8", errors="replace") as f:
            return "briefing-talk/" in f.read(4096)
    except OSError:
        return False


def app(args: Namespace) -> int:
    from ..ui.app import run_app

    pack = getattr(args, "pack", None)
    present = args.command == "present"
    if pack is not None and pack.is_dir() and not present:
        return run_app(library=pack, quit_after_first_paint=args.quit_after_first_paint)
    if pack is not None and _looks_like_talk(pack):
        return run_app(talk=pack, present=present, quit_after_first_paint=args.quit_after_first_paint)
    return run_app(pack_path=pack, present=present, quit_after_first_paint=args.quit_after_first_paint)


COMMANDS = {"check": check, "draft": draft, "data": data, "export": export, "shot": shot, "slides": slides,
            "find": find, "series": series, "translate": translate,
            "open": app, "present": app, None: app}
