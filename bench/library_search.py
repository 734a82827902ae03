"""Library search benchmark: 100 packs of the bundled size, searched for numbers, words and qualifiers.

    python bench/library_search.py [--packs 100] [--runs 20]

Indexing (loading and checking every pack, done once when a Library opens) is timed apart from searching
(done on every keystroke); the goal is a search under 200 ms over 100 packs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing_app.library import FigureIndex, scan  # noqa: E402
from briefing_app.resources import bundled_pack  # noqa: E402

QUERIES = ["3109", "3,109", "4万片", "约 亿元", "about", "力争", "target 2024", "firms", "no-such-thing"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=100)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    source = bundled_pack()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.packs - 1):  # the bundled pack itself is the 100th
            folder = Path(tmp) / f"pack-{i:03d}"
            folder.mkdir()
            shutil.copy(source, folder / source.name)
            article = source.parent / yaml.safe_load(source.read_text(encoding="utf-8"))["article"]["file"]
            shutil.copy(article, folder / article.name)
        start = time.perf_counter()
        entries = scan([Path(tmp)])
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        index = FigureIndex(entries)
        indexed = time.perf_counter() - start
        print(f"{len(entries)} packs, {len(index.rows)} figures: loading {loaded * 1000:.0f} ms, "
              f"indexing {indexed * 1000:.0f} ms (once per Library)")
        worst = 0.0
        for query in QUERIES:
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                hits = index.search(query)
                times.append(time.perf_counter() - start)
            median = statistics.median(times) * 1000
            worst = max(worst, median)
            print(f"  search {query!r:16} {len(hits):5d} hits  median {median:6.1f} ms")
        print(f"slowest median search: {worst:.1f} ms (goal < 200 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
