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
    return window.tabs.widget(window.tab_keys.index(key))


def chart_of(window, first_figure_id: str):
    """The drawn chart whose first figure has this id."""
    from briefing_app.ui.chart_widgets import Chart

    return next(c for c in window.charts() if isinstance(c, Chart) and c.figures[0].id == first_figure_id)
