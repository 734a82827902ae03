"""A number never leaves its unit at a line break: dates and amounts in Chinese, amounts in English."""

import pytest

from briefing_app.typography.breaking import tokens, wrap


@pytest.mark.parametrize("text, kept", [
    ("4个关键节点：2023年9月22日至2024年3月4日", ["2023年9月22日", "2024年3月4日"]),
    ("计划总投资约196亿元的项目", ["196亿元"]),
    ("规模以上工业企业达1633家", ["1633家"]),
    ("about 2.8 million m² of floor space", ["2.8 million m²"]),
    ("target: 1,500 mu ≈ 100 ha of land", ["1,500 mu", "100 ha"]),
])
def test_numbers_stay_with_their_units(text, kept):
    toks = [t.strip() for t in tokens(text)]
    for whole in kept:
        assert any(whole in t for t in toks), (whole, toks)
    for width in range(4, len(text) + 1):  # at every width the kept text is on one line
        lines = wrap(text, width, len)
        for whole in kept:
            if len(whole) <= width:
                assert any(whole in line for line in lines), (width, lines)
