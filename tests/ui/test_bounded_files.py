"""In the app, a file over a limit of `briefing_app.bounds` is a message box naming the limit; nothing is lost."""

from __future__ import annotations

import dataclasses

from briefing_app import bounds
from briefing_app.library import catalogue


def test_an_oversized_settings_file_is_set_aside_and_said_once(isolated_settings, qapp):
    from briefing_app.ui import settings as prefs

    ini = prefs.settings_path()
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[General]\nlanguage=en\n" + "junk=" + "x" * bounds.LIMITS.settings_bytes + "\n")
    size = ini.stat().st_size
    prefs.refusal = None
    s = prefs.settings()
    assert prefs.read_str(s, "language", "zh") == "zh"  # the defaults; the file was not read
    aside = ini.with_name(ini.name + ".too-large")
    assert aside.stat().st_size == size and not ini.exists()  # kept for the person, byte for byte
    assert prefs.refusal == (f"{ini}: the settings file is {size / 2**20:,.0f} MB; at most 1 MB is read; "
                             f"it was set aside as {aside.name} and the default settings are used")
    s.setValue("language", "en")
    s.sync()
    prefs.refusal = None
    assert prefs.read_str(prefs.settings(), "language", "zh") == "en" and prefs.refusal is None


def test_fill_window_shows_the_settings_refusal(make_window, monkeypatch, qtbot):
    from briefing_app.ui import app, settings as prefs

    monkeypatch.setattr(prefs, "refusal", "/x/briefing-app.ini: the settings file is 2 MB; at most 1 MB is read")
    window = make_window(None)
    app.fill_window(window, None)
    qtbot.waitUntil(lambda: window.last_dialog is not None and window.last_dialog.isVisible())
    assert window.last_dialog.text() == "设置文件过大，未读取：本次使用默认设置"  # what happened, in the app's language
    assert window.last_dialog.informativeText() == prefs.refusal  # which file and limit


def test_the_library_says_which_limit_a_folder_is_over(make_window, tmp_path, monkeypatch):
    monkeypatch.setattr(catalogue, "LIMITS", dataclasses.replace(bounds.LIMITS, library_files=10))
    for i in range(11):
        (tmp_path / f"{i}.txt").touch()
    window = make_window(None)
    view = window.open_library(tmp_path)
    assert view.last_dialog.text() == "文件夹太大，未能全部查看：只列出内置简报"
    assert view.last_dialog is not None and view.last_dialog.informativeText() == (
        f"{tmp_path}: the folder holds more than 10 files and folders; at most that many are looked through "
        "(choose the folder of your packs)")
    assert len(view.entries) == 1 and view.entries[0].bundled  # the bundled briefing stays listed
