"""Test configuration: Qt draws offscreen, so the suite runs without a display."""

import os
import shutil
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
