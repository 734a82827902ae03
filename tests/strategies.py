"""Hypothesis strategies for valid briefing packs, each with a generated article that quotes every figure.

`packs()` draws a pack (as the dict a YAML file holds) and its article text: random numbers of sections,
groups, figures, events, entities, a map and a matrix; random label lengths; every figure kind, unit,
magnitude (万/亿/万亿), qualifier, plan word, target year, from→to, direction and share total; ids spelled
like the deck's own slide ids, like each other, or with suffixes such as -entities (`_ids`). Each
figure's quote is written from the figure itself in the article's own form (约4.2万人, 下降4.1%,
居全省第12位…), so `check` must accept every drawn pack. `write_pack(folder, drawn)` puts it on disk.

Other engineers build on these (export, slides, shot): import `packs` and `write_pack`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml
from hypothesis import strategies as st

from briefing_app.model.format import amount_zh, digit_forms, zh_integer
from briefing_app.model.schema import PLAN_WORDS, QUALIFIERS, SHARE_OF

#: Measures the formatter converts, and counters with their English nouns (万/亿/万亿 go in front of any).
MEASURES = ["平方米", "平方公里", "公里", "元", "美元", "港元", "欧元", "亩", "千瓦", "千瓦时", "吨", "标准箱", "%"]
COUNTERS = [("家", "firms"), ("个", "projects"), ("片/月", "wafers a month"), ("辆/年", "vehicles a year"),
            ("人", "people"), ("项", "items"), ("座", "stations"), ("人次", "visits")]
PREFIXES = ["", "", "万", "亿", "万亿"]
#: What an article writes between a label and a number; some end in 约 or 近 without being a qualifier.
CONNECTORS = ["达到", "为", "共", "", "签约", "新签约", "附近", "最近", "节约", "靠近"]
AMONG = [("全省", "the province"), ("全市", "the city"), ("全国", "China"), ("全区", "the district")]

#: Label text: CJK, Latin letters, digits-free so no label can be mistaken for a figure's number.
ZH_CHARS = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
EN_CHARS = st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ      -'")


def zh_text(min_size=1, max_size=40):
    return st.text(ZH_CHARS, min_size=min_size, max_size=max_size)


def en_text(min_size=1, max_size=90):
    return st.text(EN_CHARS, min_size=min_size, max_size=max_size).map(str.strip).filter(bool)


def bilingual(zh_max=40, en_max=90):
    return st.fixed_dictionaries({"zh": zh_text(max_size=zh_max), "en": en_text(max_size=en_max)})


@st.composite
def numbers(draw, max_digits=13):
    """A number as an article writes it: an integer of up to 13 digits, or one with 1–2 decimals."""
    whole = draw(st.integers(min_value=0, max_value=10 ** draw(st.integers(1, max_digits)) - 1))
    places = draw(st.sampled_from([0, 0, 1, 2]))
    if places == 0 or whole >= 10 ** 11:
        return whole
    frac = draw(st.integers(min_value=1, max_value=10 ** places - 1))
    return float(Decimal(whole) + Decimal(frac).scaleb(-places))


@st.composite
def periods(draw):
    kind = draw(st.sampled_from(["year", "this_year", "month", "date", "as_of", "past_years", "current"]))
    year = draw(st.integers(1990, 2040))
    month = draw(st.integers(1, 12))
    return {"year": {"year": year}, "this_year": {"this_year": year}, "month": {"month": f"{year}-{month:02d}"},
            "date": {"date": f"{year}-{month:02d}-{draw(st.integers(1, 28)):02d}"},
            "as_of": {"as_of": f"{year}-{month:02d}"}, "past_years": {"past_years": draw(st.integers(1, 10))},
            "current": {"current": True}}[kind]


def _written(draw, value) -> str:
    """The digits as the article writes them: usually plain (8, 2.5), sometimes with statistics' zeros (8.0, 2.50)."""
    return draw(st.sampled_from(digit_forms(value)[:1] * 4 + digit_forms(value)[1:]))


def _plan(draw, fig: dict) -> str:
    """Adds plan / target_year to the figure; returns the words the quote says before the number."""
    words = ""
    if draw(st.booleans()):
        year = draw(st.integers(2024, 2040))
        fig["target_year"] = year
        words += f"到{year}年，"
    if draw(st.booleans()):
        fig["plan"] = draw(st.sampled_from(PLAN_WORDS))
        words += fig["plan"]
    return words


