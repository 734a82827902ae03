"""Opening packs: reload on change (incl. atomic replace), invalid packs keep the briefing, fictional pack."""

from __future__ import annotations

import os

import pytest

from briefing_app.model import PackError, display, load_pack
from briefing_app.ui.widgets import FigureCard

from tests.conftest import FICTIONAL

from .helpers import page, visible_texts


def _replace_atomically(path, text):
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def test_reload_when_the_pack_file_changes_even_after_atomic_replace(make_window, pack_copy, qtbot):
    window = make_window(load_pack(pack_copy))
    text = pack_copy.read_text(encoding="utf-8")
    _replace_atomically(pack_copy, text.replace("zh: 上海松江：培育发展新质生产力", "zh: 上海松江：培育发展新质生产力（修订）", 1))
    # generous timeouts: a reload took over 5 s on the shared machine under load
    qtbot.waitUntil(lambda: "（修订）" in " ".join(visible_texts(page(window, "overview"))), timeout=15000)
    assert window.pack.data.title.zh.endswith("（修订）")
    # the watch survives the replace: a second save is noticed too
    _replace_atomically(pack_copy, text.replace("label: {zh: 规模以上工业企业,", "label: {zh: 规上工业企业（二）,", 1))
    qtbot.waitUntil(lambda: any(c.figure.label.zh == "规上工业企业（二）"
                                for c in page(window, "overview").findChildren(FigureCard)), timeout=15000)


def test_invalid_pack_shows_the_check_messages_and_keeps_the_briefing(window, pack, pack_copy, tmp_path):
    broken = pack_copy.read_text(encoding="utf-8").replace("value: 1633", "value: lots", 1)
    broken = broken.replace("scope: corridor", "scope: corridor\n    colour: red", 1)
    pack_copy.write_text(broken, encoding="utf-8")
    with pytest.raises(PackError) as raised:
        load_pack(pack_copy)
    expected = [str(p) for p in raised.value.problems]
    assert len(expected) == 2 and all(f"{pack_copy}:" in line for line in expected)
    assert window.open_pack(pack_copy) is False
    assert window.pack is pack
    assert window.last_dialog.informativeText().splitlines() == expected
    assert "1633家" in visible_texts(page(window, "overview"))


def test_missing_file_keeps_the_briefing(window, pack, tmp_path):
    assert window.open_pack(tmp_path / "nope.yaml") is False
    assert window.pack is pack
    assert "nope.yaml" in window.last_dialog.informativeText()


def test_fictional_pack_opens_and_shows_correctly(window, qtbot):
    assert window.open_pack(FICTIONAL)
    window.fill_charts()
    fictional = window.pack
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["概览", "绿色能源", "港口物流", "时间线", "数据", "原文"]
    overview_values = [c.value_label.text() for c in page(window, "overview").findChildren(FigureCard)]
    assert overview_values == [display(f, "zh") for f in fictional.headlines]
    for section in fictional.data.sections:
        texts = " | ".join(visible_texts(page(window, section.id)))
        for fig in fictional.figures_in(section.id):
            assert display(fig, "zh") in texts
    port = visible_texts(page(window, "port"))
    assert any(t.startswith("河湾") and "起点" in t for t in port) and any("虚构坐标" in t for t in port)
    target = next(c for c in page(window, "energy").findChildren(FigureCard) if c.figure.id == "storage-target")
    assert target.value_label.text() == "力争6座" and "dashed" in target.styleSheet()
    assert not any("松江" in t for t in visible_texts(window.tabs))
    window.set_language("en")
    assert window.tabs.tabText(1) == "Green energy"
