"""Rebuild the bundled CJK font subsets and `assets/fonts/coverage.txt` (a developer tool, not run by the app).

Source: Debian's fonts-noto-cjk (Noto Sans CJK SC, OFL). Each weight keeps the whole CJK Unified Ideographs
block U+4E00–9FFF (every code point the source font has there), CJK symbols and punctuation U+3000–303F,
half-width and full-width forms U+FF00–FFEF, GB2312 (its symbols and kana), ASCII, Latin-1 and Latin
Extended-A, general punctuation, arrows, the few symbols the app draws, and every character of the article,
the packs and the code under seeds/, tests/ and briefing_app/. Regular and bold get the same characters.

Then writes coverage.txt: the union of the code points that BOTH weights of a bundled family map (so a
character listed there renders in regular and bold), one hex range per line (`4E00-9FEF`, or `00A9` for a
single code point) after two `#` comment lines. `briefing-app check` reads it to warn about characters no bundled font covers.

Run from the repository root: `python packaging/make_font_subsets.py` (needs fonttools and fonts-noto-cjk).
`python packaging/make_font_subsets.py --coverage-only` rewrites coverage.txt from the fonts as they are.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "assets" / "fonts"
SOURCES = {"Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
           "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"}
#: Regular and bold file of each bundled family, as briefing_app/resources.py names them.
FAMILIES = (("NotoSansSC-Regular-subset.otf", "NotoSansSC-Bold-subset.otf"),
            ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"))
BLOCKS = ((0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x2190, 0x21FF),
          (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))


def gb2312() -> set[int]:
    codes = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                codes.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return codes


def wanted() -> set[int]:
    codes = gb2312() | {c for lo, hi in BLOCKS for c in range(lo, hi + 1)}
    codes |= {ord(c) for c in "²³×÷±≈≤≥→←↑↓▸▶◀●○■□•…─│✓✔"}
    for folder in (ROOT / "seeds", ROOT / "tests", ROOT / "briefing_app"):
        for path in folder.rglob("*"):
            if path.suffix in (".txt", ".yaml", ".py", ".md"):
                codes |= {ord(c) for c in path.read_text(encoding="utf-8")}
    return {c for c in codes if unicodedata.category(chr(c)) not in ("Cc", "Cs", "Co")}


def subset() -> None:
    codes = wanted()
    for weight, source in SOURCES.items():
        font = next(f for f in TTCollection(source).fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
        options = Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.layout_features = ["*"]
        options.hinting = False
        subsetter = Subsetter(options)
        subsetter.populate(unicodes=sorted(codes))
        subsetter.subset(font)
        out = FONTS / f"NotoSansSC-{weight}-subset.otf"
        font.save(out)
        print(f"{out.name}: {out.stat().st_size:,} bytes, {len(font.getBestCmap()):,} code points")


def ranges(codes: set[int]) -> list[str]:
    lines, ordered = [], sorted(codes)
    start = prev = ordered[0]
    for code in ordered[1:] + [None]:
        if code is not None and code == prev + 1:
            prev = code
            continue
        lines.append(f"{start:04X}" if start == prev else f"{start:04X}-{prev:04X}")
        if code is not None:
            start = prev = code
    return lines


def write_coverage() -> None:
    covered: set[int] = set()
    for regular, bold in FAMILIES:
        covered |= set(TTFont(FONTS / regular).getBestCmap()) & set(TTFont(FONTS / bold).getBestCmap())
    lines = ranges({c for c in covered if c >= 0x20})
    header = ["# Code points both weights (regular and bold) of a bundled font family map, as hex ranges FIRST-LAST.",
              "# Made from the fonts in this folder by packaging/make_font_subsets.py; not edited by hand."]
    (FONTS / "coverage.txt").write_text("\n".join(header + lines) + "\n", encoding="ascii")
    print(f"coverage.txt: {len(covered):,} code points in {len(lines)} ranges")


if __name__ == "__main__":
    if "--coverage-only" not in sys.argv[1:]:
        subset()
    write_coverage()
