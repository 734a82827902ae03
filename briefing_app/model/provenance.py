"""Provenance checks: every quote is in the article, every number is in its quote.

A figure's number must appear in its quote in the article's own form (约196亿元, 230余场, 九城…), so a
dropped qualifier or a mistyped value is caught. A derived figure's inputs must appear instead.
"""

from __future__ import annotations

import re

from .format import (AFTER_UNIT, BEFORE_NUMBER, amount_zh, as_written, change_word, contribution_word, digit_forms,
                     fraction_as_written, fraction_zh, in_list, margin_word, number_with_unit_zh, number_zh, occurs, quoted_form,
                     rank_ordinal_zh, ratio_in, share_value_text, target_year_words, zh_in_article_form, zh_integer,
                     zh_rate_suffix)
from .schema import FALL_WORDS, PackData

#: Qualifiers written before the number (约196亿元, 近120万人, 超过300家…) and after the unit (10家以上, 5.5%左右).
BEFORE_WORDS, AFTER_WORDS = BEFORE_NUMBER, AFTER_UNIT
#: Words that say a share rose (提升到1/7, 提高到45%).
ROSE_WORDS = ("提升", "提高", "上升", "升至")
#: Words ending in 约 or 近 that are not qualifiers (签约48个项目 is exactly 48).
NOT_QUALIFIERS = ("签约", "合约", "条约", "预约", "节约", "制约", "公约", "契约", "履约", "特约", "邀约", "违约", "集约", "简约",
                  "附近", "最近", "靠近", "邻近", "就近", "临近", "亲近", "贴近", "拉近", "走近", "远近")


def quote_problems(data: PackData, article: str):
    """(location, message) pairs; location is a pydantic-style path tuple."""
    for key, items in (("figures", data.figures), ("entities", data.entities), ("events", data.events),
                       ("matrices", data.matrices), ("images", data.images)):
        for i, item in enumerate(items):
            if item.quote not in article:
                yield (key, i, "quote"), "not found verbatim in the article"
    if data.map and data.map.quote not in article:
        yield ("map", "quote"), "not found verbatim in the article"
    if data.article.source_quote not in article:
        yield ("article", "source_quote"), "not found verbatim in the article"
    if data.article.title not in article:
        yield ("article", "title"), "not found verbatim in the article"


def ambiguous_quotes(data: PackData, article: str):
    """(location, message) for each figure whose quote the article holds more than once: the Source tab and the
    presenter's "where is this from" can only show its first place, which may be another number's sentence."""
    for i, fig in enumerate(data.figures):
        times = article.count(fig.quote) if fig.cell is None and fig.quote else 0
        if times > 1:
            yield ("figures", i, "quote"), (f"is found {times} times in the article; the Source tab shows the first, "
                                            "so lengthen it until it points at one place")


def message_problems(data: PackData, article: str):
    """Numbers in action titles (section, group, map and matrix messages) must be in the article too."""
    owners = [("sections", i, x) for i, x in enumerate(data.sections)]
    owners += [("groups", i, x) for i, x in enumerate(data.groups)]
    owners += [("matrices", i, x) for i, x in enumerate(data.matrices)]
    if data.map:
        owners.append(("map", None, data.map))
    for key, i, owner in owners:
        if owner.message is None:
            continue
        for number in re.findall(r"\d+(?:\.\d+)?(?:/\d+)?%?", owner.message.zh):
            if number not in article:
                loc = (key, "message", "zh") if i is None else (key, i, "message", "zh")
                yield loc, f"{number} does not occur in the article"


