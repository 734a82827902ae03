"""Leave one city out: how good the English suggestions are on a drafted pack of an article whose city the
Library has never seen.

For each test article: draft it (as `briefing-app draft` does, without filling any English), suggest English
for every figure label and section title with a Library made of every other city's hand-made packs (and the
bundled pack, unless it is the test article), and judge each suggestion against the English the person wrote
in the hand-made pack of the same article (briefing_app/translate/measure.py says how).

Run `python -m tests.translate.cities [--packs DIR…] [--misses N]` for the table and the misses; extra
folders (e.g. the qichuan bulletins of another branch) join as cities of their own, named by their folder
without the year. tests/translate/test_quality.py keeps the measured figures as floors.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import yaml

from briefing_app.draft import draft_file
from briefing_app.model import load_pack
from briefing_app.model.problems import PackError
from briefing_app.model.schema import PackData
from briefing_app.translate.measure import Score, judged_texts
from briefing_app.translate.suggest import Suggester
from tests.conftest import BUNDLED, ROOT

PACKS = ROOT / "tests" / "packs"
#: Every realistic hand-made pack of the repository (hostile is not an article about a place).
REPO = {"chengchuan": ["chengchuan/chengchuan.yaml"], "qingcen": ["qingcen/qingcen-2023.yaml", "qingcen/qingcen-2024.yaml"],
        "lanjiang": ["lanjiang/lanjiang.yaml"], "qinglan": ["qinglan/qinglan.yaml"], "haiyu": ["haiyu/haiyu.yaml"],
        "yunling": ["yunling/yunling.yaml"], "riverton": ["fictional/riverton.yaml"], "xiqiao": ["xiqiao/xiqiao.yaml"]}


@dataclass
class Article:
    city: str
    hand: object  # a Pack, or a stand-in with path, data and article for a pack this branch cannot load
    path: Path


def _load(path: Path):
    """The hand-made pack; one written for a newer format is read without the keys this branch lacks
    (`cell`) so that its English still counts."""
    try:
        return load_pack(path)
    except PackError:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for fig in raw.get("figures", []):
            fig.pop("cell", None)
        data = PackData.model_validate(raw)
        return SimpleNamespace(path=path, data=data,
                               article=(path.parent / data.article.file).read_text(encoding="utf-8"))


def articles(extra: list[Path] = ()) -> list[Article]:
    found = [Article(city, _load(PACKS / rel), PACKS / rel) for city, rels in REPO.items() for rel in rels]
    found.append(Article("songjiang", load_pack(BUNDLED), BUNDLED))
    for folder in extra:
        for path in sorted(Path(folder).glob("*.yaml")) or sorted(Path(folder).glob("*/*.yaml")):
            city = re.sub(r"-?\d{4}$", "", path.stem)
            found.append(Article(city, _load(path), path))
    return found


def drafted(article: Article, folder: Path):
    """The drafted pack of the article (written to `folder` and loaded as `check` would)."""
    source = article.path.parent / article.hand.data.article.file
    copy = folder / source.name
    copy.write_bytes(source.read_bytes())
    result = draft_file(copy)
    target = folder / (article.path.stem + ".draft.yaml")
    target.write_text(result.yaml, encoding="utf-8")
    return load_pack(target)


def measure(article: Article, everything: list[Article]) -> Score:
    library = [a.hand for a in everything if a.city != article.city]
    with tempfile.TemporaryDirectory() as tmp:
        pack = drafted(article, Path(tmp))
        suggester = Suggester.for_pack(pack, library)
        score = Score()
        for text, human, human_zh in judged_texts(pack, article.hand.data, article.hand.article):
            score.add(text.zh, suggester.suggest(text.zh), human, human_zh)
    return score


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packs", type=Path, action="append", default=[], help="more hand-made packs")
    parser.add_argument("--misses", type=int, default=0, help="misses and uncovered texts to print per article")
    parser.add_argument("--only", action="append", default=[], help="only these test articles (file stems)")
    args = parser.parse_args(argv)
    everything = articles(args.packs)
    total = Score()
    print(f"{'article':<16}{'texts':>6}{'suggested':>10}{'coverage':>9}{'judged':>7}{'no edit':>8}{'rate':>6}"
          f"{'same zh':>9}{'rate':>6}")
    for article in everything:
        if args.only and article.path.stem not in args.only:
            continue
        s = measure(article, everything)
        for name in ("texts", "suggested", "judged", "same", "same_words", "judged_same_zh", "no_edit_same_zh"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        print(_row(article.path.stem, s))
        for line in (s.misses[:args.misses] + [f"uncovered: {u}" for u in s.uncovered[:args.misses]]):
            print("    " + line)
    print(_row("all", total))


def _row(name: str, s: Score) -> str:
    same_zh = s.no_edit_same_zh / s.judged_same_zh if s.judged_same_zh else 0.0
    return (f"{name:<16}{s.texts:>6}{s.suggested:>10}{s.coverage:>9.0%}{s.judged:>7}{s.same + s.same_words:>8}"
            f"{s.no_edit:>6.0%}{s.judged_same_zh:>9}{same_zh:>6.0%}")


if __name__ == "__main__":
    main()
