"""`briefing-app slides`: every slide drawn by the presentation renderer to DIR/001.png… + manifest.json."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

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


def _check_folder(out: Path) -> str | None:
    if out.exists() and not out.is_dir():
        return f"{out}: is a file, not a folder"
    if not out.exists():
        parent = out.parent if str(out.parent) else Path(".")
        if not parent.is_dir():
            return f"{out}: the folder {parent} does not exist"
        if not os.access(parent, os.W_OK):
            return f"{out}: cannot create the folder here ({parent} is not writable)"
    elif not os.access(out, os.W_OK):
        return f"{out}: the folder is not writable"
    return None


def run_slides(args) -> int:
    """Render the deck of `args.pack` in `args.lang` to `args.output`; 0 on success, 1 on an output error."""
    from ...deck.build import build_deck
    from ...model import load_pack

    out = Path(args.output)
    problem = _check_folder(out)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    deck = build_deck(load_pack(args.pack), lang=args.lang)  # PackError goes up to the CLI

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "briefing-app"])
    try:
        out.mkdir(exist_ok=True)
        for slide in deck.slides:
            image = render_slide_image(deck, slide)
            target = out / f"{slide.number:03d}.png"
            tmp = out / f".{slide.number:03d}.png.part"
            if not image.save(str(tmp), "PNG"):
                raise OSError(f"cannot write {target}")
            os.replace(tmp, target)
        for stale in sorted(out.glob("[0-9][0-9][0-9].png"))[len(deck.slides):]:
            stale.unlink()
        manifest = {"lang": deck.lang, "aspect": deck.aspect,
                    "slides": [{"number": s.number, "title": s.title, "kind": s.kind, "file": f"{s.number:03d}.png"}
                               for s in deck.slides]}
        tmp = out / ".manifest.json.part"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, out / "manifest.json")
    except OSError as exc:
        print(f"error: {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    app.processEvents()
    print(f"wrote {len(deck.slides)} slides to {out}")
    return 0
