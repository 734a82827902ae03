"""The machine a benchmark ran on, described for RESULTS.md: cores, CPU, RAM, versions, load."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    return "unknown"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def _qt_version() -> str:
    out = subprocess.run([sys.executable, "-c", "from PySide6.QtCore import qVersion; print(qVersion())"],
                         capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def _commit(repo: Path) -> str:
    out = subprocess.run(["git", "-C", str(repo), "log", "-1", "--format=%h %s"], capture_output=True, text=True)
    return out.stdout.strip()[:100] or "unknown"


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def describe(repo: Path) -> list[tuple[str, str]]:
    """(what, value) rows for the results' machine table."""
    return [
        ("cores", str(os.cpu_count())),
        ("CPU", _cpu_model()),
        ("RAM", _ram_gb()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("Qt / PySide6", f"{_qt_version()} / {_version('PySide6-Essentials') if _version('PySide6') == 'not installed' else _version('PySide6')}"),
        ("python-pptx / lxml", f"{_version('python-pptx')} / {_version('lxml')}"),
        ("pydantic / PyYAML / pyqtgraph", f"{_version('pydantic')} / {_version('PyYAML')} / {_version('pyqtgraph')}"),
        ("commit", _commit(repo)),
    ]
