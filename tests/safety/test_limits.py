"""The smaller limits of `briefing_app.bounds`, each as a user meets it: a folder too big to scan, a pack that
is a named pipe, a part compressed with a method that inflates without a bound, a template's XML that
defines entities. Each is one line naming the limit, exit 1."""

from __future__ import annotations

import os
import shutil
import zipfile

import pytest

from briefing_app.bounds import LIMITS, FileLimitError, check_zip
from briefing_app.cli.main import main
from tests.conftest import FICTIONAL

from . import bombs


def test_find_refuses_a_folder_with_too_many_files(tmp_path, capsys):
    folder = tmp_path / "home"
    folder.mkdir()
    for i in range(LIMITS.library_files + 1):
        (folder / f"{i}.txt").touch()
    assert main(["find", "工业", str(folder)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"error: {folder}: the folder holds more than {LIMITS.library_files:,} files and folders; "
                   "at most that many are looked through (choose the folder of your packs)"]


def test_find_still_reads_a_folder_within_the_limits(tmp_path, capsys):
    shutil.copytree(FICTIONAL.parent, tmp_path / "lib")
    assert main(["find", "45", str(tmp_path / "lib")]) == 0
    assert FICTIONAL.name in capsys.readouterr().out


def test_a_named_pipe_is_never_opened(tmp_path, capsys):
    """A FIFO blocks a reader forever (and /dev/zero never ends): refused from its type, not read."""
    fifo = tmp_path / "pack.yaml"
    os.mkfifo(fifo)
    assert main(["check", str(fifo)]) == 1
    assert capsys.readouterr().out.splitlines() == [f"{fifo}:1: (file): is not a regular file"]
    lib = tmp_path / "lib"
    shutil.copytree(FICTIONAL.parent, lib)
    os.mkfifo(lib / "pipe.yaml")
    assert main(["find", "45", str(lib)]) == 0  # the Library passes it by


def test_a_pack_at_the_node_limit_loads_and_one_past_it_is_refused(tmp_path, capsys):
    """The limit is exact, and counted the same way whatever the file's layout."""
    from briefing_app.model.yamlfile import parse_yaml
    from briefing_app.model import PackError

    # the mapping, its key, the list: 3 nodes, and the list's values
    at = "x: [" + "1," * (LIMITS.yaml_nodes - 4) + "1]\n"
    data, _ = parse_yaml(at, "at.yaml")
    assert len(data["x"]) + 3 == LIMITS.yaml_nodes
    with pytest.raises(PackError) as caught:
        parse_yaml(at.replace("[", "[1,", 1), "past.yaml")
    assert str(caught.value) == (f"past.yaml:1: (file): holds more than {LIMITS.yaml_nodes:,} values; "
                                 f"at most {LIMITS.yaml_nodes:,} are read")


@pytest.mark.parametrize("method, name", [(zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "lzma")])
def test_parts_compressed_without_a_bound_are_refused(tmp_path, method, name):
    """zipfile inflates bzip2 and lzma parts in one call, whatever their size: Office never writes them."""
    path = tmp_path / f"{name}.pptx"
    with zipfile.ZipFile(path, "w") as z:
        for part, data in bombs.template_parts().items():
            z.writestr(part, data, compress_type=method)
    with pytest.raises(FileLimitError) as caught:
        check_zip(path, "template")
    assert f"compressed with method {method}; only stored and deflated parts are read" in str(caught.value)


def test_an_archive_in_an_archive_outside_embeddings_is_refused(tmp_path):
    inner = bombs.zip_bytes({"a.txt": b"a"})
    path = bombs.write_zip(tmp_path / "t.pptx", {**bombs.template_parts(), "ppt/media/x.zip": inner},
                           store=("ppt/media/x.zip",))
    with pytest.raises(FileLimitError, match=r"holds another archive \(ppt/media/x.zip\); nested archives are not read"):
        check_zip(path, "template")


def test_a_template_made_by_powerpoint_sizes_is_accepted(tmp_path):
    """A real template with an embedded chart workbook passes every check (the bundled deck has charts)."""
    from briefing_app.export.deck import write_deck
    from briefing_app.export.pptx.package import check_template
    from briefing_app.model import load_pack

    deck = write_deck(load_pack(None), tmp_path / "deck.pptx", lang="en")
    with zipfile.ZipFile(deck) as z:
        assert any("/embeddings/" in n for n in z.namelist())
    assert check_template(deck) == deck


def test_template_xml_entities_are_not_expanded(tmp_path, pack):
    """A template's docProps/app.xml defining nested entities (a billion laughs): refused in one line, never
    expanded, nothing written."""
    from briefing_app.atomic import OutputError
    from briefing_app.export.deck import write_deck

    parts = bombs.template_parts()
    laughs = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">' % ((ord("a") + i + 1,) + (ord("a") + i,) * 10)
        for i in range(8)) + b"]>"
    app = parts["docProps/app.xml"]
    parts["docProps/app.xml"] = app.replace(b"?>", b"?>" + laughs, 1).replace(
        b"<Company>", b"<Company>&i;", 1) if b"<Company>" in app else app.replace(b"?>", b"?>" + laughs, 1)
    template = bombs.write_zip(tmp_path / "laughs.pptx", parts)
    with pytest.raises(OutputError) as caught:
        write_deck(pack, tmp_path / "deck.pptx", lang="zh", template=template)
    assert str(caught.value).startswith(f"{template}: the template cannot be used (ValueError: docProps/app.xml: ")
    assert "\n" not in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laughs.pptx"]
