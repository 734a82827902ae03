"""A talk over several packs (`packs:`): ids `key:slide-id`, the talk's own title, summary, agenda and sources,
each slide with its pack's footer, series slides over all the packs; bad talks are FILE:LINE errors."""

from __future__ import annotations

import json

import pytest

from briefing_app.cli import main
from briefing_app.deck.figure_sources import figure_source
from briefing_app.deck.slides import Chart
from briefing_app.deck.talk import load_talk
from briefing_app.deck.talk_deck import talk_deck
from briefing_app.model import PackError

from briefing_app.typography import unwrap

from ..conftest import BUNDLED
from .series_packs import QINGCEN_2023, QINGCEN_2024

TALK = f"""format: briefing-talk/1
packs:
  sj: {BUNDLED}
  q23: {QINGCEN_2023}
  q24: {QINGCEN_2024}
title: {{zh: 松江与青岑：走廊平台与两年统计公报, en: "Songjiang and Qingcen: the corridor and two bulletins"}}
occasion: {{zh: 代表团来访交流会, en: Visiting delegation}}
date: 2026-12-03
minutes: 20
slides: [title, summary, agenda, sj:overview, sj:corridor-shares, q24:overview, series:gdp, series:urban-income,
         q23:livelihood]
appendix: [sources, sj:legal-services]
"""


def text_of(slides) -> str:
    """Every text of the slides as read: wrapped lines joined back, no-break spaces as spaces."""
    return " ".join(unwrap(t.lines) for s in slides for t in s.texts()).replace("\u00a0", " ")


ARTICLES = {"sj": "上海松江", "q23": "青岑市2023年国民经济和社会发展统计公报", "q24": "青岑市2024年国民经济和社会发展统计公报"}


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    path = tmp_path_factory.mktemp("talks") / "three.talk.yaml"
    path.write_text(TALK, encoding="utf-8")
    return load_talk(path)


@pytest.fixture(scope="module", params=["zh", "en"])
def built(request, talk):
    return talk_deck(None, talk, request.param)


def test_the_slides_come_from_three_packs_in_the_talks_order(built):
    deck, _packs = built
    ids = [s.slide_id for s in deck.slides]
    assert list(dict.fromkeys(ids)) == ["title", "summary", "agenda", "sj:overview", "sj:corridor-shares",
                                        "q24:overview", "series:gdp", "series:urban-income", "q23:livelihood",
                                        "appendix", "sources", "sj:legal-services"]


def test_each_slide_keeps_its_own_packs_footer(built):
    deck, packs = built
    for slide in deck.slides:
        key = slide.slide_id.partition(":")[0]
        if key in packs.packs:
            assert deck.footer_text(slide) == ("数据来源：" if deck.lang == "zh" else "Source: ") + \
                packs.packs[key].data.article.source(deck.lang)
    q24 = next(s for s in deck.slides if s.slide_id == "q24:overview")
    assert "统计局" in q24.source_line or "Statistics" in q24.source_line
    assert "松江" not in q24.source_line and "Songjiang" not in q24.source_line


def test_title_and_sources_speak_for_the_whole_talk(built, talk):
    deck, _packs = built
    lang = deck.lang
    title = text_of(deck.slides[:1])
    assert talk.title[lang] in title and talk.occasion[lang] in title
    sources = text_of([s for s in deck.slides if s.slide_id == "sources"])
    for key, article in ARTICLES.items():
        pack = built[1].packs[key]
        expected = pack.data.article.title if lang == "zh" else pack.data.article.title_en
        assert expected in sources, key
    assert deck.slides[-1].slide_id == "sj:legal-services"


def test_every_figure_on_a_slide_resolves_to_its_own_pack_and_quote(built):
    deck, packs = built
    seen = 0
    for slide in deck.slides:
        ids = set(slide.figure_ids) | {i.figure_id for i in slide.items if getattr(i, "figure_id", None)}
        ids |= {p.figure_id for i in slide.items if isinstance(i, Chart) for p in i.points}
        for fid in ids:
            pack, fig = packs.resolve(fid)
            assert fid.partition(":")[0] in packs.packs and fig.quote in pack.article
            seen += 1
    assert seen > 20
    source = figure_source(packs, "q23:gdp", deck.lang)
    assert source.quote == "初步核算，全年全市地区生产总值4812.6亿元" and "2023" in source.article