def figure_problems(data: PackData):
    """Numbers, qualifiers and markers that are missing from the figure's own quote (a target year may be
    written 明年 when the pack gives the article's year)."""
    by_id = {f.id: f for f in data.figures}
    this_year = getattr(getattr(data, "article", None), "year", None)
    for i, fig in enumerate(data.figures):
        quote = as_written(fig.quote)  # 增长 6.1 ％ says 增长6.1%
        if fig.derived:
            for source_id in fig.derived.from_:
                source = by_id.get(source_id)
                if source is not None and not occurs(_input_form(source), quote) and not _input_listed(source, quote):
                    yield ("figures", i, "derived", "from"), (
                        f"input {source_id!r} does not occur in this quote (looked for {_input_form(source)!r})")
            continue
        if fig.cell is not None:
            continue  # its number stands in a table cell: cells.py checks it against the table
        problems = list(KIND_PROBLEMS[fig.type](fig, i, quote))
        if problems and quote.lstrip().startswith("|"):
            yield ("figures", i, "cell"), ("the quote is a table row: give the cell its number stands in, "
                                           "cell: {table: N, row: …, column: …} (seeds/README.md)")
        yield from problems
        yield from _plan_problems(fig, i, this_year, quote)


def _quantity_problems(fig, i: int, quote: str):
    form = zh_in_article_form(fig)
    if not occurs(form, quote) and not _in_list(fig, fig.value, fig.unit, quote):
        sign = (" (a negative number needs its sign in the quote, as in -0.38‰; a fall is a change with "
                "direction: down)") if fig.value < 0 else ""
        if fig.value > 0 and any(occurs(amount_zh(-fig.value, fig.unit, fig.qualifier, d), quote)
                                 for d in digit_forms(-fig.value)):
            sign = f" (the quote writes it with a minus sign: value: -{number_zh(fig.value)})"
        yield ("figures", i, "value"), (
            f"{number_zh(fig.value)} does not occur in the quote as {form!r}"
            f" (number, qualifier and unit as the article writes them){sign}")
    dropped = _dropped_qualifier(fig)
    if dropped:
        yield ("figures", i, "qualifier"), (
            f"the quote says {dropped}; give qualifier: {_word(dropped)} "
            "so the number keeps its qualifier")
    if fig.from_ is not None and not _from_in(fig, quote):
        yield ("figures", i, "from"), (
            f"{amount_zh(fig.from_, fig.unit)} does not occur in the quote "
            "(从15%提高到22% is from: 15, value: 22, unit: \"%\")")
    if fig.per is not None and not _says(fig.per.zh, quote):
        yield ("figures", i, "per", "zh"), f"{fig.per.zh!r} does not occur in the quote"


def _rank_problems(fig, i: int, quote: str):
    if not _rank_in(fig, quote):
        yield ("figures", i, "value"), (
            f"{rank_ordinal_zh(fig)!r} does not occur in the quote (write the rank as the article does: "
            "第12位 is value 12, 第一 is value 1, 前列 is value null)")
    for word in [fig.among.zh] + (["并列"] if fig.tied else []):
        if not _says(word, quote):
            yield ("figures", i, "among" if word == fig.among.zh else "tied"), \
                f"{word!r} does not occur in the quote"


def _share_problems(fig, i: int, quote: str):
    for key, value in (("from", fig.from_), ("value", fig.value)):
        if value is None:
            continue
        if fig.unit is None:
            written = fraction_as_written(value, quote)
            if written not in quote:
                words = fraction_zh(value)
                yield ("figures", i, key), f"{value} does not occur in the quote" + (
                    f" (looked for {value} and {words})" if words else "")
            continue
        forms = list(dict.fromkeys(([f"{zh_integer(int(value))}成"] if fig.unit == "成" and value == int(value)
                                    and 0 < value < 100 else []) + [d + fig.unit for d in digit_forms(value)]))
        if not any(occurs(f, quote) for f in forms) and not (fig.unit == "%" and _in_list(fig, value, "%", quote)):
            shown = share_value_text(fig, value, "zh", fig.qualifier if key == "value" else "exact")
            yield ("figures", i, key), f"{shown} does not occur in the quote (looked for {', '.join(forms)})"
    if fig.rose and not any(w in quote for w in ROSE_WORDS):
        yield ("figures", i, "rose"), f"the quote does not say the share rose (none of {', '.join(ROSE_WORDS)})"
    if isinstance(fig.of, str) and not _says(fig.of, quote):
        yield ("figures", i, "of"), f"{fig.of!r} does not occur in the quote"
    if fig.qualifier == "exact" and "约占" in quote:
        yield ("figures", i, "qualifier"), "the quote says 约占; give qualifier: 约 so the share keeps its qualifier"
    yield from _qualifier_problems(fig, i, quote)