@st.composite
def quantities(draw):
    """(figure keys, the clause of the article that states it)."""
    fig: dict = {}
    if draw(st.booleans()):
        base, noun = draw(st.sampled_from(COUNTERS))
        fig["unit_en"] = noun
    else:
        base = draw(st.sampled_from(MEASURES))
    unit = base if base == "%" else draw(st.sampled_from(PREFIXES)) + base
    value = draw(numbers())
    qualifier = draw(st.sampled_from(QUALIFIERS))
    fig.update(value=value, unit=unit, qualifier=qualifier)
    words = _plan(draw, fig)
    if draw(st.integers(0, 4)) == 0:
        start = draw(numbers())
        fig["from"] = start
        return fig, (f"{words}从{amount_zh(start, unit, digits=_written(draw, start))}"
                     f"提高到{amount_zh(value, unit, qualifier, _written(draw, value))}")
    return fig, f"{words}{draw(st.sampled_from(CONNECTORS))}{amount_zh(value, unit, qualifier, _written(draw, value))}"


@st.composite
def ranks(draw):
    among_zh, among_en = draw(st.sampled_from(AMONG))
    value = draw(st.one_of(st.none(), st.integers(1, 99), st.integers(100, 10 ** 6)))
    tied = draw(st.booleans())
    fig = {"type": "rank", "value": value, "tied": tied, "among": {"zh": among_zh, "en": among_en}}
    if value is None:
        place = "前列"
    elif value < 100 and draw(st.booleans()):
        place = "第" + zh_integer(value)
    else:
        place = f"第{value}位"
    return fig, f"{_plan(draw, fig)}居{'并列' if tied else ''}{among_zh}{place}"


@st.composite
def fractions(draw):
    den = draw(st.integers(2, 200))
    return f"{draw(st.integers(1, den - 1))}/{den}"


@st.composite
def shares(draw):
    fig = {"type": "share", "value": draw(fractions())}
    of = draw(st.sampled_from((None,) + SHARE_OF))
    if of:
        fig["of"] = of
    whole = f"占{of}的比重" if of else "所占比重"
    kind = draw(st.sampled_from(["plain", "from", "rose"]))
    words = _plan(draw, fig)
    if kind == "from":
        fig["from"] = draw(fractions())
        return fig, f"{words}{whole}从{fig['from']}提升到{fig['value']}"
    if kind == "rose":
        fig["rose"] = True
        return fig, f"{words}{whole}提升到{fig['value']}"
    return fig, f"{words}{whole}为{fig['value']}"


@st.composite
def changes(draw):
    size = draw(numbers(max_digits=4))
    unit = draw(st.sampled_from(["%", "百分点"]))
    form = "negative" if size and draw(st.integers(0, 5)) == 0 else draw(st.sampled_from(["up", "down"]))
    fig = {"type": "change", "unit": unit, "value": -size if form == "negative" else size}
    if form == "down":
        fig["direction"] = "down"
    words = _plan(draw, fig)
    verb = "增长" if form == "up" else "下降"
    return fig, f"{words}{verb}{_written(draw, size)}{'%' if unit == '%' else '个百分点'}"


FIGURES = st.one_of(quantities(), quantities(), ranks(), shares(), changes())


#: Id spellings that once decided what a thing was, and the deck's own slide ids: any of them is a valid
#: name for a section, group, figure, map or matrix, and must change nothing but the name.
ID_SUFFIXES = ["", "", "", "-entities", "-summary", "-kpis", "-chart", "-list", "-map", "-timeline"]
DECK_IDS = ["title", "summary", "agenda", "timeline", "entities", "sources", "appendix", "closing"]


def _ids(draw, prefix: str, n: int, others: list[str] = ()) -> list[str]:
    """`n` distinct ids: `{prefix}{i}` with a telling suffix, a deck id, or (for groups, maps and matrices)
    another kind's id with or without a suffix (`s0`, `s0-entities`)."""
    out: list[str] = []
    for i in range(n):
        choices = [f"{prefix}{i}{draw(st.sampled_from(ID_SUFFIXES))}", draw(st.sampled_from(DECK_IDS))]
        if others:
            choices.append(draw(st.sampled_from(list(others))) + draw(st.sampled_from(ID_SUFFIXES)))
        name = draw(st.sampled_from(choices))
        out.append(name if name not in out else f"{prefix}{i}")
    return out


