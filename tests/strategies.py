"""Hypothesis strategies for valid briefing packs, each with a generated article that quotes every figure.

`packs()` draws a pack (as the dict a YAML file holds) and its article text: random numbers of sections,
groups, figures, events, entities, a map and a matrix; random label lengths; every figure kind, unit,
magnitude (万/亿/万亿), qualifier, plan word, target year, from→to, direction and share total; ids spelled
like the deck's own slide ids, like each other, or with suffixes such as -entities (`_ids`). Each
figure's quote is written from the figure itself in the article's own form (约4.2万人, 下降4.1%,
居全省第12位…), so `check` must accept every drawn pack. `write_pack(folder, drawn)` puts it on disk.

The statistics constructs are drawn too: signed rates (-0.38‰, with any minus sign), per mille and per-1,000
rates (`per`), percentage and tenths shares (约占…的9.6%, 八成以上), ratios (4.2：38.5：57.3 with parts, 2.6:1,
1.95), absolute, unitless and flat changes with the article's verb and a base (比年初增加856.3亿元, 缩小0.04,
持平), falls written as negative growth (增长-3.5%), margins (高于全省0.4个百分点, 比全国低0.2个百分点) and
contributions (拉动经济增长3.1个百分点, 对经济增长的贡献率为45.2%).

Other engineers build on these (export, slides, shot): import `packs` and `write_pack`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml
from hypothesis import strategies as st

from briefing_app.model.format import MINUS_SIGNS, amount_zh, digit_forms, number_zh, zh_integer
from briefing_app.model.schema import PERIOD_KINDS, PLAN_WORDS, QUALIFIERS, SHARE_OF

#: Measures the formatter converts, and counters with their English nouns (万/亿/万亿 go in front of any).
MEASURES = ["平方米", "平方公里", "公里", "元", "美元", "港元", "欧元", "亩", "千瓦", "千瓦时", "吨", "标准箱", "%", "‰"]
COUNTERS = [("家", "firms"), ("个", "projects"), ("片/月", "wafers a month"), ("辆/年", "vehicles a year"),
            ("人", "people"), ("项", "items"), ("座", "stations"), ("人次", "visits")]
PREFIXES = ["", "", "万", "亿", "万亿"]
#: What an article writes between a label and a number; some end in 约 or 近 without being a qualifier.
CONNECTORS = ["达到", "为", "共", "", "签约", "新签约", "附近", "最近", "节约", "靠近"]
AMONG = [("全省", "the province"), ("全市", "the city"), ("全国", "China"), ("全区", "the district"),
         ("全省沿海港口", "among the province's coastal ports"), ("全国", "nationwide")]
#: What a rate may be per (每千常住人口执业医师3.42人), what a margin compares with, what a contribution is to.
PERS = [("每千常住人口", "per 1,000 residents"), ("每万人", "per 10,000 people"), ("每百户", "per 100 households")]
THANS = [("全省", "the province"), ("全国", "the national figure"), ("城镇居民", "urban residents")]
TOS = [("经济增长", "economic growth"), ("全市经济增长", "the city's economic growth")]
#: The article's verbs, by direction (the schema refuses a fall word on a rise).
RISES = ["增长", "增加", "提高", "上涨", "上升", "扩大", "净增"]
FALLS = ["下降", "减少", "降低", "回落", "下跌", "收窄", "缩小"]

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
    """Every kind of period; months spans may cross a year's end (2023-10/2024-03)."""
    kind = draw(st.sampled_from(PERIOD_KINDS))
    year = draw(st.integers(1990, 2040))
    month = draw(st.integers(1, 12))
    if kind == "months":
        first = draw(st.integers(1, 12))
        span = draw(st.integers(1, 15))  # months after the first
        last_year, last = divmod(first - 1 + span, 12)
        return {"months": f"{year}-{first:02d}/{year + last_year}-{last + 1:02d}"}
    return {"year": {"year": year}, "this_year": {"this_year": year}, "month": {"month": f"{year}-{month:02d}"},
            "date": {"date": f"{year}-{month:02d}-{draw(st.integers(1, 28)):02d}"},
            "as_of": {"as_of": f"{year}-{month:02d}"}, "past_years": {"past_years": draw(st.integers(1, 10))},
            "quarter": {"quarter": f"{year}-Q{draw(st.integers(1, 4))}"},
            "half": {"half": f"{year}-H{draw(st.integers(1, 2))}"}, "year_end": {"year_end": year},
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


def _signed(draw, value) -> str:
    """A negative number as an article writes it, with one of the minus signs (-0.38, −0.38, －0.38)."""
    digits = _written(draw, -value) if value < 0 else _written(draw, value)
    return (draw(st.sampled_from(MINUS_SIGNS)) if value < 0 else "") + digits


def _unit(draw, fig: dict, measures=MEASURES) -> str:
    """A unit (and the English noun of a counter, in `fig`): a measure or counter with an optional magnitude."""
    if draw(st.booleans()):
        base, noun = draw(st.sampled_from(COUNTERS))
        fig["unit_en"] = noun
    else:
        base = draw(st.sampled_from(measures))
    return base if base in ("%", "‰") else draw(st.sampled_from(PREFIXES)) + base


@st.composite
def quantities(draw):
    """(figure keys, the clause of the article that states it)."""
    fig: dict = {}
    unit = _unit(draw, fig)
    value = draw(numbers())
    qualifier = draw(st.sampled_from(QUALIFIERS))
    fig.update(value=value, unit=unit, qualifier=qualifier)
    words = _plan(draw, fig)
    if draw(st.integers(0, 4)) == 0:
        start = draw(numbers())
        fig["from"] = start
        return fig, (f"{words}从{amount_zh(start, unit, digits=_written(draw, start))}"
                     f"提高到{amount_zh(value, unit, qualifier, _written(draw, value))}")
    if value and unit in ("%", "‰") and draw(st.integers(0, 3)) == 0:  # a negative rate: 自然增长率为-0.38‰
        fig["value"] = -value
        return fig, f"{words}为{amount_zh(-value, unit, qualifier, _signed(draw, -value))}"
    per = ""
    if "unit_en" in fig and draw(st.integers(0, 3)) == 0:  # 每千常住人口执业医师3.42人
        per, per_en = draw(st.sampled_from(PERS))
        fig["per"] = {"zh": per, "en": per_en}
        per += "的"
    return fig, f"{words}{per}{draw(st.sampled_from(CONNECTORS))}{amount_zh(value, unit, qualifier, _written(draw, value))}"


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
    form = draw(st.sampled_from(["fraction", "fraction", "percent", "tenths"]))
    if form == "percent":
        return draw(percent_shares())
    if form == "tenths":
        return draw(tenths_shares())
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
def percents(draw):
    """A percentage of a whole as statistics write it: 0–100 with up to two decimals."""
    return float(Decimal(draw(st.integers(0, 10000))).scaleb(-2)) if draw(st.booleans()) else draw(st.integers(0, 100))


@st.composite
def percent_shares(draw):
    """占全市…的比重为9.6%, 约占…的9.8%, 比重从9.1%提高到9.6%, 占比不足5%."""
    value = draw(percents())
    fig = {"type": "share", "value": value, "unit": "%"}
    of = draw(st.sampled_from((None,) + SHARE_OF + ("pair",)))
    if of == "pair":
        fig["of"] = {"zh": "地区生产总值", "en": "GDP"}
        whole = "占地区生产总值的比重"
    elif of:
        fig["of"] = of
        whole = f"占{of}的比重"
    else:
        whole = "占比"
    words = _plan(draw, fig)
    if draw(st.integers(0, 3)) == 0:
        start = draw(percents())
        fig["from"] = start
        return fig, f"{words}{whole}从{_written(draw, start)}%提高到{_written(draw, value)}%"
    qualifier = draw(st.sampled_from(["exact", "exact", "约", "左右", "以上", "不足", "超过"]))
    fig["qualifier"] = qualifier
    if qualifier == "约":  # 约占全市…的9.8%: the qualifier stands before 占
        return fig, f"{words}约{whole}为{_written(draw, value)}%"
    return fig, f"{words}{whole}为{amount_zh(value, '%', qualifier, _written(draw, value))}"


@st.composite
def tenths_shares(draw):
    """八成以上, 近九成, 8成: tenths of a whole."""
    value = draw(st.integers(1, 9))
    qualifier = draw(st.sampled_from(["exact", "以上", "近", "约", "左右", "多"]))
    fig = {"type": "share", "value": value, "unit": "成", "qualifier": qualifier}
    digits = zh_integer(value) if draw(st.booleans()) else str(value)
    words = _plan(draw, fig)
    before = qualifier if qualifier in ("近", "约") else ""
    after = qualifier if qualifier in ("以上", "左右", "多") else ""  # 三成多: 多 after 成
    return fig, f"{words}有{before}{digits}成{after}的企业实现盈利"


@st.composite
def ratios(draw):
    """三次产业结构为4.2：38.5：57.3 (parts, adding up to 100), 性别比为103.6:100, 收入比为1.95."""
    form = draw(st.sampled_from(["composition", "terms", "number"]))
    fig: dict = {"type": "ratio"}
    colon = draw(st.sampled_from([":", "：", "∶"]))
    if form == "number":
        fig["value"] = draw(st.integers(1, 999)) / 100
        written = _written(draw, fig["value"])
    elif form == "composition":
        tenths = draw(st.lists(st.integers(1, 900), min_size=2, max_size=4))
        terms = [Decimal(t) for t in tenths[:-1]]
        if sum(terms) >= 1000:
            terms = [Decimal(1)] * len(terms)
        terms.append(Decimal(1000) - sum(terms))
        texts = [number_zh(float(t / 10)) for t in terms]
        fig["value"] = ":".join(texts)
        fig["parts"] = [{"zh": f"第{zh_integer(i + 1)}部分", "en": f"Part {i + 1}"} for i in range(len(texts))]
        written = colon.join(texts)
    else:
        texts = [number_zh(t) for t in draw(st.lists(st.integers(1, 9999).map(lambda n: n / 10), min_size=2,
                                                            max_size=3))]
        fig["value"] = ":".join(texts)
        written = colon.join(texts)
    qualifier = draw(st.sampled_from(["exact", "exact", "约"]))
    fig["qualifier"] = qualifier
    return fig, f"{_plan(draw, fig)}比为{'约' if qualifier == '约' else ''}{written}"


@st.composite
def margins(draw):
    """增速高于全省0.4个百分点, 比全国低0.2个百分点, 高出全省1200元."""
    fig: dict = {"type": "margin"}
    unit = draw(st.sampled_from(["百分点", "百分点", "%", "amount"]))
    if unit == "amount":
        unit = _unit(draw, fig, [m for m in MEASURES if m not in ("%", "‰")])
    value = draw(numbers(max_digits=5))
    than, than_en = draw(st.sampled_from(THANS))
    direction = draw(st.sampled_from(["above", "below"]))
    qualifier = draw(st.sampled_from(["exact", "exact", "约", "以上"]))
    fig.update(value=value, unit=unit, direction=direction, than={"zh": than, "en": than_en}, qualifier=qualifier)
    suffix = "个百分点" if unit == "百分点" else unit
    number = amount_zh(value, suffix, qualifier, _written(draw, value))
    words = _plan(draw, fig)
    form = draw(st.sampled_from(["word", "short", "default"]))
    if form == "short":  # 比全国低0.2个百分点
        fig["word"] = "高" if direction == "above" else "低"
        return fig, f"{words}比{than}{fig['word']}{number}"
    if form == "word":
        fig["word"] = draw(st.sampled_from(["快于", "高出"] if direction == "above" else ["慢于", "低于"]))
        return fig, f"{words}{fig['word']}{than}{number}"
    return fig, f"{words}{'高于' if direction == 'above' else '低于'}{than}{number}"


@st.composite
def contributions(draw):
    """拉动经济增长3.1个百分点; 对全市经济增长的贡献率为45.2%."""
    to, to_en = draw(st.sampled_from(TOS))
    value = draw(numbers(max_digits=3))
    unit = draw(st.sampled_from(["百分点", "%"]))
    fig = {"type": "contribution", "value": value, "unit": unit, "to": {"zh": to, "en": to_en}}
    words = _plan(draw, fig)
    if unit == "百分点":
        signed = value and draw(st.integers(0, 4)) == 0
        if signed:
            fig["value"] = -value
        return fig, f"{words}拉动{to}{_signed(draw, fig['value'])}个百分点"
    return fig, f"{words}对{to}的贡献率为{_written(draw, value)}%"


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


@st.composite
def statistics_changes(draw):
    """The changes bulletins write: the article's verb (上涨, 回落, 净增…), an amount (比上年增加1.2万亩), no
    unit (缩小0.04), a base (比年初), no change (持平), negative growth (增长-3.5%) and qualifiers (7%以上)."""
    fig: dict = {"type": "change"}
    unit = draw(st.sampled_from(["%", "百分点", "amount", None]))
    if unit == "amount":
        unit = _unit(draw, fig, [m for m in MEASURES if m not in ("%", "‰")])
    if unit is not None:
        fig["unit"] = unit
    words = _plan(draw, fig)
    base = ""
    if draw(st.integers(0, 3)) == 0:
        fig["base"] = {"zh": "比年初", "en": "since the start of the year"}
        base = "比年初"
    form = draw(st.sampled_from(["up", "down", "flat", "signed"]))
    if form == "flat":
        fig.update(value=0, direction="flat")
        return fig, f"{words}{base}与上年持平"
    size = draw(numbers(max_digits=4))
    qualifier = draw(st.sampled_from(["exact", "exact", "以上", "左右", "约", "以内", "不到"]))
    fig["qualifier"] = qualifier
    suffix = "个百分点" if unit == "百分点" else unit or ""
    if form == "signed" and size:  # 增长-3.5%: a fall written as negative growth
        fig["value"] = -size
        return fig, f"{words}{base}增长{amount_zh(-size, suffix, qualifier, _signed(draw, -size))}"
    verb = draw(st.sampled_from(RISES if form in ("up", "signed") else FALLS))
    fig.update(value=size, word=verb)
    if form == "down":
        fig["direction"] = "down"
    return fig, f"{words}{base}{verb}{amount_zh(size, suffix, qualifier, _written(draw, size))}"


FIGURES = st.one_of(quantities(), quantities(), ranks(), shares(), changes(), statistics_changes(), ratios(),
                    margins(), contributions())


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
def packs(draw, max_figures=12, min_figures=1):
    """(pack dict, article text): a valid pack whose every quote is in the article verbatim."""
    n_sections = draw(st.integers(1, 4))
    section_ids = _ids(draw, "s", n_sections)
    sections = [{"id": section_ids[i], "title": draw(bilingual(20, 60)), "message": draw(bilingual(40, 100))}
                for i in range(n_sections)]
    n_groups = draw(st.integers(0, 3))
    groups = [{"id": group_id, "section": draw(st.sampled_from(section_ids)), "title": draw(bilingual(20, 60))}
              for group_id in _ids(draw, "g", n_groups, section_ids)]
    paragraphs, figures = [], []
    n_figures = draw(st.integers(min_figures, max(min_figures, max_figures)))
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
