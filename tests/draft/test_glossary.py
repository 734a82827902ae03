"""English from the shared glossary only where it is reliable."""

from briefing_app.draft.labels import quantity_label
from briefing_app.model.glossary import counted_noun, counted_prefix, counter, term, translate


def test_whole_entries_and_noun_compounds_translate():
    assert translate("规模以上工业企业") == "Industrial enterprises above designated size"
    assert translate("风电企业") == "Wind-power enterprises"  # the termbase's official "enterprises"
    assert translate("规模以上工业总产值") == "Gross industrial output above designated size"  # after the noun


def test_anything_else_stays_for_a_person():
    assert translate("盘活存量低效工业用地") is None
    assert translate("") is None


def test_words_the_deck_needs_are_there():
    assert term("规上") == "above designated size"
    assert term("专精特新") == "specialised, sophisticated, distinctive and innovative"
    assert term("小巨人") == "little giant"
    assert term("要素") == "production factors"


def test_counted_nouns_and_counters():
    assert counted_noun("新增市级以上智能工厂") == "smart factories"
    assert counted_prefix("企业入驻科创中心") == "firms"
    assert counter("项") == "items" and counter("家") is None


def test_the_plan_word_leaves_the_label():
    assert quantity_label("新区力争建成公共充电桩", "", []) == "新区建成公共充电桩"
    assert quantity_label("12英寸晶圆产能力争达到", "", []) == "12英寸晶圆产能"
