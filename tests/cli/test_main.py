"""The command layer: global flags on either side, a help that describes the app, one line per failure."""

from __future__ import annotations

import pytest

from briefing_app import __version__
from briefing_app.cli import main
from briefing_app.cli.parser import build_parser


def test_quit_after_first_paint_is_accepted_before_or_after_open():
    before = build_parser().parse_args(["--quit-after-first-paint", "open", "x.yaml"])
    after = build_parser().parse_args(["open", "x.yaml", "--quit-after-first-paint"])
    plain = build_parser().parse_args(["open", "x.yaml"])
    assert before.quit_after_first_paint and after.quit_after_first_paint and not plain.quit_after_first_paint


def test_help_and_version_describe_the_app_not_one_district(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert "Briefings drawn from articles" in text
    assert not any(word in text for word in ("Songjiang", "松江", "G60"))
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"briefing-app {__version__}"


def test_an_unexpected_error_is_one_line_exit_1_with_the_traceback_logged(tmp_path, monkeypatch, capsys):
    log = tmp_path / "app.log"
    monkeypatch.setenv("BRIEFING_APP_LOG", str(log))

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("briefing_app.export.data.write_figures", broken)
    assert main(["data", "-o", str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: unexpected ZeroDivisionError: a bug")
    assert str(log) in err and "Traceback" in log.read_text(encoding="utf-8")


def test_every_bad_output_path_is_the_same_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["slides", "-o", str(blocker)]) == 1
    slides_err = capsys.readouterr().err
    assert main(["shot", "--all", "-o", str(blocker)]) == 1
    shot_err = capsys.readouterr().err
    assert slides_err == shot_err == f"error: {blocker}: is a file, not a folder\n"


def test_output_cut_short_by_its_reader_ends_quietly(tmp_path):
    """`briefing-app find 年 DIR | head -1`: the reader closes the pipe after a line; no error, no traceback."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = dict(os.environ, BRIEFING_APP_LOG=str(tmp_path / "app.log"))
    # 年 matches ~170 KB of lines: more than a pipe holds, so the writer always meets the closed pipe
    run = subprocess.Popen([sys.executable, "-m", "briefing_app", "find", "年", str(ROOT / "tests" / "packs")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = run.stdout.readline()
    run.stdout.close()  # as `head -1` does
    err = run.stderr.read().decode()
    assert run.wait(timeout=120) == 141 and first  # what a piped Unix tool gives when its reader stops
    assert err == "" and not (tmp_path / "app.log").exists()
