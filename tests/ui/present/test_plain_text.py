"""Pack text is data in the presentation, never markup: a label or title holding `<b>…</b><img …>` and `&`
shows exactly those characters in the presenter view, the finder and the overview's tooltips."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QTextDocument

from tests.conftest import BUNDLED, SEEDS

MARKUP = "<b>X</b><img src='file:///etc/passwd'>"


@pytest.fixture(scope="module")
def marked_pack(tmp_path_factory):
    """The bundled pack with markup and `&` in a figure's label and in a section's slide title."""
    from briefing_app.model import load_pack

    folder = tmp_path_factory.mktemp("markup")
    shutil.copy(SEEDS / "000_54ee800359b404e4.txt", folder)
    text = BUNDLED.read_text(encoding="utf-8")
    replaced = text.replace("label: {zh: 集成电路领域重点企业, en: Key integrated-circuit firms}",
                            f'label: {{zh: "{MARKUP} 芯片 & 封测", en: "{MARKUP} chips & tests"}}')
    replaced = replaced.replace("zh: “工业上楼”腾出空间，三大产业集群集聚企业",
                                f'zh: "{MARKUP} 工业上楼 & 产业集群"')
    assert replaced.count(MARKUP) == 3
    (folder / BUNDLED.name).write_text(replaced, encoding="utf-8")
    return load_pack(folder / BUNDLED.name)


def shown(rich_text: str) -> str:
    """What a label or tooltip holding `rich_text` puts on screen."""
    doc = QTextDocument()
    doc.setHtml(rich_text)
    return doc.toPlainText()


@pytest.fixture
def marked_show(make_show, marked_pack):
    return lambda lang: make_show(lang, of_pack=marked_pack, rehearse=True)


@pytest.mark.parametrize("lang,word", [("zh", "芯片 & 封测"), ("en", "chips & tests")])
def test_a_clicked_figure_shows_its_label_as_written(marked_show, lang, word):
    from PySide6.QtCore import Qt

    show = marked_show(lang)
    show.select_figure("ic-firms")
    label = show.presenter.view.figure
    assert label.textFormat() == Qt.TextFormat.RichText
    text = shown(label.text())
    assert f"{MARKUP} {word}" in text and "&amp;" not in text


def test_finder_results_and_quote_show_the_label_as_written(marked_show):
    show = marked_show("en")
    finder = show.presenter.finder
    finder.search("chips")
    assert finder.hits, "the figure is found by a word of its label"
    assert MARKUP in finder.results.item(0).text()
    assert shown(finder.results.item(0).toolTip()) == finder.hits[0].quote
    text = shown(finder.quote.text())
    assert f"{MARKUP} chips & tests" in text and "&amp;" not in text


def test_finder_tooltip_of_a_slide_text_shows_it_as_written(marked_show):
    show = marked_show("zh")
    finder = show.presenter.finder
    finder.search("工业上楼")
    tips = [shown(finder.results.item(i).toolTip()) for i in range(finder.results.count())]
    assert f"{MARKUP} 工业上楼 & 产业集群" in tips


def test_overview_tooltips_show_slide_titles_as_written(marked_show):
    show = marked_show("zh")
    show.do("overview")
    grid = show.audience.overview
    tips = [shown(grid.item(i).toolTip()) for i in range(grid.count())]
    assert tips == [s.title for s in show.deck.slides]
    assert any(f"{MARKUP} 工业上楼 & 产业集群" in tip for tip in tips)
