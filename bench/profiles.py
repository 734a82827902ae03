"""Where the time goes: `python -X importtime` and cProfile of the first paint and of the CLI export.

    python bench/profiles.py          # prints the markdown section

Each profile runs in a fresh child process, as the user's command would. cProfile's own overhead inflates
the totals (roughly 1.5–2×); the shares between packages are what to read.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

PROFILE_CHILD = r"""
import cProfile, json, os, pstats, sys
out, args = sys.argv[1], sys.argv[2:]
prof = cProfile.Profile()
prof.enable()
from briefing_app.cli import main
code = main(args)
prof.disable()
stats = pstats.Stats(prof)
rows = []
for (path, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():
    rows.append([path, line, func, nc, tt, ct])
json.dump({"code": code, "rows": rows}, open(out, "w"))
"""


def _package(path: str) -> str:
    """A readable owner for a profiled function: the app module group, a third-party package, or Python."""
    p = path.replace("\\", "/")
    m = re.search(r"/briefing_app/([a-z_]+)", p)
    if m:
        return f"briefing_app.{m.group(1).removesuffix('.py')}"
    m = re.search(r"site-packages/([A-Za-z0-9_]+)", p)
    if m:
        return m.group(1)
    if p.startswith("<frozen importlib") or "importlib" in p:
        return "import system"
    if p in ("~",) or p.startswith("<built-in") or p.startswith("<method"):
        return "builtins (C)"
    return "Python stdlib"


def cprofile(args: list[str], env: dict[str, str]) -> dict:
    """Run `briefing-app ARGS` under cProfile in a child; returns rows and aggregates."""
    with tempfile.TemporaryDirectory(prefix="bench-prof-") as tmp:
        out = Path(tmp) / "prof.json"
        subprocess.run([sys.executable, "-c", PROFILE_CHILD, str(out), *args], env=env, check=True,
                       capture_output=True, text=True)
        data = json.loads(out.read_text())
    rows = data["rows"]
    total = sum(r[4] for r in rows)
    by_package: dict[str, float] = {}
    for path, _line, _func, _nc, tt, _ct in rows:
        key = _package(path)
        by_package[key] = by_package.get(key, 0.0) + tt
    return {"total": total, "rows": rows, "by_package": sorted(by_package.items(), key=lambda kv: -kv[1])}


def importtime(args: list[str], env: dict[str, str]) -> list[tuple[str, float, float, int]]:
    """(module, self s, cumulative s, depth) for every import of `briefing-app ARGS`."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "briefing_app", *args], env=env,
                         capture_output=True, text=True)
    rows = []
    for line in out.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            rows.append((m.group(4), int(m.group(1)) / 1e6, int(m.group(2)) / 1e6, len(m.group(3)) // 2))
    return rows


EXPORT_CHILD = r"""
import cProfile, json, sys, time
from briefing_app.export.deck import export_deck
from briefing_app.export.pptx import writer
from briefing_app.deck import build
out, pack, deck = sys.argv[1], sys.argv[2], sys.argv[3]
prof = cProfile.Profile()
prof.enable()
slides = export_deck(pack, deck)
prof.disable()
import pstats
rows = [[p, l, f, v[1], v[2], v[3]] for (p, l, f), v in pstats.Stats(prof).stats.items()]
json.dump({"slides": slides, "rows": rows}, open(out, "w"))
"""


def export_scaling(env: dict[str, str], small: Path, large: Path) -> tuple[int, int, list]:
    """cProfile the export function (imports done) on two packs; functions by growth of own time per slide."""
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-prof-") as tmp:
        for i, pack in enumerate((small, large)):
            out = Path(tmp) / f"p{i}.json"
            subprocess.run([sys.executable, "-c", EXPORT_CHILD, str(out), str(pack), str(Path(tmp) / f"d{i}.pptx")],
                           env=env, check=True, capture_output=True, text=True)
            results.append(json.loads(out.read_text()))
    (a, b) = results
    per_a = {(r[0], r[1], r[2]): (r[3], r[4]) for r in a["rows"]}
    growth = []
    for p, line, func, calls, own, _cum in b["rows"]:
        calls_a, own_a = per_a.get((p, line, func), (0, 0.0))
        per_slide_a = own_a / a["slides"] * 1000
        per_slide_b = own / b["slides"] * 1000
        growth.append((per_slide_b - per_slide_a, f"{_short(p)}:{line} {func}", calls_a, calls, per_slide_a, per_slide_b))
    growth.sort(key=lambda g: -g[0])
    return a["slides"], b["slides"], growth


def _short(path: str) -> str:
    p = path.replace("\\", "/")
    for marker in ("site-packages/", "/briefing_app/"):
        if marker in p:
            return ("briefing_app/" if marker == "/briefing_app/" else "") + p.split(marker, 1)[1]
    return p.rsplit("/", 1)[-1]


def section(env: dict[str, str], export_out: Path, small: Path | None = None, large: Path | None = None) -> str:
    """The markdown of the measured part of "Where the time goes"."""
    lines = []
    imports = importtime(["--quit-after-first-paint"], env)
    top = sorted((r for r in imports if r[3] <= 1), key=lambda r: -r[2])[:14]
    total_imports = sum(r[1] for r in imports)
    lines += ["### First paint: imports (`python -X importtime -m briefing_app --quit-after-first-paint`)", "",
              f"All imports together: {total_imports * 1000:,.0f} ms (sum of self times; importtime adds "
              "its own overhead). Top-level imports by cumulative time:", "",
              "| module | cumulative ms | self ms |", "|---|---:|---:|"]
    lines += [f"| `{name}` | {cum * 1000:,.0f} | {own * 1000:,.0f} |" for name, own, cum, _d in top]
    heavy = [r for r in imports if r[0].split(".")[0] in ("pyqtgraph", "pydantic", "pptx", "yaml", "numpy",
                                                               "openpyxl", "PIL", "lxml", "xlsxwriter")
             and "." not in r[0]]
    if heavy:
        lines += ["", "Heavy third-party packages imported before the first paint (cumulative ms): " +
                  ", ".join(f"`{n}` {c * 1000:,.0f}" for n, _s, c, _d in sorted(heavy, key=lambda r: -r[2])) + "."]
    for title, args in (("First paint", ["--quit-after-first-paint"]),
                        ("CLI export of the bundled deck", ["export", "-o", str(export_out)])):
        prof = cprofile(args, env)
        lines += ["", f"### {title}: cProfile (`briefing-app {' '.join(args[:2])}…`)", "",
                  f"Profiled total {prof['total']:.2f} s (with cProfile's overhead). Own time by package:", "",
                  "| package | own s | share |", "|---|---:|---:|"]
        lines += [f"| {name} | {t:.3f} | {t / prof['total']:.0%} |" for name, t in prof["by_package"][:12]]
        rows = sorted(prof["rows"], key=lambda r: -r[5])
        interesting = [r for r in rows if "briefing_app" in r[0] or "pptx" in r[0] or "pydantic" in r[0]
                       or "pyqtgraph" in r[0]][:16]
        lines += ["", "Functions by cumulative time (app, python-pptx, pydantic, pyqtgraph):", "",
                  "| function | calls | cumulative s | own s |", "|---|---:|---:|---:|"]
        lines += [f"| `{_short(p)}:{ln} {fn}` | {nc:,} | {ct:.3f} | {tt:.3f} |" for p, ln, fn, nc, tt, ct in interesting]
        own = sorted(prof["rows"], key=lambda r: -r[4])[:10]
        lines += ["", "Functions by own time:", "", "| function | calls | own s |", "|---|---:|---:|"]
        lines += [f"| `{_short(p)}:{ln} {fn}` | {nc:,} | {tt:.3f} |" for p, ln, fn, nc, tt, _ct in own]
    if small is not None and large is not None:
        n_small, n_large, growth = export_scaling(env, small, large)
        lines += ["", f"### Export at scale: what grows faster than the slides ({n_small} → {n_large:,} slides)", "",
                  "cProfile of the export function (imports done) on the bundled pack and on a synthetic pack; "
                  "own time per slide of each function, sorted by how much it grew. A linear export would show "
                  "only small differences here.", "",
                  "| function | calls (bundled → synthetic) | own ms per slide, bundled | synthetic |",
                  "|---|---:|---:|---:|"]
        lines += [f"| `{name}` | {ca:,} → {cb:,} | {pa:.2f} | {pb:.2f} |" for _g, name, ca, cb, pa, pb in growth[:10]]
    return "\n".join(lines)


if __name__ == "__main__":
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        print(section(env, Path(tmp) / "deck.pptx"))
