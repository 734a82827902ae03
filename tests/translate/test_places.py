"""Place names the termbase cannot know are romanised as the official English writes them, and nothing else
is: the expected spellings are the places' own (Xi'an, Lu'an, Chongqing, Xiamen), not this code's output."""

from __future__ import annotations

import pytest

from briefing_app.translate.compose import composition
from briefing_app.translate.places import romanise


@pytest.mark.parametrize("zh, en", [
    ("西安市", "Xi'an City"), ("六安市", "Lu'an City"), ("重庆市", "Chongqing City"), ("厦门市", "Xiamen City"),
    ("湖州市", "Huzhou City"), ("通州区", "Tongzhou District"), ("昆山市", "Kunshan City"),
    ("延边朝鲜族自治州", None),  # five characters before its suffix: not guessed
])
def test_real_place_names_read_as_their_official_english(zh, en):
    assert romanise(zh) == en


@pytest.mark.parametrize("zh", ["老城区", "城镇", "全市", "实施省市", "各县市", "省市区", "示范区", "农村"])
def test_common_words_and_pairs_of_levels_are_not_places(zh):
    assert romanise(zh) is None


def test_a_label_with_a_pair_of_levels_is_not_given_a_made_up_city():
    composed = composition("实施省市重点项目")
    assert composed is None or not composed.romanised, composed
