"""The PowerPoint writer: draws a `deck.slides.Deck` with python-pptx, plus lxml for what python-pptx lacks.

One concept per module: `text` (runs, East Asian fonts, languages), `shapes` (boxes, lines, dots, tables),
`charts` (native charts), `theme` (theme fonts), `package` (template, slide size, notes master, part
order, core properties, byte-identical zips), `writer` (the drawing loop) and `pdf` (LibreOffice).
"""
