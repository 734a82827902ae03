"""Reading the expected periods written for the test articles in tests/draft/articles/, and scoring a draft
against them.

Each `NAME.periods` file holds, after `#` comments and `@key value` lines (what the document is: @report,
@scope, @source), one figure a line: a passage that occurs once in the article with the figure's number in
[brackets], ` => `, the period as YAML (`{year: 2024}`), and optionally ` target=2025` (its target year).
A drafted figure is the expected one when its quote covers the bracketed number and its value is that
number (a fall's size or its signed value alike).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from briefing_app.draft.numbers import zh_numeral

ARTICLES = Path(__file__).resolve().parent / "articles"


@dataclass
class Expected:
    anchor: str
    at: int  # offset of the number in the article
    number: str  # as written between the brackets
    period: dict
    target: int | None


@dataclass
class Expectations:
    article: str
    meta: dict
    figures: list[Expected]


def article_path(name: str) -> Path:
    return next(p for p in ARTICLES.iterdir() if p.stem == name and p.suffix in (".md", ".txt"))


def read(name: str) -> Expectations:
    article = article_path(name).read_text(encoding="utf-8")
    meta, figures = {}, []
    for line in (ARTICLES / f"{name}.periods").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            meta[key] = yaml.safe_load(value) if value.startswith("{") else value
            continue
        anchor, _, rest = line.partition(" => ")
        m = re.fullmatch(r"(\{.*\})(?: target=(\d{4}))?", rest.strip())
        assert m, line
        plain = anchor.replace("[", "").replace("]", "")
        assert article.count(plain) == 1, f"{name}: {anchor!r} must occur once in the article"
        number = anchor[anchor.index("[") + 1:anchor.index("]")]
        at = article.index(plain) + anchor.index("[")
        target = int(m.group(2)) if m.group(2) else None
        figures.append(Expected(anchor, at, number, yaml.safe_load(m.group(1)), target))
    return Expectations(article, meta, figures)


def _same_value(fig: dict, number: str) -> bool:
    value = fig.get("value")
    if isinstance(value, str) or ":" in number:
        return str(value).replace("：", ":") == number
    if value is None:
        return False
    expected = zh_numeral(number) if zh_numeral(number) is not None else float(number)
    return abs(float(value)) == abs(float(expected))


def _covers(article: str, quote: str, at: int, length: int) -> bool:
    start = article.find(quote)
    while start >= 0:
        if start <= at and at + length <= start + len(quote):
            return True
        start = article.find(quote, start + 1)
    return False


@dataclass
class PeriodScore:
    expected: int
    found: int = 0
    right: int = 0
    targets: int = 0  # expected figures with a target year that were found
    targets_right: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.found if self.found else 1.0

    def __str__(self) -> str:
        return (f"period right {self.right}/{self.found} = {self.accuracy:.1%} of the figures found "
                f"({self.found}/{self.expected} found); target year right {self.targets_right}/{self.targets}")


def score(expectations: Expectations, figures: list[dict]) -> PeriodScore:
    """How many expected figures the draft has, and of those how many have the expected period."""
    result = PeriodScore(expected=len(expectations.figures))
    unused = list(figures)
    for exp in expectations.figures:
        match = next((f for f in unused if _same_value(f, exp.number)
                      and _covers(expectations.article, f["quote"], exp.at, len(exp.number))), None)
        if match is None:
            result.missed.append(exp.anchor)
            continue
        unused.remove(match)
        result.found += 1
        if match["period"] == exp.period:
            result.right += 1
        else:
            result.wrong.append(f"{exp.anchor}: drafted {match['period']}, expected {exp.period}")
        if exp.target is not None:
            result.targets += 1
            if match.get("target_year") == exp.target:
                result.targets_right += 1
            else:
                result.wrong.append(f"{exp.anchor}: target year {match.get('target_year')}, expected {exp.target}")
    return result
