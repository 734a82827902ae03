"""`check` on the new pack keys: the article's own form is still required; warnings; linked articles."""

import re
import shutil
import subprocess
import sys

import pytest

from briefing_app.cli import main
from briefing_app.model import PackError, load_pack

from ..conftest import ROOT, edit

LANJIANG = ROOT / "tests" / "packs" / "lanjiang"
HOSTILE = ROOT / "tests" / "packs" / "hostile" / "hostile.yaml"


@pytest.fixture
def lanjiang(tmp_path):
    for name in ("lanjiang.yaml", "lanjiang.txt"):
        shutil.copy(LANJIANG / name, tmp_path)
    return tmp_path / "lanjiang.yaml"


def problems(path) -> list[str]:
    with pytest.raises(PackError) as exc:
        load_pack(path)
    return [str(p) for p in exc.value.problems]


@pytest.mark.parametrize("old, new, expected", [
    ("  value: 4.1\n  unit: '%'\n  direction: down\n", "  value: 4.2\n  unit: '%'\n  direction: down\n",
     "figures[33].value: 4.2% does not occur in the quote"),
    ("quote: 单位地区生产总值能耗下降4.1%", "quote: 单位地区生产总值能耗4.1%",
     "figures[33].quote: not found verbatim"),
    ("  value: 12\n  among:", "  value: 13\n  among:", "figures[3].value: '第十三' does not occur in the quote"),
    ("  from: 3.1\n", "  from: 3.2\n", "figures[9].from: 3.2% does not occur in the quote"),
    ("  value: 3.8\n", "  value: 3.9\n", "figures[9].value: 3.9 does not occur in the quote as '3.9%'"),
    ("  target_year: 2026\n", "  target_year: 2027\n", "figures[5].target_year: 2027 does not occur in the quote"),
    ("  plan: 提出\n", "  plan: 争取\n", "figures[50].plan: '争取' does not occur in the quote"),
    ("  qualifier: 近\n", "", "figures[44].qualifier: the quote says 近120万人; give qualifier: 近"),
    ("  qualifier: 突破\n  plan: 力争\n", "  plan: 力争\n", "figures[6].qualifier: the quote says 突破1000亿元"),
    ("  of: 全市\n", "  of: 全省\n", "figures[17].of: '全省' does not occur in the quote"),
    ("  direction: down\n  period:\n    year: 2023\n  scope: lanjiang\n  quote: 外贸依存度",
     "  direction: down\n  period:\n    year: 2023\n  scope: lanjiang\n  quote: 外贸依存度",
     None),  # unchanged: a control that the file still checks
])
def test_article_form_is_still_required(lanjiang, old, new, expected):
    edit(lanjiang, old, new)
    if expected is None:
        load_pack(lanjiang)
        return
    found = problems(lanjiang)
    assert any(expected in p for p in found), found


def test_a_fall_needs_a_fall_word(tmp_path):
    (tmp_path / "a.txt").write_text("# 标题\n\n能耗为4.1%。\n\n来源：某处\n", encoding="utf-8")
    (tmp_path / "p.yaml").write_text("""format: briefing-pack/1
id: p
title: {zh: 标题, en: Title}
subtitle: {zh: 副, en: Sub}
article: {file: a.txt, title: 标题, title_en: Title, year: 2023, source: {zh: 某处, en: Somewhere}, source_quote: 来源：某处}
scopes: {s: {zh: 区, en: District}}
sections: [{id: s, title: {zh: 节, en: Section}, message: {zh: 要点, en: Point}}]
figures:
  - id: f
    section: s
    type: change
    label: {zh: 能耗, en: Energy use}
    value: 4.1
    unit: "%"
    direction: down
    period: {year: 2023}
    scope: s
    quote: 能耗为4.1%
""", encoding="utf-8")
    [found] = problems(tmp_path / "p.yaml")
    assert "figures[0].direction: the quote does not say it fell" in found


def test_warnings_name_line_and_keep_exit_zero(lanjiang, capsys):
    edit(lanjiang, "  en: Overview\n", "  en: Overview 🚀\n")
    edit(lanjiang, "  zh: 概览\n", "  zh: 概览𠀀\n")  # U+20000, CJK Extension B
    edit(lanjiang, "  en: Gross domestic product\n", "  en: " + "Gross domestic product " * 6 + "\n")
    assert main(["check", str(lanjiang)]) == 0
    out = capsys.readouterr().out.splitlines()
    warnings = [line for line in out if ": warning: " in line]
    assert any(line.startswith(f"{lanjiang}:") and "sections[0].title.en: warning: no bundled font has U+1F680 ROCKET"
               in line for line in warnings), warnings
    assert any("sections[0].title.zh: warning: no bundled font has U+20000" in line for line in warnings)
    assert any("figures[0].label.en: warning: is 137 characters; layouts are built for at most" in line
               for line in warnings)
    assert all(line.split(":")[1].isdigit() for line in warnings)
    assert out[-1].endswith("quotes found verbatim in lanjiang.txt")


