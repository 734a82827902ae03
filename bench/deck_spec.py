"""What the minimal python-pptx baseline has to write, taken from our slide model (untimed, in the parent).

The spec is plain JSON so the baseline script needs nothing but python-pptx to read it: per slide, every
text box (the model's text items plus the footer's source line and number) with its lines, size and
weight; every native chart with its type, categories, series and number format; every table's cells;
the speaker notes. Rectangles, lines and dots are decoration and are left out, as the issue's baseline
("the same slides, texts and native charts") leaves them out.
"""

from __future__ import annotations

import json
from pathlib import Path


def deck_spec(pack_path: Path | None, lang: str = "zh", aspect: str = "16:9") -> dict:
    from briefing_app.deck.build import build_deck
    from briefing_app.deck.slides import Chart, Table, TextBox
    from briefing_app.export.pptx.native_charts import chart_type
    from briefing_app.model import load_pack

    deck = build_deck(load_pack(pack_path), lang=lang, aspect=aspect)
    slides = []
    for slide in deck.slides:
        texts, charts, tables = [], [], []
        for item in slide.items:
            if isinstance(item, TextBox):
                b = item.box
                texts.append([b.x, b.y, b.w, b.h, item.size, item.bold, list(item.lines)])
            elif isinstance(item, Chart):
                charts.append({"box": [item.box.x, item.box.y, item.box.w, item.box.h],
                               "type": chart_type(item).name, "categories": list(item.categories),
                               "series": [[name, list(item.values(i))]
                                          for i, name in enumerate(item.series_names or ("",))],
                               "number_format": item.number_format})
            elif isinstance(item, Table):
                header = [item.corner] + ["\n".join(c) for c in item.columns]
                body = [["\n".join(r)] + [item.cell] * len(item.columns) for r in item.rows]
                tables.append({"box": [item.box.x, item.box.y, item.box.w, item.box.h], "cells": [header] + body})
        if slide.has_footer:
            for box, text in ((deck.footer_source, deck.footer_text(slide)), (deck.footer_number, str(slide.number))):
                texts.append([box.x, box.y, box.w, box.h, deck.footer_size, False, [text]])
        slides.append({"texts": texts, "charts": charts, "tables": tables, "notes": slide.notes})
    return {"width": deck.width, "height": deck.height, "slides": slides}


def counts(spec: dict) -> dict[str, int]:
    """How much the spec holds: slides, text boxes, charts, tables (for the results' description)."""
    s = spec["slides"]
    return {"slides": len(s), "text boxes": sum(len(x["texts"]) for x in s),
            "charts": sum(len(x["charts"]) for x in s), "tables": sum(len(x["tables"]) for x in s)}


def write_spec(pack_path: Path | None, out: Path, lang: str = "zh") -> dict:
    spec = deck_spec(pack_path, lang)
    out.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    return spec
