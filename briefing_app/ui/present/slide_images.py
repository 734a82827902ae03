"""The `slides` command's work: every slide drawn by the presentation painter to DIR/001.png… + manifest.json.

`render_slides` takes typed arguments; the `slides` command (cli/commands.py) parses and reports.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from ...atomic import OutputError, check_output_folder, write_atomically
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


def _save_png(image, tmp: Path, target: Path) -> None:
    if not image.save(str(tmp), "PNG"):
        raise OutputError(f"{target}: cannot write the image")


def render_slides(pack: Pack | None, out_dir: Path, lang: str, *, height: int = HEIGHT, talk=None,
                  aspect: str = "16:9") -> list[Path]:
    """Draw the deck of `pack` (or of a talk over several packs) in `lang` to `out_dir`/001.png… and
    manifest.json; returns the PNGs written.

    Numbered PNGs left over from a longer deck are removed. Every file is written atomically
    (briefing_app.atomic). Raises OutputError (one line) for an unusable folder or a failed write.
    """
    from ...deck.talk_deck import talk_deck

    out_dir = check_output_folder(Path(out_dir))
    deck = talk_deck(pack, talk, lang, aspect)[0]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    # A QApplication (never a plain QGuiApplication): in one process, such as the app or a test run, a
    # window made after this needs the widgets application, and Qt allows only one application per process.
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "briefing-app"])
    written: list[Path] = []
    for slide in deck.slides:
        image = render_slide_image(deck, slide, height)
        target = out_dir / f"{slide.number:03d}.png"
        write_atomically(target, lambda tmp, image=image, target=target: _save_png(image, tmp, target))
        written.append(target)
    try:
        for stale in sorted(out_dir.glob("[0-9][0-9][0-9].png"))[len(deck.slides):]:
            stale.unlink()
    except OSError as exc:
        raise OutputError(f"{out_dir}: {exc.strerror or exc}") from None
    manifest = {"lang": deck.lang, "aspect": deck.aspect,
                "slides": [{"number": s.number, "id": s.slide_id, "title": s.title, "kind": s.kind,
                            "file": f"{s.number:03d}.png"}
                           for s in deck.slides]}
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    write_atomically(out_dir / "manifest.json", lambda tmp: tmp.write_text(text, encoding="utf-8"))
    app.processEvents()
    return written
