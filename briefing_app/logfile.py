"""The log of unexpected errors, shared by the app's dialog and the commands' last resort."""

from __future__ import annotations

import os
from pathlib import Path


def log_path() -> Path:
    """~/.cache/briefing-app/briefing-app.log, or $BRIEFING_APP_LOG (tests point it into tmp_path)."""
    override = os.environ.get("BRIEFING_APP_LOG")
    if override:
        return Path(override)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "briefing-app" / "briefing-app.log"


def write_log(text: str) -> Path | None:
    """Append `text` to the log; the log's path, or None when it cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(text.rstrip() + "\n")
        return path
    except OSError:
        return None
