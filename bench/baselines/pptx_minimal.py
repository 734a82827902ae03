"""Baseline for the export: the least python-pptx code that writes the same slides, texts and native charts.

    python bench/baselines/pptx_minimal.py SPEC.json OUT.pptx

SPEC.json comes from bench/deck_spec.py (our slide model, dumped before timing starts), so this script
imports nothing of the app: only json and python-pptx, with its plain object API (add_textbox, text
frames and runs, add_chart with CategoryChartData, add_table, notes).
"""

import json
import sys

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Pt

spec = json.loads(open(sys.argv[1], encoding="utf-8").read())
prs = Presentation()
prs.slide_width, prs.slide_height = Pt(spec["width"]), Pt(spec["height"])
blank = prs.slide_layouts[6]
for s in spec["slides"]:
    slide = prs.slides.add_slide(blank)
    shapes = slide.shapes
    for x, y, w, h, size, bold, lines in s["texts"]:
        frame = shapes.add_textbox(Pt(x), Pt(y), Pt(w), Pt(h)).text_frame
        frame.word_wrap = True
        for i, line in enumerate(lines):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            run = para.add_run()
            run.text = line
            run.font.size = Pt(size)
            run.font.bold = bold
    for c in s["charts"]:
        data = CategoryChartData(number_format=c["number_format"])
        data.categories = c["categories"]
        for name, values in c["series"]:
            data.add_series(name or " ", values)
        x, y, w, h = c["box"]
        chart = shapes.add_chart(getattr(XL_CHART_TYPE, c["type"]), Pt(x), Pt(y), Pt(w), Pt(h), data).chart
        chart.plots[0].has_data_labels = True
    for t in s["tables"]:
        cells = t["cells"]
        x, y, w, h = t["box"]
        table = shapes.add_table(len(cells), len(cells[0]), Pt(x), Pt(y), Pt(w), Pt(h)).table
        for r, row in enumerate(cells):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    slide.notes_slide.notes_text_frame.text = s["notes"]
prs.save(sys.argv[2])