def test_a_quote_the_article_holds_twice_is_warned_of_with_its_line(lanjiang, capsys):
    """The Source tab can only show a quote's first place: a second one may be another number's sentence."""
    assert main(["check", str(lanjiang)]) == 0
    assert "times in the article" not in capsys.readouterr().out
    article = lanjiang.with_name("lanjiang.txt")
    article.write_text(article.read_text(encoding="utf-8") + "\n附：单位地区生产总值能耗下降4.1%。\n", encoding="utf-8")
    assert main(["check", str(lanjiang)]) == 0
    warned = [line for line in capsys.readouterr().out.splitlines() if "times in the article" in line]
    line = next(n for n, text in enumerate(lanjiang.read_text(encoding="utf-8").splitlines(), 1)
                if "quote: 单位地区生产总值能耗下降4.1%" in text)
    assert warned == [f"{lanjiang}:{line}: figures[33].quote: warning: is found 2 times in the article; the Source "
                      "tab shows the first, so lengthen it until it points at one place"]


def test_hostile_pack_is_accepted():
    pack = load_pack(HOSTILE)
    assert "<img src=" in pack.data.title.en and len(pack.data.figures[5].note.en) == 10_000
    run = subprocess.run([sys.executable, "-m", "briefing_app", "check", str(HOSTILE)], capture_output=True, text=True)
    assert run.returncode == 0 and "Traceback" not in run.stderr


def test_article_linked_out_of_the_pack_folder_is_refused(tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(LANJIANG / "lanjiang.txt", elsewhere)
    folder = tmp_path / "pack"
    folder.mkdir()
    shutil.copy(LANJIANG / "lanjiang.yaml", folder)
    (folder / "lanjiang.txt").symlink_to(elsewhere / "lanjiang.txt")
    assert main(["check", str(folder / "lanjiang.yaml")]) == 1
    [line] = capsys.readouterr().out.strip().splitlines()
    assert "article.file: lanjiang.txt: is a link to" in line and "outside the pack's folder" in line
    # a link that stays inside the folder is fine
    (folder / "lanjiang.txt").unlink()
    shutil.copy(LANJIANG / "lanjiang.txt", folder / "real.txt")
    (folder / "lanjiang.txt").symlink_to(folder / "real.txt")
    assert load_pack(folder / "lanjiang.yaml").article.startswith("# 澜江新区")


def test_readme_examples_are_valid_figures():
    """The block-style examples of seeds/README.md validate as figures (so the docs cannot drift)."""
    import re as _re

    import yaml
    from pydantic import TypeAdapter

    from briefing_app.model.schema import FIGURE_TYPES, Figure

    from briefing_app.model.provenance import figure_problems
    from briefing_app.model.yamlfile import parse_yaml

    from briefing_app.model.cells import cell_problems

    readme = (ROOT / "seeds" / "README.md").read_text(encoding="utf-8")
    first, bulletin, cells = _re.findall(r"```yaml\n(.*?)```", readme, _re.S)
    for block, article, kinds in (
            (first, LANJIANG / "lanjiang.txt", {"quantity", "change", "rank", "share"}),
            (bulletin, ROOT / "tests" / "packs" / "chengchuan" / "chengchuan.txt", set(FIGURE_TYPES))):
        figures, _lines = parse_yaml(block, "README.md")  # the pack reader (3:2 stays text)
        parsed = [TypeAdapter(Figure).validate_python(f) for f in figures]
        assert {f.type for f in parsed} == kinds
        text = article.read_text(encoding="utf-8")
        assert all(f.quote in text for f in parsed)

        class Data:  # the figures alone, as figure_problems reads a pack
            pass

        Data.figures = parsed
        assert list(figure_problems(Data)) == []
    figures, _lines = parse_yaml(cells, "README.md")  # figures from a table: checked against a real bulletin's
    parsed = [TypeAdapter(Figure).validate_python(f) for f in figures]

    class Cells:
        pass

    Cells.figures = parsed
    article = (ROOT / "tests" / "packs" / "qichuan-2023" / "qichuan-2023.md").read_text(encoding="utf-8")
    assert [f.cell is not None and f.quote in article for f in parsed] == [True, True]
    assert list(cell_problems(Cells, article)) == [] and list(figure_problems(Cells)) == []


@pytest.mark.parametrize("quote, unit, dropped", [
    ("新签约48个项目", "个", None), ("节约12万吨", "万吨", None), ("附近3个", "个", None),  # words, not qualifiers
    ("将近48个项目", "个", "近48个"), ("总数约48个", "个", "约48个"), ("超过48个", "个", "超过48个"),
    ("共148个", "个", None), ("48个以上", "个", "48个以上"),
])
def test_a_dropped_qualifier_is_told_apart_from_words_ending_in_its_character(quote, unit, dropped):
    """Found by the property tests: 节约0平方米 was taken for 约0平方米."""
    from briefing_app.model.provenance import _dropped_qualifier
    from briefing_app.model.schema import Quantity

    fig = Quantity.model_validate({"id": "x", "section": "s", "label": {"zh": "甲", "en": "a"}, "period": {"year": 2023},
                                   "scope": "s", "quote": quote, "value": int(re.search(r"\d+", quote).group()), "unit": unit,
                                   "unit_en": "items"})
    assert _dropped_qualifier(fig) == dropped
