"""Texts set where they stand in the file (the Translate view's Enter): every other byte of the file stays, the
new text reads back exactly, and whatever cannot be spliced safely goes through ruamel.yaml instead."""

from __future__ import annotations

import shutil

import pytest
import yaml

from briefing_app.draft.edit import PackEditor
from briefing_app.draft.textsplice import splice_texts
from tests.conftest import BUNDLED, SEEDS

PACK = """# a person's comment
id: x   # another
scopes:
  main: {zh: "澄川市", en: "[untranslated]"}
figures:
  - label: {zh: 地区生产总值, en: '[untranslated]'}
  - label:
      zh: 常住人口
      en: plain words
"""

AWKWARD = ['He said "yes" \\ no', "it's # not a comment", "key: value, [x] {y}", "line\u2028separator",
           "tab\there", "\u00e9t\u00e9 \u2014 \U0001f600", "[untranslated] twice [untranslated]", "\x85next line"]


@pytest.mark.parametrize("value", AWKWARD)
def test_a_quoted_text_is_replaced_in_place_and_reads_back_exactly(value):
    for loc in (("scopes", "main", "en"), ("figures", 0, "label", "en")):
        out = splice_texts(PACK, {loc: value})
        if out is None:  # single quotes cannot hold a tab or a line break as themselves: the round trip does it
            assert loc[0] == "figures" and any(c in value for c in "\t\u2028\x85")
            continue
        data = yaml.safe_load(out)
        node = data
        for key in loc:
            node = node[key]
        assert node == value
        # every line but the one changed is byte for byte the same
        changed = [i for i, (a, b) in enumerate(zip(PACK.splitlines(), out.splitlines())) if a != b]
        assert len(changed) == 1 and len(out.splitlines()) == len(PACK.splitlines())


def test_what_cannot_be_spliced_is_left_to_the_round_trip():
    assert splice_texts(PACK, {("figures", 1, "label", "en"): "New"}) is None  # a plain scalar
    assert splice_texts(PACK, {("figures", 5, "label", "en"): "New"}) is None  # no such place
    assert splice_texts(PACK, {("scopes", "main"): "New"}) is None  # not a text
    assert splice_texts("a: [", {("a",): "x"}) is None  # not YAML


def _quoted_english(text: str):
    """Locations of the double-quoted `en` texts of a pack file."""
    stack = [((), yaml.compose(text))]
    while stack:
        loc, node = stack.pop(0)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == "en" and isinstance(value, yaml.ScalarNode) and value.style == '"':
                    yield loc + ("en",)
                stack.append((loc + (key.value,), value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((loc + (i,), child) for i, child in enumerate(node.value))


def test_the_editor_gives_the_same_pack_either_way(tmp_path):
    """The splice and the ruamel.yaml round trip (the independent reference) agree on what the file says."""
    shutil.copy(SEEDS / "000_54ee800359b404e4.txt", tmp_path)
    target = tmp_path / BUNDLED.name
    shutil.copy(BUNDLED, target)
    quoted = [loc for loc in _quoted_english(target.read_text(encoding="utf-8"))][:3]
    texts = dict(zip(quoted, ['A "quoted" label', "It's a title: new", "back\\slash"]))
    assert len(texts) == 3
    fast = PackEditor(target)
    fast.set_texts(texts)
    assert splice_texts(fast.saved_text, texts) is not None  # this took the fast path
    slow = PackEditor(target)
    data = slow.data()
    for (*path, key), value in texts.items():
        node = data
        for part in path:
            node = node[part]
        node[key] = value
    slow._commit(data)
    assert yaml.safe_load(fast.text) == yaml.safe_load(slow.text)
    assert fast.can_undo and fast.undo() and fast.text == fast.saved_text
