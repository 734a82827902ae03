"""Rebuild the bundled CJK font subsets from Debian's fonts-noto-cjk (a developer tool, not run by the app).

Keeps GB2312 (the 6,763 common Simplified Chinese characters and its symbols), ASCII, Latin-1,
general punctuation and arrows, and every character of the article and packs under seeds/ and tests/,
so every character the app shows is covered. Needs fonttools: `pip install fonttools`.
"""

from pathlib import Path

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = {"Regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
           "Bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"}


def gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def wanted() -> str:
    chars = gb2312() | {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x180)}
    chars |= {chr(c) for c in range(0x2000, 0x2070)} | {chr(c) for c in range(0x2190, 0x21FF)}
    chars |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF00, 0xFFF0)}
    chars |= set("²³×÷±≈≤≥→←↑↓▸▶◀●○■□•…─│✓✔")
    for folder in (ROOT / "seeds", ROOT / "tests", ROOT / "briefing_app"):
        for path in folder.rglob("*"):
            if path.suffix in (".txt", ".yaml", ".py", ".md"):
                chars |= set(path.read_text(encoding="utf-8"))
    return "".join(sorted(c for c in chars if c.isprintable() or c == " "))


def main() -> None:
    text = wanted()
    for weight, source in SOURCES.items():
        collection = TTCollection(source)
        font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
        options = Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.layout_features = ["*"]
        options.hinting = False
        subsetter = Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        out = HERE / f"NotoSansSC-{weight}-subset.otf"
        font.save(out)
        print(out.name, out.stat().st_size // 1024, "KiB,", len(text), "characters")


if __name__ == "__main__":
    main()
