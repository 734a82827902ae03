"""Every figure, one row each, as CSV (UTF-8 with BOM, so Excel shows Chinese), JSON or XLSX."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..atomic import check_output_path, write_atomically
from ..model import Pack, display, period_text, qualifier_text
from ..model.cells import source_text
from ..model.format import change_word, contribution_word, margin_word, plan_word, share_of

SUFFIXES = (".csv", ".json", ".xlsx")
COLUMNS = ["id", "section", "type", "label_zh", "label_en", "value", "from", "unit", "unit_en", "direction",
           "share_of", "share_of_en", "qualifier", "qualifier_en", "plan", "plan_en", "target_year", "period",
           "period_zh", "scope", "display_zh", "display_en", "quote", "heading", "derived_from",
           # added with the statistics constructs (appended, so older readers' columns keep their places)
           "qualifier_word", "word", "base", "base_en", "than", "than_en", "to", "to_en", "per", "per_en", "parts",
           "parts_en", "series"]


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
            "quote": source_text(fig, "zh"),  # a table cell's citation: its row line alone says no column
            "heading": pack.heading_of(fig.quote),
            "derived_from": " ".join(fig.derived.from_) if fig.derived else None,
            "qualifier_word": getattr(fig, "qualifier", None),
            "word": _word(fig),
            **_pair(fig, "base"), **_pair(fig, "than"), **_pair(fig, "to"), **_pair(fig, "per"),
            "parts": " : ".join(p.zh for p in fig.parts) if getattr(fig, "parts", None) else None,
            "parts_en": " : ".join(p.en for p in fig.parts) if getattr(fig, "parts", None) else None,
            "series": fig.series,
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
    return _write(figure_rows(pack), COLUMNS, "figures", path)


#: One row per point of a series (deck/series.py), in time order.
SERIES_COLUMNS = ["series", "period", "period_zh", "scope", "scope_zh", "value", "unit", "qualifier",
                  "series_value", "series_unit", "status", "not_on_chart", "display_zh", "display_en", "label_zh",
                  "label_en", "quote", "heading", "article", "article_en", "pack", "figure_id"]


def series_rows(series) -> list[dict]:
    """Each point with its article's own value and unit, the value in the series' unit (exact conversions
    only; empty when the point is not on the chart), its mark (revised / superseded / repeated) and quote."""
    from ..deck.series_slide import STATUS_WORDS
    from ..deck.words import word

    rows = []
    for p in series.points:
        fig, a = p.figure, p.pack.data.article
        rows.append({
            "series": series.key, "period": p.period("en"), "period_zh": p.period("zh"), "scope": p.scope("en"),
            "scope_zh": p.scope("zh"), "value": fig.value, "unit": getattr(fig, "unit", None),
            "qualifier": qualifier_text(fig, "en"),
            "series_value": float(p.value) if p.value is not None else None,
            "series_unit": series.unit if p.value is not None else None,
            "status": word(STATUS_WORDS[p.status], "en") if p.status else None,
            "not_on_chart": word("off_" + p.off_chart, "en") if p.off_chart else None,
            "display_zh": display(fig, "zh", exact=True), "display_en": display(fig, "en", exact=True), "label_zh": fig.label.zh,
            "label_en": fig.label.en, "quote": source_text(fig, "zh"), "heading": p.pack.heading_of(fig.quote),
            "article": a.title, "article_en": a.title_en, "pack": p.pack.path.name, "figure_id": fig.id,
        })
    return rows


def write_series(series, path: Path) -> int:
    """Write a series' points as CSV, JSON or XLSX; returns the number of rows."""
    return _write(series_rows(series), SERIES_COLUMNS, series.key[:31], path)


def _write(rows: list[dict], columns: list[str], sheet: str, path: Path) -> int:
    path = check_output_path(Path(path), SUFFIXES)
    writer = {".csv": _csv, ".json": _json, ".xlsx": _xlsx}[path.suffix.lower()]
    table = {} if columns is COLUMNS else {"columns": columns, "sheet_title": sheet}
    write_atomically(path, lambda tmp: writer(rows, tmp, **table))
    return len(rows)


def _csv(rows: list[dict], path: Path, columns: list[str] = COLUMNS, sheet_title: str = "") -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.DictWriter(f, fieldnames=columns)
        out.writeheader()
        out.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)


def _json(rows: list[dict], path: Path, columns: list[str] = COLUMNS, sheet_title: str = "") -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _xlsx(rows: list[dict], path: Path, columns: list[str] = COLUMNS, sheet_title: str = "figures") -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title
    sheet.append(columns)
    for row in rows:
        sheet.append([row[c] for c in columns])
    sheet.freeze_panes = "A2"
    book.save(path)
