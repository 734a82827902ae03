"""Quality measured, not assumed: each article is drafted and compared with the pack a person made for it.

Found: hand-made figures the draft has with the same value and unit and an overlapping quote.
Right: of those, the ones with the same type and the same 约/余/多/plan/并列/from/direction.
Extra: drafted figures that match no hand-made one (what precision misses). Each is asserted as measured.
Qinglan was written alongside the rules (optimistic); Yunling and Haiyu were written and their packs committed
before the drafter read them (blind), then the rules were tuned on them; Lanjiang was written by another
engineer to exercise the pack format. Xiqiao is blind and stays so: its numbers are the drafter's first run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.draft import draft
from briefing_app.draft.measure import compare
from briefing_app.model import load_pack
from briefing_app.model.schema import PackData
from tests.conftest import BUNDLED, FICTIONAL

PACKS = Path(__file__).resolve().parents[1] / "packs"
QINGLAN = PACKS / "qinglan" / "qinglan.yaml"
YUNLING = PACKS / "yunling" / "yunling.yaml"  # blind tests: the packs were written before any draft
HAIYU = PACKS / "haiyu" / "haiyu.yaml"
LANJIANG = PACKS / "lanjiang" / "lanjiang.yaml"  # written by another engineer for the pack format, not for this
#: Hand-made figures the draft finds with the hand-made period, as measured when bulletin periods came (news
#: articles speak in the present and keep their periods: a floor). tests/draft/test_periods_measured.py measures
#: bulletins.
#: Raised when a news article's year stopped counting a plan's year (计划2026年建成通车: Xiqiao's 今年 was read as
#: 2026, its 去年 as 2025), 近三年来 became a span like 近3年, and a news article's 全年 and its figures compared
#: with the year before (同比, 比上年) became its year of results (2024年，全区…), not "current", and the time of an
#: event (高铁站在2023年底通车) stopped dating the figures after it. Xiqiao had 26 at its first run (its periods
#: were not asserted then).
PERIODS_RIGHT = {"songjiang-g60.yaml": 33, "riverton.yaml": 7, "qinglan.yaml": 83, "yunling.yaml": 72,
                 "haiyu.yaml": 30, "lanjiang.yaml": 40, "xiqiao.yaml": 45, "nanping-2024q3.yaml": 162,
                 "liwan-2024.yaml": 170, "songhe-2025h1.yaml": 73,  # first runs 155, 167, 71
                 "zhechuan-2024.yaml": 501, "xiuchuan-2025.yaml": 112}  # blind first runs 501, 70
XIQIAO = PACKS / "xiqiao" / "xiqiao.yaml"  # blind, and its numbers are the drafter's first run on it
#: Statistics documents written with their packs before the drafter read them (git log tests/packs/nanping, liwan):
#: a province's report on the first three quarters and a district's annual bulletin in plain text.
NANPING = PACKS / "nanping" / "nanping-2024q3.yaml"
LIWAN = PACKS / "liwan" / "liwan-2024.yaml"
SONGHE = PACKS / "songhe" / "songhe-2025h1.yaml"  # a county's half-year report as a web page, spaces around numbers
#: Kept unseen until the end of round 3, then measured blind (heldout/README.md gives the first runs).
HELDOUT = Path(__file__).resolve().parent / "heldout"
ZHECHUAN = HELDOUT / "zhechuan-2024.yaml"
XIUCHUAN = HELDOUT / "xiuchuan-2025.yaml"


#: What the drafter achieves on each article, measured on main before this round's drafter work: hand-made
#: figures (that state a number of the article), found, found with kind and qualifier right, and figures
#: drafted that are not in the hand-made pack. Found and right are floors, extra a ceiling: a change that
#: does better raises them here, in the same commit, so the next change cannot quietly lose it again.
MEASURED = {
    "songjiang": (BUNDLED, 34, 33, 33, 0),  # 九城 (nine cities) is a Chinese numeral: not drafted
    "riverton": (FICTIONAL, 7, 7, 7, 0),
    # Since percent shares came (issue 20), 占…比重为31.2% drafts as a share of its named total; these packs,
    # written before the format had percent shares, hold such figures as plain % quantities: one in Qinglan,
    # two in Yunling and Haiyu, one in Xiqiao count as "wrong kind" below for that reason alone.
    # The extra figures since then are real ones these packs left out because the format could not hold them
    # (their header comments say so): Qinglan's 1个工作日以内, 增长7%以上, 近八成 and the income ratio 缩小到1.71;
    # Yunling's 超过六成, 约…六成 and 增长15%以上; Haiyu's 超过八成 (its 15个设区市, the size of a ranking, is no
    # longer drafted).
    "qinglan": (QINGLAN, 85, 85, 84, 4),
    "yunling": (YUNLING, 81, 81, 79, 3),
    "haiyu": (HAIYU, 33, 33, 31, 1),
    "lanjiang": (LANJIANG, 53, 53, 52, 2),
    # Article and pack committed before the drafter read it (git log tests/packs/xiqiao); its first run, and the drafter
    # was not changed for it (first run: 54 found, 54 right, 1 extra). The extra one was 超过10亿元, a threshold in a
    # firm count's label, not a figure: since 超过N…的 is a threshold like 超N…的, none. Right is 53 since percent
    # shares came (see above).
    "xiqiao": (XIQIAO, 54, 54, 53, 0),
    # First runs (the drafter at f84397a, unchanged for them): Nanping 159 of 162 found, 159 right, 155 periods,
    # 2 extra (41个 of 41个工业大类行业中有32个, and 86.3亿块 read as 亿 without its counter); Liwan 170 of 171, 170
    # right, 167 periods, no extra (the second structure of 由上年的…调整为… was missed).
    # Since then (general rules, each tested in test_numbers/test_statistics_draft): 加快/回落 against an earlier part
    # of the year, 块 as a counter, 41个…中有32个 as a field, a second ratio after 调整为: all figures found.
    "nanping": (NANPING, 162, 162, 162, 0),
    "liwan": (LIWAN, 171, 171, 171, 0),
    # First run (the drafter at c23e304, written after the rules above): 71 of 73 found, 71 right, 71 periods, no
    # extra; the two missed were the ratios of 城乡居民收入比由上年同期的 1.79 缩小为 1.77.
    "songhe": (SONGHE, 73, 73, 73, 0),  # since a ratio's 由 may be followed by 上年同期的 (six characters)
    # Blind first runs 524/515 and 130/112 (heldout/README.md); the misses left are a rank said of the growth of
    # GDP (居…第2位 after 增长), 均为100% of two rates, 中欧班列 after two planned clauses, 十件 in Chinese numerals;
    # the report's remaining wrong kinds are a share said 由11.9%提高到14.8% and 上升6位 (a rank's change).
    "zhechuan": (ZHECHUAN, 526, 524, 522, 1),
    "xiuchuan": (XIUCHUAN, 133, 130, 120, 1),
}


@pytest.mark.parametrize("name", MEASURED)
def test_draft_finds_the_hand_made_figures(name):
    hand_path, hand_count, found, right, extra = MEASURED[name]
    hand = load_pack(hand_path)
    result = draft(hand.article, hand.data.article.file)
    drafted = PackData.model_validate(result.pack).figures
    score = compare(drafted, hand.data.figures, hand.article)
    print(f"{hand_path.name}: {score}")
    assert score.hand == hand_count
    assert score.found >= found, (str(score), score.missed)
    assert score.right >= right, (str(score), score.wrong)
    assert score.drafted - score.found <= extra, str(score)  # precision: drafted figures no person would keep
    assert score.period_right >= PERIODS_RIGHT[hand_path.name], score.period_wrong


def test_the_measure_notices_a_wrong_qualifier_and_a_missing_figure():
    hand = load_pack(BUNDLED)
    drafted = [f for f in hand.data.figures if f.id != "biomed-firms"]
    drafted = [f.model_copy(update={"qualifier": "exact"}) if f.id == "smart-space-investment" else f
               for f in drafted]
    score = compare(drafted, hand.data.figures, hand.article)
    assert score.missed == ["biomed-firms: 生物医药领域集聚复宏汉霖、昊海生科等相关企业3109家"]
    assert len(score.wrong) == 1 and score.wrong[0].startswith("smart-space-investment:")
    assert score.hand == 34 and score.found == 33  # the derived 14.3% is not in the article and not counted
