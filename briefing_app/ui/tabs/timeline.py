"""Every dated event in date order, with the figures it mentions; each opens its passage in Source."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ...model import display
from ...model.cells import source_text
from ...model.format import date_text
from ..context import ViewContext
from ..strings import tr
from ..widgets import CardGrid, Chip, ClickCard, Page, header, label, labelled, plain_tooltip


def event_card(ctx: ViewContext, event, with_figures: bool = True) -> ClickCard:
    lang, t = ctx.lang, ctx.theme
    card = ClickCard(ctx, event.quote, accent=t.accent)
    layout = QHBoxLayout(card)
    m = ctx.px(10)
    layout.setContentsMargins(m, m, m, m)
    when = label(ctx, date_text(event.date, lang), 14, bold=True, color=t.accent, wrap=False, name="event-date")
    when.setMinimumWidth(ctx.px(170 if lang == "zh" else 130))
    layout.addWidget(when)
    text = QVBoxLayout()
    text.addWidget(label(ctx, event.title(lang), 14, bold=True, name="event-title"))
    if event.detail:
        text.addWidget(label(ctx, event.detail(lang), 12, color=t.muted, name="event-detail"))
    if with_figures and event.figures:
        chips = CardGrid(ctx, columns=min(3, len(event.figures)), min_cell=220)
        chips.grid.setSpacing(ctx.px(6))
        for fig_id in event.figures:
            fig = ctx.pack.figure(fig_id)
            chips.add(Chip(ctx, labelled(fig.label(lang), display(fig, lang), lang), source_text(fig, lang)))
        text.addWidget(chips)
    layout.addLayout(text, 1)
    card.setAccessibleName(f"{date_text(event.date, lang)} {event.title(lang)}")
    card.setToolTip(plain_tooltip(tr("click_source", lang)))
    return card


def build(ctx: ViewContext) -> Page:
    page = Page(ctx, key="timeline")
    page.body.addWidget(header(ctx, tr("timeline", ctx.lang), None))
    for event in ctx.pack.events_by_date:
        row = QHBoxLayout()
        section = label(ctx, ctx.section_title(event.section), 11, color=ctx.theme.muted, wrap=False)
        section.setMinimumWidth(ctx.px(150))
        row.addWidget(section)
        row.addWidget(event_card(ctx, event), 1)
        page.body.addLayout(row)
    page.finish()
    return page
