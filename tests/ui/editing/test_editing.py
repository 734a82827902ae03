"""Editing in the app, as a person does it: select a clause in Source, add the figure the form proposes,
edit and delete Data rows, undo/redo, and see check's problems; the article file is never changed."""

from __future__ import annotations

import shutil

import pytest

from briefing_app.model import load_pack
from briefing_app.ui.tabs.data_table import FIGURE_ROLE
from tests.conftest import SEEDS

ARTICLE = "000_54ee800359b404e4.txt"


@pytest.fixture
def editable(tmp_path, make_window):
    shutil.copy(SEEDS / ARTICLE, tmp_path)
    shutil.copy(SEEDS / "songjiang-g60.yaml", tmp_path)
    window = make_window(load_pack(tmp_path / "songjiang-g60.yaml"))
    return window, tmp_path / "songjiang-g60.yaml", (SEEDS / ARTICLE).read_bytes()


def _select(window, text: str) -> None:
    article = window.pack.article
    start = article.index(text)
    window.source_tab.select_span(start, start + len(text))


def _select_row(window, figure_id: str) -> None:
    table = window.data_tab.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(FIGURE_ROLE) == figure_id)
    table.setCurrentIndex(model.index(row, 1))


def test_add_a_figure_from_a_selection(editable):
    window, path, article_bytes = editable
    before = len(window.pack.data.figures)
    window.select_tab("source")
    _select(window, "新增市级以上智能工厂27家")
    window.findChild(type(window.editing.actions["add"]), "edit-add").trigger()
    form = window.editing.last_form
    assert form is not None and form.isVisible()
    assert (form._text("value"), form._text("unit"), form._text("quote")) == ("27", "家", "新增市级以上智能工厂27家")
    assert form._text("label_zh") == "新增市级以上智能工厂" and form._text("unit_en") == "smart factories"
    form.set("id", "smart-factories-again")
    form.set("label_en", "New smart factories")
    form.accept()
    assert len(window.pack.data.figures) == before + 1  # saved and reloaded
    fig = window.pack.figure("smart-factories-again")
    assert (fig.value, fig.unit, fig.period.year, fig.section) == (27, "家", 2023, "industry")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Briefing pack:") and "# --- Smart factories ---" in text
    assert (path.parent / ARTICLE).read_bytes() == article_bytes


def test_edit_and_delete_a_data_row_then_undo_and_redo(editable):
    window, path, article_bytes = editable
    window.select_tab("data")
    _select_row(window, "biomed-firms")
    form = window.editing.edit_selected()
    assert form._text("value") == "3109" and form._text("id") == "biomed-firms"
    form.set("label_zh", "生物医药企业")
    form.accept()
    assert window.pack.figure("biomed-firms").label.zh == "生物医药企业"
    _select_row(window, "enclave-tenants")
    window.editing.delete_selected()
    assert "enclave-tenants" not in window.pack.figures_by_id
    window.editing.undo()
    assert "enclave-tenants" in window.pack.figures_by_id
    window.editing.undo()
    assert window.pack.figure("biomed-firms").label.zh == "生物医药领域相关企业"
    assert path.read_text(encoding="utf-8") == (SEEDS / "songjiang-g60.yaml").read_text(encoding="utf-8")
    window.editing.redo()
    assert window.pack.figure("biomed-firms").label.zh == "生物医药企业"
    assert (path.parent / ARTICLE).read_bytes() == article_bytes


def test_a_wrong_value_is_not_saved_and_the_problems_panel_lists_it(editable):
    window, path, _ = editable
    saved = path.read_text(encoding="utf-8")
    window.select_tab("data")
    _select_row(window, "biomed-firms")
    form = window.editing.edit_selected()
    form.set("value", "3110")
    form.accept()
    panel = window.editing.panel
    assert panel.isVisible()
    lines = panel.lines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}:") and "figures[20].value" in lines[0]
    assert path.read_text(encoding="utf-8") == saved  # check refused it: nothing written
    assert window.pack.figure("biomed-firms").value == 3109
    panel.list.itemDoubleClicked.emit(panel.list.item(0))  # jumps to the figure's form
    again = window.editing.last_form
    assert again is not form and again._text("value") == "3110"
    again.set("value", "3109")
    again.accept()
    assert panel.lines() == ["没有问题：简报通过检查"]


def test_selection_without_a_number_only_says_so(editable):
    window, path, _ = editable
    saved = path.read_text(encoding="utf-8")
    window.select_tab("source")
    _select(window, "上海松江客运枢纽效果图")
    assert window.editing.add_from_selection() is None
    assert window.statusBar().currentMessage() == "请先在“原文”页选中含数字的文字"
    assert path.read_text(encoding="utf-8") == saved