@st.composite
def packs(draw, max_figures=12):
    """(pack dict, article text): a valid pack whose every quote is in the article verbatim."""
    n_sections = draw(st.integers(1, 4))
    section_ids = _ids(draw, "s", n_sections)
    sections = [{"id": section_ids[i], "title": draw(bilingual(20, 60)), "message": draw(bilingual(40, 100))}
                for i in range(n_sections)]
    n_groups = draw(st.integers(0, 3))
    groups = [{"id": group_id, "section": draw(st.sampled_from(section_ids)), "title": draw(bilingual(20, 60))}
              for group_id in _ids(draw, "g", n_groups, section_ids)]
    paragraphs, figures = [], []
    n_figures = draw(st.integers(1, max_figures))
    figure_ids = _ids(draw, "f", n_figures)
    for i in range(n_figures):
        keys, clause = draw(FIGURES)
        label = draw(bilingual())
        if label["zh"][-1] in "约近逾":  # a label ending in a qualifier character would make the number ambiguous
            label["zh"] += "为"
        quote = f"指标{zh_integer(i % 99 + 1)}{label['zh']}{clause}"
        group = draw(st.sampled_from([None] + groups))
        fig = {"id": figure_ids[i], "section": group["section"] if group else draw(st.sampled_from(section_ids))}
        if group:
            fig["group"] = group["id"]
        fig.update(label=label, period=draw(periods()), scope="here", headline=draw(st.booleans()), quote=quote)
        fig.update(keys)
        figures.append(fig)
        paragraphs.append(quote + "。")
    pack = {
        "format": "briefing-pack/1", "id": "generated", "title": draw(bilingual(30, 80)),
        "subtitle": draw(bilingual(40, 100)),
        "article": {"file": "article.txt", "title": "生成的文章", "title_en": "A generated article", "year": 2024,
                    "source": {"zh": "生成器", "en": "The generator"}, "source_quote": "来源：生成器"},
        "scopes": {"here": draw(bilingual(20, 60))},
        "sections": sections, "groups": groups, "figures": figures,
    }
    events = []
    for i in range(draw(st.integers(0, 3))):
        quote = f"大事{zh_integer(i + 1)}：" + draw(zh_text(1, 30))
        paragraphs.append(quote + "。")
        events.append({"id": f"e{i}", "date": f"{draw(st.integers(1990, 2040))}-{draw(st.integers(1, 12)):02d}",
                       "section": draw(st.sampled_from(section_ids)), "title": draw(bilingual(40, 100)),
                       "figures": [draw(st.sampled_from(figure_ids))], "quote": quote})
    pack["events"] = events
    pack["entities"] = [{"id": f"n{i}", "kind": draw(st.sampled_from(["company", "institution", "project", "place"])),
                         "section": figures[0]["section"], "name": draw(bilingual(20, 60)), "figure": figure_ids[0],
                         "quote": figures[0]["quote"]} for i in range(draw(st.integers(0, 2)))]
    if draw(st.booleans()):
        pack["matrices"] = [{"id": _ids(draw, "m", 1, section_ids + [g["id"] for g in groups])[0],
                             "section": draw(st.sampled_from(section_ids)), "title": draw(bilingual(20, 60)),
                             "cell": draw(bilingual(10, 30)), "quote": figures[0]["quote"],
                             "rows": draw(st.lists(bilingual(12, 30), min_size=1, max_size=8)),
                             "columns": draw(st.lists(bilingual(12, 30), min_size=1, max_size=5))}]
    if draw(st.booleans()):
        places = [{"id": f"p{i}", "name": draw(bilingual(10, 30)), "region": draw(bilingual(10, 30)),
                   "lat": draw(st.floats(-60, 60)), "lon": draw(st.floats(-170, 170)), "origin": i == 0}
                  for i in range(draw(st.integers(1, 6)))]
        pack["map"] = {"id": _ids(draw, "map", 1, section_ids + [g["id"] for g in groups])[0],
                       "section": draw(st.sampled_from(section_ids)), "title": draw(bilingual(20, 60)),
                       "quote": figures[0]["quote"],
                       "reference": {"zh": "生成的坐标", "en": "Generated coordinates"}, "places": places}
    heading = "\n\n## 第二部分\n\n" if len(paragraphs) > 1 else ""
    half = len(paragraphs) // 2
    article = ("# 生成的文章\n\n" + "\n\n".join(paragraphs[:half]) + heading + "\n\n".join(paragraphs[half:])
               + "\n\n来源：生成器\n")
    return pack, article


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def write_pack(folder: Path, drawn) -> Path:
    """Writes the drawn (pack, article) into `folder` (block-style YAML); returns the pack's path."""
    pack, article = drawn
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text(article, encoding="utf-8")
    path = folder / "pack.yaml"
    path.write_text(yaml.dump(pack, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=4096),
                    encoding="utf-8")
    return path
