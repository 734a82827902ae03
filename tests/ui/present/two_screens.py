"""Run under a two-screen offscreen platform (see test_screens.py): start a show, swap, pick a screen,
simulate an unplugged projector; print where the windows went as JSON."""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication

from briefing_app.deck.build import build_deck
from briefing_app.model import load_pack
from briefing_app.ui.present.show import Show


def where(show: Show) -> dict:
    QApplication.processEvents()
    return {"audience": show.audience.screen().name(), "audience_full": show.audience.isFullScreen(),
            "presenter": show.presenter.screen().name() if show.presenter.isVisible() else None,
            "presenter_visible": show.presenter.isVisible(), "slide": show.audience.canvas.slide.number}


def main() -> int:
    app = QApplication(sys.argv[:1])
    pack = load_pack()
    show = Show(build_deck(pack, "zh"), pack, 3)
    show.start()
    report = {"screens": [s.name() for s in app.screens()], "start": where(show)}
    show.do("swap")
    report["swapped"] = where(show)
    show.choose_screen("PROJECTOR")
    report["chosen"] = where(show)
    show._screens_changed()  # what QGuiApplication.screenRemoved triggers
    QApplication.processEvents()
    report["after_screen_change"] = where(show)
    show.end()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