def _change_problems(fig, i: int, quote: str):
    word = change_word(fig)
    if fig.direction == "flat":
        if word not in quote:
            yield ("figures", i, "word" if fig.word else "direction"), (
                f"{word!r} does not occur in the quote (direction: flat is 持平)")
        yield from _base_problems(fig, i, quote)
        return
    signed = [number_with_unit_zh(fig, fig.value)] if fig.value < 0 else []
    plain = number_with_unit_zh(fig, fig.size)
    if not any(occurs(f, quote) for f in signed) and not occurs(plain, quote) and not _bare_in(fig, quote):
        unit = zh_rate_suffix(fig, quote)
        forms = [amount_zh(fig.value, unit, fig.qualifier, d) for d in digit_forms(fig.value)[:3]]
        yield ("figures", i, "value"), (
            f"{(signed or [plain])[0]} does not occur in the quote (looked for {', '.join(forms)}: number, "
            "qualifier and unit as the article writes them)")
    elif fig.falls and not any(occurs(f, quote) for f in signed) and not any(w in quote for w in FALL_WORDS) \
            and not (fig.word and _says(fig.word, quote)):
        yield ("figures", i, "direction"), (
            f"the quote does not say it fell (none of {', '.join(FALL_WORDS)}, and no minus sign before "
            f"{plain}; or give word: the article's verb of the fall)")
    if fig.word and not _says(fig.word, quote):
        yield ("figures", i, "word"), f"{fig.word!r} does not occur in the quote"
    yield from _base_problems(fig, i, quote)
    yield from _qualifier_problems(fig, i, quote)


def _says(words: str, quote: str) -> bool:
    """The quote (already `as_written`) says these words, a number in them read as it is checked (比 8 月份)."""
    return as_written(words) in quote


def _bare_in(fig, quote: str) -> bool:
    """A change, margin or contribution in 百分点 may be written without 个 (提高2百分点), or be a number of a list
    whose unit stands after the last (分别拉动0.3、2.9和2.7个百分点): its digits with that unit are enough."""
    if fig.unit == "百分点":
        return any(occurs(d + "百分点", quote) for d in digit_forms(fig.value)) or any(
            _in_list(fig, fig.value, unit, quote) for unit in ("个百分点", "百分点"))
    return _in_list(fig, fig.value, fig.unit, quote)


def _in_list(fig, value, unit: str | None, quote: str) -> bool:
    """分别为96、74和131亿元: a number of a list whose unit (and a qualifier after it) stands after its last number;
    a qualifier before a number (约) is that number's own, never the list's."""
    if fig.qualifier not in ("exact", *AFTER_WORDS):
        return False
    return in_list(value, (unit or "") + (fig.qualifier if fig.qualifier in AFTER_WORDS else ""), quote)


def _base_problems(fig, i: int, quote: str):
    if fig.base is not None and not _says(fig.base.zh, quote):
        yield ("figures", i, "base", "zh"), f"{fig.base.zh!r} does not occur in the quote"


def _ratio_problems(fig, i: int, quote: str):
    if isinstance(fig.value, str):
        if ratio_in(fig.value, quote) is None:
            yield ("figures", i, "value"), (
                f"{fig.value} does not occur in the quote (its terms as the article writes them, joined by :, ： "
                "or ∶)")
    elif not any(occurs(d, quote) for d in digit_forms(fig.value)):
        yield ("figures", i, "value"), f"{number_zh(fig.value)} does not occur in the quote"
    yield from _qualifier_problems(fig, i, quote)


