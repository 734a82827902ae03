"""The `slides` command's work: every slide drawn by the presentation painter to DIR/001.png… + manifest.json.

`render_slides` takes typed arguments (the CLI parses and reports); `run_slides(args)` is the thin
argparse adapter the CLI calls until it calls `render_slides` itself.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ...atomic import OutputError
from ...model import Pack

#: The short side of every PNG, in pixels (16:9 → 1920 × 1080).
HEIGHT = 1080


def render_slide_image(deck, slide, height: int = HEIGHT):
    """A QImage of one slide, `height` pixels tall, width from the deck's aspect."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from .slide_painter import paint_slide

    width = round(height * deck.width / deck.height)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    paint_slide(painter, deck, slide, QRectF(0, 0, width, height))
    painter.end()
    return image


def check_folder(out: Path) -> None:
    """Raise OutputError (one line) unless `out` is a writable folder or can be created as one."""
    problem = None
    if out.exists() and not out.is_dir():
        problem = "is a file, not a folder"
    elif not out.exists():
        parent = out.parent if str(out.parent) else Path(".")
        if not parent.is_dir():
            problem = f"the folder {parent} does not exist"
        elif not os.access(parent, os.W_OK):
            problem = f"cannot create the folder here ({parent} is not writable)"
    elif not os.access(out, os.W_OK):
        problem = "the folder is not writable"
    if problem:
        raise OutputError(f"{out}: {problem}")


def render_slides(pack: Pack, out_dir: Path, lang: str, *, height: int = HEIGHT) -> list[Path]:
    """Draw the deck of `pack` in `lang` to `out_dir`/001.png… and manifest.json; returns the PNGs written.

    Numbered PNGs left over from a longer deck are removed. Every file is written beside its target and
    moved into place. Raises OutputError for an unusable folder or a failed write.
    """
    from ...deck.build import build_deck

    out_dir = Path(out_dir)
    check_folder(out_dir)
    deck = build_deck(pack, lang=lang)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "briefing-app"])
    written: list[Path] = []
    try:
        out_dir.mkdir(exist_ok=True)
        for slide in deck.slides:
            image = render_slide_image(deck, slide, height)
            target = out_dir / f"{slide.number:03d}.png"
            tmp = out_dir / f".{slide.number:03d}.png.part"
            if not image.save(str(tmp), "PNG"):
                raise OSError(f"cannot write {target}")
            os.replace(tmp, target)
            written.append(target)
        for stale in sorted(out_dir.glob("[0-9][0-9][0-9].png"))[len(deck.slides):]:
            stale.unlink()
        manifest = {"lang": deck.lang, "aspect": deck.aspect,
                    "slides": [{"number": s.number, "title": s.title, "kind": s.kind, "file": f"{s.number:03d}.png"}
                               for s in deck.slides]}
        tmp = out_dir / ".manifest.json.part"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, out_dir / "manifest.json")
    except OSError as exc:
        raise OutputError(f"{out_dir}: {exc.strerror or exc}") from exc
    app.processEvents()
    return written


def run_slides(args) -> int:
    """The CLI's adapter (args.pack, args.output, args.lang): the folder is checked before the pack is read."""
    from ...model import load_pack

    out = Path(args.output)
    check_folder(out)
    paths = render_slides(load_pack(args.pack), out, args.lang)  # PackError/OutputError go up to the CLI
    print(f"wrote {len(paths)} slides to {out}")
    return 0
