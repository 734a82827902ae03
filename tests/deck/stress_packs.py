"""Packs that `check` accepts but that push every layout: long texts, many figures, big matrices, huge numbers.

Generated from the bundled and the fictional pack by a seeded random generator (lengths up to twice the
limits in model/limits.py, figures copied with new ids, matrix rows and columns multiplied, 13-digit
values with their quote added to the article), so a failure names its seed and can be replayed.
"""

from __future__ import annotations

import copy
import random
import shutil
from pathlib import Path

import yaml

from briefing_app.model.limits import max_chars

from ..conftest import BUNDLED, FICTIONAL

BASES = {"bundled": BUNDLED, "fictional": FICTIONAL}
ZH_TEXT = "长三角科创走廊先进制造业集群高质量发展示范区建设2024年3月4日新增约196亿元重点项目开工"
EN_WORDS = ("advanced manufacturing cluster demonstration zone for high-quality development of "
            "specialised sophisticated little giant firms 2,800,000 m² CNY 19.6 billion Phase II "
            "internationalisation").split()


def text(rng: random.Random, field: str, stretch: float) -> dict:
    """A {zh, en} pair of random length up to `stretch` × the field's limit."""
    zh_n = max(1, int(rng.uniform(0.2, stretch) * max_chars(field, "zh")))
    en_n = max(1, int(rng.uniform(0.2, stretch) * max_chars(field, "en")))
    start = rng.randrange(len(ZH_TEXT))
    zh = ((ZH_TEXT * (zh_n // len(ZH_TEXT) + 2))[start:start + zh_n])
    words: list[str] = []
    while len(" ".join(words)) < en_n:
        words.append(rng.choice(EN_WORDS))
    return {"zh": zh, "en": " ".join(words)[:en_n].strip() or "x"}


def _grow_figures(rng, d, count):
    """`count` copies of existing figures (same quote, new id) in one section, loose or in a group."""
    section = rng.choice(d["sections"])["id"]
    groups = [g for g in d.get("groups", []) if g["section"] == section]
    grouped = rng.random() < 0.5 and groups
    group = rng.choice(groups)["id"] if grouped else None
    sources = [f for f in d["figures"] if (f.get("group") == group if group else True)]
    for i in range(count):
        f = copy.deepcopy(rng.choice(sources))
        f["id"] = f"stress-{i}"
        f["section"] = section
        f.pop("headline", None)
        if group:
            f["group"] = group
        else:
            f.pop("group", None)
        d["figures"].append(f)
    # a group's members must share one section: drop those whose section no longer matches
    keep = {g["id"]: g["section"] for g in d.get("groups", [])}
    for f in d["figures"]:
        if f.get("group") and keep.get(f["group"]) != f["section"]:
            f.pop("group")


#: Texts `mutate` may replace: collection → (key, kind of text, chance), in the order the generator draws them.
RETEXTED = (("sections", (("title", "title", 0.5), ("message", "message", 0.5))),
            ("groups", (("message", "message", 0.4),)),
            ("figures", (("label", "label", 0.4), ("note", "note", 0.2))),
            ("events", (("title", "event_title", 0.5), ("detail", "note", 0.3))),
            ("entities", (("name", "name", 0.3),)))


def mutate(d: dict, rng: random.Random, article_extra: list[str]) -> dict:
    stretch = rng.choice((1.0, 1.0, 2.0))
    pick = lambda p: rng.random() < p  # noqa: E731
    if pick(0.5):
        d["title"] = text(rng, "title", stretch)
        d["subtitle"] = text(rng, "message", stretch)
    for collection, fields in RETEXTED:
        for item in d.get(collection, []):
            for key, kind, chance in fields:
                if pick(chance):
                    item[key] = text(rng, kind, stretch)
    if d.get("map") and pick(0.5):
        for p in d["map"]["places"]:
            if pick(0.5):
                p["name"] = text(rng, "name", stretch)
    for m in d.get("matrices", []):
        if pick(0.6):
            m["rows"] = [text(rng, "name", stretch) for _ in range(rng.randint(1, 16))]
            m["columns"] = [text(rng, "name", stretch) for _ in range(rng.randint(1, 10))]
            m["cell"] = text(rng, "name", stretch)
    if pick(0.3):
        for _ in range(rng.choice((1, 3, 25))):
            d["sections"].append({"id": f"extra-{len(d['sections'])}", "title": text(rng, "title", stretch),
                                  "message": text(rng, "message", stretch)})
    if pick(0.5):
        _grow_figures(rng, d, rng.choice((1, 5, 12, 40)))
    if pick(0.4):
        for f in d["figures"]:
            if (f.get("type", "quantity") == "quantity" and f.get("qualifier", "exact") == "exact"
                    and not f.get("plan") and "from" not in f and pick(0.5)):
                f["value"] = rng.choice((1234567890123, 9999999999999, 1000000000000))
                f["quote"] = f"达{f['value']}{f['unit']}"
                article_extra.append(f["quote"])
    return d


def stress_pack(seed: int, tmp: Path) -> Path:
    """Write the pack for `seed` (and its article) under `tmp`; returns the pack file."""
    rng = random.Random(seed)
    base = BASES["bundled" if seed % 3 else "fictional"]
    d = yaml.safe_load(base.read_text(encoding="utf-8"))
    extra: list[str] = []
    mutate(d, rng, extra)
    tmp.mkdir(parents=True, exist_ok=True)
    article = base.parent / d["article"]["file"]
    shutil.copy(article, tmp / article.name)
    with open(tmp / article.name, "a", encoding="utf-8") as f:  # the numbers the generated texts mention
        f.write("\n" + "。".join([ZH_TEXT, " ".join(EN_WORDS)] + extra) + "。\n")
    path = tmp / base.name
    path.write_text(yaml.dump(d, allow_unicode=True, Dumper=_NoAliases), encoding="utf-8")
    return path


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True