def _margin_problems(fig, i: int, quote: str):
    yield from _number_problems(fig, i, quote)
    if not _says(margin_word(fig), quote):
        yield ("figures", i, "word" if fig.word else "direction"), (
            f"{margin_word(fig)!r} does not occur in the quote (give word: as the article compares: 高于, 快于, "
            "高出, 低于, 慢于; 比全国低 is word: 低)")
    if not _says(fig.than.zh, quote):
        yield ("figures", i, "than", "zh"), f"{fig.than.zh!r} does not occur in the quote"
    yield from _qualifier_problems(fig, i, quote)


def _contribution_problems(fig, i: int, quote: str):
    yield from _number_problems(fig, i, quote)
    if not _says(contribution_word(fig), quote):
        yield ("figures", i, "word"), (
            f"{contribution_word(fig)!r} does not occur in the quote (拉动 for 百分点, 贡献率 for %, or the "
            "article's own word)")
    if not _says(fig.to.zh, quote):
        yield ("figures", i, "to", "zh"), f"{fig.to.zh!r} does not occur in the quote"
    yield from _qualifier_problems(fig, i, quote)


def _number_problems(fig, i: int, quote: str):
    form = number_with_unit_zh(fig, fig.value)
    if not occurs(form, quote) and not _bare_in(fig, quote):
        sign = " (a negative number needs its sign in the quote)" if fig.value < 0 else ""
        yield ("figures", i, "value"), (
            f"{form} does not occur in the quote (number, qualifier and unit as the article writes them){sign}")


def _qualifier_problems(fig, i: int, quote: str):
    if fig.qualifier != "exact" and fig.qualifier not in quote:
        yield ("figures", i, "qualifier"), f"{fig.qualifier!r} does not occur in the quote"


def _dropped_qualifier(fig) -> str | None:
    """For an exact quantity, a qualifier the quote puts right around the number (近120万人, 10家以上)."""
    if fig.qualifier != "exact":
        return None
    form = quoted_form(fig.value, fig.quote, lambda d: amount_zh(fig.value, fig.unit, digits=d))
    for m in re.finditer(re.escape(form), fig.quote):
        before, after = fig.quote[: m.start()], fig.quote[m.end():]
        if before[-1:].isdigit() or before.endswith("."):
            continue  # part of a longer number
        if before.endswith(NOT_QUALIFIERS):
            continue  # 签约48个, 附近3个: the character belongs to another word
        for word in BEFORE_WORDS:
            if before.endswith(word):
                return word + form
        for word in AFTER_WORDS:
            if after.startswith(word):
                return form + word
    return None


def _word(dropped: str) -> str:
    return next(w for w in BEFORE_WORDS + AFTER_WORDS if dropped.startswith(w) or dropped.endswith(w))


def _from_in(fig, quote: str) -> bool:
    """从15%提高到22% needs 15%; 从3万提高到5万辆 may leave the unit off the start (3万 or 3). `quote` as written."""
    if any(amount_zh(fig.from_, fig.unit, digits=d) in quote for d in digit_forms(fig.from_)):
        return True
    number = re.escape(number_zh(fig.from_))
    return fig.unit != "%" and re.search(rf"(?<![\d.]){number}(?![\d.%])", quote) is not None


def _rank_in(fig, quote: str) -> bool:
    """第12位 is found as 第12, 12 or 十二; 第一 as 第一; 前列 as 前列."""
    if rank_ordinal_zh(fig) in quote:
        return True
    n = fig.value
    if n is None:
        return False
    if re.search(rf"(?<![\d.]){n}(?![\d.])", quote):
        return True
    return n < 100 and ("第" + zh_integer(n) in quote or (n >= 10 and zh_integer(n) in quote))


