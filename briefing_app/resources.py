"""Where the bundled data lives: the bundled pack with its article, and the fonts.

Every module asks here. The data folders (seeds/ and assets/fonts/ at the top of the repository) ship
inside the package as `briefing_app._seeds` and `briefing_app._fonts` (setup.py maps them), so
importlib.resources finds them the same way in a wheel install, an editable install (setuptools maps the
names to the live folders) and the one-folder desktop build (packaging/briefing-app.spec collects them).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from .errors import UserError

#: File names of the bundled fonts (SIL Open Font License, see assets/fonts/README.md).
CJK_REGULAR = "NotoSansSC-Regular-subset.otf"
CJK_BOLD = "NotoSansSC-Bold-subset.otf"
LATIN_REGULAR = "LiberationSans-Regular.ttf"
LATIN_BOLD = "LiberationSans-Bold.ttf"
#: One hex range per line (`4E00-9FEF`): the code points both weights of a bundled family map.
COVERAGE = "coverage.txt"

_SEEDS = "briefing_app._seeds"
_FONTS = "briefing_app._fonts"


class MissingDataError(UserError):
    """The installed copy lacks its bundled data (a broken install, or a checkout that was never installed)."""


@cache
def _folder(package: str) -> Path:
    try:
        root = files(package)
    except ModuleNotFoundError:
        raise MissingDataError(f"the bundled data ({package}) is not installed: "
                               "reinstall briefing-app, or run `pip install -e .` in a source checkout") from None
    # Fonts go to Pillow, Qt, fontconfig and LibreOffice by file name, so the data must be real files.
    if not isinstance(root, Path):
        raise MissingDataError(f"the bundled data ({package}) is not in a folder on disk: {root}")
    return root


def bundled_pack() -> Path:
    """The pack the app opens when none is given."""
    return _folder(_SEEDS) / "songjiang-g60.yaml"


def fonts_dir() -> Path:
    """The folder holding the bundled fonts."""
    return _folder(_FONTS)


def font_file(name: str) -> Path:
    return fonts_dir() / name
