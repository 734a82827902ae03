"""Library benchmark: searching and building series over 100 packs, timed per query (goal: under 200 ms).

    python bench/library_search.py [--packs 100] [--runs 20] [--results bench/RESULTS.md]

Two Libraries of 100 packs, generated in a temporary folder: 100 copies of the bundled pack (search), and 50
copies each of the two fictional bulletins of tests/packs/qingcen (search and series: every series then has
100 points, 50 of each period, so the revision rule compares 50 values of one period, a worst case). Indexing
(loading and checking every pack, done once when a Library opens) is timed apart from the queries (done on
every keystroke or click). `--results` writes the figures into that file's "Search and series over 100
packs" section (bench/run.py writes the same section in a full run).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing_app.library import FigureIndex, SeriesIndex, scan  # noqa: E402
from briefing_app.resources import bundled_pack  # noqa: E402

QUERIES = ["3109", "3,109", "4万片", "约 亿元", "about", "力争", "target 2024", "firms", "no-such-thing"]
BULLETIN_QUERIES = ["5106.8", "地区生产总值", "GDP", "修订", "no-such-thing"]
SERIES = ["gdp", "urban-income", "budget-revenue", "investment-growth"]
BULLETINS = [ROOT / "tests" / "packs" / "qingcen" / f"qingcen-{year}.yaml" for year in (2023, 2024)]
GOAL_MS = 200.0
START, END = "<!-- library-search: written by bench/library_search.py -->", "<!-- /library-search -->"


def copy_packs(folder: Path, sources: list[Path], count: int) -> None:
    """`count` packs under `folder`, each in its own sub-folder with its article, cycling through `sources`."""
    for i in range(count):
        source = sources[i % len(sources)]
        sub = folder / f"pack-{i:03d}"
        sub.mkdir(parents=True)
        shutil.copy(source, sub / source.name)
        article = yaml.safe_load(source.read_text(encoding="utf-8"))["article"]["file"]
        shutil.copy(source.parent / article, sub / article)


def median_ms(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def measure(packs: int = 100, runs: int = 20) -> dict:
    """Every figure of the benchmark, as plain data (bench/run.py renders it with `section`)."""
    from briefing_app.deck.series_slide import series_deck

    out: dict = {"packs": packs, "runs": runs, "queries": [], "series": []}
    with tempfile.TemporaryDirectory() as tmp:
        bundled, bulletins = Path(tmp) / "bundled", Path(tmp) / "bulletins"
        copy_packs(bundled, [bundled_pack()], packs - 1)  # the bundled pack itself is the 100th
        copy_packs(bulletins, BULLETINS, packs)
        for name, folder, queries in (("bundled", bundled, QUERIES), ("bulletins", bulletins, BULLETIN_QUERIES)):
            start = time.perf_counter()
            entries = scan([folder], with_bundled=name == "bundled")
            loaded = time.perf_counter() - start
            index_ms, index = median_ms(lambda: FigureIndex(entries), 3)
            out[name] = {"packs": len(entries), "figures": len(index.rows), "load_ms": loaded * 1000,
                         "index_ms": index_ms}
            for query in queries:
                ms, hits = median_ms(lambda: index.search(query), runs)
                out["queries"].append((name, query, len(hits), ms))
            if name == "bulletins":
                series_index_ms, series_index = median_ms(lambda: SeriesIndex(entries), 3)
                out[name]["series_index_ms"] = series_index_ms
                for key in SERIES:
                    ms, series = median_ms(lambda: series_index.series(key), runs)
                    slide_ms, _deck = median_ms(lambda: series_deck(series, "zh"), max(3, runs // 4))
                    out["series"].append((key, len(series.points), ms, slide_ms))
    out["slowest"] = max([q[3] for q in out["queries"]] + [s[2] for s in out["series"]])
    return out


def section(r: dict) -> str:
    """The results as the Markdown section of RESULTS.md."""
    b, q = r["bundled"], r["bulletins"]
    lines = [
        f"### Search and series over {r['packs']} packs", "",
        f"`bench/library_search.py`, in one process; each query {r['runs']} times, median. Two Libraries of "
        f"{r['packs']} packs: copies of the bundled pack, and copies of the two fictional bulletins "
        "(tests/packs/qingcen), so every series has 100 points, 50 per period (the revision rule compares 50 "
        "values of one period). Loading and indexing happen once, when the Library opens; a query runs on every "
        "keystroke or click.", "",
        "| Library | packs | figures | load and check, ms | search index, ms | series index, ms |",
        "|---|---:|---:|---:|---:|---:|",
        f"| bundled ×{r['packs']} | {b['packs']} | {b['figures']:,} | {b['load_ms']:,.0f} | {b['index_ms']:,.0f} | |",
        f"| bulletins ×{r['packs'] // 2} each | {q['packs']} | {q['figures']:,} | {q['load_ms']:,.0f} | "
        f"{q['index_ms']:,.0f} | {q['series_index_ms']:,.1f} |", "",
        "| query | Library | hits | median ms |", "|---|---|---:|---:|"]
    lines += [f"| find `{query}` | {name} | {hits:,} | {ms:.1f} |" for name, query, hits, ms in r["queries"]]
    lines += [f"| series `{key}` | bulletins | {n} points | {ms:.1f} |" for key, n, ms, _slide in r["series"]]
    lines += ["", "Drawing a series' slide for the Library's Series view (`series_deck`, zh; 100 points: the chart "
              "alone, the points listed in the notes): "
              + ", ".join(f"`{key}` {slide:,.0f} ms" for key, _n, _ms, slide in r["series"]) + ".", "",
              f"Slowest median query: {r['slowest']:.1f} ms (goal < {GOAL_MS:.0f} ms): "
              + ("**PASS**." if r["slowest"] < GOAL_MS else "**FAIL**.")]
    return "\n".join(lines)


def write_results(path: Path, text: str, note: str) -> None:
    """Put the section between its markers in `path` (after the find section the first time)."""
    body = path.read_text(encoding="utf-8")
    block = f"{START}\n{note}\n\n{text}\n{END}"
    if START in body:
        before, rest = body.split(START, 1)
        body = before + block + rest.split(END, 1)[1]
    else:
        anchor = "\n## Where the time goes"
        at = body.index(anchor) if anchor in body else len(body)
        body = body[:at].rstrip() + "\n\n" + block + "\n" + body[at:]
    path.write_text(body, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=100)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--results", type=Path, help="write the section into this RESULTS.md")
    args = parser.parse_args()
    from machine import load

    load_start = load()
    r = measure(args.packs, args.runs)
    text = section(r)
    print(text)
    if args.results:
        note = (f"Measured by `python bench/library_search.py --results {args.results}` on "
                f"{datetime.now():%Y-%m-%d %H:%M} (load average {load_start} at start, {load()} at end), "
                "apart from the full run above.")
        write_results(args.results, text, note)
    return 0 if r["slowest"] < GOAL_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
