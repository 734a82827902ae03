"""Bad packs are refused with `FILE:LINE: field.path: message`, never a traceback."""

import subprocess
import sys

import pytest

from briefing_app.cli import main
from briefing_app.model import PackError, load_pack


def edit(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path, needle):
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def problems(path):
    with pytest.raises(PackError) as info:
        load_pack(path)
    return [str(p) for p in info.value.problems]


def test_check_bundled_pack_exits_0(capsys):
    assert main(["check"]) == 0
    assert "ok: 35 figures" in capsys.readouterr().out


def test_value_replaced_by_text_names_file_and_line(pack_copy, capsys):
    edit(pack_copy, "value: 6.79", "value: six point seven nine")
    line = line_of(pack_copy, "six point seven nine")
    assert main(["check", str(pack_copy)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [f"{pack_copy}:{line}: figures[2].value: must be a number (got 'six point seven nine')"]


def test_check_runs_as_a_command_without_traceback(pack_copy):
    edit(pack_copy, "value: 1633", "value: .inf")
    run = subprocess.run([sys.executable, "-m", "briefing_app", "check", str(pack_copy)], capture_output=True,
                         text=True)
    assert run.returncode == 1
    assert "Traceback" not in run.stdout + run.stderr
    assert "figures[0].value: must be a finite number" in run.stdout


@pytest.mark.parametrize("old, new, expected", [
    ("value: 1633", "value: .nan", "figures[0].value: must be a finite number"),
    ("  - id: industrial-firms-2023\n", "  - id: industrial-firms-2023\n    colour: red\n", "figures[0].colour: unknown key"),
    ("id: rd-intensity-2023", "id: industrial-firms-2023", "figures[2].id: duplicate id 'industrial-firms-2023'"),
    ("quote: 研究与试验发展投入强度达6.79%", "quote: 研究与试验发展投入强度达7.79%", "figures[2].quote: not found verbatim"),
    ("value: 230\n", "value: 231\n", "figures[32].value: 231 does not occur in the quote"),
    ("    qualifier: 余\n", "", "figures[32].value: 230 does not occur in the quote as '230场'"),
    ("    section: overview\n    headline: true\n    label: {zh: 规模以上工业企业",
     "    section: nowhere\n    headline: true\n    label: {zh: 规模以上工业企业", "figures[0].section: unknown section"),
    ("label: {zh: 规模以上工业企业, en: Industrial", "label: {zh: '  ', en: Industrial", "figures[0].label.zh: must not be empty"),
    ("label: {zh: 规模以上工业企业, en: Industrial", "label: {zh: \"规模\\x07以上\", en: Industrial",
     "figures[0].label.zh: contains the control or unassigned character U+0007"),
    ("plan: 力争\n    period: {this_year: 2024}\n    scope: songjiang\n    quote: 今年",
     "plan: 希望\n    period: {this_year: 2024}\n    scope: songjiang\n    quote: 今年",
     "figures[12].plan: must be one of '力争', '计划', '将', '预计', '目标', '提出', '争取' or '预期' (got '希望')"),
    ("plan: 力争\n    period: {this_year: 2024}\n    scope: songjiang\n    quote: 今年",
     "plan: 争取\n    period: {this_year: 2024}\n    scope: songjiang\n    quote: 今年",
     "figures[12].plan: '争取' does not occur in the quote"),
    ("    qualifier: 余\n", "    qualifier: about\n", "figures[32].qualifier: must be one of 'exact', '约', '近', '余'"),
    ("  - id: industrial-firms-2023\n", "  - id: industrial-firms-2023\n    type: number\n",
     "figures[0].type: type must be one of 'quantity', 'rank', 'share', 'change', 'ratio', 'margin', 'contribution' (got 'number')"),
    ("period: {as_of: 2024-02}", "period: {as_of: 2024-2}", "must be a year and month written YYYY-MM, e.g. 2023-12"),
    ("id: rd-intensity-2023", "id: RD_2023", "figures[2].id: must be an id of lower-case letters"),
    ("label: {zh: 规模以上工业企业, en: Industrial enterprises above designated size}",
     "label: {zh: 规模以上工业企业, en: per 10,000 people}",
     "figures[0].label.000 people: unknown key: a comma inside {…} split the text before it; put that text in quotes"),
    ("    of: 全国\n    quote: 经营主体", "    of: 全村\n    quote: 经营主体",
     "must be one of 全国, 全省, 全市, 全区, 全球, or a {zh, en} pair naming the total (got '全村')"),
    ("    of: 全国\n    quote: 经营主体", "    of: 全省\n    quote: 经营主体", "figures[27].of: '全省' does not occur in the quote"),
    ("    group: clusters\n", "    group: corridor-shares\n",
     "but its group 'corridor-shares' is in section 'corridor'; a figure must be in its group's section"),
    ("period: {year: 2023}\n    scope: songjiang\n    quote: 2023年，松江区", "period: {year: 2023, as_of: 2023-01}\n    scope: songjiang\n    quote: 2023年，松江区",
     "figures[0].period: give exactly one of"),
    ("value: 1/7\n    period", "value: one seventh\n    period", "must be a fraction such as 1/7"),
    ("file: 000_54ee800359b404e4.txt", "file: missing.txt", "article.file: missing.txt: no such file"),
])
def test_bad_values_are_refused_with_their_line(pack_copy, old, new, expected):
    edit(pack_copy, old, new)
    found = problems(pack_copy)
    assert any(expected in p for p in found), found
    assert all(p.startswith(f"{pack_copy}:") and p.split(":")[1].isdigit() for p in found)


def test_syntax_error_has_line(pack_copy):
    edit(pack_copy, "scopes:\n", "scopes: [\n")
    [found] = problems(pack_copy)
    assert found.startswith(f"{pack_copy}:") and ": syntax: " in found


def test_duplicate_key_is_an_error(pack_copy):
    edit(pack_copy, "id: songjiang-g60\n", "id: songjiang-g60\nid: other\n")
    assert problems(pack_copy) == [f"{pack_copy}:{line_of(pack_copy, 'id: other')}: id: duplicate key"]


def test_alias_is_refused(pack_copy):
    edit(pack_copy, "scopes:\n  songjiang: {zh: 松江区, en: Songjiang District}",
         "scopes:\n  songjiang: &s {zh: 松江区, en: Songjiang District}\n  other: *s")
    [found] = problems(pack_copy)
    assert "aliases (*name) are not allowed" in found


def test_not_utf8(pack_copy):
    pack_copy.write_bytes("format: briefing-pack/1\n# 松江\n".encode("gb18030"))
    [found] = problems(pack_copy)
    assert found.startswith(f"{pack_copy}:2: (file): is not UTF-8 text")


def test_missing_file(tmp_path):
    assert problems(tmp_path / "nope.yaml") == [f"{tmp_path / 'nope.yaml'}:1: (file): no such file"]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("  \n", encoding="utf-8")
    assert problems(path) == [f"{path}:1: (file): the file is empty"]


def test_folder_instead_of_file(tmp_path):
    assert problems(tmp_path) == [f"{tmp_path}:1: (file): is a folder, not a file"]


def test_not_a_mapping(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- 1\n- 2\n", encoding="utf-8")
    assert "a pack must be a mapping" in problems(path)[0]


def test_absurdly_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: no 21 MB written to disk
    [found] = problems(path)
    assert found == f"{path}:1: (file): is 21 MB; at most 20 MB is read"


def test_yaml_tags_cannot_build_objects(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("format: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    [found] = problems(path)
    assert ": syntax: " in found and "python/object" in found


def test_data_command_refuses_bad_pack_without_writing(pack_copy, tmp_path, capsys):
    edit(pack_copy, "value: 6.79", "value: x")
    out = tmp_path / "figures.csv"
    assert main(["data", str(pack_copy), "-o", str(out)]) == 1
    assert not out.exists()
    assert "figures[2].value" in capsys.readouterr().err
