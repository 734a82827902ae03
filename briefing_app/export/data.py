"""Every figure, one row each, as CSV (UTF-8 with BOM, so Excel shows Chinese), JSON or XLSX."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..atomic import check_output_path, write_atomically
from ..model import Pack, display, period_text, qualifier_text
from ..model.format import change_word, contribution_word, margin_word, plan_word, share_of

SUFFIXES = (".csv", ".json", ".xlsx")
COLUMNS = ["id", "section", "type", "label_zh", "label_en", "value", "from", "unit", "unit_en", "direction",
           "share_of", "share_of_en", "qualifier", "qualifier_en", "plan", "plan_en", "target_year", "period",
           "period_zh", "scope", "display_zh", "display_en", "quote", "heading", "derived_from",
           # added with the statistics constructs (appended, so older readers' columns keep their places)
           "qualifier_word", "word", "base", "base_en", "than", "than_en", "to", "to_en", "per", "per_en", "parts",
           "parts_en"]


def figure_rows(pack: Pack) -> list[dict]:
    """One dict per figure with the COLUMNS keys, in pack order."""
    rows = []
    for fig in pack.data.figures:
        rows.append({
            "id": fig.id,
            "section": fig.section,
            "type": fig.type,
            "label_zh": fig.label.zh,
            "label_en": fig.label.en,
            "value": fig.value,
            "from": getattr(fig, "from_", None),
            "unit": getattr(fig, "unit", None),
            "unit_en": getattr(fig, "unit_en", None),
            "direction": getattr(fig, "direction", None),
            "share_of": share_of(fig, "zh"),
            "share_of_en": share_of(fig, "en"),
            "qualifier": qualifier_text(fig, "zh"),
            "qualifier_en": qualifier_text(fig, "en"),
            "plan": getattr(fig, "plan", None),
            "plan_en": plan_word(fig, "en") or None,
            "target_year": getattr(fig, "target_year", None),
            "period": period_text(fig.period, "en"),
            "period_zh": period_text(fig.period, "zh"),
            "scope": fig.scope,
            "display_zh": display(fig, "zh", exact=True),
            "display_en": display(fig, "en", exact=True),
            "quote": fig.quote,
            "heading": pack.heading_of(fig.quote),
            "derived_from": " ".join(fig.derived.from_) if fig.derived else None,
            "qualifier_word": getattr(fig, "qualifier", None),
            "word": _word(fig),
            **_pair(fig, "base"), **_pair(fig, "than"), **_pair(fig, "to"), **_pair(fig, "per"),
            "parts": " : ".join(p.zh for p in fig.parts) if getattr(fig, "parts", None) else None,
            "parts_en": " : ".join(p.en for p in fig.parts) if getattr(fig, "parts", None) else None,
        })
    return rows


def _word(fig) -> str | None:
    """The article's verb or comparison word as the displays use it (上涨, 净增, 高于, 拉动…)."""
    words = {"change": change_word, "margin": margin_word, "contribution": contribution_word}
    return words[fig.type](fig) if fig.type in words else None


def _pair(fig, key: str) -> dict:
    pair = getattr(fig, key, None)
    return {key: pair.zh if pair else None, f"{key}_en": pair.en if pair else None}


def write_figures(pack: Pack, path: Path) -> int:
    """Write the table; the format follows the file name. Returns the number of rows."""
    path = check_output_path(Path(path), SUFFIXES)
    rows = figure_rows(pack)
    writer = {".csv": _csv, ".json": _json, ".xlsx": _xlsx}[path.suffix.lower()]
    write_atomically(path, lambda tmp: writer(rows, tmp))
    return len(rows)


def _csv(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.DictWriter(f, fieldnames=COLUMNS)
        out.writeheader()
        out.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)


def _json(rows: list[dict], path: Path) -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _xlsx(rows: list[dict], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "figures"
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append([row[c] for c in COLUMNS])
    sheet.freeze_panes = "A2"
    book.save(path)
