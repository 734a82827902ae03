"""Converting and drafting the articles people are sent (issue 19): a 20-page PDF and a 50-page Word file.

    .venv/bin/python bench/conversion.py [--runs 5]      # writes its section of bench/RESULTS.md

Each file is made at run time (python-docx; the PDF through LibreOffice) from the bundled article and a test
article repeated as numbered chapters, with a table per chapter; pages are counted in LibreOffice's PDF.
Timed in child processes, alternating (bench/measure.py), median of `--runs` with min–max:
- `briefing-app draft FILE`: the whole command (convert, draft, write the Markdown and the pack);
- `convert(FILE)`: our conversion alone;
- the library alone: pdfplumber's `extract_text()` of every page / python-docx's text of every paragraph
  and table cell — what the conversion is built on, without reading order, headers, tables or footnotes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import machine  # noqa: E402
from measure import alternate  # noqa: E402

from tests.sources.make_files import docx_from_markdown, soffice, to_pdfs  # noqa: E402

PY = sys.executable
LOAD = ""
SECTION = "## Converting and drafting articles (issue 19)"
ARTICLES = [REPO / "seeds" / "000_54ee800359b404e4.txt", REPO / "tests" / "packs" / "lanjiang" / "lanjiang.txt"]
TABLE = [["指标", "2023年", "比上年增长（%）"], ["地区生产总值（亿元）", "1286.5", "6.8"], ["规模以上工业企业（家）", "1633", "5.1"]]


def long_article(chapters: int) -> str:
    """Numbered chapters of the two articles' sections (headings demoted one level), under one title."""
    bodies = []
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        bodies.append(re.sub(r"^# .*$", "", text, count=1, flags=re.M).strip())
    out = ["# 区域经济发展情况汇编（基准测试用）"]
    for n in range(chapters):
        out.append(f"## 第{n + 1}章")
        body = re.sub(r"^## ", "### ", bodies[n % 2], flags=re.M)
        # each chapter its own numbers (years kept), so its clauses are not copies of another chapter's
        out.append(re.sub(r"(?<![\d.])(\d+)(\.\d+)?(?![\d.]|年)", lambda m: str(int(m.group(1)) + n // 2 * 7)
                          + (m.group(2) or ""), body))
    return "\n\n".join(out) + "\n"


def pages(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)


def make(folder: Path, target_pages: int, name: str) -> tuple[Path, Path, int]:
    """(docx, pdf, pages) of about `target_pages` pages as LibreOffice lays them out."""
    chapters = max(1, target_pages // 3)
    for _ in range(6):
        word = docx_from_markdown(long_article(chapters), folder / f"{name}.docx", table=TABLE,
                                  table_caption="单位：亿元", footnote=("总数居上海第一", "数据来自区统计局。"),
                                  header="汇编（内部资料）")
        pdf = to_pdfs([word], folder)[word]
        count = pages(pdf)
        if target_pages <= count <= target_pages + 1:
            break
        chapters = max(1, round(chapters * target_pages / count) + (1 if count < target_pages else 0))
    return word, pdf, count


def contenders(path: Path, work: Path) -> dict[str, list[str]]:
    copy = work / ("draft-" + path.name)
    shutil.copy(path, copy)
    library = ("import pdfplumber\nwith pdfplumber.open(%r) as d:\n    t = [p.extract_text() for p in d.pages]"
               if path.suffix == ".pdf" else
               "import docx\nd = docx.Document(%r)\nt = [p.text for p in d.paragraphs] + "
               "[c.text for x in d.tables for r in x.rows for c in r.cells]") % str(path)
    app = Path(PY).parent / "briefing-app"
    return {
        "briefing-app draft": [str(app) if app.exists() else PY, *([] if app.exists() else ["-m", "briefing_app"]),
                               "draft", str(copy), "--force"],
        "convert() alone": [PY, "-c", f"from briefing_app.sources import convert; convert({str(path)!r})"],
        ("pdfplumber" if path.suffix == ".pdf" else "python-docx") + " alone": [PY, "-c", library],
    }


def report(results: dict, sizes: dict, runs: int) -> str:
    lines = [SECTION, "",
             f"`python bench/conversion.py --runs {runs}` on {datetime.now():%d %b %Y, %H:%M}; median of {runs} "
             "runs (min–max), each a fresh process (imports included), alternating; load average before: "
             f"{LOAD}; commit {machine._commit(REPO).split()[0]}; python-docx {machine._version('python-docx')}, "
             f"pdfplumber {machine._version('pdfplumber')}, pdfminer.six {machine._version('pdfminer.six')}.", ""]
    for label, series in results.items():
        lines += [f"**{label}** ({sizes[label]})", "",
                  "| what | wall s | CPU s | peak RSS MB |", "|---|---|---|---|"]
        for name, s in series.items():
            lines.append(f"| {name} | {s.spread('wall', digits=2)} | {s.spread('cpu', digits=2)} | "
                         f"{s.median('maxrss_mb'):.0f} |")
        draft, ours, library = (s.median("cpu") for s in series.values())
        lines += ["", f"CPU: our conversion takes {ours / library:.2f}× the library alone; drafting adds "
                      f"{draft - ours:.2f} s.", ""]
    return "\n".join(lines)


def write_section(text: str) -> None:
    results = HERE / "RESULTS.md"
    old = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    if SECTION in old:
        start = old.index(SECTION)
        nxt = old.find("\n## ", start + len(SECTION))
        old = old[:start] + old[nxt + 1:] if nxt >= 0 else old[:start]
    results.write_text(old.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not soffice():
        print("LibreOffice (soffice) is needed to make the PDF", file=sys.stderr)
        return 1
    global LOAD
    LOAD = machine.load()
    with tempfile.TemporaryDirectory(prefix="bench-conversion-") as tmp:
        work = Path(tmp)
        _, pdf, pdf_pages = make(work, 20, "twenty")
        word, _, word_pages = make(work, 50, "fifty")
        results, sizes = {}, {}
        for label, path, count in (("20-page PDF", pdf, pdf_pages), ("50-page Word file", word, word_pages)):
            print(f"{label}: {path.stat().st_size / 1024:.0f} kB, {count} pages", file=sys.stderr)
            results[label] = alternate(contenders(path, work), args.runs,
                                       progress=lambda m: print(m, file=sys.stderr, flush=True))
            sizes[label] = f"{count} pages as LibreOffice lays them out, {path.stat().st_size / 1024:.0f} kB"
    text = report(results, sizes, args.runs)
    write_section(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