def _plan_problems(fig, i: int, this_year: int | None, quote: str):
    """The plan word in the quote as given; the target year in `quote`, as written (到 2026 年 says 到2026年)."""
    if fig.plan and fig.plan not in fig.quote:
        yield ("figures", i, "plan"), f"{fig.plan!r} does not occur in the quote"
    words = target_year_words(fig.target_year, this_year) if fig.target_year else ()
    if words and not any(w in quote for w in words):
        yield ("figures", i, "target_year"), (f"{fig.target_year} does not occur in the quote (到{fig.target_year}年"
                                              + "".join(f", or {w}" for w in words[1:]) + ")")


def _input_listed(source, quote: str) -> bool:
    """An input written as a number of a list whose unit stands after the last (分别为96、74和131亿元)."""
    if source.type in ("rank", "ratio") or (source.type == "share" and source.unit != "%"):
        return False
    return _bare_in(source, quote) if source.type != "quantity" else _in_list(source, source.value, source.unit, quote)


def _input_form(source) -> str:
    """What a derived figure's quote must contain of an input: its number as the article writes it."""
    if source.type == "share" and source.unit is None:
        return fraction_as_written(source.value, source.quote)
    if source.type == "rank":
        return rank_ordinal_zh(source)
    return zh_in_article_form(source)


KIND_PROBLEMS = {"quantity": _quantity_problems, "rank": _rank_problems, "share": _share_problems,
                 "change": _change_problems, "ratio": _ratio_problems, "margin": _margin_problems,
                 "contribution": _contribution_problems}


def reference_problems(data: PackData):
    """Duplicate ids and references to sections, groups, scopes and figures that do not exist."""
    sections = _unique(data.sections, "sections")
    yield from sections[1]
    groups = _unique(data.groups, "groups")
    yield from groups[1]
    figures = _unique(data.figures, "figures")
    yield from figures[1]
    yield from _unique(data.entities, "entities")[1]
    yield from _unique(data.events, "events")[1]
    section_ids, group_ids, figure_ids = sections[0], groups[0], figures[0]

    def section_of(key, items):
        for i, item in enumerate(items):
            if item.section not in section_ids:
                yield (key, i, "section"), f"unknown section {item.section!r}"

    for key in ("groups", "figures", "entities", "events", "matrices", "images"):
        yield from section_of(key, getattr(data, key))
    if data.map and data.map.section not in section_ids:
        yield ("map", "section"), f"unknown section {data.map.section!r}"
    group_sections = {g.id: g.section for g in data.groups}
    for i, fig in enumerate(data.figures):
        if fig.group is not None and fig.group not in group_ids:
            yield ("figures", i, "group"), f"unknown group {fig.group!r}"
        elif fig.group is not None and group_sections[fig.group] != fig.section:
            yield ("figures", i, "section"), (
                f"is {fig.section!r} but its group {fig.group!r} is in section {group_sections[fig.group]!r}; "
                "a figure must be in its group's section")
        if fig.scope not in data.scopes:
            yield ("figures", i, "scope"), f"unknown scope {fig.scope!r}"
        for source in fig.derived.from_ if fig.derived else ():
            if source not in figure_ids or source == fig.id:
                yield ("figures", i, "derived", "from"), f"unknown figure {source!r}"
    for i, entity in enumerate(data.entities):
        if entity.figure is not None and entity.figure not in figure_ids:
            yield ("entities", i, "figure"), f"unknown figure {entity.figure!r}"
    for i, event in enumerate(data.events):
        for ref in event.figures:
            if ref not in figure_ids:
                yield ("events", i, "figures"), f"unknown figure {ref!r}"


def _unique(items, key):
    seen, problems = set(), []
    for i, item in enumerate(items):
        if item.id in seen:
            problems.append(((key, i, "id"), f"duplicate id {item.id!r}"))
        seen.add(item.id)
    return seen, problems
