"""Line breaking: Chinese per character with kinsoku, English per word, no lonely last character."""

from briefing_app.typography import has_cjk, is_cjk, tokens, unwrap
from briefing_app.typography.metrics import text_width, wrap


def test_chinese_wraps_per_character_english_per_word():
    zh = wrap("九城市高新技术企业占全国的比重从1/12提升到1/7", 16, 100)
    assert len(zh) > 1 and all(text_width(line, 16) <= 100 for line in zh)
    assert "".join(zh) == "九城市高新技术企业占全国的比重从1/12提升到1/7"
    en = wrap("The nine cities' share of China's high-tech firms", 16, 120)
    assert all(not line.startswith(" ") and not line.endswith(" ") for line in en)
    assert " ".join(en) == "The nine cities' share of China's high-tech firms"
    # closing punctuation never starts a line
    for width in range(40, 200, 7):
        assert not any(line[:1] in "，。、；：" for line in wrap("松江区，研发投入强度达6.79%，位居上海前列。", 14, width))


def test_no_lonely_last_character():
    for width in range(60, 400, 9):
        lines = wrap("国家级、市级“专精特新”企业数排名", 14, width)
        assert len(lines) == 1 or len(lines[-1]) > 1, (width, lines)


def test_script_detection_covers_extension_b_and_full_width_forms():
    assert is_cjk("中") and is_cjk("，") and is_cjk("\U00020000") and not is_cjk("a") and not is_cjk("“")
    assert has_cjk("G60 走廊") and not has_cjk("G60 corridor") and not has_cjk(None)


def test_tokens_keep_punctuation_with_its_neighbour_and_unwrap_restores_spaces():
    assert tokens("（松江）区。") == ["（松", "江）", "区。"]
    assert unwrap(["The nine", "cities"]) == "The nine cities" and unwrap(["九城", "市"]) == "九城市"


def test_max_lines_cuts_with_an_ellipsis_that_fits():
    lines = wrap("九城市高新技术企业占全国的比重从1/12提升到1/7", 16, 80)
    from briefing_app.typography import wrap as rule_wrap

    cut = rule_wrap("九城市高新技术企业占全国的比重从1/12提升到1/7", 80, lambda s: text_width(s, 16), max_lines=2)
    assert len(lines) > 2 and len(cut) == 2 and cut[0] == lines[0] and cut[1].endswith("…")
    assert text_width(cut[1], 16) <= 80


def test_a_hyphenated_word_too_wide_for_its_slot_breaks_after_the_hyphen():
    """A chart category 'Key integrated-circuit firms' in a narrow slot: 'integrated- / circuit firms', as
    PowerPoint and LibreOffice break it, never 'integrated-circui / t firms'; unwrapping gives the label back."""
    from briefing_app.typography.breaking import wrap as wrap_with

    measure = lambda s: 7.0 * len(s)  # noqa: E731 — a monospaced stand-in for a renderer's metrics
    lines = wrap_with("Key integrated-circuit firms", 100, measure)
    assert lines == ["Key", "integrated-", "circuit firms"]
    assert unwrap(lines) == "Key integrated-circuit firms"
    assert unwrap(["well -", "known"]) == "well - known"  # a spaced dash is not a word's hyphen
