"""Export cost per slide, in one child process: imports first (untimed), then the `export` command's own
function on PACK, timed; prints JSON.

    python bench/export_probe.py PACK OUT.pptx

Per-slide cost is compared between the bundled pack and the synthetic 100× pack, so the fixed cost of
starting Python and importing python-pptx (which the CLI figure spreads over few or many slides) is kept
out: what is left is loading, checking, building and writing, which should grow with the slides, not faster.
"""

import json
import sys
import time
from pathlib import Path

from briefing_app.export import deck as export  # noqa: F401  the imports the export needs, untimed
from briefing_app.export.pptx import writer  # noqa: F401
from briefing_app.deck import build  # noqa: F401
from briefing_app import model  # noqa: F401

pack, out = Path(sys.argv[1]), Path(sys.argv[2])
wall, cpu = time.perf_counter(), time.process_time()
slides = export.export_deck(pack, out)
print(json.dumps({"slides": slides, "wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}))
