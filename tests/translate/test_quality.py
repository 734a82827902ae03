"""The English suggestions measured, not assumed, leaving one city out (tests/translate/cities.py): each
article is drafted, and the suggestions for its figure labels and section titles, made with a Library of
every other city's packs, are judged against the hand-made pack's English.

The figures are floors, as measured when they were last raised: a change that does better raises them here in
the same commit, so the next change cannot quietly lose it again. `python -m tests.translate.cities --misses 50`
prints the table and the misses to read.
"""

from __future__ import annotations

import pytest

from briefing_app.translate.measure import verdict
from tests.translate import cities

#: Test article: (figure labels and section titles, suggested at least, judged at least, no edit at least).
#: Measured with the repository's packs as the Library, the lower of with and without the two qichuan bulletins
#: (careful English, branch `data`), which are test articles themselves once they are in tests/packs. Re-measured
#: after the drafter's list, table and news-period work changed which texts a draft has (xiqiao lost one no-edit).
#: Re-measured when labels that named nothing took their sentence's subject (branch `labels`: 增速排名 →
#: 规模以上工业增加值增速排名, 排名 → 国内市场占有率排名, …): raised where it did better; lowered where a person's
#: own generic label was matched before (qinglan's 增速排名 'Rank by growth', now named and judged an edit: no
#: edit 13 → 12) and in xiqiao (suggested and judged 22 → 20), whose bare 排名 had the glossary's 'Rank' and is now
#: 国内市场占有率排名, which the termbase does not cover, and whose 新材料产业实现产值 is now 新材料产业产值, the
#: same text as another of its labels (texts 49 → 48).
#: Re-measured after the termbase's third pass (branch termbase3: ~2,000 entries, results after the noun,
#: comparisons, ranks, trade partners, schemes' people) merged with the labels: coverage 80 % → 90 % with the
#: qichuan bulletins, 60 % → 79 % without; no edit 45 % → 43 % (the new suggestions are mostly news labels a person
#: worded otherwise).
#: Raised when categories listed under an indicator took its measure (branch labels4: 制造业增长 → 制造业增加值增长,
#: 通讯器材类增长 → 通讯器材类零售额增长): qichuan no edit 180 → 187, 186 → 193.
#: Raised after the fourth termbase pass (branch termbase4: ~590 more bulletin terms, a period inside a label,
#: 类 categories taking their block's indicator), category labels that keep their indicator (branch labels4) and
#: fuzzy matches that never change a level into a change.
#: Labels5: a count's leading 有 leaves its label (现有新材料企业 → 新材料企业, now the same text as another of
#: Xiqiao's labels: texts 48 → 47, suggested 38 → 37); the qichuan bulletins' school levels, 有 and 涨幅 labels
#: raise theirs (suggested 369 → 372, 371 → 374; no edit 188 → 191, 194 → 197).
MEASURED = {
    "chengchuan": (79, 76, 71, 33),
    "qingcen-2023": (50, 50, 33, 10),
    "qingcen-2024": (54, 54, 35, 10),
    "lanjiang": (50, 39, 38, 15),
    "qinglan": (85, 64, 61, 16),
    "haiyu": (31, 20, 19, 1),
    "yunling": (87, 55, 54, 10),
    "riverton": (5, 5, 5, 2),
    "xiqiao": (47, 37, 37, 8),
    "songjiang-g60": (26, 12, 12, 1),
    "qichuan-2023": (379, 372, 372, 191),
    "qichuan-2024": (383, 374, 374, 197),
}


@pytest.fixture(scope="module")
def everything():
    return cities.articles([p for p in sorted(cities.PACKS.glob("qichuan-*")) if p.is_dir()])


@pytest.mark.parametrize("stem", MEASURED)
def test_suggestions_on_an_article_of_a_city_the_library_has_not_seen(stem, everything):
    article = next((a for a in everything if a.path.stem == stem), None)
    if article is None:
        pytest.skip(f"{stem} is not in tests/packs on this branch")
    texts, suggested, judged, no_edit = MEASURED[stem]
    score = cities.measure(article, everything)
    print(f"{stem}: {score}")
    assert score.texts == texts
    assert score.suggested >= suggested, score.uncovered
    assert score.judged >= judged
    assert score.same + score.same_words >= no_edit, score.misses


def test_the_library_never_holds_the_test_articles_city(everything):
    """Leave one city out means it: no pack of the article's city (another year of it included)."""
    qingcen = next(a for a in everything if a.path.stem == "qingcen-2024")
    library = [a for a in everything if a.city != qingcen.city]
    assert all("qingcen" not in a.path.stem for a in library) and len(library) == len(everything) - 2


def test_the_judge_sets_aside_order_plurals_and_spelling_but_not_words():
    assert verdict("New-energy vehicle output", "Output of new-energy vehicles") == "same_words"
    assert verdict("Urbanisation rate", "urbanization rate") == "same"
    assert verdict("GDP growth", "GDP growth target") == "edit"
    assert verdict("Grain output growth", "Fall in grain output") == "edit"
