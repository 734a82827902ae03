"""Source shows the article's headings as headings with every quote highlighted and selectable; Data has
even rows, right-aligned numbers kept with their units, and a search box that is never squeezed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from briefing_app.ui.tabs.source import ArticleLayout, article_blocks, utf16_len

from tests.ui.helpers import page


def test_article_blocks_strip_markers_and_blank_lines():
    text = "\n\n# Title\n\nFirst para 𝔸 here.\r\n\n\n## Part two ##\n  indented line\n"
    blocks = article_blocks(text)
    assert [(b.text, b.level) for b in blocks] == [("Title", 1), ("First para 𝔸 here.", 0), ("Part two", 2),
                                                   ("indented line", 0)]
    for b in blocks:
        assert text[b.start:b.start + len(b.text)] == b.text
    layout = ArticleLayout(blocks)
    here = text.index("here")
    shown = "\n".join(b.text for b in blocks)
    assert layout.position(here) == utf16_len(shown[:shown.index("here")])  # the astral 𝔸 counts twice in Qt


def test_source_headings_are_headings_and_every_quote_is_highlighted_and_selectable(window, pack):
    source = page(window, "source")
    doc = source.view.document()
    headings = [b for b in article_blocks(pack.article) if b.level]
    assert headings
    block = doc.begin()
    found = {}
    while block.isValid():
        if block.blockFormat().headingLevel():
            found[block.text()] = block
        block = block.next()
    assert list(found) == [h.text for h in headings]
    body_size = source.view.font().pointSizeF()
    for h in headings:
        fmt = QTextCursor(found[h.text]).charFormat()
        assert fmt.fontWeight() >= 700 and fmt.fontPointSize() > body_size
    highlight = QColor(window.context().theme.highlight)
    for quote in pack.cited_quotes():
        assert source.show_quote(quote)
        assert source.selected_text() == quote
        start = pack.article.find(quote)
        assert source.selection_span() == (start, start + len(quote))  # back to the article's own indices
        cursor = source.view.textCursor()
        probe = QTextCursor(doc)
        probe.setPosition(cursor.selectionStart() + 1)
        assert probe.charFormat().background().color() == highlight, quote


def test_quote_list_rows_fit_their_text(window):
    window.select_tab("source")
    quotes = page(window, "source").quotes
    metrics = quotes.fontMetrics()
    for row in range(quotes.count()):
        rect = quotes.visualItemRect(quotes.item(row))
        lines = max(1, round(rect.height() / metrics.lineSpacing()))
        needed = metrics.boundingRect(0, 0, rect.width(), 10_000, Qt.TextFlag.TextWordWrap,
                                      quotes.item(row).text()).height()
        assert rect.height() <= needed + 2 * metrics.lineSpacing(), (row, lines)


def test_data_rows_are_even_from_the_start_and_numbers_right_aligned(window, pack):
    from briefing_app.ui.tabs.data_table import VALUE

    window.select_tab("data")
    tab = window.data_tab
    table = tab.table
    heights = {table.rowHeight(r) for r in range(tab.proxy.rowCount())}
    assert len(heights) == 1
    one_line = table.fontMetrics().height()
    assert one_line < heights.pop() < 2 * one_line  # one line per row, not twice the height needed
    assert not table.wordWrap()  # a number is never split from its unit
    align = tab.proxy.index(0, VALUE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    metrics = table.fontMetrics()
    for column in range(VALUE + 1):  # the figure and value columns show their texts whole
        if column == VALUE:
            widest = max(metrics.horizontalAdvance(t) for t in tab.visible_texts(column))
            assert table.columnWidth(column) >= widest


def test_search_box_keeps_its_width_beside_a_long_section_title(make_window, pack_copy):
    from briefing_app.model import load_pack

    text = pack_copy.read_text(encoding="utf-8")
    pack = load_pack(pack_copy)
    title = pack.data.sections[1].title.en
    pack_copy.write_text(text.replace(f"en: {title}", "en: " + "A very long section title " * 6, 1),
                         encoding="utf-8")
    window = make_window(load_pack(pack_copy), lang="en")
    window.resize(1000, 700)
    window.select_tab("data")
    search = window.data_tab.search
    assert search.width() >= search.fontMetrics().horizontalAdvance("Search…") * 2


def test_data_columns_fit_their_widest_text_measuring_only_the_longest(family):
    """Thousands of rows: a column measures its longest texts only, and its widest text is among them."""
    import random

    from PySide6.QtGui import QFont, QFontMetrics

    from briefing_app.ui.tabs.data_table import MEASURED, widest_candidates

    rng = random.Random(12)
    words = ["生物医药", "集成电路", "约", "亿元", "家", "firms", "about CNY", "billion", "Wide", "ill", "MMMM", "2023"]
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    texts += ["WWWWWWWWWW", "一二三四五六七八九十一二"]  # wide but not the most characters or bytes
    font = QFont()
    font.setFamilies([family])
    metrics = QFontMetrics(font)
    measured = widest_candidates(texts)
    assert len(measured) <= 2 * MEASURED < len(set(texts))
    assert max(metrics.horizontalAdvance(t) for t in measured) == max(metrics.horizontalAdvance(t) for t in texts)
    assert widest_candidates(["a", "bb", "a"]) == {"a", "bb"}  # few distinct texts: every one is measured
