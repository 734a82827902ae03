"""Translation suggestions benchmark: 200 untranslated texts of a drafted pack, suggested over a Library of
100 packs (issue 21: under 1 s).

    python bench/translate_suggest.py [--packs 100] [--texts 200] [--runs 7] [--json]

`bench/run.py` runs it in a child process (`--json`: one JSON line with every run's times) and writes its
section and budget row into bench/RESULTS.md.

The Library is the repository's hand-made packs (the bundled one and tests/packs/*), loaded once, then
repeated to 100 packs with every Chinese text marked by its copy (合成 AB…), so the memory holds 100 packs'
worth of distinct texts (about 17,000) as a real Library would, instead of 100 copies collapsing into one.
Loading the packs is the Library's cost when it opens (bench/library_search.py times it); timed here is
what the Translate view and `translate --suggest` do on top: build the memory, then suggest for every text
(termbase, exact and fuzzy memory, composition). The texts are those a drafted two-article report leaves
untranslated. Median and min-max of `--runs` runs, wall and CPU time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import copy_code  # noqa: E402
from briefing_app.draft import draft_file  # noqa: E402
from briefing_app.model import load_pack  # noqa: E402
from briefing_app.resources import bundled_pack  # noqa: E402
from briefing_app.translate.memory import Memory, Unit, pairs  # noqa: E402
from briefing_app.translate.suggest import Suggester  # noqa: E402
from briefing_app.translate.texts import untranslated_texts  # noqa: E402

PACKS = ROOT / "tests" / "packs"


def library_units(count: int) -> list[Unit]:
    sources = [load_pack(bundled_pack())] + [load_pack(p) for p in sorted(PACKS.glob("*/*.yaml"))
                                               if p.parent.name != "hostile"]
    base = [(zh, en, pack.path.name) for pack in sources for zh, en in pairs(pack.data)]
    units = []
    for k in range(count // len(sources) + 1):
        code = copy_code(k)
        units += [Unit(f"{zh}（合成{code}）" if k else zh, en, f"{k}-{name}") for zh, en, name in base]
    return units[: count * len(base) // len(sources)]


def drafted_texts(limit: int):
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "report.txt"
        article.write_text((PACKS / "qinglan" / "qinglan.txt").read_text(encoding="utf-8") + "\n"
                           + (PACKS / "yunling" / "yunling.md").read_text(encoding="utf-8"), encoding="utf-8")
        (Path(tmp) / "report.yaml").write_text(draft_file(article).yaml, encoding="utf-8")
        pack = load_pack(Path(tmp) / "report.yaml")
        return pack, untranslated_texts(pack, where=False)[:limit]


GOAL_S = 1.0  # issue 21: suggestions for 200 texts over a Library of 100 packs


def measure(packs: int = 100, texts: int = 200, runs: int = 7) -> dict:
    """Every run's wall and CPU seconds, with what was measured."""
    units = library_units(packs)
    pack, chosen = drafted_texts(texts)
    Suggester(Memory(units[:10])).suggest("规模以上工业增加值增长")  # termbase loaded once, as in the app
    walls, cpus, found = [], [], 0
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        suggester = Suggester(Memory(units))
        found = sum(suggester.suggest_text(pack, t) is not None for t in chosen)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return {"packs": packs, "texts": len(chosen), "memory": len(Memory(units)), "found": found,
            "wall": walls, "cpu": cpus}


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:,.0f} ms ({min(values) * 1000:,.0f}–{max(values) * 1000:,.0f})"


def section(r: dict) -> str:
    """The results file's section for one measurement."""
    return "\n".join([
        "## Translation suggestions (issue 21)", "",
        f"`bench/translate_suggest.py`, in its own process: {r['texts']} untranslated texts of a drafted two-article "
        f"report, suggested over a Library of {r['packs']} packs ({r['memory']:,} distinct Chinese texts in the "
        "memory): building the memory, then termbase, exact and fuzzy memory (rapidfuzz), composition and place "
        f"names for every text. {len(r['wall'])} runs after a warm-up; median (min–max). Budget: under "
        f"{GOAL_S:.0f} s.", "",
        "| measure | median (min–max) |", "|---|---:|",
        f"| wall time | {_ms(r['wall'])} |", f"| CPU time | {_ms(r['cpu'])} |", "",
        f"{r['found']} of the {r['texts']} texts got a suggestion."])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=100)
    parser.add_argument("--texts", type=int, default=200)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON line (for bench/run.py)")
    args = parser.parse_args()
    r = measure(args.packs, args.texts, args.runs)
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"{r['texts']} texts over {r['packs']} packs ({r['memory']:,} distinct Chinese texts in the memory): "
          f"{r['found']} suggested")
    for name in ("wall", "cpu"):
        print(f"  {name}: median {_ms(r[name])}, {len(r[name])} runs")
    ok = statistics.median(r["wall"]) < GOAL_S
    print(f"budget < {GOAL_S:.0f} s: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
