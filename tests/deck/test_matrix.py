"""The matrix slide as a user sees it: the steps in order, every band named, the one cell text said once."""

import pytest

from briefing_app.deck.build import build_deck
from briefing_app.deck.slides import Dot, Table
from briefing_app.model import load_pack
from briefing_app.typography import unwrap

from ..conftest import ROOT

PACKS = ["seeds/songjiang-g60.yaml", "tests/packs/lanjiang/lanjiang.yaml"]
CASES = [(p, lang, aspect) for p in PACKS for lang in ("zh", "en") for aspect in ("16:9", "4:3")]


@pytest.mark.parametrize("path,lang,aspect", CASES)
def test_matrix_says_its_cell_once_and_names_every_heading(path, lang, aspect):
    pack = load_pack(ROOT / path)
    deck = build_deck(pack, lang, aspect)
    for matrix in pack.data.matrices:
        slides = [s for s in deck.slides if s.slide_id == matrix.id]
        assert slides
        texts_seen: list[str] = []
        for slide in slides:
            texts = [unwrap(tb.lines) for tb in slide.texts()]
            assert sum(t.count(matrix.cell(lang)) for t in texts) == 1, (slide.number, texts)
            assert not any(isinstance(i, Table) for i in slide.items)  # no grid repeating the cell
            texts_seen += texts
            # a dot at every crossing the slide shows, beside the legend's own dot
            steps = [t for t in texts if t in {r(lang) for r in matrix.rows}]
            bands = [t for t in texts if t in {c(lang) for c in matrix.columns}]
            assert sum(isinstance(i, Dot) for i in slide.items) == len(steps) * len(bands) + 1
        for heading in matrix.rows + matrix.columns:
            assert heading(lang) in texts_seen
        # the steps read left to right in the pack's order
        first = slides[0]
        xs = {unwrap(tb.lines): tb.box.x for tb in first.texts()}
        order = [r(lang) for r in matrix.rows if r(lang) in xs]
        assert [xs[o] for o in order] == sorted(xs[o] for o in order)


@pytest.mark.parametrize("sequence", [True, False])
def test_arrows_link_the_steps_only_when_the_pack_says_they_are_a_sequence(sequence, tmp_path):
    """Life-cycle stages read as a sequence; districts side by side must not suggest an order."""
    import shutil

    from briefing_app.deck.slides import Line

    source = ROOT / PACKS[0]
    text = source.read_text(encoding="utf-8")
    assert "    sequence: true\n" in text
    (tmp_path / source.name).write_text(text if sequence else text.replace("    sequence: true\n", ""),
                                        encoding="utf-8")
    article = load_pack(source).data.article.file
    shutil.copy(source.parent / article, tmp_path / article)
    pack = load_pack(tmp_path / source.name)
    matrix = pack.data.matrices[0]
    slide = next(s for s in build_deck(pack, "en").slides if s.slide_id == matrix.id)
    arrowheads = [i for i in slide.items if isinstance(i, Line) and i.y1 != i.y2]  # the bands' lines are level
    assert len(arrowheads) == (2 * (len(matrix.rows) - 1) if sequence else 0)
