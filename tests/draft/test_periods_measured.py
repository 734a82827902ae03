"""Periods and the document's frame, measured on bulletin-style articles (tests/draft/articles/): a city,
a province and a county bulletin, a quarterly and a half-year report, a plan report with next year's
targets. The period of each figure was written down before the drafter read the article (expected.py
reads those files); the drafter must give ≥ 95 % of the figures it drafts the period written there.

Before this work the drafter gave 0–1 % of them (everything was `current`), and the half-year report,
whose year is only in its dateline, could not be drafted at all.

xiling-2024 was kept for one first run: written with its periods like the others, then drafted once when
the drafter was finished. Its result is recorded below as it came out; it is not tuned against.
"""

from __future__ import annotations

import pytest

from briefing_app.draft import draft
from briefing_app.draft.article import parse_article
from briefing_app.draft.periods import period_for, target_of

from .expected import article_path, read, score

TUNED = ["nanzhou-2024", "dongchuan-2023", "qingshui-2024", "anping-2024q1", "linhe-2024h1", "baisha-plan-2025"]
FIRST_RUN = "xiling-2024"
#: The first run of xiling-2024 (at commit 9e59d04), as it came out: of the 93 figures listed, 88 drafted,
#: all 88 with the period written for them; the 5 not drafted (a margin, a ratio, a rate in ‰, two in
#: 微克/立方米) are kinds and units the drafter did not hold yet. Read where their numbers stand, all 93
#: periods were right.
FIRST_RUN_RESULT = (88, 88)


@pytest.fixture(scope="module", params=TUNED + [FIRST_RUN])
def drafted(request):
    name = request.param
    expected = read(name)
    return name, expected, draft(expected.article, article_path(name).name)


def test_drafted_figures_get_the_period_written_for_them(drafted):
    name, expected, result = drafted
    found = score(expected, result.pack["figures"])
    print(f"{name}: {found}")
    if name == FIRST_RUN:  # never worse than its first run
        assert found.found >= FIRST_RUN_RESULT[0] and found.right >= FIRST_RUN_RESULT[1], (found.missed, found.wrong)
    assert found.found >= 0.85 * found.expected, found.missed  # the measure measures something
    assert found.accuracy >= 0.95, found.wrong
    assert found.targets_right == found.targets, found.wrong


@pytest.mark.parametrize("name", TUNED + [FIRST_RUN])
def test_every_listed_figure_gets_its_period_where_its_number_stands(name):
    """Also the figures `draft` cannot yet hold (5.5%左右, ratios, negative rates): once it can, their
    period is already read right."""
    expected = read(name)
    article = parse_article(expected.article)
    wrong = []
    for exp in expected.figures:
        target = target_of(article, exp.at)
        period = period_for(article, exp.at, target=target)
        if period != exp.period or (target.year if target else None) != exp.target:
            wrong.append(f"{exp.anchor}: {period}, target {target}")
    assert not wrong, wrong


def test_the_document_frame_is_read_from_the_document(drafted):
    name, expected, result = drafted
    pack, meta = result.pack, expected.meta
    assert result.article.frame.report == meta["report"]
    assert pack["scopes"]["main"]["zh"] == meta["scope"]
    assert pack["article"]["source"]["zh"] == meta["source"]
    assert pack["article"]["source_quote"] != pack["article"]["title"]
    assert meta["source"] in pack["article"]["source_quote"]
    assert pack["subtitle"]["zh"] != pack["article"]["title"] and meta["scope"] in pack["subtitle"]["zh"]
    whole_area = {"市": "全市", "省": "全省", "县": "全县", "区": "全区"}[meta["scope"][-1]]
    assert all(f["scope"] == "main" for f in pack["figures"] if whole_area in f["quote"])
