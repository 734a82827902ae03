"""Every benchmark of issue 12 (and issue 21's suggestions) in one command; writes bench/RESULTS.md.

    .venv/bin/python bench/run.py            # full: synthetic pack 100×, profiles (~3 min on 2 idle cores)
    .venv/bin/python bench/run.py --quick    # 10×, 2,000 Data rows, no profiles (~1 min); bench/RESULTS-quick.md

Each comparison alternates ours and the baseline within this one run (A, B, A, B…, after one untimed
warm-up round) and reports the median of at least 5 runs with min–max. Wall time and CPU time (user +
system of the child process) are both reported: the machine is shared, and other people's load stretches
wall time far more than the CPU time a process itself needs, so each budget gets a verdict on both.
The synthetic packs are generated into a temporary folder at run time (bench/synthetic.py) and deleted after.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import library_search  # noqa: E402
import machine  # noqa: E402
from deck_spec import counts, write_spec  # noqa: E402
from measure import ChildFailed, Series, alternate, run_child  # noqa: E402
from synthetic import write_synthetic  # noqa: E402

PY = sys.executable
TYPING_PAUSE = "150 ms typing pause (`data_table.TYPING_PAUSE_MS`, one filter pass per word)"
DATA_ROWS = 10_000  # the Data tab's filter is measured on at least this many rows


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def app_command() -> list[str]:
    script = Path(PY).parent / "briefing-app"
    return [str(script)] if script.exists() else [PY, "-m", "briefing_app"]


def tab_count(pack) -> int:
    """The tabs the main window shows for a pack: Overview, one per other section, Timeline when there are
    events, Data, Source (ui/main_window.py `rebuild`)."""
    sections = [s for s in pack.data.sections if s.id != "overview"]
    return 1 + len(sections) + (1 if pack.data.events else 0) + 2


def ms(values: list[float]) -> str:
    return f"{statistics.median(values):,.1f} ({min(values):,.1f}–{max(values):,.1f})"


def verdict(ok: bool) -> str:
    return "**PASS**" if ok else "**FAIL**"


#: Sections other scripts write into the results file (bench/conversion.py): kept as they are by a full run.
KEPT_SECTIONS = ("## Converting and drafting articles (issue 19)",)


def kept_sections(path: Path) -> str:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    kept = ""
    for title in KEPT_SECTIONS:
        if title in old:
            start = old.index(title)
            end = old.find("\n## ", start + len(title))
            kept += "\n\n" + old[start:end if end >= 0 else len(old)].rstrip()
    return kept


class Bench:
    def __init__(self, args, work: Path):
        self.args, self.work = args, work
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.env.pop("PYTHONPROFILEIMPORTTIME", None)
        self.runs = args.runs
        self.sections: list[str] = []
        self.budgets: list[list[str]] = []
        self.notes: list[str] = []

    # --- helpers ---------------------------------------------------------------------------------------
    def alternate(self, contenders, warm=None, runs=None) -> dict[str, Series]:
        return alternate(contenders, runs or self.runs, env=self.env, warm=warm, progress=log)

    def probe(self, name: str, pack: Path, runs: int) -> tuple[dict, float]:
        run = run_child([PY, str(HERE / "ui_probe.py"), name, str(pack), "--runs", str(runs)], env=self.env)
        return json.loads(run.stdout.strip().splitlines()[-1]), run.maxrss_mb

    def ratio_row(self, budget: str, limit: float, ours: Series, base: Series, unit_scale=1000.0) -> None:
        wall = ours.median("wall") / base.median("wall")
        cpu = ours.median("cpu") / base.median("cpu")
        self.budgets.append([budget, f"{ours.median('wall') * unit_scale:,.0f} ms / {base.median('wall') * unit_scale:,.0f} ms",
                             f"{wall:.2f}×", f"{cpu:.2f}×", verdict(wall <= limit), verdict(cpu <= limit)])

    # --- the measurements --------------------------------------------------------------------------------
    def first_paint(self, bundled) -> None:
        tabs = tab_count(bundled)
        log(f"first paint: app vs bare window with {tabs} tabs")
        series = self.alternate({
            "ours": app_command() + ["--quit-after-first-paint"],
            "bare": [PY, str(HERE / "baselines" / "bare_window.py"), str(tabs)],
        })
        ours, bare = series["ours"], series["bare"]
        self.ratio_row("first paint ≤ 2.0× a bare PySide6 window", 2.0, ours, bare)
        self.sections.append("\n".join([
            "## First paint", "",
            f"`briefing-app --quit-after-first-paint` (a fresh process each run) against "
            f"`bench/baselines/bare_window.py {tabs}`: a bare PySide6 main window with the same {tabs} tabs, quit "
            "the same way (an application event filter sees the window's first Paint event). "
            f"{self.runs} alternating runs after a warm-up round; median (min–max).", "",
            "| | wall ms | CPU ms | peak RSS MB |", "|---|---:|---:|---:|",
            f"| ours | {ours.spread('wall', 1000)} | {ours.spread('cpu', 1000)} | {ours.median('maxrss_mb'):.0f} |",
            f"| bare window (baseline) | {bare.spread('wall', 1000)} | {bare.spread('cpu', 1000)} | {bare.median('maxrss_mb'):.0f} |",
            f"| ratio of medians | {ours.median('wall') / bare.median('wall'):.2f}× | {ours.median('cpu') / bare.median('cpu'):.2f}× | |",
        ]))

    def exports(self, synthetic: Path, synth_pack) -> None:
        spec_path = self.work / "spec.json"
        spec = write_spec(None, spec_path)
        c = counts(spec)
        out = self.work / "out"
        out.mkdir()
        log(f"export: CLI vs minimal python-pptx ({c}), and per-slide cost on the synthetic pack")
        contenders = {
            "ours": app_command() + ["export", "-o", str(out / "ours.pptx")],
            "baseline": [PY, str(HERE / "baselines" / "pptx_minimal.py"), str(spec_path), str(out / "base.pptx")],
            "probe bundled": [PY, str(HERE / "export_probe.py"), str(self.bundled_path), str(out / "probe-b.pptx")],
            "probe synthetic": [PY, str(HERE / "export_probe.py"), str(synthetic), str(out / "probe-s.pptx")],
        }
        series = self.alternate(contenders, warm={"ours", "baseline", "probe bundled"})
        ours, base = series["ours"], series["baseline"]
        self.ratio_row("CLI export ≤ 1.5× minimal python-pptx", 1.5, ours, base)
        self.sections.append("\n".join([
            "## Export of the bundled deck", "",
            "`briefing-app export -o deck.pptx` (zh, 16:9) against `bench/baselines/pptx_minimal.py`: plain "
            "python-pptx calls (add_textbox, runs with size and weight, add_chart with CategoryChartData, "
            "add_table, notes) writing the same slides, text boxes with the same texts, the same native charts "
            "and tables, read from a JSON dump of our slide model made before timing starts "
            f"({c['slides']} slides, {c['text boxes']} text boxes, {c['charts']} charts, {c['tables']} table). "
            "The baseline skips what ours also does (rectangles, lines and dots, East Asian fonts on every run, "
            "theme fonts, title placeholders, deterministic zip, atomic write, pack validation).", "",
            "| | wall ms | CPU ms | peak RSS MB |", "|---|---:|---:|---:|",
            f"| ours (CLI) | {ours.spread('wall', 1000)} | {ours.spread('cpu', 1000)} | {ours.median('maxrss_mb'):.0f} |",
            f"| minimal python-pptx (baseline) | {base.spread('wall', 1000)} | {base.spread('cpu', 1000)} | {base.median('maxrss_mb'):.0f} |",
            f"| ratio of medians | {ours.median('wall') / base.median('wall'):.2f}× | {ours.median('cpu') / base.median('cpu'):.2f}× | |",
        ]))
        # per slide: the export function in a warm process (imports excluded), bundled vs synthetic
        per = {}
        for key in ("probe bundled", "probe synthetic"):
            results = [json.loads(r.stdout.strip().splitlines()[-1]) for r in series[key].runs]
            slides = results[0]["slides"]
            per[key] = {"slides": slides, "wall": [r["wall"] / slides * 1000 for r in results],
                        "cpu": [r["cpu"] / slides * 1000 for r in results],
                        "total": [r["wall"] for r in results], "rss": series[key].median("maxrss_mb")}
        b, s = per["probe bundled"], per["probe synthetic"]
        wall_ratio = statistics.median(s["wall"]) / statistics.median(b["wall"])
        cpu_ratio = statistics.median(s["cpu"]) / statistics.median(b["cpu"])
        self.budgets.append([f"{self.args.copies}× export cost per slide ≤ 1.2× the bundled deck's",
                             f"{statistics.median(s['wall']):.1f} ms / {statistics.median(b['wall']):.1f} ms per slide",
                             f"{wall_ratio:.2f}×", f"{cpu_ratio:.2f}×", verdict(wall_ratio <= 1.2), verdict(cpu_ratio <= 1.2)])
        self.synthetic_export = (b, s, wall_ratio, cpu_ratio, series)
        self.export_rss = s["rss"]

    def load_check(self, synthetic: Path) -> None:
        log("load + check: bundled vs synthetic")
        series = self.alternate({
            "bundled": app_command() + ["check"],
            "synthetic": app_command() + ["check", str(synthetic)],
        })
        self.check_series = series

    def ui(self, bundled_path: Path, synthetic: Path, rows_pack: Path) -> None:
        log(f"Data tab filter on {rows_pack.name}")
        self.filter_result, self.filter_rss = self.probe("filter", rows_pack, self.runs)
        log("slide advance: bundled and synthetic")
        self.advance_bundled, _ = self.probe("advance", bundled_path, max(self.runs, 10))
        self.advance_synth, self.advance_rss = self.probe("advance", synthetic, max(self.runs, 15))
        log("language switch: bundled")
        self.lang_bundled, _ = self.probe("language", bundled_path, self.runs)
        log("language switch: synthetic")
        try:
            self.lang_synth, self.window_rss = self.probe("language", synthetic, self.runs)
        except ChildFailed as exc:
            self.lang_synth, self.window_rss = {"error": str(exc)}, float("nan")
        log("every tab opened once: synthetic")
        try:
            self.tabs_synth, self.tabs_rss = self.probe("tabs", synthetic, 1)
        except ChildFailed as exc:
            self.tabs_synth, self.tabs_rss = {"error": str(exc)}, float("nan")

    def translation(self) -> None:
        """Issue 21's budget: suggestions for 200 texts over a Library of 100 packs in under 1 s."""
        import translate_suggest

        log("translation suggestions: 200 texts over a Library of 100 packs")
        runs = max(7, self.runs)
        run = run_child([PY, str(HERE / "translate_suggest.py"), "--json", "--runs", str(runs)], env=self.env)
        r = json.loads(run.stdout.strip().splitlines()[-1])
        wall, cpu = statistics.median(r["wall"]), statistics.median(r["cpu"])
        self.budgets.append([f"translation suggestions < {translate_suggest.GOAL_S:.0f} s (200 texts, 100 packs)",
                             f"{wall * 1000:,.0f} ms wall, {cpu * 1000:,.0f} ms CPU", "", "",
                             verdict(wall < translate_suggest.GOAL_S), verdict(cpu < translate_suggest.GOAL_S)])
        self.sections.append(translate_suggest.section(r))

    def find(self, synthetic: Path) -> str:
        has_find = subprocess.run(app_command() + ["find", "--help"], env=self.env, capture_output=True).returncode == 0
        if not has_find:
            return ("`briefing-app find` does not exist on this commit, so searching over 100 packs is not measured; "
                    "rerun this benchmark once it is merged.")
        folder = self.work / "library"
        folder.mkdir()
        for i in range(100):
            sub = folder / f"pack-{i:03d}"
            sub.mkdir()
            for f in self.bundled_path.parent.iterdir():
                if f.suffix in (".yaml", ".txt"):
                    shutil.copy(f, sub / f.name)
        bulletins = self.work / "bulletins"
        library_search.copy_packs(bulletins, library_search.BULLETINS, 100)
        try:
            series = self.alternate({"find": app_command() + ["find", "3109", str(folder)],
                                     "series": app_command() + ["series", "gdp", str(bulletins)]})
        except ChildFailed as exc:
            return f"`briefing-app find` exists but `find 3109 FOLDER` or `series gdp FOLDER` failed ({exc}); not measured."
        log("search and series queries over 100 packs")
        r = library_search.measure(100, max(20, self.runs * 4))
        self.budgets.append(["find and series < 200 ms per query over 100 packs (slowest median; loading once "
                             "when the Library opens)", f"{r['slowest']:,.1f} ms", "", "",
                             verdict(r["slowest"] < library_search.GOAL_MS), ""])
        return (f"`briefing-app find 3109 FOLDER` over 100 copies of the bundled pack: wall "
                f"{series['find'].spread('wall', 1000)} ms, CPU {series['find'].spread('cpu', 1000)} ms; "
                f"`briefing-app series gdp FOLDER` over 100 copies of the two bulletins: wall "
                f"{series['series'].spread('wall', 1000)} ms, CPU {series['series'].spread('cpu', 1000)} ms "
                "(both commands load and check every pack first: that is their time).\n\n" + library_search.section(r))

    # --- the report ---------------------------------------------------------------------------------------
    def scaling_section(self, synth_pack, bundled, rows_pack_figures: int, find_text: str) -> str:
        a = self.args
        d = synth_pack.data
        b, s, wall_ratio, cpu_ratio, _series = self.synthetic_export
        chk = self.check_series
        f = self.filter_result
        filt_med = max(statistics.median(f["filter"]), statistics.median(f["clear"]))
        self.budgets.append([f"Data filter < 50 ms on {f['rows']:,} rows (worst of type / clear medians)",
                             f"{filt_med:,.1f} ms", "", "", verdict(filt_med < 50), ""])
        adv = self.advance_synth["advance"]
        self.budgets.append([f"slide advance < 16 ms ({self.advance_synth['slides']:,}-slide synthetic deck, median)",
                             f"{statistics.median(adv):,.1f} ms (max {max(adv):,.1f})", "", "",
                             verdict(statistics.median(adv) < 16), ""])
        peak = max(self.export_rss, self.window_rss if not math.isnan(self.window_rss) else 0)
        self.budgets.append([f"peak memory < 400 MB at {a.copies}× (export and app window processes)",
                             f"{peak:,.0f} MB", "", "", verdict(peak < 400), ""])
        lines = [
            f"## Synthetic pack {a.copies}× (generated, SYNTHETIC)", "",
            f"`bench/synthetic.py` writes the bundled pack {a.copies} times over into a temporary folder "
            f"(ids suffixed, labels marked 合成/synthetic, the article repeated {a.copies} times under its own "
            "headings so every quote stays verbatim); it passes `briefing-app check`. Sections (tabs), the map and "
            "the image captions are kept once. It is never committed: it is regenerated on every run.", "",
            f"| | bundled | synthetic {a.copies}× |", "|---|---:|---:|",
            f"| figures / groups / entities / events / matrices | {len(bundled.data.figures)} / {len(bundled.data.groups)} / "
            f"{len(bundled.data.entities)} / {len(bundled.data.events)} / {len(bundled.data.matrices)} | {len(d.figures):,} / "
            f"{len(d.groups):,} / {len(d.entities):,} / {len(d.events):,} / {len(d.matrices):,} |",
            f"| slides (zh, 16:9) | {b['slides']} | {s['slides']:,} |",
            "",
            "### Load and check", "",
            f"`briefing-app check` (a fresh process each run, {self.runs} alternating runs):", "",
            "| | wall ms | CPU ms | peak RSS MB |", "|---|---:|---:|---:|",
            f"| bundled | {chk['bundled'].spread('wall', 1000)} | {chk['bundled'].spread('cpu', 1000)} | {chk['bundled'].median('maxrss_mb'):.0f} |",
            f"| synthetic {a.copies}× | {chk['synthetic'].spread('wall', 1000)} | {chk['synthetic'].spread('cpu', 1000)} | {chk['synthetic'].median('maxrss_mb'):.0f} |",
            "", f"CPU ratio {chk['synthetic'].median('cpu') / chk['bundled'].median('cpu'):.1f}× for "
            f"{len(d.figures) / len(bundled.data.figures):.0f}× the figures (the fixed cost of starting Python "
            "and importing pydantic is in both).", "",
            "### Export cost per slide", "",
            "`bench/export_probe.py`: the `export` command's function (`export_deck`: load, check, build, write) "
            "timed inside a process whose imports are already done, divided by the slides written; alternated "
            "with the runs above.", "",
            "| | slides | total wall s | per slide wall ms | per slide CPU ms | peak RSS MB |", "|---|---:|---:|---:|---:|---:|",
            f"| bundled | {b['slides']} | {ms(b['total'])} | {ms(b['wall'])} | {ms(b['cpu'])} | {b['rss']:.0f} |",
            f"| synthetic {a.copies}× | {s['slides']:,} | {ms(s['total'])} | {ms(s['wall'])} | {ms(s['cpu'])} | {s['rss']:.0f} |",
            "", f"Per-slide ratio: {wall_ratio:.2f}× wall, {cpu_ratio:.2f}× CPU.", "",
            "### Peak memory", "",
            "`ru_maxrss` of each child process, reaped by `bench/launch.py` with `os.wait4` (exactly that process, not inflated by the benchmark's own size):", "",
            "| process | peak RSS MB |", "|---|---:|",
            f"| export of the synthetic deck (export_probe) | {self.export_rss:,.0f} |",
            f"| main window on the synthetic pack, charts drawn, {self.runs} language switches (ui_probe language) | "
            f"{self.window_rss:,.0f} |",
            f"| main window on the synthetic pack, every tab opened once (ui_probe tabs; not in the budget row, "
            f"which is the window as opened and switched) | {self.tabs_rss:,.0f} |",
            f"| show on the synthetic deck (ui_probe advance) | {self.advance_rss:,.0f} |",
            f"| Data tab with {f['rows']:,} rows (ui_probe filter) | {self.filter_rss:,.0f} |",
            "",
            f"### Data tab filter on {f['rows']:,} rows", "",
            f"The real Data tab (`ui/tabs/data_table.py`) on a synthetic pack of {rows_pack_figures:,} figures, shown "
            "offscreen at 1600×1000. Typing: `setText` on its search box until the table's proxy model has the "
            "expected row count (measured in an untimed pass), then until the table's viewport has painted. "
            f"Clearing brings all {f['rows']:,} rows back. Texts typed in turn: "
            + ", ".join(f"`{k}` → {v:,} rows" for k, v in f["needles"].items()) + ".", "",
            "| | until the proxy is updated, ms | until painted, ms |", "|---|---:|---:|",
            f"| type a search text | {ms(f['filter'])} | {ms(f['filter_painted'])} |",
            f"| clear it (all rows back) | {ms(f['clear'])} | {ms(f['clear_painted'])} |",
            "", *([f"Typing filters after a {TYPING_PAUSE}: the rows above are timed from the end of that pause; "
                   f"from `setText` to the updated proxy, pause included, took {ms(f['filter_typed'])} ms.", ""]
                  if f.get("filter_typed") else []),
            f"Building the tab (model, proxy, view, row heights) took {f['build_ms']:,.0f} ms.", "",
            "### Slide advance in the show", "",
            "A show in a window (`ui/present/show.py`, audience and presenter windows, offscreen); → sent to the "
            "audience window with QTest, timed until the audience canvas's paint event has finished (the canvas's "
            "own paint runs inside a timing event filter). Start slides spread evenly across the deck.", "",
            "| deck | advances | median (min–max) ms | slowest advance lands on a slide of kind |", "|---|---:|---:|---|",
        ]
        for name, r in (("bundled", self.advance_bundled), (f"synthetic {a.copies}×", self.advance_synth)):
            worst = r["kinds"][r["advance"].index(max(r["advance"]))]
            lines.append(f"| {name} ({r['slides']:,} slides) | {len(r['advance'])} | {ms(r['advance'])} | {worst} |")
        lines += ["", "### Language switch", "",
                  "The main window (`MainWindow`, settings not persisted), its charts in view drawn; "
                  "`toggle_language()` timed until the old pages are deleted, the shown tab is rebuilt (the others "
                  "are built when first shown), the charts in its view are drawn and it has painted.", "",
                  "| pack | tabs / charts | open with charts, ms | switch, median (min–max) ms |", "|---|---:|---:|---:|"]
        for name, r in (("bundled", self.lang_bundled), (f"synthetic {a.copies}×", self.lang_synth)):
            if "error" in r:
                lines.append(f"| {name} | | | not measured: {r['error']} |")
            else:
                lines.append(f"| {name} | {r['tabs']} / {r['charts']:,} | {r['open_ms']:,.0f} | {ms(r['switch'])} |")
        for name, r in (("bundled", self.lang_bundled), (f"synthetic {a.copies}×", self.lang_synth)):
            if "rss_mb" in r:
                lines += ["", f"Resident memory of the {name} window after opening, then after each switch (MB): "
                          + ", ".join(f"{v:,.0f}" for v in r["rss_mb"]) + "."]
        t = self.tabs_synth
        lines += ["", f"### Opening every tab ({a.copies}×)", ""]
        if "error" in t:
            lines.append(f"Not measured: {t['error']}")
        else:
            lines += ["Each tab of the synthetic window shown in turn, timed until the charts in its view are drawn "
                      "and it has painted (a tab is built when first shown).", "",
                      "| tab | show, ms | resident MB after |", "|---|---:|---:|"]
            lines += [f"| {k} | {v:,.0f} | {r:,.0f} |" for k, v, r in zip(t["tabs"], t["show_ms"], t["rss_mb"][1:])]
            lines += ["", f"{t['drawn']:,} of {t['charts']:,} charts drawn by the end (the rest wait to be scrolled to)."]
        lines += ["", "### find over 100 packs", "", find_text]
        return "\n".join(lines)

    def rows_pack(self, bundled) -> tuple[int, Path]:
        """The synthetic pack for the Data filter: `--rows` figures, or as many as a pack may hold. Each copy of
        the bundled pack (35 figures with their entities, events and matrices) is ~1,600 YAML nodes, so the node
        limit of bounds.py (200,000) is reached at 125 copies, ~4,400 rows: 10,000 rows cannot be loaded since
        that limit came. The copies are worked out from the nodes of one copy and of two."""
        import yaml

        from briefing_app.bounds import LIMITS

        def nodes(copies: int) -> int:
            text = write_synthetic(self.work / f"count-{copies}", copies).read_text(encoding="utf-8")
            starts = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
            return sum(isinstance(e, starts) for e in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))

        one, two = nodes(1), nodes(2)
        most = (LIMITS.yaml_nodes - (one - (two - one))) // (two - one)
        copies = min(math.ceil(self.args.rows / len(bundled.data.figures)), most)
        if copies == most:
            log(f"the Data filter's pack: {copies} copies, the most a pack may hold ({LIMITS.yaml_nodes:,} YAML nodes)")
        return copies, write_synthetic(self.work / "rows", copies)

    def write(self, started: float, load_start: str, synth_section: str, profile_text: str) -> Path:
        a = self.args
        out = Path(a.out) if a.out else HERE / ("RESULTS-quick.md" if a.quick else "RESULTS.md")
        head = [
            "# Benchmark results", "",
            f"Written by `{' '.join(['.venv/bin/python', 'bench/run.py'] + sys.argv[1:])}` on "
            f"{datetime.now():%Y-%m-%d %H:%M} in {(time.monotonic() - started) / 60:.1f} min "
            f"({'quick' if a.quick else 'full'} run: {self.runs} alternating runs per comparison, synthetic "
            f"pack {a.copies}×). Rerun it after any change; the figures below are from this run only.", "",
            "## Machine", "", "| | |", "|---|---|",
        ]
        head += [f"| {k} | {v} |" for k, v in machine.describe(REPO)]
        head += [f"| load average at start (1 / 5 / 15 min) | {load_start} |",
                 f"| load average at end | {machine.load()} |", "",
                 "The machine is shared with other engineers' test runs: with a load average above the core "
                 "count, wall times stretch and vary run to run, so every comparison is alternated and reported "
                 "with CPU time (user + system of the child process) beside wall time.", "",
                 "## Budgets (issue 12)", "",
                 "Ratios are of medians from this run. Verdicts are given on wall time and on CPU time.", "",
                 "| budget | ours / baseline | ratio (wall) | ratio (CPU) | verdict (wall) | verdict (CPU) |",
                 "|---|---|---:|---:|---|---|"]
        head += ["| " + " | ".join(row) + " |" for row in self.budgets]
        bought = HERE / "what_each_change_bought.md"  # hand-written A/B figures of each applied change
        extra = [bought.read_text(encoding="utf-8").strip()] if bought.exists() else []
        body = "\n\n".join(["\n".join(head)] + extra + self.sections + [synth_section])
        if profile_text:
            body += "\n\n" + profile_text
        body += kept_sections(out)
        out.write_text(body.rstrip() + "\n", encoding="utf-8")
        return out

    def main(self) -> Path:
        started = time.monotonic()
        load_start = machine.load()
        # Byte-code for the app's modules, as an installed copy has (pip compiles it; python-pptx and the
        # other dependencies the baselines import have theirs): with PYTHONDONTWRITEBYTECODE set, every
        # child process would otherwise compile ~45 modules from source, 50–70 ms of each run.
        subprocess.run([PY, "-m", "compileall", "-q", str(REPO / "briefing_app")], check=False)
        from briefing_app.model import load_pack
        from briefing_app.resources import bundled_pack

        self.bundled_path = bundled_pack()
        bundled = load_pack(self.bundled_path)
        log(f"generating the synthetic packs ({self.args.copies}× and ≥{self.args.rows:,} figures) in {self.work}")
        synthetic = write_synthetic(self.work / "synthetic", self.args.copies)
        copies_for_rows, rows_pack = self.rows_pack(bundled)
        synth_pack = load_pack(synthetic)
        self.first_paint(bundled)
        self.exports(synthetic, synth_pack)
        self.load_check(synthetic)
        self.ui(self.bundled_path, synthetic, rows_pack)
        self.translation()
        find_text = self.find(synthetic)
        synth_section = self.scaling_section(synth_pack, bundled, len(bundled.data.figures) * copies_for_rows, find_text)
        profile_text = ""
        if not self.args.quick:
            log("profiles: importtime and cProfile of the first paint and the export")
            import profiles

            analysis = HERE / "where_the_time_goes.md"
            profile_text = "## Where the time goes\n\n"
            if analysis.exists():
                profile_text += analysis.read_text(encoding="utf-8").strip() + "\n\n"
            profile_text += ("The tables below are measured in this run (cProfile's own overhead inflates the "
                             "totals; read the shares).\n\n")
            ten = synthetic if self.args.copies <= 10 else write_synthetic(self.work / "profile10", 10)
            profile_text += profiles.section(self.env, self.work / "prof.pptx", self.bundled_path, ten)
        return self.write(started, load_start, synth_section, profile_text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="synthetic pack 10×, Data filter on 2,000 rows, no profiles (~2 min)")
    parser.add_argument("--runs", type=int, default=5, help="alternating runs per comparison (default 5, at least 5)")
    parser.add_argument("--copies", type=int, help="synthetic pack size (default 100, or 10 with --quick)")
    parser.add_argument("--rows", type=int, help="rows for the Data tab filter (default 10,000, or 2,000 with --quick)")
    parser.add_argument("--out", help="results file (default bench/RESULTS.md, or bench/RESULTS-quick.md)")
    args = parser.parse_args(argv)
    if args.runs < 5:
        parser.error("--runs must be at least 5 (medians of at least 5)")
    args.copies = args.copies or (10 if args.quick else 100)
    args.rows = args.rows or (2_000 if args.quick else DATA_ROWS)
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        try:
            out = Bench(args, Path(tmp)).main()
        except ChildFailed as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
