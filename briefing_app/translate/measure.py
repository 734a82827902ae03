"""How good the suggestions are, measured against packs a person translated: coverage (texts that get a
suggestion) and the share of suggestions that need no edit.

"No edit" is judged two ways against the person's English: `same` — identical once case, articles,
punctuation, hyphens, plurals and British or American spelling are set aside; `same_words` — the same content words in any order
("Output of new-energy vehicles" / "New-energy vehicle output"). Anything else counts as needing an edit,
even where both are good English: the figures are a floor, and the misses are listed to be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .words import STOP, content_words, singular

JUDGED = ("figure label", "section title")


#: British and American spellings of one word are the same word (urbanisation/urbanization, centre/center).
_SPELLING = ((re.compile(r"(?<=[a-z]{3})is(ation|e|ed|es|ing)\b"), r"iz\1"), (re.compile(r"(?<=[a-z])our\b"), "or"),
             (re.compile(r"(?<=[a-z]{2})tre(s?)\b"), r"ter\1"), (re.compile(r"ll(ed|ing)\b"), r"l\1"))


def _spelled(text: str) -> str:
    text = text.lower()
    for pattern, replacement in _SPELLING:
        text = pattern.sub(replacement, text)
    return text


def plain(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", _spelled(text).replace("'s", ""))
    return " ".join(singular(w) for w in words if w not in STOP)


def verdict(suggested: str, human: str) -> str:
    if plain(suggested) == plain(human):
        return "same"
    if content_words(_spelled(suggested)) == content_words(_spelled(human)):
        return "same_words"
    return "edit"


@dataclass
class Score:
    texts: int = 0
    suggested: int = 0
    judged: int = 0
    same: int = 0
    same_words: int = 0
    #: Of those judged, the ones whose Chinese is the hand-made pack's too (the drafter wrote the label the
    #: person did): their no-edit rate is the translation's alone, the drafter's labels aside.
    judged_same_zh: int = 0
    no_edit_same_zh: int = 0
    misses: list[str] = field(default_factory=list)  # suggestion ≠ human English
    uncovered: list[str] = field(default_factory=list)  # no suggestion
    by_origin: dict[str, int] = field(default_factory=dict)

    def add(self, zh: str, suggestion, human: str | None, human_zh: str | None = None) -> None:
        self.texts += 1
        if suggestion is None:
            self.uncovered.append(zh)
            return
        self.suggested += 1
        origin = suggestion.origin.split(",")[0].removeprefix("from ").split(" ")[0]
        origin = "memory" if origin.endswith(".yaml") and "," not in suggestion.origin else (
            "fuzzy" if origin.endswith(".yaml") else origin)
        self.by_origin[origin] = self.by_origin.get(origin, 0) + 1
        if human is None:
            return
        self.judged += 1
        v = verdict(suggestion.en, human)
        if human_zh is not None and human_zh.strip() == zh.strip():
            self.judged_same_zh += 1
            self.no_edit_same_zh += v != "edit"
        if v == "same":
            self.same += 1
        elif v == "same_words":
            self.same_words += 1
        else:
            self.misses.append(f"{zh}: suggested {suggestion.en!r} ({suggestion.origin}), person wrote {human!r}")

    @property
    def coverage(self) -> float:
        return self.suggested / self.texts if self.texts else 0.0

    @property
    def no_edit(self) -> float:
        return (self.same + self.same_words) / self.judged if self.judged else 0.0

    def __str__(self) -> str:
        return (f"{self.suggested}/{self.texts} suggested ({self.coverage:.0%}); of {self.judged} judged, "
                f"{self.same} same + {self.same_words} same words = {self.no_edit:.0%} need no edit; "
                f"origins {self.by_origin}")


def judged_texts(drafted, hand, article: str) -> list[tuple[object, str | None, str | None]]:
    """The drafted pack's untranslated figure labels and section titles (texts.Text), each with the English and
    Chinese a person gave the same thing in the hand-made pack of the same article (None, None when the
    hand-made pack has no such figure). A drafted figure is the hand-made one with its value and an overlapping quote
    (draft.measure); a drafted section is the hand-made section holding most of its figures (or one with the
    same Chinese title)."""
    from collections import Counter

    from ..draft.measure import matches
    from .texts import untranslated_texts

    figures = {id(d): h for h, d in matches(drafted.data.figures, hand.figures, article) if d is not None}
    by_title = {s.title.zh: s for s in hand.sections}
    hand_section = {s.id: s for s in hand.sections}
    votes: dict[str, Counter] = {}
    for d in drafted.data.figures:
        if id(d) in figures:
            votes.setdefault(d.section, Counter())[figures[id(d)].section] += 1
    out = []
    for text in untranslated_texts(drafted, where=False):
        if text.kind not in JUDGED:
            continue
        item = drafted.data.figures[text.owner[1]] if text.kind == "figure label" else drafted.data.sections[
            text.owner[1]]
        if text.kind == "figure label":
            human = figures[id(item)].label if id(item) in figures else None
        else:
            same = by_title.get(item.title.zh)
            vote = votes.get(item.id)
            same = same or (hand_section[vote.most_common(1)[0][0]] if vote else None)
            human = same.title if same else None
        out.append((text, human.en if human else None, human.zh if human else None))
    return out
