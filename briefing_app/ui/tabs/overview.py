"""The first tab: title, every headline figure as a KPI card, each section's point, and the content of a
section whose id is `overview` (the article's lead), if the pack has one."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from ..context import ViewContext
from ..strings import tr
from ..widgets import CardGrid, ClickCard, FigureCard, Page, block, header, label
from . import section as section_tab

OVERVIEW_ID = "overview"


def build(ctx: ViewContext, go_to_section=lambda section_id: None) -> Page:
    pack, lang, t = ctx.pack, ctx.lang, ctx.theme
    d = pack.data
    page = Page(ctx, key="overview")
    page.body.addWidget(header(ctx, d.title(lang), d.subtitle(lang)))
    page.body.addWidget(label(ctx, f"{tr('article_source', lang)}{d.article.source(lang)} — "
                                   f"{d.article.title if lang == 'zh' else d.article.title_en}",
                              11, color=t.muted, name="article-source"))
    grid = CardGrid(ctx, columns=3)
    for fig in pack.headlines:
        context = fig.note(lang) if fig.note else (
            ctx.section_title(fig.section) if fig.section != OVERVIEW_ID else "")
        grid.add(FigureCard(ctx, fig, big=True, context_line=context))
    page.body.addWidget(grid)
    messages = CardGrid(ctx, columns=2)
    for s in d.sections:
        if s.id == OVERVIEW_ID:
            continue
        card = ClickCard(ctx, "", accent=t.accent, action=lambda sid=s.id: go_to_section(sid))
        lay = QVBoxLayout(card)
        lay.addWidget(label(ctx, s.title(lang), 12, color=t.muted))
        lay.addWidget(label(ctx, s.message(lang), 14, bold=True, name="section-message"))
        lay.addStretch(1)
        card.setAccessibleName(f"{s.title(lang)}: {s.message(lang)}")
        messages.add(card)
    if messages.count():
        page.body.addWidget(block(ctx, tr("key_messages", lang), messages))
    for s in d.sections:
        if s.id == OVERVIEW_ID:
            section_tab.fill_section(ctx, page, s, skip_headlines=True)
    page.finish()
    return page

