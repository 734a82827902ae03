"""Unexpected exceptions are logged and shown; deck export runs in a worker; chart styles tell kinds apart."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from briefing_app.model.schema import Quantity
from briefing_app.ui.errors import ExceptHook


def test_unexpected_exception_is_logged_and_shown(window, qtbot):
    hook = ExceptHook(lambda: window.language)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    log = open(os.environ["BRIEFING_APP_LOG"], encoding="utf-8").read()
    assert "RuntimeError: boom in a slot" in log and "Traceback" in log
    assert "boom in a slot" in hook.last_dialog.text()
    assert os.environ["BRIEFING_APP_LOG"] in hook.last_dialog.informativeText()
    window.set_language("en")  # still usable
    assert window.tabs.tabText(0) == "Overview"


def test_deck_export_runs_in_a_worker_with_progress(window, tmp_path, qtbot, monkeypatch):
    calls = []

    def fake_write_deck(pack, path, *, lang="zh", slides=None, template=None, aspect="16:9", progress=None):
        for i in range(3):
            progress(i + 1, 3)
        calls.append((pack.data.id, lang))
        path.write_bytes(b"deck")
        return path

    monkeypatch.setattr("briefing_app.export.deck.write_deck", fake_write_deck)
    job = window.export_deck_to(tmp_path / "deck.pptx")
    with qtbot.waitSignal(job.done, timeout=10000) as blocker:
        pass
    assert blocker.args == [str(tmp_path / "deck.pptx")]
    assert calls == [("songjiang-g60", "zh")] and (tmp_path / "deck.pptx").read_bytes() == b"deck"
    assert str(tmp_path / "deck.pptx") in job.box.text()
    assert job.box.standardButtons() & job.box.StandardButton.Open


def _quantity(**kw):
    base = dict(id="x", section="s", label={"zh": "甲", "en": "A"}, period={"year": 2023}, scope="s",
                quote="q", unit="家", unit_en="firms")
    return Quantity.model_validate({**base, **kw})


def test_approximate_bars_are_hatched_and_targets_dashed(window, pack, tmp_path):
    from briefing_app.ui import chart_widgets as charts

    figs = [_quantity(id="a", value=100), _quantity(id="b", value=80, qualifier="约"),
            _quantity(id="c", value=120, plan="力争"), _quantity(id="d", value=90, target_year=2026)]
    chart = charts.BarChart(window.context(), figs)
    assert chart.value_texts == ["100家", "约80家", "力争120家", "到2026年90家  [目标]"]  # a plan word said once
    bars = [i for i in chart.getPlotItem().items if type(i).__name__ == "BarGraphItem"]
    hatched = [b for b in bars if b.opts["brush"].style() == Qt.BrushStyle.BDiagPattern]
    dashed = [b for b in bars if b.opts["pen"].style() == Qt.PenStyle.DashLine]
    assert len(hatched) == 1 and len(dashed) == 2
    assert dashed[0].opts["brush"].style() == Qt.BrushStyle.NoBrush
    chart.resize(800, 400)
    chart.export_png(tmp_path / "chart.png")
    chart.export_svg(tmp_path / "chart.svg")
    assert (tmp_path / "chart.png").stat().st_size > 1000
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "约80家" in svg


def test_real_deck_export_from_the_menu_path(window, tmp_path, qtbot):
    job = window.export_deck_to(tmp_path / "deck.pptx")
    if job is None:  # the exporter is another developer's module; its absence must be a clear message
        assert "briefing_app.export.deck" in window.last_dialog.informativeText()
        return
    with qtbot.waitSignal(job.done, timeout=60000) as blocker:
        pass
    assert blocker.args == [str(tmp_path / "deck.pptx")], job.box.text()
    assert (tmp_path / "deck.pptx").read_bytes()[:2] == b"PK"
    assert job.dialog.isHidden()