def test_the_summary_gives_the_message_of_each_section_and_series_shown(built):
    deck, _packs = built
    summary = [s for s in deck.slides if s.slide_id == "summary"]
    text = text_of(summary)
    if deck.lang == "zh":
        for message in ("研发投入强度达6.79%", "地区生产总值5106.8亿元，增长5.3%", "口径由青岑市区改为青岑市",
                        "农村居民人均可支配收入29846元"):
            assert message in text, message
    ids = [i for s in summary for i in s.figure_ids]
    assert "q24:gdp" in ids and "q23:rural-income" in ids


def test_single_pack_talks_still_work_and_may_show_a_series(pack, tmp_path):
    path = tmp_path / "one.talk.yaml"
    path.write_text(f"format: briefing-talk/1\npack: {QINGCEN_2024}\nslides: [title, overview, series:gdp]\n",
                    encoding="utf-8")
    deck, packs = talk_deck(None, load_talk(path), "zh")
    assert [s.slide_id for s in deck.slides] == ["title", "overview", "series:gdp"]
    series = deck.slides[2]
    assert set(series.figure_ids) == {"gdp-2023-final", "gdp"}  # one pack: its own ids
    assert all(packs.resolve(i) for i in series.figure_ids)


@pytest.mark.parametrize("body, line, message", [
    (f"format: briefing-talk/1\npacks: {{a: {QINGCEN_2023}}}\nslides: [title, a:nosuch]\n", 3,
     "no slide has the id 'a:nosuch'"),
    (f"format: briefing-talk/1\npacks: {{a: {QINGCEN_2023}}}\nslides:\n  - series:nosuch\n", 4,
     "no figure of the talk's packs names the series 'nosuch'"),
    (f"format: briefing-talk/1\npack: {QINGCEN_2023}\npacks: {{a: {QINGCEN_2023}}}\n", 3, "not both"),
    (f"format: briefing-talk/1\npacks: {{A b: {QINGCEN_2023}}}\n", 2, "is not a pack key"),
    ("format: briefing-talk/1\npacks:\n  a: missing.yaml\n", 3, "no such file"),
    ("format: briefing-talk/1\npacks: [a.yaml]\n", 2, "should be a mapping of keys to pack files"),
])
def test_bad_several_pack_talks_are_one_line_errors_with_the_line(tmp_path, capsys, body, line, message):
    path = tmp_path / "bad.talk.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PackError):
        talk_deck(None, load_talk(path), "zh")
    assert main(["export", "--talk", str(path), "-o", str(tmp_path / "x.pptx")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith(f"{path}:{line}: ") and message in err[0], err
    assert not (tmp_path / "x.pptx").exists()


def test_export_and_slides_honour_a_talk_over_three_packs(talk, tmp_path):
    from pptx import Presentation

    out = tmp_path / "three.pptx"
    assert main(["export", "--talk", str(talk.path), "-o", str(out), "--lang", "zh"]) == 0
    prs = Presentation(str(out))
    deck, _packs = talk_deck(None, talk, "zh")
    assert len(prs.slides) == len(deck.slides)
    texts = "".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)
    for article in ARTICLES.values():
        assert article in texts
    notes = "".join(s.notes_slide.notes_text_frame.text for s in prs.slides)
    assert "经最终核实，2023年全市地区生产总值修订为4936.2亿元" in notes
    assert main(["slides", "--talk", str(talk.path), "-o", str(tmp_path / "png"), "--lang", "en",
                 "--aspect", "4:3"]) == 0
    manifest = json.loads((tmp_path / "png" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["aspect"] == "4:3" and "series:gdp" in [s["id"] for s in manifest["slides"]]
