"""A talk file picks, orders and appends slides by their stable ids; bad ids and dates are FILE:LINE errors."""

from __future__ import annotations

import json

import pytest

from briefing_app.cli import main
from briefing_app.deck.build import build_deck
from briefing_app.deck.talk import load_talk
from briefing_app.model import PackError

from ..conftest import BUNDLED

TALK = f"""format: briefing-talk/1
pack: {BUNDLED}
occasion: {{zh: 区委常委会专题汇报, en: District committee briefing}}
date: 2026-12-03
presenter: {{zh: 王主任, en: Director Wang}}
minutes: 15
lang: en
slides: [title, summary, corridor-shares, clusters, timeline]
appendix: [legal-services, sources]
closing: {{zh: 谢谢, en: Thank you}}
"""


@pytest.fixture
def talk_file(tmp_path):
    path = tmp_path / "board.talk.yaml"
    path.write_text(TALK, encoding="utf-8")
    return path


def test_the_talk_gives_its_order_appendix_occasion_and_closing(pack, talk_file):
    talk = load_talk(talk_file)
    deck = build_deck(pack, "en", talk=talk)
    ids = [s.slide_id for s in deck.slides]
    assert ids == ["title", "summary", "corridor-shares", "clusters", "timeline", "closing", "appendix",
                   "legal-services", "sources"]
    title_texts = " ".join(tb.text for tb in deck.slides[0].texts()).replace("\u00a0", " ")  # no-break spaces read as spaces
    assert "District committee briefing" in title_texts and "3 Dec 2026" in title_texts
    assert "Director Wang" in title_texts
    assert deck.slides[ids.index("closing")].texts()[-1].text == "Thank you"
    zh = build_deck(pack, "zh", talk=talk)
    assert [s.slide_id for s in zh.slides] == ids  # the same ids in both languages
    assert "区委常委会专题汇报" in " ".join(tb.text for tb in zh.slides[0].texts())


def test_chinese_only_talk_texts_stay_off_the_english_slides(pack, tmp_path):
    """A talk written in Chinese only: the zh deck shows its occasion and closing line; the English deck
    shows neither (no Chinese on English slides) and has no empty closing slide."""
    path = tmp_path / "zh-only.talk.yaml"
    path.write_text("format: briefing-talk/1\noccasion: {zh: 区委常委会专题汇报}\npresenter: {en: Director Wang}\n"
                    "closing: {zh: 谢谢！}\n", encoding="utf-8")
    talk = load_talk(path)
    zh, en = build_deck(pack, "zh", talk=talk), build_deck(pack, "en", talk=talk)
    assert "closing" in [s.slide_id for s in zh.slides] and "closing" not in [s.slide_id for s in en.slides]
    zh_title = " ".join(tb.text for tb in zh.slides[0].texts())
    assert "区委常委会专题汇报" in zh_title and "Director Wang" in zh_title  # English is fine on Chinese slides
    en_title = " ".join(tb.text for tb in en.slides[0].texts())
    assert "Director Wang" in en_title and "区委" not in en_title


def test_the_default_deck_has_every_id_once_per_block(pack):
    deck = build_deck(pack, "en")
    ids = list(dict.fromkeys(s.slide_id for s in deck.slides))
    assert ids[:3] == ["title", "summary", "agenda"] and ids[-1] == "sources"
    assert {s.id for s in pack.data.sections} <= set(ids) and "legal-services" in ids
    assert all(ids)


@pytest.mark.parametrize("body, line, message", [
    ("format: briefing-talk/1\ndate: 2026-13-03\n", 2, "is not a date; write it as year-month-day"),
    ("format: briefing-talk/1\nslides:\n  - title\n  - nosuch\n", 4, "no slide has the id 'nosuch'"),
    ("format: briefing-talk/1\nappendix: [sources, nosuch]\n", 2, "no slide has the id 'nosuch'"),
    ("format: briefing-talk/2\n", 1, "should be briefing-talk/1"),
    ("format: briefing-talk/1\nminutes: soon\n", 2, "whole number of minutes"),
    ("format: briefing-talk/1\nslide: [title]\n", 2, "unknown key"),
])
def test_bad_talks_are_one_line_errors_with_the_line(pack, tmp_path, capsys, body, line, message):
    path = tmp_path / "bad.talk.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PackError):
        build_deck(pack, "en", talk=load_talk(path))
    assert main(["export", "--talk", str(path), "-o", str(tmp_path / "x.pptx")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith(f"{path}:{line}: ") and message in err[0], err
    assert not (tmp_path / "x.pptx").exists()


def test_export_and_slides_honour_the_talk(talk_file, tmp_path):
    from pptx import Presentation

    assert main(["export", "--talk", str(talk_file), "-o", str(tmp_path / "talk.pptx")]) == 0
    prs = Presentation(str(tmp_path / "talk.pptx"))
    assert len(prs.slides) == 9
    assert prs.slides[1].shapes.title.text_frame.text == "Summary"  # lang: en from the talk
    assert main(["slides", "--talk", str(talk_file), "-o", str(tmp_path / "png"), "--lang", "zh"]) == 0
    manifest = json.loads((tmp_path / "png" / "manifest.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in manifest["slides"]][:3] == ["title", "summary", "corridor-shares"]
    assert manifest["lang"] == "zh"  # --lang wins over the talk's
