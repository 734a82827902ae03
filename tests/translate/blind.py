"""Suggestions on articles nobody on the team had seen, judged by people: each text's careful English by a
translator who saw neither the suggestions nor the termbase, and, where a suggestion differed from it, a
reviewer's verdict on that suggestion (ok: usable as it is; edit: with the reason).

tests/translate/blind/STEM.md is the article, STEM.csv the judgements: `zh`, `k` (which occurrence of that
Chinese among the draft's figure labels and section titles), `reference`, `candidate`, `verdict`, `reason`.
A suggestion needs no edit when it is the reference once case, articles, plurals, order and spelling are set
aside (measure.verdict), or when it is the very candidate a reviewer judged ok. Any other suggestion, one no
person has judged included, counts as an edit: the figures are floors.

`python -m tests.translate.blind [--misses]` prints the table (and the edits with their reasons).
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.draft import draft_file
from briefing_app.model import load_pack
from briefing_app.translate.measure import JUDGED, verdict
from briefing_app.translate.suggest import Suggester
from briefing_app.translate.texts import untranslated_texts
from tests.translate import cities

BLIND = Path(__file__).parent / "blind"
#: Every hand-made pack of the repository is the Library (none is of a blind article's city).
LIBRARY_EXTRA = [*sorted(p for p in cities.PACKS.glob("qichuan-*") if p.is_dir()),
                 Path(__file__).parents[1] / "draft" / "heldout"]


@dataclass
class Blind:
    texts: int = 0
    suggested: int = 0
    judged: int = 0  # suggestions with a person's reference
    no_edit: int = 0
    edits: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)


def judgements(stem: str) -> dict[tuple[str, int], dict]:
    with open(BLIND / f"{stem}.csv", encoding="utf-8", newline="") as f:
        return {(row["zh"], int(row["k"])): row for row in csv.DictReader(f)}


def drafted_texts(stem: str):
    """The drafted pack, and its figure labels and section titles, each with its occurrence number among equal
    Chinese."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / f"{stem}.md"
        copy.write_bytes((BLIND / f"{stem}.md").read_bytes())
        target = Path(tmp) / f"{stem}.yaml"
        target.write_text(draft_file(copy).yaml, encoding="utf-8")
        pack = load_pack(target)
    seen: dict[str, int] = {}
    out = []
    for text in untranslated_texts(pack, where=False):
        if text.kind in JUDGED:
            out.append((text.zh, seen.get(text.zh, 0)))
            seen[text.zh] = seen.get(text.zh, 0) + 1
    return pack, out


def measure(stem: str, library: list) -> Blind:
    pack, texts = drafted_texts(stem)
    people = judgements(stem)
    suggester = Suggester.for_pack(pack, library)
    score = Blind()
    for zh, k in texts:
        score.texts += 1
        suggestion = suggester.suggest(zh)
        if suggestion is None:
            score.uncovered.append(zh)
            continue
        score.suggested += 1
        row = people.get((zh, k))
        if row is None:
            continue
        score.judged += 1
        judged_ok = row["candidate"] == suggestion.en and row["verdict"] == "ok"
        if judged_ok or verdict(suggestion.en, row["reference"]) != "edit":
            score.no_edit += 1
        else:
            reason = row["reason"] if row["candidate"] == suggestion.en else "not judged"
            score.edits.append(f"{zh}: {suggestion.en!r} ({suggestion.origin}); reference {row['reference']!r}"
                               f" — {reason}")
    return score


def library() -> list:
    return [a.hand for a in cities.articles(LIBRARY_EXTRA)]


def stems() -> list[str]:
    return sorted(p.stem for p in BLIND.glob("*.csv"))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="print the edits and the uncovered texts")
    args = parser.parse_args(argv)
    packs = library()
    print(f"{'article':<18}{'texts':>6}{'suggested':>10}{'coverage':>9}{'judged':>7}{'no edit':>8}{'rate':>6}")
    for stem in stems():
        s = measure(stem, packs)
        print(f"{stem:<18}{s.texts:>6}{s.suggested:>10}{s.suggested / s.texts:>9.0%}{s.judged:>7}{s.no_edit:>8}"
              f"{s.no_edit / max(s.judged, 1):>6.0%}")
        if args.misses:
            for line in s.edits + [f"uncovered: {u}" for u in s.uncovered]:
                print("    " + line)


if __name__ == "__main__":
    main()
