"""The figure form as a person meets it: it fits the screen (its OK button never below the bottom edge of a
laptop's 768 pixels), it asks only for what the chosen kind of figure has, and its words are the app's
language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QComboBox

from briefing_app.model import load_pack
from tests.conftest import ROOT

CHENGCHUAN = ROOT / "tests" / "packs" / "chengchuan" / "chengchuan.yaml"


@pytest.fixture
def bulletin_window(make_window):
    return make_window(load_pack(CHENGCHUAN), lang="zh")


def shown_fields(form) -> set[str]:
    return {key for key, widget in form.widgets.items() if form.form.isRowVisible(widget)}


def test_the_form_fits_its_screen_with_its_buttons_in_view(bulletin_window):
    form = bulletin_window.editing.edit_figure("gdp")
    screen = form.screen().availableGeometry()
    assert form.height() <= screen.height() * 0.9
    buttons = form.layout().itemAt(form.layout().count() - 1).widget()
    assert buttons.isVisible() and buttons.geometry().bottom() <= form.height()
    form.reject()


@pytest.mark.parametrize(("figure_id", "has", "has_not"), [
    ("gdp", {"unit", "unit_en", "qualifier", "from", "per_zh"}, {"among_zh", "tied", "than_zh", "to_zh", "word",
                                                                 "direction", "base_zh"}),
    ("gdp-margin", {"than_zh", "than_en", "direction", "word", "unit"}, {"among_zh", "to_zh", "per_zh", "from"}),
    ("industry-pull", {"to_zh", "to_en", "word", "unit"}, {"than_zh", "direction", "unit_en", "from"}),
    ("port-rank", {"among_zh", "among_en", "tied"}, {"qualifier", "unit", "unit_en", "word", "from"}),
    ("structure", {"qualifier"}, {"unit", "unit_en", "direction", "from", "than_zh"}),
])
def test_the_form_asks_only_for_what_the_kind_has(bulletin_window, figure_id, has, has_not):
    form = bulletin_window.editing.edit_figure(figure_id)
    shown = shown_fields(form)
    assert has <= shown and not has_not & shown, (has - shown, has_not & shown)
    assert "until" not in shown  # only for 'past N years'
    form.reject()


def test_changing_the_kind_changes_the_fields_and_directions(bulletin_window):
    form = bulletin_window.editing.edit_figure("gdp-growth")
    box: QComboBox = form.widgets["direction"]
    assert [box.itemData(i) for i in range(box.count())] == ["", "up", "down", "flat"]
    form.set("type", "margin")
    assert {"than_zh", "than_en"} <= shown_fields(form) and "base_zh" not in shown_fields(form)
    assert [box.itemText(i) for i in range(box.count())] == ["高于", "低于"]
    form.set("period", "past_years")
    assert "until" in shown_fields(form)
    form.set("period", "current")
    assert not {"until", "period_value"} & shown_fields(form)
    form.reject()


def test_the_chinese_form_names_its_choices_in_chinese(bulletin_window):
    form = bulletin_window.editing.edit_figure("gdp")
    for key in ("type", "qualifier", "plan", "direction", "period"):
        box = form.widgets[key]
        texts = [box.itemText(i) for i in range(box.count())]
        assert not [t for t in texts if re.search(r"[A-Za-z]{2,}", t)], (key, texts)
    assert form.widgets["qualifier"].currentText() == "精确"
    form.reject()
