"""`briefing-app draft FILE` keeps one conversion beside the pack and the original as received; `check` says in
one line when the original has changed since."""

from __future__ import annotations

import shutil
import subprocess
import sys

from briefing_app.model import load_pack


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "briefing_app", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_draft_writes_the_markdown_beside_the_original_and_check_accepts_it(made, tmp_path):
    shutil.copy(made["bulletin.docx"], tmp_path / "report.docx")
    original = (tmp_path / "report.docx").read_bytes()
    done = _cli("draft", "report.docx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "converted report.docx to report.md" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx", "report.md", "report.yaml"]
    assert (tmp_path / "report.docx").read_bytes() == original
    pack = load_pack(tmp_path / "report.yaml")
    assert pack.data.article.file == "report.md"
    assert pack.data.article.original.file == "report.docx"
    assert pack.article == (tmp_path / "report.md").read_text(encoding="utf-8")
    assert pack.data.title.zh.startswith("云港市2023年")
    checked = _cli("check", "report.yaml", cwd=tmp_path)
    assert checked.returncode == 0 and "original" not in checked.stdout


def test_check_warns_in_one_line_when_the_original_changed(made, tmp_path):
    shutil.copy(made["songjiang.html"], tmp_path / "page.html")
    assert _cli("draft", "page.html", cwd=tmp_path).returncode == 0
    with (tmp_path / "page.html").open("a", encoding="utf-8") as f:
        f.write("<!-- edited -->")
    checked = _cli("check", "page.yaml", cwd=tmp_path)
    lines = [line for line in checked.stdout.splitlines() if "original" in line]
    assert checked.returncode == 0
    assert lines == [f"page.yaml:{lines[0].split(':')[1]}: article.original.sha256: warning: the original page.html "
                     "has changed since it was converted; draft it again (or check the converted article against "
                     "it) before trusting the quotes"]
    (tmp_path / "page.html").unlink()
    assert "the original page.html is missing" in _cli("check", "page.yaml", cwd=tmp_path).stdout


def test_a_different_converted_file_is_replaced_only_with_force(made, tmp_path):
    shutil.copy(made["lanjiang.gb18030"], tmp_path / "lanjiang.txt")
    (tmp_path / "lanjiang.md").write_text("my own notes\n", encoding="utf-8")
    done = _cli("draft", "lanjiang.txt", cwd=tmp_path)
    assert done.returncode == 1 and "lanjiang.md: exists and differs from the conversion of lanjiang.txt" in done.stderr
    assert (tmp_path / "lanjiang.md").read_text(encoding="utf-8") == "my own notes\n"
    assert not (tmp_path / "lanjiang.yaml").exists()
    assert _cli("draft", "lanjiang.txt", "--force", cwd=tmp_path).returncode == 0
    assert (tmp_path / "lanjiang.md").read_text(encoding="utf-8").startswith("# 澜江新区")
    # the same conversion again is no conflict: the pack is the only thing --force replaces
    assert _cli("draft", "lanjiang.txt", "--force", cwd=tmp_path).returncode == 0


def test_a_utf8_text_is_used_as_it_is(tmp_path, made):
    shutil.copy(made["songjiang.txt"], tmp_path / "a.txt")
    assert _cli("draft", "a.txt", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "a.yaml"]
    assert load_pack(tmp_path / "a.yaml").data.article.original is None


def test_the_publisher_comes_from_the_page_only_where_the_article_names_no_source(made, tmp_path):
    from .make_files import html_page

    shutil.copy(made["songjiang.html"], tmp_path / "page.html")  # its article has a 供稿 line: that wins
    assert _cli("draft", "page.html", cwd=tmp_path).returncode == 0
    assert load_pack(tmp_path / "page.yaml").data.article.source.zh == "中共上海市松江区委宣传部"
    text = "# 某区经济运行情况\n\n2023年，全区规模以上工业企业达1633家，比上年增加52家。\n"
    (tmp_path / "news.html").write_text(html_page(text, site="某区融媒体中心", date="2024-01-15"), encoding="utf-8")
    assert _cli("draft", "news.html", cwd=tmp_path).returncode == 0
    assert load_pack(tmp_path / "news.yaml").data.article.source.zh == "某区融媒体中心"
