"""Language switch, click-to-source, table filter and sort, settings persistence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from briefing_app.ui.widgets import Chip

from briefing_app.model import display
from briefing_app.ui.tabs.data_table import COLUMNS, VALUE
from briefing_app.ui.widgets import FigureCard, figure_tooltip

from .helpers import chart_of, page, visible_texts


def test_language_switch_rerenders_labels_numbers_and_menus(window, pack, qtbot):
    fig = pack.figure("smart-space-investment")
    assert display(fig, "zh") in visible_texts(page(window, "overview"))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.language == "en"
    window.fill_charts()
    texts = visible_texts(page(window, "overview"))
    assert display(fig, "en") == "planned: about CNY 19.6 billion"
    assert display(fig, "en") in texts and display(fig, "zh") not in texts
    assert window.tabs.tabText(0) == "Overview"
    assert window.menus["file"].title() == "&File"
    clusters = chart_of(window, "ic-firms")
    assert clusters.value_texts == ["136 firms", "967 firms", "3,109 firms"]
    assert window.data_tab.visible_texts(COLUMNS.index("col_label"))[0] == pack.data.figures[0].label.en
    window.toggle_language()
    assert window.tabs.tabText(0) == "概览"


def test_clicking_a_card_selects_its_quote_in_source(window, pack, qtbot):
    card = next(c for c in page(window, "overview").findChildren(FigureCard) if c.figure.id == "rd-intensity-2023")
    window.select_tab("overview")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_key() == "source"
    assert window.source_tab.selected_text() == "研究与试验发展投入强度达6.79%"


def test_clicking_a_timeline_figure_and_a_table_row_open_their_quotes(window, pack, qtbot):
    chip = next(b for b in page(window, "timeline").findChildren(Chip) if "1500多个" in b.text())
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.source_tab.selected_text() == pack.figure("contest-teams").quote
    data = page(window, "data")  # built when its tab is first shown
    table = data.table
    index = data.proxy.index(5, 1)
    table.activated.emit(index)
    fig_id = index.data(Qt.ItemDataRole.UserRole + 1)
    assert window.source_tab.selected_text() == pack.figure(fig_id).quote


def test_chart_hover_text_and_click_target(window, pack):
    chart = chart_of(window, "ic-firms")
    y, _x0, x1, fig = chart.rows[2]
    assert chart.figure_at(x1 / 2, y).id == "biomed-firms"
    assert chart.figure_at(x1 / 2, y + 0.5) is None
    tip = figure_tooltip(chart.ctx, fig)
    assert "3109家" in tip and "2023年" in tip and "精确" not in tip  # no internal tag: an exact value is just a value
    chart.ctx.open_quote(fig.quote)
    assert window.source_tab.selected_text() == fig.quote


def test_table_filters_searches_and_sorts(window, pack, qtbot):
    tab = page(window, "data")
    assert tab.proxy.rowCount() == len(pack.data.figures)
    tab.search.setText("亿元")  # QTest cannot type CJK; an input method sets the text the same way
    assert tab.proxy.rowCount() == len(pack.data.figures)  # typing filters after a short pause, not per key
    qtbot.waitUntil(lambda: tab.visible_texts(VALUE) == ["计划约196亿元"], timeout=2000)
    tab.search.clear()
    assert tab.proxy.rowCount() == len(pack.data.figures)  # clearing shows every row at once
    tab.type_box.setCurrentIndex(tab.type_box.findData("rank"))
    assert set(tab.visible_texts(COLUMNS.index("col_type"))) == {"排名"}
    assert tab.count_label.text() == f"显示 {tab.proxy.rowCount()} / {len(pack.data.figures)} 项"
    tab.type_box.setCurrentIndex(0)
    tab.section_box.setCurrentIndex(tab.section_box.findData("corridor"))
    assert len(tab.visible_texts(VALUE)) == len(pack.figures_in("corridor"))
    tab.section_box.setCurrentIndex(0)
    tab.table.sortByColumn(VALUE, Qt.SortOrder.DescendingOrder)
    assert tab.visible_texts(VALUE)[:2] == ["3109家", "1633家"]
    tab.table.sortByColumn(VALUE, Qt.SortOrder.AscendingOrder)
    assert tab.visible_texts(VALUE)[-1] == "3109家"


def test_table_exports_csv(window, pack, tmp_path):
    out = tmp_path / "figures.csv"
    assert window.export_data_to(out) == len(pack.data.figures)
    text = out.read_text(encoding="utf-8-sig")
    assert "约196亿元" in text and "about CNY 19.6 billion" in text


def test_language_geometry_and_tab_persist(make_window, pack):
    first = make_window(pack, lang=None)
    first.set_language("en")
    first.select_tab("corridor")
    first.resize(1234, 876)
    first.close()
    second = make_window(pack, lang=None)
    second.fill_charts()
    assert second.language == "en"
    assert second.current_key() == "corridor"
    assert second.tabs.tabText(0) == "Overview"


def test_tab_navigation_shortcuts(window, qtbot):
    window.select_tab("overview")
    window.activateWindow()
    window.actions_by_key["next_tab"].trigger()
    assert window.tabs.currentIndex() == 1
    window.actions_by_key["prev_tab"].trigger()
    window.actions_by_key["prev_tab"].trigger()
    assert window.current_key() == "source"
    shortcuts = [s.toString() for s in window.actions_by_key["next_tab"].shortcuts()]
    assert shortcuts == ["Ctrl+Tab", "Ctrl+PgDown"]
    present = {a.shortcut().toString(): a for a in window.present_menu.actions()}
    assert "F5" in present and "Shift+F5" in present  # the presentation mode fills its menu


def qapp_palette():
    from PySide6.QtWidgets import QApplication

    return QApplication.palette()


def test_zoom_theme_and_about(window, pack):
    card = page(window, "overview").findChildren(FigureCard)[0]
    before = card.value_label.font().pointSizeF()
    window.actions_by_key["zoom_in"].trigger()
    card = page(window, "overview").findChildren(FigureCard)[0]
    assert card.value_label.font().pointSizeF() > before
    window.actions_by_key["zoom_reset"].trigger()
    window.actions_by_key["dark"].trigger()
    assert window.theme_name == "dark" and qapp_palette().window().color().name() == "#1d2127"
    window.actions_by_key["light"].trigger()
    window.show_about()
    about = window.last_dialog.text()
    assert "开放字体许可证" in about and "PySide6" in about and "pyqtgraph" in about


def test_drop_a_pack_file_opens_it(window, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from tests.conftest import FICTIONAL

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FICTIONAL))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.pack.data.id == "riverton-fictional"
    assert window.tabs.tabText(1) == "绿色能源"
    recent = [a.text() for a in window.recent_menu.actions()]
    assert str(FICTIONAL.resolve()) in recent


def test_interactive_widgets_have_accessible_names(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    from briefing_app.ui.widgets import ClickCard

    kinds = (ClickCard, QAbstractButton, QComboBox, QLineEdit, QTableView)
    unnamed = [w for kind in kinds for w in window.tabs.findChildren(kind)
               if w.isVisibleTo(window) and not (w.accessibleName() or getattr(w, "text", lambda: "")())]
    assert unnamed == []
    assert all(window.tabs.widget(i).accessibleName() == window.tabs.tabText(i) for i in range(window.tabs.count()))


def test_clicking_a_bar_opens_its_quote(window, pack, qtbot):
    import pyqtgraph as pg

    window.select_tab("industry")
    chart = chart_of(window, "projects-started-2023")
    qtbot.waitExposed(chart)
    y, _x0, x1, fig = chart.rows[1]
    vb = chart.getPlotItem().getViewBox()
    point = chart.mapFromScene(vb.mapViewToScene(pg.Point(x1 / 2, y)))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_key() == "source"
    assert window.source_tab.selected_text() == fig.quote == pack.figure("projects-completed-2023").quote
