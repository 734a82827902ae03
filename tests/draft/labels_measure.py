"""Labels a person must rewrite, counted over every drafted test article.

A drafted figure's Chinese label should name the indicator (规上工业企业总数, 高新技术企业净增). It must be
rewritten when it is only a generic word (总数, 增长, 排名…), has lost its subject (占全部投资的比重, 增速排名),
carries the figure's own number (达到2036家), keeps a verb or list word of the sentence (分别达到, 由…的比重),
names a share twice (…的比重的比重, 占…的占比) or stops mid-phrase (年度目标任务的).
The rules here are written from those cases, independently of the drafter's own (briefing_app/draft/labels.py),
so that the drafter cannot pass by sharing a mistake with its measure.

`python -m tests.draft.labels_measure` drafts every article of tests/packs/* and the bundled one and prints
each such label with its reason and quote, then the count; tests/draft/test_labels.py keeps the count as a
ceiling.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefing_app.draft import draft
from tests.conftest import ROOT, SEEDS

#: Words that name no indicator on their own: a total, a rate, a rank, a share, a change.
GENERIC = {"总数", "总量", "总额", "总计", "合计", "累计", "数量", "增速", "增幅", "增量", "比重", "占比", "比例", "排名",
           "位次", "名次", "的", "和", "及", "与", "、", "）", ")", "其中", "同比", "名义", "实际", "当月", "全年", "涨幅",
           "降幅", "跌幅", "两年平均"}
#: What a change, rank or share label adds after its subject (X增长, X排名, X的比重).
ADDED = re.compile(r"(?:增长|下降|提高|增加|减少|净增|净减|回落|加快|放缓|上升|上涨|下跌|降低|缩小|扩大|收窄|持平|变化|"
                   r"排名|占比|的?比重|与\S+比较)+$")
#: Starts with the words after a subject, so the subject is missing: 占全部投资的比重, 增速排名, 比8月份加快.
NO_SUBJECT = re.compile(r"^(?:约?占|同比|与|(?:比|较)(?:上|去|年|同|全|前|\d|[一二三四]季度)|增速|增幅|总数|总量|数量|合计|"
                        r"总计)")
#: A verb or list word of the sentence left in the label.
VERB = re.compile(r"分别|达到|(?:由|从)(?:的|$)|(?:由|从)\S*的比重|(?:达|为|是|由|从|至|到|实现)$|(?<![人亩户])均$|"
                  r"^(?:共|现)?有(?![效色机线关限序])")
#: A share named twice: …的比重的比重, 占…的占比.
DOUBLED = re.compile(r"比重\S*(?:比重|占比)$|占比占比|占\S+的占比$|的的")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _number_text(value) -> set[str]:
    """The forms the figure's own number takes in a label (2036, 112.6; 5 also as 5.0)."""
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, (int, float)):
        forms = {repr(value)}
        if float(value).is_integer():
            forms |= {str(int(value)), f"{value:.1f}"}
        return forms
    return set(NUMBER.findall(str(value)))


def why_bad(label: str, value) -> str | None:
    """The reason a person would rewrite this label, or None."""
    head = ADDED.sub("", label)
    if not label or head in GENERIC or not head:
        return "generic"
    if NO_SUBJECT.search(label):
        return "no subject"
    if _number_text(value) & set(NUMBER.findall(label)):
        return "own number"
    if VERB.search(label):
        return "verb"
    if DOUBLED.search(label):
        return "doubled"
    if label.endswith("的"):
        return "fragment"
    return None


@dataclass(frozen=True)
class Bad:
    article: str
    label: str
    why: str
    quote: str

    def __str__(self) -> str:
        return f"{self.article}: {self.label} ({self.why}) ← {self.quote[:60]}"


def articles() -> list[Path]:
    """Every article of tests/packs/* (as its hand-made packs name them) and the bundled one."""
    found = []
    for pack in sorted((ROOT / "tests" / "packs").glob("*/*.yaml")):
        raw = yaml.safe_load(pack.read_text(encoding="utf-8"))
        found.append(pack.parent / raw["article"]["file"])
    found.append(SEEDS / "000_54ee800359b404e4.txt")
    return list(dict.fromkeys(found))


def bad_labels(figures: list[dict], article: str) -> list[Bad]:
    return [Bad(article, f["label"]["zh"], why, f["quote"]) for f in figures
            if (why := why_bad(f["label"]["zh"], f.get("value")))]


def measure() -> list[Bad]:
    bad = []
    for path in articles():
        result = draft(path.read_text(encoding="utf-8"), path.name)
        bad += bad_labels(result.pack["figures"], path.stem)
    return bad


def main() -> None:
    bad = measure()
    for b in bad:
        print(b)
    by_why = {}
    for b in bad:
        by_why[b.why] = by_why.get(b.why, 0) + 1
    print(f"{len(bad)} labels to rewrite: " + ", ".join(f"{n} {why}" for why, n in sorted(by_why.items())),
          file=sys.stderr)


if __name__ == "__main__":
    main()
