"""What the user sees on a tab: every text of its labels, buttons and chart annotations."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel


def visible_texts(widget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) if w.text()]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.text()]
    from briefing_app.ui.widgets import LazyPlot

    for slot in widget.findChildren(LazyPlot):
        chart = slot.widget
        texts += list(getattr(chart, "value_texts", [])) + list(getattr(chart, "labels", []))
    return texts


def page(window, key: str):
    """A tab's page as a user who opens that tab sees it: built (tabs are built when first shown), with its
    charts drawn once the window draws charts."""
    built = window.page(key)
    if window.charts_ready:
        window.fill_charts()
    return built


def chart_of(window, first_figure_id: str):
    """The drawn chart whose first figure has this id, on whichever tab holds it."""
    from briefing_app.ui.chart_widgets import Chart

    for key in window.tab_keys:
        page(window, key)
    return next(c for c in window.charts() if isinstance(c, Chart) and c.figures[0].id == first_figure_id)
