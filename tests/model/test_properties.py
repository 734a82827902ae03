"""Property tests (hypothesis): any pack written by the rules checks, and its English says the same numbers.

The default run draws a few hundred packs; `pytest --hypothesis-profile=long` draws thousands.
"""

import re
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.model import PackError, display, load_pack, period_text, qualifier_text
from briefing_app.model.format import plan_prefix, zh_in_article_form
from briefing_app.model.units import parse_unit

from ..strategies import packs, write_pack

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\U00020000-\U0003ffff]")
AMOUNT = re.compile(r"(?:[A-Z]{3} )?([\d,]+(?:\.\d+)?)(?: (million|billion|trillion))?")
SCALE = {None: 1, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}
QUALIFIER_WORDS = ("about ", "nearly ", "more than ")


def parse_amount(text: str) -> Decimal:
    """'about CNY 1.5 billion' → 1500000000; '40,000 wafers a month' → 40000."""
    for word in QUALIFIER_WORDS:
        text = text.removeprefix(word)
    match = AMOUNT.match(text)
    assert match, text
    return Decimal(match.group(1).replace(",", "")) * SCALE[match.group(2)]


def english_value(fig) -> str:
    """The English display without its plan prefix ('target for 2026: ')."""
    text = display(fig, "en")
    return text.split(": ", 1)[1] if fig.is_target else text


def check_english(fig):
    en = english_value(fig)
    if fig.type == "quantity":
        factor = 1 if fig.unit == "%" else parse_unit(fig.unit).factor
        now = en.split(" → ")[-1]
        assert parse_amount(now) == Decimal(str(fig.value)) * factor, (fig.value, fig.unit, en)
        if fig.from_ is not None:
            assert parse_amount(en.split(" → ")[0]) == Decimal(str(fig.from_)) * factor, en
        if fig.qualifier != "exact":
            assert now.startswith(("about ", "nearly ", "more than ")), en
    elif fig.type == "change":
        sign = "down " if fig.falls else "+"
        assert en.startswith(sign) and "+-" not in en, en
        assert Decimal(re.match(r"(?:down |\+)([\d,.]+)", en).group(1).replace(",", "")) == abs(Decimal(str(fig.value)))
    elif fig.type == "rank" and fig.value is not None:
        assert f"No. {fig.value:,} in " in en, en


@given(packs())
def test_generated_packs_check_and_read_the_same_in_english(drawn):
    with tempfile.TemporaryDirectory() as folder:
        pack = load_pack(write_pack(Path(folder), drawn))
    for fig in pack.data.figures:
        check_english(fig)
        if fig.type == "quantity":  # zh shows the number as the article writes it (9城 or 九城, 8.0%)
            assert zh_in_article_form(fig) in fig.quote, (zh_in_article_form(fig), fig.quote)
        if fig.type == "change":
            assert display(fig, "zh").removeprefix(plan_prefix(fig, "zh"))[2:] in fig.quote
        for text in (display(fig, "en"), qualifier_text(fig, "en"), period_text(fig.period, "en")):
            assert not CJK.search(text), (fig.id, text)  # the pack gives every English name, so none is Chinese
        assert display(fig, "zh")
    for warning in pack.warnings:
        assert warning.warning and ": warning: " in str(warning)


JUNK = st.one_of(st.none(), st.booleans(), st.integers(-10 ** 20, 10 ** 20), st.floats(allow_nan=True),
                 st.text(max_size=30), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5),
                                                                                            st.text(max_size=5), max_size=2))


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, path + (i,))


@given(packs(max_figures=4), st.data())
def test_check_never_raises_on_a_damaged_pack(drawn, data):
    pack, article = drawn
    path = data.draw(st.sampled_from([p for p in _paths(pack) if p]))
    junk = data.draw(JUNK)
    holder = pack
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = junk
    with tempfile.TemporaryDirectory() as folder:
        try:
            load_pack(write_pack(Path(folder), (pack, article)))
        except PackError as exc:
            assert exc.problems and all(re.match(r"^.+:\d+: \S.*: .+$", str(p)) for p in exc.problems)
