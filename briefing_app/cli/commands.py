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

    packs = library_packs(_folders(args.library))
    return run_draft(args.article, args.output, year=args.year, force=args.force,
                     english=lambda pack: filled_english(pack, packs))


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
    from ..export.data import write_figures
    from ..model import load_pack

    count = write_figures(load_pack(args.pack), args.output)
    print(f"wrote {count} figures to {args.output}")
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
    written = render_slides(load_pack(pack_path), args.output, lang, talk=talk, aspect=args.aspect)
    print(f"wrote {len(written)} slides to {args.output}")
    return 0


def find(args: Namespace) -> int:
    """One line per hit, `PACK-FILE-NAME  figure-id  display  「quote」`; packs that fail check are named on
    stderr; exit 1 when nothing matches."""
    import sys

    from ..errors import UserError
    from ..library import FigureIndex, scan

    for folder in args.folders:
        if not folder.exists():
            raise UserError(f"{folder}: no such folder")
    entries = scan(args.folders)
    for entry in entries:
        if entry.problem:
            print(f"skipped {entry.path}: {entry.problem}", file=sys.stderr)
    hits = FigureIndex(entries).search(args.query, args.lang)
    for hit in hits:
        print(hit.line())
    return 0 if hits else 1


def app(args: Namespace) -> int:
    from ..ui.app import run_app

    pack = getattr(args, "pack", None)
    if pack is not None and pack.is_dir():
        return run_app(library=pack, quit_after_first_paint=args.quit_after_first_paint)
    return run_app(pack_path=pack, quit_after_first_paint=args.quit_after_first_paint)


COMMANDS = {"check": check, "draft": draft, "data": data, "export": export, "shot": shot, "slides": slides,
            "find": find, "translate": translate,
            "open": app, None: app}
