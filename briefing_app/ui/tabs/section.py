"""A tab for one pack section: its groups (charts and cards), other figures, map, named entities,
events, matrices and picture captions — all derived from the pack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ...deck.chart_spec import is_composition
from ...deck.figure_plan import plan_group, plan_loose
from ...deck.words import named_kinds
from ...i18n import punctuation
from ...model.cells import source_text
from ..context import ViewContext
from ..strings import tr
from ..widgets import (
    CardGrid,
    ClickCard,
    FigureCard,
    LazyPlot,
    Page,
    block,
    header,
    label,
    plain_label,
    plain_tooltip,
)
from .timeline import event_card

COLUMNS = 4
HALF_MIN = 430  # below two of these side by side, paired groups stack


def chart_slot(ctx: ViewContext, item) -> LazyPlot:
    """A lazily-filled chart; pyqtgraph is imported only when the slot is filled."""
    n = len(item.figures)

    def factory():
        from .. import chart_widgets as charts

        return charts.make_chart(ctx, item.kind, item.figures)

    if item.kind == "composition":
        n = len(item.figures[0].terms)
    height = ctx.px(90 + 70 * n) if item.kind in ("bars", "composition") else ctx.px(90 + 84 * n)
    slot = LazyPlot(ctx, factory, height, name=" / ".join(f.label(ctx.lang) for f in item.figures))
    slot.figure_ids = tuple(f.id for f in item.figures)  # so a search hit can land on its chart
    return slot


def equal_chart_heights(blocks: list[QWidget]) -> None:
    """Charts side by side get one height (the tallest's), so a pair reads as a pair."""
    slots = [slot for b in blocks for slot in b.findChildren(LazyPlot)]
    if len(slots) >= 2 and len(slots) == len(blocks):
        height = max(slot.height() for slot in slots)
        for slot in slots:
            slot.setFixedHeight(height)


def add_items(ctx: ViewContext, grid: CardGrid, items, carded: frozenset = frozenset()) -> None:
    """Cards and charts; `carded`: figures whose card is already on the page (the overview's headlines)."""
    for item in items:
        if item.kind == "card":
            grid.add(FigureCard(ctx, item.figures[0]))
        elif item.kind == "composition":  # the ratio as written on its card, its parts charted beside it
            if item.figures[0].id not in carded:
                grid.add(FigureCard(ctx, item.figures[0]))
            grid.add(chart_slot(ctx, item), span=2)
        else:
            grid.add(chart_slot(ctx, item), span=2)


def map_block(ctx: ViewContext, spec) -> QWidget:
    def factory():
        from .. import map_view

        return map_view.MapView(ctx, spec)

    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(LazyPlot(ctx, factory, ctx.px(460), name=spec.title(ctx.lang)))
    source = label(ctx, tr("map_source", ctx.lang) + spec.reference(ctx.lang), 10, color=ctx.theme.muted,
                   name="map-reference")
    layout.addWidget(source)
    return block(ctx, spec.title(ctx.lang), body, name="map")


def entity_block(ctx: ViewContext, entities) -> QWidget:
    """Named firms and institutions, listed under the figure they belong to (or their own line)."""
    pack, lang, t = ctx.pack, ctx.lang, ctx.theme
    grid = CardGrid(ctx, columns=2)
    order: list[str | None] = []
    by_figure: dict[str | None, list] = {}
    for e in entities:
        if e.figure not in by_figure:
            order.append(e.figure)
        by_figure.setdefault(e.figure, []).append(e)
    for fig_id in order:
        names = by_figure[fig_id]
        if fig_id is None:
            for e in names:
                card = ClickCard(ctx, e.quote, accent=t.accent2)
                lay = QVBoxLayout(card)
                lay.addWidget(label(ctx, e.name(lang), 13, bold=True, name="entity-name"))
                card.setAccessibleName(e.name(lang))
                card.setToolTip(plain_tooltip(tr("click_source", lang)))
                grid.add(card)
            continue
        from ...model import display

        fig = pack.figure(fig_id)
        card = ClickCard(ctx, source_text(fig, lang), accent=t.accent2)
        lay = QVBoxLayout(card)
        lay.addWidget(label(ctx, f"{fig.label(lang)} — {display(fig, lang)}", 11, color=t.muted))
        sep = punctuation(lang).list_sep
        names_label = label(ctx, sep.join(e.name(lang) for e in names), 13, bold=True, name="entity-name")
        lay.addWidget(names_label)
        card.setAccessibleName(sep.join(e.name(lang) for e in names))
        card.setToolTip(plain_tooltip(tr("click_source", lang)))
        grid.add(card)
    return block(ctx, tr("named", lang, what=named_kinds(entities, lang)), grid, name="entities")


def matrix_block(ctx: ViewContext, matrix) -> QWidget:
    lang, t = ctx.lang, ctx.theme
    card = ClickCard(ctx, matrix.quote, accent=t.accent)
    grid = QGridLayout(card)
    grid.setSpacing(ctx.px(4))
    for c, col in enumerate(matrix.columns, start=1):
        head = label(ctx, col(lang), 11, bold=True, name="matrix-column")
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(head, 0, c)
    for r, row in enumerate(matrix.rows, start=1):
        grid.addWidget(label(ctx, row(lang), 11, bold=True, name="matrix-row"), r, 0)
        for c in range(1, len(matrix.columns) + 1):
            cell = plain_label("✓ " + matrix.cell(lang))
            cell.setWordWrap(True)
            cell.setFont(ctx.font(10))
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setStyleSheet(f"background: {t.highlight}; color: {t.text}; border-radius: {ctx.px(3)}px;"
                               f" padding: {ctx.px(5)}px;")
            grid.addWidget(cell, r, c)
    card.setAccessibleName(matrix.title(lang))
    card.setToolTip(plain_tooltip(tr("click_source", lang)))
    return block(ctx, matrix.title(lang), card, name="matrix")


def image_block(ctx: ViewContext, images) -> QWidget:
    """Captions only: the article's pictures are not in the pack, so none are invented."""
    lang, t = ctx.lang, ctx.theme
    grid = CardGrid(ctx, columns=3)
    for image in images:
        card = ClickCard(ctx, image.quote, accent=t.muted)
        lay = QVBoxLayout(card)
        lay.addWidget(label(ctx, image.caption(lang), 12, name="image-caption"))
        card.setAccessibleName(image.caption(lang))
        grid.add(card)
    return block(ctx, tr("image_caption", lang), grid, name="images")


def fill_section(ctx: ViewContext, page: Page, section, skip_headlines: bool = False) -> None:
    """Append every view of one section to `page`."""
    pack, lang = ctx.pack, ctx.lang
    halves: CardGrid | None = None  # small groups (one chart or two cards) sit two to a row
    for group in pack.groups_in(section.id):
        figs = pack.group_figures(group.id)
        if not figs:
            continue
        items = plan_group(figs)
        cells = sum(1 if i.kind == "card" else 3 if i.kind == "composition" else 2 for i in items)
        small = cells <= 2
        grid = CardGrid(ctx, 2 if small else COLUMNS)
        add_items(ctx, grid, items)
        widget = block(ctx, group.title(lang), grid, name=f"group-{group.id}")
        if small:
            if halves is None or halves.count() >= 2:
                halves = CardGrid(ctx, 2, align_top=True, min_cell=HALF_MIN)
                page.body.addWidget(halves)
            halves.add(widget)
            equal_chart_heights([w for w, _span in halves.items])
        else:
            halves = None
            page.body.addWidget(widget)
    # a headline's card is on the overview already; a composition's chart of its parts is not
    carded = frozenset(f.id for f in pack.headlines) if skip_headlines else frozenset()
    loose = [f for f in pack.figures_in(section.id) if f.group is None and (f.id not in carded or is_composition(f))]
    if loose:
        grid = CardGrid(ctx, COLUMNS)
        add_items(ctx, grid, plan_loose(loose), carded)
        page.body.addWidget(block(ctx, tr("figures", lang), grid, name="figures"))
    spec = pack.data.map
    if spec is not None and spec.section == section.id:
        page.body.addWidget(map_block(ctx, spec))
    entities = pack.in_section("entities", section.id)
    if entities:
        page.body.addWidget(entity_block(ctx, entities))
    events = sorted(pack.in_section("events", section.id), key=lambda e: e.date)
    if events:
        grid = CardGrid(ctx, 2)
        for event in events:
            grid.add(event_card(ctx, event))
        page.body.addWidget(block(ctx, tr("events", lang), grid, name="events"))
    for matrix in pack.in_section("matrices", section.id):
        page.body.addWidget(matrix_block(ctx, matrix))
    images = pack.in_section("images", section.id)
    if images:
        page.body.addWidget(image_block(ctx, images))


def build(ctx: ViewContext, section) -> Page:
    page = Page(ctx, key=section.id)
    page.body.addWidget(header(ctx, section.title(ctx.lang), section.message(ctx.lang)))
    fill_section(ctx, page, section)
    page.finish()
    return page