def test_right_click_on_a_card_or_a_row_offers_edit_and_delete(editable, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.widgets import FigureCard

    window, path, article_bytes = editable
    window.select_tab("overview")
    card = next(c for c in window.tabs.currentWidget().findChildren(FigureCard) if c.figure.id == "biomed-firms")
    inner = card.findChildren(type(card.value_label))[0]  # a label inside the card, as a click would hit
    QApplication.sendEvent(inner, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2), inner.mapToGlobal(QPoint(2, 2))))
    menu = window.editing.last_menu
    assert [a.text() for a in menu.actions()] == ["编辑此数字…", "删除此数字"]
    menu.actions()[0].trigger()
    form = window.editing.last_form
    assert form._text("id") == "biomed-firms"
    form.reject()
    window.select_tab("data")  # after an edit the tabs are rebuilt: rows still offer the menu
    table = window.data_tab.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(FIGURE_ROLE) == "enclave-tenants")
    table.scrollTo(model.index(row, 1))  # a person right-clicks a row they can see
    pos = table.visualRect(model.index(row, 1)).center()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos)))
    window.editing.last_menu.actions()[1].trigger()
    assert "enclave-tenants" not in window.pack.figures_by_id
    assert "enclave-tenants" not in path.read_text(encoding="utf-8").split("entities:")[0]
    assert (path.parent / ARTICLE).read_bytes() == article_bytes


@pytest.mark.parametrize("kind, typed, expected", [
    ("quarter", "2023-Q3", {"quarter": "2023-Q3"}),
    ("half", "2023-H1", {"half": "2023-H1"}),
    ("months", "2023-01/2023-09", {"months": "2023-01/2023-09"}),
    ("year_end", "2023", {"year_end": 2023}),
])
def test_the_form_offers_the_bulletin_periods(editable, kind, typed, expected):
    window, path, _ = editable
    window.select_tab("data")
    _select_row(window, "biomed-firms")
    form = window.editing.edit_selected()
    kinds = form.widgets["period"]
    assert [kinds.itemData(i) for i in range(kinds.count())][-5:] == ["quarter", "half", "months", "year_end",
                                                                      "current"]
    form.set("period", kind)
    form.set("period_value", "")
    assert form.widgets["period_value"].placeholderText() == {"quarter": "2024-Q1", "half": "2024-H1",
                                                              "months": "2024-01/2024-09", "year_end": "2024"}[kind]
    form.set("period_value", typed)
    form.accept()
    period = window.pack.figure("biomed-firms").period
    assert period.model_dump(exclude_none=True) == expected
    assert f"period: {{{kind}: " in path.read_text(encoding="utf-8")


def test_a_period_in_the_wrong_form_is_explained_in_the_problems_panel(editable):
    window, path, _ = editable
    saved = path.read_text(encoding="utf-8")
    window.select_tab("data")
    _select_row(window, "biomed-firms")
    form = window.editing.edit_selected()
    form.set("period", "quarter")
    form.set("period_value", "2023Q3")
    form.accept()
    (line,) = window.editing.panel.lines()
    assert "period.quarter: must be a year and quarter written YYYY-Qn, e.g. 2024-Q1" in line
    assert path.read_text(encoding="utf-8") == saved


@pytest.fixture
def bulletin(tmp_path, make_window):
    folder = SEEDS.parent / "tests" / "packs" / "chengchuan"
    for name in ("chengchuan.yaml", "chengchuan.txt"):
        shutil.copy(folder / name, tmp_path)
    return make_window(load_pack(tmp_path / "chengchuan.yaml"))


@pytest.mark.parametrize("figure_id, keys", [
    ("unemployment-margin", {"type": "margin", "direction": "below", "word": "低", "than_zh": "全国"}),
    ("digital-share", {"type": "share", "unit": "%", "qualifier": "约", "value": "9.8"}),
    ("loans-change", {"type": "change", "word": "增加", "base_zh": "比年初", "unit": "亿元"}),
    ("industry-pull", {"type": "contribution", "to_en": "economic growth"}),
    ("doctors", {"per_zh": "每千常住人口", "unit_en": "doctors"}),
    ("property-investment", {"value": "-3.5"}),
    ("structure", {"type": "ratio", "value": "4.2:38.5:57.3"}),
    ("clothing-prices", {"direction": "flat", "value": "0"}),
])
def test_editing_a_statistics_figure_keeps_its_keys(bulletin, figure_id, keys):
    """The form shows every key of the new kinds and saving a label change keeps them all (nothing dropped)."""
    window = bulletin
    before = window.pack.figure(figure_id)
    window.select_tab("data")
    _select_row(window, figure_id)
    form = window.editing.edit_selected()
    assert {k: form._text(k) for k in keys} == keys
    form.set("label_en", "Edited label")
    form.accept()
    after = window.pack.figure(figure_id)
    assert after.label.en == "Edited label"
    assert after.model_dump(exclude={"label"}) == before.model_dump(exclude={"label"})
