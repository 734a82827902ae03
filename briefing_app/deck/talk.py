"""A talk: one meeting's deck built on one pack, or several, without changing them (`briefing-talk/1`).

    format: briefing-talk/1
    pack: songjiang-g60.yaml        # optional, relative to the talk; default the bundled pack
    packs: {sj: songjiang-g60.yaml, q24: bulletins/qingcen-2024.yaml}   # or several packs (instead of pack)
    title: {zh: …, en: …}           # optional: the talk's own title line (several packs)
    occasion: {zh: …, en: …}
    date: 2026-12-03
    presenter: {zh: …, en: …}       # optional
    minutes: 15
    lang: en
    slides: [summary, industry, …]  # slide ids in order; omitted = the default deck
    appendix: [sources, …]
    closing: {zh: …, en: …}         # optional

Slide ids are the pack's section, group, map and matrix ids, `entities` for the named firms and
institutions of every section (`<section>-entities` for one section's alone), and `title`, `summary`,
`agenda`, `timeline`, `sources`; `series:KEY` is one indicator over its figures' periods (deck/series_slide.py).
With `packs`, a pack's slides are `key:slide-id` (`q24:overview`), and `title`, `summary`, `agenda` and
`sources` are the talk's own: its title line and occasion, the messages of the sections it shows, its parts
(one per pack), every article; `series:KEY` then draws the indicator over all the talk's packs. A pack id
that one of these, or an earlier block, already has is qualified by its slide kind (`timeline-kpis`,
`energy-chart`). Every problem is a `FILE:LINE: field: message` line, like `check`'s.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from ..model.problems import PackError, Problem
from ..model.yamlfile import parse_yaml, read_text
from ..typography.script import has_cjk

FORMAT = "briefing-talk/1"
KEYS = ("format", "pack", "packs", "title", "occasion", "date", "presenter", "minutes", "lang", "slides", "appendix",
        "closing")
#: The talk's own slides when it has several packs (a pack's own are `key:title`…).
TALK_SLIDES = ("title", "summary", "agenda", "sources")
SERIES_PREFIX = "series:"
PACK_KEY = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Talk:
    path: Path
    pack: Path | None  # None: the bundled pack
    occasion: dict[str, str] | None
    date: str | None  # ISO date
    presenter: dict[str, str] | None
    minutes: int | None
    lang: str | None
    slides: tuple[str, ...] | None
    appendix: tuple[str, ...] | None
    closing: dict[str, str] | None
    _lines: dict  # ("slides", i) → line, for unknown-id messages
    packs: dict[str, Path] | None = None  # key → pack file: a talk over several packs (ids `key:slide-id`)
    title: dict[str, str] | None = None  # the talk's own title line

    @classmethod
    def of(cls, path: Path | None = None, **fields) -> Talk:
        """A talk made in code (the Talk view's draft, a default deck): every field not given is unset."""
        given = {name: None for name in ("pack", "occasion", "date", "presenter", "minutes", "lang", "slides",
                                         "appendix", "closing")}
        return cls(path=path or Path("talk.yaml"), **(given | {"_lines": {}} | fields))

    @property
    def several(self) -> bool:
        """Whether the talk is over several packs (its ids are prefixed), not one."""
        return self.packs is not None

    def series_keys(self) -> list[str]:
        """The series the talk shows (`series:KEY` ids), in order."""
        ids = list(self.slides or ()) + list(self.appendix or ())
        return list(dict.fromkeys(i[len(SERIES_PREFIX):] for i in ids if i.startswith(SERIES_PREFIX)))

    def text(self, field: str, lang: str) -> str | None:
        """The field in `lang`; else the other language's text, unless that would put Chinese on an
        English slide (a Chinese-only occasion or closing line is left off the English deck)."""
        value = getattr(self, field) or {}
        other = value.get("zh" if lang == "en" else "en")
        if value.get(lang):
            return value[lang]
        return other if other and not (lang == "en" and has_cjk(other)) else None

    def line_of(self, key: str, index: int | None = None) -> int:
        return self._lines.get((key, index), self._lines.get((key, None), 1))

    def check_ids(self, known) -> None:
        """PackError naming the line of every slide id the deck does not have."""
        known = list(known)
        series = [k for k in known if k.startswith(SERIES_PREFIX)]
        known = [k for k in known if not k.startswith(SERIES_PREFIX)]
        problems = []
        for key in ("slides", "appendix"):
            for i, slide_id in enumerate(getattr(self, key) or ()):
                if slide_id.startswith(SERIES_PREFIX) and slide_id not in series:
                    message = (f"no figure of the talk's packs names the series {slide_id[len(SERIES_PREFIX):]!r}; "
                               + (f"the series are: {', '.join(series)}" if series else "none names a series"))
                elif slide_id not in known and not slide_id.startswith(SERIES_PREFIX):
                    message = f"no slide has the id {slide_id!r}; the ids are: {', '.join(known)}"
                else:
                    continue
                problems.append(Problem(str(self.path), self.line_of(key, i), f"{key}[{i}]", message))
        if problems:
            raise PackError(problems)


def _bilingual(value, key, problem):
    if value is None:
        return None
    if isinstance(value, str):
        return {"zh": value, "en": value}
    if isinstance(value, dict) and set(value) <= {"zh", "en"} and value and all(isinstance(v, str) for v in value.values()):
        return dict(value)
    problem(key, "should be text, or {zh: …, en: …}")
    return None


def load_talk(path: Path) -> Talk:
    """Read and check a talk file (not yet its slide ids: those depend on the pack, see `Talk.check_ids`)."""
    path = Path(path)
    label = str(path)
    data, lines = parse_yaml(read_text(path, label, "talk"), label)
    problems: list[Problem] = []

    def problem(key, message, index=None):
        loc = key if isinstance(key, tuple) else (key,) if index is None else (key, index)
        line, dotted = lines.locate(loc)
        problems.append(Problem(label, line, dotted, message))

    if not isinstance(data, dict):
        raise PackError([Problem(label, 1, "(file)", f"a talk is a mapping that starts with format: {FORMAT}")])
    for key in data:
        if key not in KEYS:
            problem(key, f"unknown key; a talk has: {', '.join(KEYS)}")
    if data.get("format") != FORMAT:
        problem("format", f"should be {FORMAT}")
    date = data.get("date")
    if date is not None:
        try:
            datetime.date.fromisoformat(str(date))
        except ValueError:
            problem("date", f"{date!r} is not a date; write it as year-month-day, e.g. 2026-12-03")
    minutes = data.get("minutes")
    if minutes is not None and (not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 600):
        problem("minutes", "should be a whole number of minutes from 1 to 600")
    lang = data.get("lang")
    if lang is not None and lang not in ("zh", "en"):
        problem("lang", "should be zh or en")
    ids = {}
    where = {}
    for key in ("slides", "appendix"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problem(key, "should be a list of slide ids, e.g. [summary, industry]")
            continue
        ids[key] = tuple(value)
        where[(key, None)] = lines.locate((key,))[0]
        for i in range(len(value)):
            where[(key, i)] = lines.locate((key, i))[0]
    pack = data.get("pack")
    if pack is not None and not isinstance(pack, str):
        problem("pack", "should be the pack file's path, relative to the talk")
    packs = _packs(data.get("packs"), problem)
    if packs is not None and pack is not None:
        problem("packs", "give either pack (one pack) or packs (several), not both")
    texts = {key: _bilingual(data.get(key), key, problem) for key in ("title", "occasion", "presenter", "closing")}
    if problems:
        raise PackError(problems)
    for key in (packs or {}):
        where[("packs", key)] = lines.locate(("packs", key))[0]
    return Talk(path=path, pack=(path.parent / pack) if isinstance(pack, str) else None,
                occasion=texts["occasion"], date=str(date) if date is not None else None,
                presenter=texts["presenter"], minutes=minutes, lang=lang, slides=ids.get("slides"),
                appendix=ids.get("appendix"), closing=texts["closing"], _lines=where,
                packs={k: path.parent / v for k, v in packs.items()} if packs is not None else None,
                title=texts["title"])


def _packs(value, problem) -> dict[str, str] | None:
    """`packs:` as {key: relative path}: keys name the packs in slide ids (`q24:overview`)."""
    if value is None:
        return None
    if not isinstance(value, dict) or not value:
        problem("packs", "should be a mapping of keys to pack files, e.g. {q24: qingcen-2024.yaml, sj: songjiang-g60.yaml}")
        return None
    for key, file in value.items():
        if not isinstance(key, str) or not PACK_KEY.fullmatch(key) or key == SERIES_PREFIX[:-1]:
            problem("packs", f"{key!r} is not a pack key: lower-case letters a-z, digits and hyphens (not 'series'), "
                             "e.g. q24")
        elif not isinstance(file, str):
            problem(("packs", key), "should be the pack file's path, relative to the talk")
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def talk_inputs(talk_path: Path | None, pack: Path | None, lang: str | None) -> tuple[Talk | None, Path | None, str]:
    """(talk, pack, lang) for a command: the pack and lang given on the command line win over the talk's."""
    talk = load_talk(talk_path) if talk_path is not None else None
    if talk is not None:
        pack = pack if pack is not None else talk.pack
        lang = lang or talk.lang
    return talk, pack, lang or "zh"
