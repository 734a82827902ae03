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
from briefing_app.model.format import occurs, plan_prefix, ratio_in, zh_in_article_form
from briefing_app.model.units import parse_unit

from ..strategies import packs, write_pack

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\U00020000-\U0003ffff]")
AMOUNT = re.compile(r"(≈)?(?:[A-Z]{3} )?(-?[\d,]+(?:\.\d+)?)(?: (million|billion|trillion))?")
SCALE = {None: 1, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}
#: English qualifier words (model/format.QUALIFIER_EN), written independently here as the reference.
QUALIFIER_WORDS = ("about ", "nearly ", "more than ", "at least ", "up to ", "at most ", "less than ")


def parse_amount(text: str) -> Decimal:
    """'about CNY 1.5 billion' → 1500000000; '40,000 wafers a month' → 40000; '-0.38 per 1,000' → -0.38."""
    for word in QUALIFIER_WORDS:
        text = text.removeprefix(word)
    match = AMOUNT.match(text)
    assert match, text
    return Decimal(match.group(2).replace(",", "")) * SCALE[match.group(3)]


def english_value(fig, exact: bool = True) -> str:
    """The English display without its plan prefix ('target for 2026: ')."""
    text = display(fig, "en", exact=exact)
    return text.split(": ", 1)[1] if fig.is_target else text


def _factor(unit) -> Decimal:
    return Decimal(1) if unit in (None, "%", "‰", "百分点") else parse_unit(unit).factor


def check_english(fig):
    """English says the article's magnitude, for every kind (the exact form: notes, data, find)."""
    en = english_value(fig)
    qualifier = getattr(fig, "qualifier", "exact")
    if fig.type == "quantity":
        now = en.split(" → ")[-1]
        assert parse_amount(now) == Decimal(str(fig.value)) * _factor(fig.unit), (fig.value, fig.unit, en)
        if fig.from_ is not None:
            assert parse_amount(en.split(" → ")[0]) == Decimal(str(fig.from_)) * _factor(fig.unit), en
        if qualifier != "exact":
            assert now.startswith(QUALIFIER_WORDS), en
        if fig.per:
            assert en.endswith(" " + fig.per.en), en
    elif fig.type == "change":
        if fig.direction == "flat":
            assert en.startswith("unchanged"), en
            return
        start = "down " if fig.falls else ("+", "up ")
        assert en.startswith(start) and "+-" not in en and "--" not in en, en
        rest = re.sub(r"^(?:down |up |\+)(?:a net )?", "", en)
        assert parse_amount(rest) == abs(Decimal(str(fig.value))) * _factor(fig.unit), en
        if fig.base:
            assert en.endswith(" " + fig.base.en), en
    elif fig.type == "rank" and fig.value is not None:
        first = fig.among.en.split(" ")[0]
        field = fig.among.en if first in ("among", "nationwide") else f"in {fig.among.en}"
        assert en.endswith(f"No. {fig.value:,} {field}"), en
    elif fig.type == "share" and fig.unit is not None:
        per_cent = Decimal(str(fig.value)) * (10 if fig.unit == "成" else 1)
        now = en.split(" → ")[-1].removeprefix("risen to ")
        assert now.endswith("%") and parse_amount(now[:-1]) == per_cent, en
    elif fig.type == "ratio":  # as written: 4.2:38.5:57.3, or one number with the article's digits (0.0100)
        shown = en.split(" ")[-1]
        if isinstance(fig.value, str):
            assert shown == fig.value, en
        else:
            assert Decimal(shown) == Decimal(str(fig.value)), en
    elif fig.type == "margin":
        assert en.endswith(f" {fig.direction} {fig.than.en}") and not en.startswith(("+", "up")), en
        assert parse_amount(en) == Decimal(str(fig.value)) * _factor(fig.unit), en
    elif fig.type == "contribution":
        number = en.removeprefix("contributed ")
        assert parse_amount(number) == Decimal(str(fig.value)), en
        assert en.endswith(f" to {fig.to.en}" if fig.unit == "百分点" else f" of {fig.to.en}"), en


#: Which way the long-number rule may round each precision, so that the sentence stays true.
ROUNDED_DOWN_ONLY = {"at_least"}
ROUNDED_UP_ONLY = {"at_most", "below"}


def _last_amount(text: str, fig) -> str:
    """The amount after any 'from →', without a change's direction word ('up 3%'; a quantity's 'up to' stays)."""
    last = text.split(" → ")[-1]
    return last.removeprefix("up ").removeprefix("down ") if fig.type != "quantity" else last


def check_short_english(fig):
    """Slides' English: the exact form, or a rounding the rule allows (marked ≈ when the figure is exact)."""
    exact, short = english_value(fig), english_value(fig, exact=False)
    if short == exact:
        return
    assert fig.type in ("quantity", "change", "margin"), (exact, short)
    if getattr(fig, "qualifier", "exact") == "exact":
        assert ROUNDED_MARK_IN(short), (exact, short)
    a = parse_amount(_last_amount(exact, fig))
    b = parse_amount(_last_amount(short, fig).lstrip("≈"))
    scale = Decimal(10) ** 9 if abs(a) >= 10 ** 9 else Decimal(10) ** 6
    assert abs(a - b) < Decimal("0.01") * scale * 10 ** 3, (exact, short)  # at most a hundredth of the scale word
    precision = getattr(fig, "precision", "exact")
    if precision in ROUNDED_DOWN_ONLY:
        assert b <= a, (exact, short)
    if precision in ROUNDED_UP_ONLY or fig.qualifier == "近":
        assert b >= a, (exact, short)


def ROUNDED_MARK_IN(text: str) -> bool:
    return "≈" in text.split(" mu ≈ ")[0]


@given(packs())
def test_generated_packs_check_and_read_the_same_in_english(drawn):
    with tempfile.TemporaryDirectory() as folder:
        pack = load_pack(write_pack(Path(folder), drawn))
    for fig in pack.data.figures:
        check_english(fig)
        check_short_english(fig)
        if fig.type in ("quantity", "margin", "contribution") or (fig.type == "change" and fig.direction != "flat"):
            # zh shows the number as the article writes it (9城 or 九城, 8.0%, -0.38‰, 1.2万亩, 7%以上)
            assert occurs(zh_in_article_form(fig), fig.quote), (zh_in_article_form(fig), fig.quote)
        if fig.type == "change" and fig.word:
            assert display(fig, "zh").removeprefix(plan_prefix(fig, "zh")).removeprefix(
                fig.base.zh if fig.base else "").startswith(fig.word)
        if fig.type == "ratio" and isinstance(fig.value, str):
            assert display(fig, "zh").removeprefix(plan_prefix(fig, "zh")).lstrip("约") == ratio_in(fig.value, fig.quote)
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
