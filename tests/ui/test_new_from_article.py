"""File ▸ New briefing from article…: any supported file becomes a drafted pack, opened on its Source tab,
which shows the converted text; a bad file is one line in a message box and nothing changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing_app.model import load_pack
from briefing_app.ui import new_from_article
from tests.sources.make_files import bulletin_docx
from tests.ui.helpers import page

from .conftest import BUNDLED

def test_the_file_menu_offers_it(make_window):
    window = make_window(load_pack(BUNDLED))
    action = window.actions_by_key["new_from_article"]
    assert action in window.menus["file"].actions()
    assert action.text() == "从文章新建简报…"
    window.set_language("en")
    assert action.text() == "&New Briefing from Article…"

def test_a_word_file_is_drafted_and_opened_on_its_converted_text(make_window, tmp_path):
    window = make_window(load_pack(BUNDLED))
    article = bulletin_docx(tmp_path / "report.docx")
    new_from_article.start(window, article)
    assert window.pack.path == tmp_path / "report.yaml"
    assert window.current_key() == "source"
    shown = page(window, "source").view.document().toPlainText()
    assert "初步核算，全年全市地区生产总值3875.2亿元[^1]，比上年增长5.9%。" in shown  # the converted Markdown
    assert "\n粮食\n52.3\n1.2\n" in shown and "| 粮食 |" not in shown  # its table drawn as a table, cell by cell
    assert {f.cell.row for f in window.pack.data.figures if f.cell} == {"粮食", "油料", "糖料（甘蔗|甜菜）"}
    assert window.pack.data.article.original.file == "report.docx"
    assert "report.yaml" in window.statusBar().currentMessage()

def test_a_bad_file_is_one_line_in_a_message_box_and_nothing_changes(make_window, tmp_path):
    window = make_window(load_pack(BUNDLED))
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    new_from_article.start(window, bad)
    box = window.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "无法从文章生成简报"  # what happened, in the app's language
    assert box.informativeText().count("\n") == 0 and "is not text" in box.informativeText()  # why, one line
    assert window.pack.path == BUNDLED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scan.txt"]

def test_an_existing_pack_is_opened_or_replaced_only_when_asked(make_window, tmp_path):
    window = make_window(load_pack(BUNDLED))
    article = bulletin_docx(tmp_path / "report.docx")
    new_from_article.start(window, article)
    (tmp_path / "report.yaml").write_text((tmp_path / "report.yaml").read_text(encoding="utf-8")
                                          .replace('id: "draft"', 'id: "edited"'), encoding="utf-8")
    window.open_pack(BUNDLED)
    box = new_from_article.start(window, article)
    assert box is not None and "report.yaml" in box.text()
    open_button = next(b for b in box.buttons() if b.text() == "打开")
    open_button.click()
    assert window.pack.path == tmp_path / "report.yaml" and window.pack.data.id == "edited"
    box = new_from_article.start(window, article)
    next(b for b in box.buttons() if b.text() == "替换").click()
    assert window.pack.data.id == "draft"  # replaced by a new draft


def test_an_article_without_a_year_asks_for_it_then_drafts(make_window, tmp_path):
    """`draft` needs the year its 今年 means; the app asks (the command line's --year) instead of saying so."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QLabel

    window = make_window(load_pack(BUNDLED))
    article = tmp_path / "<u>news<u>.txt"
    article.write_text("# 河西区新闻\n\n今年以来，全区新增企业1200家，比上年增长5%。\n", encoding="utf-8")
    new_from_article.start(window, article)
    dialog = window.last_dialog
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    label = next(w for w in dialog.findChildren(QLabel) if "今年" in w.text())
    assert label.text() == "<u>news<u>.txt 没有写明年份。文中的“今年”是哪一年？"
    assert label.textFormat() == Qt.TextFormat.PlainText  # a file's name shown as written
    assert not (tmp_path / "<u>news<u>.yaml").exists()
    dialog.setIntValue(2023)
    dialog.accept()
    assert window.pack.path == tmp_path / "<u>news<u>.yaml" and window.pack.data.article.year == 2023
    assert window.current_key() == "source" and window.focusWidget() is page(window, "source").view


def test_a_pdf_with_a_scanned_page_is_drafted_and_the_status_bar_says_which_page(make_window, tmp_path):
    """The pages that are pictures are named where the person looks after drafting, and stay named."""
    from tests.sources.make_files import scanned_page_pdf, soffice, three_page_docx, to_pdfs

    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: no PDF to make")
    (tmp_path / "words").mkdir()
    words = three_page_docx(tmp_path / "words" / "report.docx")
    article = scanned_page_pdf(to_pdfs([words], tmp_path / "words")[words], tmp_path / "report.pdf", 2)
    window = make_window(load_pack(BUNDLED))
    new_from_article.start(window, article)
    assert window.pack.path == tmp_path / "report.yaml"
    message = window.statusBar().currentMessage()
    assert "report.yaml" in message and message.endswith("第 2 页没有文字（扫描的图片？）：其中的数字未列入草稿")
