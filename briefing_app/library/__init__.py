"""A library of briefings: every pack in some folders (and the bundled one), and search across their figures.

Qt-free: the `find` command and the app's Library view both call `scan` and `FigureIndex`.
"""

from .catalogue import PackEntry, scan
from .search import FigureIndex, Hit, find
from .series import Proposal, SeriesIndex

__all__ = ["FigureIndex", "Hit", "PackEntry", "Proposal", "SeriesIndex", "find", "scan"]
