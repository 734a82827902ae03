"""Generated reports: a title naming a year (and a quarter, half or months), paragraphs opening with a period
marker, figures said as levels, rises against last year and rises since the start of the year, and a
second sentence that carries the paragraph's period. The period each figure should get is worked out
here from the report's year, independently of the drafter's grammar."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.draft import draft

PLACES = ["南州市", "东川省", "清水县", "临河区", "白沙县", "安平市", "西陵区", "江宁县"]
#: Flows over a period, and stocks at its end (a year's end is not carried to a flow: 年末…。其中，工业增加值…).
FLOWS = ["地区生产总值", "社会消费品零售总额", "工业增加值", "一般公共预算收入", "货物进出口总额", "建筑业总产值"]
STOCKS = ["本外币存款余额", "本外币贷款余额", "住户存款余额"]
NUMERALS = "一二三四"


@st.composite
def reports(draw):
    """(title, the report's own period, its year)."""
    year = draw(st.integers(2000, 2040))
    place = draw(st.sampled_from(PLACES))
    kind = draw(st.sampled_from(["year", "quarter", "half", "months"]))
    if kind == "year":
        return f"{year}年{place}国民经济和社会发展统计公报", {"year": year}, year
    if kind == "quarter":
        q = draw(st.integers(1, 4))
        return f"{year}年{NUMERALS[q - 1]}季度{place}经济运行情况", {"quarter": f"{year}-Q{q}"}, year
    if kind == "half":
        return f"{year}年上半年{place}经济运行情况", {"half": f"{year}-H1"}, year
    last = draw(st.integers(2, 11))
    dash = draw(st.sampled_from("—-～"))
    return f"{year}年1{dash}{last}月{place}经济运行情况", {"months": f"{year}-01/{year}-{last:02d}"}, year


@st.composite
def markers(draw, year: int):
    """(the words opening a paragraph, the period they say) for a report on `year`."""
    kind = draw(st.sampled_from(["none", "全年", "年末", "上年", "上年末", "quarter", "half", "months", "month_end",
                                 "month", "year"]))
    if kind == "none":
        return "", None
    if kind in ("全年", "年末"):
        return kind, {"year": year} if kind == "全年" else {"year_end": year}
    if kind in ("上年", "上年末"):
        return kind, {"year": year - 1} if kind == "上年" else {"year_end": year - 1}
    if kind == "quarter":
        q = draw(st.integers(1, 4))
        return f"{NUMERALS[q - 1]}季度", {"quarter": f"{year}-Q{q}"}
    if kind == "half":
        h = draw(st.integers(1, 2))
        return "上半年" if h == 1 else "下半年", {"half": f"{year}-H{h}"}
    month = draw(st.integers(2, 12))
    if kind == "months":
        return f"1{draw(st.sampled_from('—-～'))}{month}月", {"months": f"{year}-01/{year}-{month:02d}"}
    if kind == "month_end":
        return f"{month}月末", {"as_of": f"{year}-{month:02d}"}
    if kind == "month":
        return f"{month}月份", {"month": f"{year}-{month:02d}"}
    earlier = draw(st.integers(year - 5, year - 1))
    return f"{earlier}年", {"year": earlier}


@given(st.data())
@settings(max_examples=60)
def test_generated_reports_give_each_figure_its_period(data):
    title, report, year = data.draw(reports())
    paragraphs, expected, value = [], {}, 100
    for _ in range(data.draw(st.integers(1, 5))):
        words, period = data.draw(markers(year))
        said = period or report
        at_end = period is not None and ("year_end" in period or "as_of" in period)
        kinds = STOCKS if at_end else FLOWS
        first, second = data.draw(st.sampled_from(kinds)), data.draw(st.sampled_from(kinds))
        form = data.draw(st.sampled_from(["level", "rise", "since_start"]))
        a, b = value + 0.1, value + 0.2
        value += 1
        lead = f"{words}，" if words else ""
        if form == "level":
            sentence = f"{lead}全市{first}{a}亿元"
        elif form == "rise":
            sentence = f"{lead}全市{first}比上年增长{a}%"
        else:  # a rise since the start of the year is the change over the report's period
            sentence = f"{lead}全市{first}比年初增加{a}亿元"
            said = report
        expected[a] = said
        expected[b] = period or report  # carried from the paragraph's marker
        paragraphs.append(f"{sentence}。其中，{second}{b}亿元。")
    text = f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"
    result = draft(text, "report.txt")
    got = {f["value"]: f["period"] for f in result.pack["figures"]}
    assert got == expected, text
