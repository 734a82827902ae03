"""Persistent preferences (language, theme, zoom, geometry, last tab, recent files) in QSettings.

An INI file under the user's config folder; tests redirect it with `QSettings.setPath`. A settings file
over `bounds.LIMITS.settings_bytes` (a few kB in use) is never read: it is set aside beside itself, the app
starts with default settings and says so once (`refusal`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..bounds import LIMITS, FileLimitError, check_file_size

ORG = "BriefingApp"
APP = "briefing-app"
MAX_RECENT = 8
#: The one line saying why the settings file was not read (shown by the app once), else None.
refusal: str | None = None


def settings() -> QSettings:
    global refusal
    path = settings_path()
    if path.exists():
        try:
            check_file_size(path, "settings file", LIMITS.settings_bytes)
        except FileLimitError as exc:
            aside = path.with_name(path.name + ".too-large")
            try:
                path.replace(aside)  # kept for the person to look at, never read
            except OSError:  # a read-only folder: leave it, and keep this session's settings elsewhere
                refusal = f"{exc}; the default settings are used"
                return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP + "-fallback")
            refusal = f"{exc}; it was set aside as {aside.name} and the default settings are used"
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def settings_path() -> Path:
    """Where QSettings keeps the app's INI file (found without reading it: a probe names its folder)."""
    probe = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP + "-probe")
    return Path(probe.fileName()).with_name(APP + ".ini")


def read_str(s: QSettings, key: str, default: str, allowed: tuple[str, ...] | None = None) -> str:
    value = s.value(key, default)
    value = value if isinstance(value, str) else default
    return value if allowed is None or value in allowed else default


def read_float(s: QSettings, key: str, default: float, lo: float, hi: float) -> float:
    try:
        value = float(s.value(key, default))
    except (TypeError, ValueError):
        return default
    return min(hi, max(lo, value))


def recent_files(s: QSettings) -> list[str]:
    value = s.value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if isinstance(v, str)][:MAX_RECENT]


def add_recent(s: QSettings, path: str) -> list[str]:
    items = [path] + [p for p in recent_files(s) if p != path]
    s.setValue("recent", items[:MAX_RECENT])
    return items[:MAX_RECENT]


def read_rect(s: QSettings, key: str) -> tuple[int, int, int, int] | None:
    """A saved [x, y, width, height], or None when absent or not four integers."""
    value = s.value(key)
    try:
        x, y, w, h = (int(v) for v in value)
    except (TypeError, ValueError):
        return None
    return x, y, w, h


def read_bool(s: QSettings, key: str, default: bool = False) -> bool:
    value = s.value(key, default)
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)
