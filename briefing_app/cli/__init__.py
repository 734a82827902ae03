"""The command layer: `briefing-app` parses its arguments here and calls one plain function below.

Nothing below this package imports it. Heavy modules (Qt, pyqtgraph, python-pptx) are imported inside the
command that needs them, so `check`, `data` and `export -o x.pptx` never load Qt.
"""

from .main import main

__all__ = ["main"]
