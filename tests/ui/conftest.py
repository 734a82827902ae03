"""UI test fixtures: a temporary QSettings location and log file, registered fonts, a main window."""

from __future__ import annotations

import pytest

from tests.conftest import BUNDLED  # noqa: F401  (re-exported for the UI tests)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Never read or write the user's real settings or log."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("BRIEFING_APP_LOG", str(tmp_path / "briefing-app.log"))
    return tmp_path / "settings"


@pytest.fixture
def family(qapp):
    from briefing_app.ui.app import make_app

    return make_app()[1]


@pytest.fixture
def make_window(qtbot, family):
    from briefing_app.ui.main_window import MainWindow

    def make(pack, **kw):
        kw.setdefault("lang", "zh")
        window = MainWindow(pack, family=family, **kw)
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        window.fill_charts()
        return window

    return make


@pytest.fixture
def window(make_window, pack):
    return make_window(pack)
