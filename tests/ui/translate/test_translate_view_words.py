"""The Translate view speaks the app's language: in Chinese, what a text is, where it is used and where its
suggestion comes from are Chinese (only file names and pack text stay as written); Ctrl+L switches every
word of the dock; and the dock first opens wide enough to read its table on a 1366×768 laptop."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import Qt

from briefing_app.cli import main
from briefing_app.model import load_pack
from tests.conftest import ROOT

ARTICLE = ROOT / "tests" / "packs" / "chengchuan" / "chengchuan.txt"
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def drafted(tmp_path, capsys):
    shutil.copy(ARTICLE, tmp_path)
    assert main(["draft", str(tmp_path / ARTICLE.name)]) == 0
    capsys.readouterr()
    return load_pack(tmp_path / "chengchuan.yaml")


def _rows_seen(view):
    """Per row: its Field and Suggestion cells, and the lines below the table, as the person reads them."""
    seen = []
    for r in range(view.proxy.rowCount()):
        view.table.setCurrentIndex(view.proxy.index(r, 0))
        cells = [view.proxy.index(r, c).data() for c in range(view.proxy.columnCount())]
        below = [w.text() for w in (view.zh, view.where, view.origin) if w.isVisibleTo(view)]
        seen.append((cells, below))
    return seen


def _latin_words(text: str, allowed: set[str]) -> set[str]:
    return {w for w in LATIN_WORD.findall(text) if w not in allowed}


def test_the_view_says_what_where_and_whence_in_chinese(make_window, drafted):
    window = make_window(drafted, lang="zh")
    window.translate_dock.open_view()
    view = window.translate_dock.view
    seen = _rows_seen(view)
    assert len(seen) == len(drafted.untranslated) > 20
    allowed = {"chengchuan", "yaml", "songjiang", "g60"}  # pack files a suggestion names
    for cells, below in seen:
        field, zh, suggestion = cells[:3]
        assert field and not LATIN_WORD.search(field), field
        english_of_suggestion = suggestion.rpartition("  [")[0]
        assert not _latin_words(suggestion.removeprefix(english_of_suggestion), allowed), suggestion
        for line in below:
            shown = line.replace(zh, "")  # the Chinese being translated is pack text, shown as written
            assert not _latin_words(shown, allowed), line
    assert any("标签页" in " ".join(below) for _cells, below in seen)
    assert any("幻灯片" in " ".join(below) for _cells, below in seen)


def test_ctrl_l_switches_every_word_of_the_dock(make_window, drafted):
    window = make_window(drafted, lang="zh")
    window.translate_dock.open_view()
    view = window.translate_dock.view
    assert window.translate_dock.windowTitle() == "翻译" and view.only_left.text().startswith("只看待译")
    window.actions_by_key["toggle_lang"].trigger()  # View ▸ Language ▸ Switch (Ctrl+L)
    assert window.language == "en"
    assert window.translate_dock.windowTitle() == "Translate"
    assert view.only_left.text() == "Only what is left (Alt+O)"
    assert view.accept_button.text() == "Accept and next (Enter)"
    headers = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Field", "Chinese", "Suggestion"]
    assert view.proxy.index(0, 0).data() == "title"
    assert view.count.text() == f"{len(drafted.untranslated)} left of {len(drafted.untranslated)}"
    edit_menu = window.editing.menu
    edit_menu.aboutToShow.emit()
    assert "&Translate English…" in [a.text() for a in edit_menu.actions()]


def test_the_dock_opens_wide_enough_to_read_on_a_laptop(make_window, drafted, qtbot):
    window = make_window(drafted, lang="zh")
    window.resize(1366, 728)
    window.translate_dock.open_view()
    view = window.translate_dock.view
    qtbot.waitUntil(lambda: window.translate_dock.width() >= 0.4 * 1366)  # laid out on the next turn
    assert window.centralWidget().width() >= 560  # the tabs keep room
    chinese = view.table.columnWidth(1)
    assert chinese >= view.table.fontMetrics().horizontalAdvance("规模以上工业增加值增长")
    assert view.table.isColumnHidden(3)  # English: every row shown is still without it
    view.only_left.setChecked(False)
    assert not view.table.isColumnHidden(3)


def test_with_nothing_left_the_view_says_so_and_asks_for_nothing(make_window, pack):
    window = make_window(pack, lang="zh")  # the bundled pack: every text has its English
    window.translate_dock.open_view()
    view = window.translate_dock.view
    assert view.proxy.rowCount() == 0
    assert view.zh.text() == "英文已全部写好：英文导出和英文演示可以使用了"
    assert view.english.isReadOnly() and not view.accept_button.isEnabled()


def test_every_origin_a_suggestion_can_have_is_said_in_chinese():
    """The origins Suggester.suggest gives, each in Chinese (file and place names stay as written)."""
    from briefing_app.ui.translate_words import origin_text

    origins = {"glossary": "术语表", "composed": "由术语表词条组合", "romanised": "地名拼音（请核对）",
               "composed, romanised 川城区": "由术语表词条组合，川城区 为拼音（请核对）",
               "from a.yaml": "来自 a.yaml", "from a.yaml, 82% match": "来自 a.yaml（相似度 82%）",
               "from a.yaml, adapted": "来自 a.yaml（不同之处已按术语表替换）",
               "from a.yaml, adapted, romanised 朔原": "来自 a.yaml（地名和年份已替换，朔原 为拼音，请核对）",
               "from a.yaml, adapted, years": "来自 a.yaml（年份已替换）"}
    for origin, zh in origins.items():
        assert origin_text(origin, "zh") == zh
        assert not _latin_words(zh, {"a", "yaml"}), zh
        assert origin_text(origin, "en") == origin


def test_english_longer_than_the_layouts_are_built_for_is_said_as_it_is_typed(make_window, drafted, qtbot):
    from briefing_app.model.limits import max_chars

    window = make_window(drafted, lang="en")
    window.translate_dock.open_view()
    view = window.translate_dock.view
    label_row = next(r for r in range(view.proxy.rowCount())
                     if view.model.rows[view.proxy.mapToSource(view.proxy.index(r, 0)).row()].text.kind == "figure label")
    view.table.setCurrentIndex(view.proxy.index(label_row, 0))
    limit = max_chars("label", "en")
    view.english.setText("Growth " * 20)
    assert view.length.isVisibleTo(view)
    assert view.length.text().startswith(f"{len(('Growth ' * 20).strip())} characters: slides are laid out for at most {limit}")
    view.english.setText("Grain output")
    assert not view.length.isVisibleTo(view)
    window.actions_by_key["toggle_lang"].trigger()  # View ▸ Language ▸ Switch (Ctrl+L)
    view.english.setText("Growth " * 20)
    assert view.length.text().startswith(f"{len(('Growth ' * 20).strip())} 个字符")
