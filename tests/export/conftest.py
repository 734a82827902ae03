"""Shared fixtures for the deck-export tests: decks written once per session, and readers for their XML."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.conftest import FICTIONAL

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
CJK = re.compile("[\u3000-\u9fff\uff00-\uffef]")


class Written:
    """A deck written to disk together with the slide model it was drawn from."""

    def __init__(self, deck, path: Path):
        self.deck = deck
        self.path = path

    def prs(self):
        from pptx import Presentation

        return Presentation(str(self.path))

    def xml_parts(self, prefix: str = "") -> dict[str, etree._Element]:
        with zipfile.ZipFile(self.path) as z:
            return {n: etree.fromstring(z.read(n)) for n in z.namelist()
                    if n.endswith(".xml") and n.startswith(prefix)}


def _write(pack, tmp: Path, name: str, lang: str, aspect: str = "16:9") -> Written:
    from briefing_app.deck.build import build_deck
    from briefing_app.export.deck import write_deck

    path = write_deck(pack, tmp / name, lang=lang, aspect=aspect)
    return Written(build_deck(pack, lang=lang, aspect=aspect), path)


@pytest.fixture(scope="session")
def fictional_pack():
    from briefing_app.model import load_pack

    return load_pack(FICTIONAL)


@pytest.fixture(scope="session")
def written(pack, fictional_pack, tmp_path_factory) -> dict[str, Written]:
    """The bundled pack in both languages and both aspects, and the fictional pack, each written once."""
    tmp = tmp_path_factory.mktemp("decks")
    return {
        "zh": _write(pack, tmp, "zh.pptx", "zh"),
        "en": _write(pack, tmp, "en.pptx", "en"),
        "zh-4x3": _write(pack, tmp, "zh43.pptx", "zh", "4:3"),
        "fictional-zh": _write(fictional_pack, tmp, "fz.pptx", "zh"),
        "fictional-en": _write(fictional_pack, tmp, "fe.pptx", "en"),
    }


@pytest.fixture(params=["zh", "en", "zh-4x3", "fictional-zh", "fictional-en"])
def each(request, written) -> Written:
    return written[request.param]
