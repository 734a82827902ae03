"""The figure form proposes a figure's series key from the open Library: the key of the same indicator (label,
unit family, scope), with the packs it matches named; the key is saved with the figure."""

from __future__ import annotations

import shutil

import pytest

from briefing_app.model import load_pack

from ...deck.series_packs import QINGCEN


@pytest.fixture
def bulletin(tmp_path, make_window):
    """A copy of the 2024 bulletin whose GDP growth has no series key yet; the Library is the two bulletins."""
    for name in ("qingcen-2024.yaml", "qingcen-2024.md"):
        shutil.copy(QINGCEN / name, tmp_path)
    path = tmp_path / "qingcen-2024.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("series: gdp-growth, ", ""), encoding="utf-8")
    window = make_window(load_pack(path))
    window.open_library(QINGCEN)
    return window, path


def test_adding_a_figure_proposes_the_librarys_key(bulletin):
    window, path = bulletin
    window.select_tab("source")
    text = "全年社会消费品零售总额2287.5亿元"
    start = window.pack.article.index(text)
    window.source_tab.select_span(start, start + len(text))
    form = window.editing.add_from_selection()
    assert form._text("series") == "retail-sales"
    assert "qingcen-2023.yaml · retail-sales" in form.series_hint.text()
    form.set("id", "retail-sales-again")
    form.accept()
    assert window.pack.figure("retail-sales-again").series == "retail-sales"


def test_editing_a_figure_without_a_key_proposes_one_and_a_bad_key_is_refused(bulletin):
    window, path = bulletin
    assert window.pack.figure("gdp-growth").series is None
    form = window.editing.edit_figure("gdp-growth")
    assert form._text("series") == "gdp-growth"  # as the 2023 bulletin's GDP growth
    form.set("series", "GDP growth")
    form._try_accept()
    assert form.isVisible() and "GDP growth" in form.error.text()
    form.set("series", "gdp-growth")
    form.accept()
    assert load_pack(path).figure("gdp-growth").series == "gdp-growth"
