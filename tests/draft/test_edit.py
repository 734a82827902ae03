"""Editing a pack file: comments, order and layout survive; undo/redo; atomic saves; the article untouched."""

from __future__ import annotations

import shutil

import pytest

from briefing_app.draft.edit import PackEditor, propose_figure
from briefing_app.model import load_pack
from tests.conftest import FICTIONAL, SEEDS


@pytest.fixture
def riverton(tmp_path):
    for f in FICTIONAL.parent.iterdir():
        shutil.copy(f, tmp_path)
    return tmp_path / FICTIONAL.name


def test_loading_and_saving_unchanged_keeps_the_file_byte_for_byte(pack_copy, riverton):
    for path in (pack_copy, riverton):
        before = path.read_bytes()
        editor = PackEditor(path)
        editor.update_figure(editor.figure_ids()[0], {})  # a no-op change still rewrites the text
        editor.save()
        assert path.read_bytes() == before


def test_add_edit_delete_keep_comments_and_check_passes(pack_copy):
    article = (SEEDS / "000_54ee800359b404e4.txt").read_text(encoding="utf-8")
    article_bytes = (SEEDS / "000_54ee800359b404e4.txt").read_bytes()
    editor = PackEditor(pack_copy)
    start = article.index("国家级智能工厂和智能制造优秀场景总数位列上海市第一")
    fields = propose_figure(article, start, start + len("国家级智能工厂和智能制造优秀场景总数位列上海市第一"),
                            year=2024, sections=["overview", "industry", "corridor", "business"],
                            scopes=["songjiang", "corridor"])
    assert (fields["type"], fields["value"], fields["among"]["zh"]) == ("rank", 1, "上海市")
    assert fields["among"]["en"] == "[untranslated]"
    fields["label"] = {"zh": "智能工厂总数排名", "en": "Rank by smart factories"}
    fields["among"] = {"zh": "上海市", "en": "Shanghai"}
    new_id = editor.add_figure(dict(fields, id="smart-rank-copy"))
    editor.update_figure("biomed-firms", {"label": {"zh": "生物医药企业", "en": "Biomedicine firms"}, "note": None})
    editor.delete_figure("enclave-tenants")
    assert editor.problems() == []
    editor.save()
    text = pack_copy.read_text(encoding="utf-8")
    assert "# --- Projects and clusters ---" in text and text.startswith("# Briefing pack:")
    pack = load_pack(pack_copy)
    ids = [f.id for f in pack.data.figures]
    assert new_id == "smart-rank-copy" and ids.index(new_id) == ids.index("smart-factories-rank-2023") + 1
    assert pack.figure("biomed-firms").label.zh == "生物医药企业"
    assert "enclave-tenants" not in ids
    assert all(e.figure != "enclave-tenants" for e in pack.data.entities)
    assert (pack_copy.parent / "000_54ee800359b404e4.txt").read_bytes() == article_bytes


def test_problems_name_the_file_and_line_and_undo_redo_walk_the_edits(pack_copy):
    editor = PackEditor(pack_copy)
    original = editor.text
    editor.update_figure("biomed-firms", {"value": 3110})
    problems = editor.problems()
    assert len(problems) == 1
    p = problems[0]
    assert p.file == str(pack_copy) and p.path == "figures[20].value" and "3110" in p.message
    assert "value: 3110" in editor.text.splitlines()[p.line - 1]
    editor.update_figure("biomed-firms", {"value": 3109})
    assert editor.problems() == []
    editor.undo()
    assert "3110" in editor.text and editor.can_redo
    editor.undo()
    assert editor.text == original and not editor.dirty
    editor.redo()
    assert "3110" in editor.text
    assert pack_copy.read_text(encoding="utf-8") == original  # nothing is written before save


def test_new_figures_follow_the_files_one_line_style(tmp_path):
    for f in (SEEDS.parent / "tests" / "packs" / "qinglan").iterdir():
        shutil.copy(f, tmp_path)
    path = tmp_path / "qinglan.yaml"
    article = (tmp_path / "qinglan.txt").read_text(encoding="utf-8")
    start = article.index("新设外资企业152家")
    editor = PackEditor(path)
    fields = propose_figure(article, start, start + len("新设外资企业152家"), sections=["opening"],
                            scopes=["qinglan"])
    assert (fields["value"], fields["unit"], fields["quote"]) == (152, "家", "新设外资企业152家")
    new_id = editor.add_figure(dict(fields, id="foreign-firms-copy", label={"zh": "新设外资企业", "en": "New FIEs"}),
                               after="foreign-firms")
    line = next(line for line in editor.text.splitlines() if new_id in line)
    assert line.startswith("  - {id: foreign-firms-copy, section: opening,") and line.endswith("quote: 新设外资企业152家}")


def test_a_selection_without_a_number_is_refused():
    with pytest.raises(ValueError, match="holds no number"):
        propose_figure("标题\n\n2023年，松江区规模以上工业企业达1633家。", 0, 2)


def test_a_proposed_figure_joins_the_section_and_scope_of_the_figure_before_it(pack_copy):
    from briefing_app.model import load_pack

    pack = load_pack(pack_copy)
    article = pack.article
    placed = [(article.find(f.quote), f.section, f.scope) for f in pack.data.figures]
    start = article.index("13个产业合作示范园区")
    fields = propose_figure(article, start, start + len("13个产业合作示范园区"), year=2024,
                            sections=[s.id for s in pack.data.sections], scopes=list(pack.data.scopes), placed=placed)
    assert (fields["section"], fields["scope"], fields["value"], fields["unit"]) == ("corridor", "corridor", 13, "个")
