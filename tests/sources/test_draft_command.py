"""`briefing-app draft FILE` keeps one conversion beside the pack and the original as received; `check` says in
one line when the original has changed since."""

from __future__ import annotations

import os
import shutil
from types import SimpleNamespace

import pytest

from briefing_app.cli import main
from briefing_app.model import load_pack


@pytest.fixture
def cli(capsys):
    """The command as a user runs it, in this process (the bad-file tests run it as a child process)."""
    def run(*args, cwd):
        here = os.getcwd()
        os.chdir(cwd)
        try:
            code = main(list(args))
        finally:
            os.chdir(here)
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)

    return run


def test_draft_writes_the_markdown_beside_the_original_and_check_accepts_it(made, tmp_path, cli):
    shutil.copy(made["bulletin.docx"], tmp_path / "report.docx")
    original = (tmp_path / "report.docx").read_bytes()
    done = cli("draft", "report.docx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "converted report.docx to report.md" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx", "report.md", "report.yaml"]
    assert (tmp_path / "report.docx").read_bytes() == original
    pack = load_pack(tmp_path / "report.yaml")
    assert pack.data.article.file == "report.md"
    assert pack.data.article.original.file == "report.docx"
    assert pack.article == (tmp_path / "report.md").read_text(encoding="utf-8")
    assert pack.data.title.zh.startswith("云港市2023年")
    checked = cli("check", "report.yaml", cwd=tmp_path)
    assert checked.returncode == 0 and "original" not in checked.stdout


def test_check_warns_in_one_line_when_the_original_changed(made, tmp_path, cli):
    shutil.copy(made["songjiang.html"], tmp_path / "page.html")
    assert cli("draft", "page.html", cwd=tmp_path).returncode == 0
    with (tmp_path / "page.html").open("a", encoding="utf-8") as f:
        f.write("<!-- edited -->")
    checked = cli("check", "page.yaml", cwd=tmp_path)
    lines = [line for line in checked.stdout.splitlines() if "original" in line]
    assert checked.returncode == 0
    assert lines == [f"page.yaml:{lines[0].split(':')[1]}: article.original.sha256: warning: the original page.html "
                     "has changed since it was converted; draft it again (or check the converted article against "
                     "it) before trusting the quotes"]
    (tmp_path / "page.html").unlink()
    assert "the original page.html is missing" in cli("check", "page.yaml", cwd=tmp_path).stdout


def test_a_different_converted_file_is_replaced_only_with_force(made, tmp_path, cli):
    shutil.copy(made["lanjiang.gb18030"], tmp_path / "lanjiang.txt")
    (tmp_path / "lanjiang.md").write_text("my own notes\n", encoding="utf-8")
    done = cli("draft", "lanjiang.txt", cwd=tmp_path)
    assert done.returncode == 1 and "lanjiang.md: exists and differs from the conversion of lanjiang.txt" in done.stderr
    assert (tmp_path / "lanjiang.md").read_text(encoding="utf-8") == "my own notes\n"
    assert not (tmp_path / "lanjiang.yaml").exists()
    assert cli("draft", "lanjiang.txt", "--force", cwd=tmp_path).returncode == 0
    assert (tmp_path / "lanjiang.md").read_text(encoding="utf-8").startswith("# 澜江新区")
    # the same conversion again is no conflict: the pack is the only thing --force replaces
    assert cli("draft", "lanjiang.txt", "--force", cwd=tmp_path).returncode == 0


def test_a_utf8_text_is_used_as_it_is(tmp_path, made, cli):
    shutil.copy(made["songjiang.txt"], tmp_path / "a.txt")
    assert cli("draft", "a.txt", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "a.yaml"]
    assert load_pack(tmp_path / "a.yaml").data.article.original is None


def test_the_publisher_comes_from_the_page_only_where_the_article_names_no_source(made, tmp_path, cli):
    from .make_files import html_page

    shutil.copy(made["songjiang.html"], tmp_path / "page.html")  # its article has a 供稿 line: that wins
    assert cli("draft", "page.html", cwd=tmp_path).returncode == 0
    assert load_pack(tmp_path / "page.yaml").data.article.source.zh == "中共上海市松江区委宣传部"
    text = "# 某区经济运行情况\n\n2023年，全区规模以上工业企业达1633家，比上年增加52家。\n"
    (tmp_path / "news.html").write_text(html_page(text, site="某区融媒体中心", date="2024-01-15"), encoding="utf-8")
    assert cli("draft", "news.html", cwd=tmp_path).returncode == 0
    assert load_pack(tmp_path / "news.yaml").data.article.source.zh == "某区融媒体中心"


def test_check_refuses_an_original_without_a_proper_hash(made, tmp_path, cli):
    shutil.copy(made["lanjiang.gb18030"], tmp_path / "lanjiang.txt")
    assert cli("draft", "lanjiang.txt", cwd=tmp_path).returncode == 0
    pack = tmp_path / "lanjiang.yaml"
    text = pack.read_text(encoding="utf-8")
    digest = load_pack(pack).data.article.original.sha256
    pack.write_text(text.replace(digest, "abc123"), encoding="utf-8")
    done = cli("check", "lanjiang.yaml", cwd=tmp_path)
    assert done.returncode == 1
    assert "article.original.sha256: must be the file's SHA-256: 64 lower-case hexadecimal digits" in done.stdout


def test_draft_says_in_one_line_which_pages_are_scanned_pictures(made, tmp_path, cli):
    from .conftest import need

    shutil.copy(need(made, "scanned-page.pdf"), tmp_path / "report.pdf")
    done = cli("draft", "report.pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stdout.splitlines() if "scanned" in line] == [
        "warning: report.pdf: page 2 has no text (a scanned picture?): its figures are not drafted"]
    quotes = [f.quote for f in load_pack(tmp_path / "report.yaml").data.figures]
    assert any("52.3万吨" in q for q in quotes) and any("6.1%" in q for q in quotes)
    shutil.copy(need(made, "three-pages.pdf"), tmp_path / "whole.pdf")
    assert "scanned" not in cli("draft", "whole.pdf", cwd=tmp_path).stdout
