"""Test configuration: Qt draws offscreen, so the suite runs without a display."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests (tests/strategies.py): a few hundred cases by default; `--hypothesis-profile=long` for thousands.
# No deadline: the shared 2-core machine makes timings meaningless (speed is never asserted in unit tests).
try:
    from hypothesis import HealthCheck, settings

    settings.register_profile("briefing", max_examples=150, deadline=None, derandomize=True,
                              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    settings.register_profile("long", max_examples=3000, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    settings.load_profile("briefing")
except ImportError:  # hypothesis is in the test extra; without it only the property tests are skipped
    pass

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BUNDLED = SEEDS / "songjiang-g60.yaml"
FICTIONAL = ROOT / "tests" / "packs" / "fictional" / "riverton.yaml"


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of `old` in a test's copy of a file, as a person editing it would."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def pytest_addoption(parser):
    parser.addoption("--fuzz", type=int, default=300, help="mutated packs to try in the loader fuzz test")
    parser.addoption("--stress", type=int, default=0, help="generated packs to lay out in the deck stress test")
    parser.addoption("--kills", type=int, default=50,
                     help="SIGKILLs in the crash-safety test, shared by pack saves, talk saves and exports")


@pytest.fixture(scope="session")
def pack():
    from briefing_app.model import load_pack

    return load_pack(BUNDLED)


@pytest.fixture
def pack_copy(tmp_path):
    """A writable copy of the bundled pack and its article; returns the pack file's path."""
    shutil.copy(SEEDS / "000_54ee800359b404e4.txt", tmp_path)
    target = tmp_path / BUNDLED.name
    shutil.copy(BUNDLED, target)
    return target


@pytest.fixture
def unwritable_folder(tmp_path, monkeypatch):
    """A folder nobody may write into, root included (CI runs as root, which ignores permission bits):
    read-only permissions for others; for root the immutable flag (`chattr +i`, which root respects); where
    the file system has no such flag, `os.access` and creating a file in it are refused as the kernel would."""
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if shutil.which("chattr") and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0:
        try:
            yield folder
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        return
    real_access, real_mkstemp = os.access, tempfile.mkstemp

    def inside(path) -> bool:
        path = Path(path).resolve()
        return path == folder or folder in path.parents

    def access(path, mode, *args, **kwargs):
        return False if mode & os.W_OK and inside(path) else real_access(path, mode, *args, **kwargs)

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and inside(dir):
            raise PermissionError(13, "Permission denied", str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    yield folder
