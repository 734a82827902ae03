"""Exporting the briefing deck: `write_deck` for the app, `export_deck` for the `export` command.

The deck is built once from the pack (`deck.build.build_deck`) and drawn by `export.pptx`; `.pdf` is that
same PPTX converted by LibreOffice (see `export.pptx.pdf`). Nothing here imports Qt. Files are written to a
temporary file beside the target and moved into place, so an interrupted export leaves no partial deck.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from ..atomic import OutputError, check_output_path, write_atomically

SUFFIXES = (".pptx", ".pdf")


def write_deck(pack, path, *, lang: str = "zh", slides: list[int] | None = None, template=None,
               aspect: str = "16:9", progress: Callable[[int, int], None] | None = None, talk=None,
               packs: dict | None = None) -> Path:
    """Write the deck for `pack` (or, for a talk over several packs, for its `packs` by key) to `path` (.pptx
    or .pdf) and return the path.

    `slides` are 1-based slide numbers to keep (None: all). `template` is a .pptx whose masters, layouts
    and theme are used; when its slide size is 16:9 or 4:3 the deck is laid out for that shape, else for
    `aspect`. `progress(done, total)` is called after each slide is drawn. Raises OutputError.
    """
    from ..deck.talk_deck import talk_deck
    from .pptx.package import aspect_of, open_template
    from .pptx.writer import write_pptx

    path = check_output_path(Path(path), SUFFIXES)
    several = talk is not None and talk.several
    if several and packs is None:
        from ..deck.talk_deck import load_talk_packs

        packs = load_talk_packs(talk)
    untranslated = [p for one in (packs.values() if several else [pack]) for p in one.untranslated]
    if lang == "en" and untranslated:
        from ..model.untranslated import untranslated_summary

        raise OutputError(f"{path}: {untranslated_summary(untranslated)}")
    if path.suffix.lower() == ".pdf":
        from .pptx.pdf import require_soffice

        require_soffice()  # before any work
    prs = open_template(Path(template)) if template is not None else None
    if prs is not None:
        aspect = aspect_of(prs) or aspect
    deck = talk_deck(pack, talk, lang, aspect, packs=packs if several else None)[0]
    if slides is not None:
        if not slides:
            raise OutputError("--slides: no slide chosen")
        bad = [n for n in slides if not 1 <= n <= len(deck.slides)]
        if bad:
            raise OutputError(f"--slides: {bad[0]} is outside 1-{len(deck.slides)}")
    deck = deck.select(list(slides) if slides is not None else None)

    def draw(target: Path) -> None:
        try:
            write_pptx(deck, target, prs, progress=progress)
        except (KeyError, ValueError, AttributeError, IndexError, TypeError) as exc:
            if prs is None:
                raise  # our own default template: a bug, not a user error
            raise OutputError(f"{template}: the template cannot be used ({type(exc).__name__}: {exc})") from None

    if path.suffix.lower() == ".pptx":
        write_atomically(path, draw)
        return path

    from .pptx.pdf import convert_to_pdf

    with tempfile.TemporaryDirectory(prefix="briefing-deck-") as work:
        pptx = Path(work) / (path.stem + ".pptx")
        draw(pptx)
        write_atomically(path, lambda tmp: convert_to_pdf(pptx, tmp))
    return path


def slide_count(pack, lang: str = "zh", aspect: str = "16:9", template=None, talk=None, packs=None) -> int:
    """How many slides the deck has (for checking a --slides list before writing)."""
    from ..deck.talk_deck import talk_deck

    if template is not None:
        from .pptx.package import aspect_of, open_template

        aspect = aspect_of(open_template(Path(template))) or aspect
    return len(talk_deck(pack, talk, lang, aspect, packs=packs)[0].slides)


def export_deck(pack_path: Path | None, output: Path, *, lang: str = "zh", slides: str | None = None,
                template: Path | None = None, aspect: str = "16:9", talk: Path | None = None) -> int:
    """`briefing-app export`: check every input before any work, write the deck, return its slide count.

    `slides` is the user's list such as `1,3-5`. Raises a UserError (one line) on any bad input.
    """
    import gc

    # The command's process ends after this export: the modules imported here (pydantic and the pack
    # model: thousands of objects that live until then) are loaded with the collector paused, then left
    # out of its full passes (those passes over them cost ~40 ms of a ~450 ms export). Garbage made from
    # here on is collected as usual.
    enabled = gc.isenabled()
    gc.disable()
    try:
        from ..deck.selection import parse_slide_list
        from ..deck.talk import talk_inputs
        from ..model import load_pack
    finally:
        gc.freeze()
        if enabled:
            gc.enable()

    the_talk, pack_path, lang = talk_inputs(talk, pack_path, lang)
    output = check_output_path(Path(output), SUFFIXES)
    if template is not None:
        from .pptx.package import check_template

        check_template(Path(template))
    if output.suffix.lower() == ".pdf":
        from .pptx.pdf import require_soffice

        require_soffice()
    if the_talk is not None and the_talk.several:
        from ..deck.talk_deck import load_talk_packs

        pack, packs = None, load_talk_packs(the_talk)
    else:
        pack, packs = load_pack(pack_path), None
    chosen = (parse_slide_list(slides, slide_count(pack, lang, aspect, template, the_talk, packs))
              if slides is not None else None)
    written = {"n": 0}

    def count(done: int, total: int) -> None:
        written["n"] = done

    write_deck(pack, output, lang=lang, slides=chosen, template=template, aspect=aspect, progress=count,
               talk=the_talk, packs=packs)
    # Again for what the export imported and kept (python-pptx's modules, caches): the interpreter's last
    # full collection at exit then has nothing to traverse (it cost ~20 ms of the command's ~440 ms).
    gc.freeze()
    return written["n"]
