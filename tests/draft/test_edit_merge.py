"""PackEditor without a window: an unsaved edit saved after the file changed on disk is merged with that
change, or refused with nothing written; undo merges too."""

from __future__ import annotations

import pytest

from briefing_app.draft.edit import PackEditor
from briefing_app.model import load_pack
from briefing_app.revisions import EditConflict
from tests.ui.editing.test_lost_update import BIOMED, RD, RD_OUTSIDE, WRITES, outside


@pytest.mark.parametrize("how", list(WRITES))
def test_a_stale_editor_saves_its_edit_merged_with_the_change_on_disk(pack_copy, how):
    editor = PackEditor(pack_copy)
    editor.update_figure("biomed-firms", {"label": {"zh": "生物医药企业", "en": "Biomedicine firms"}})
    outside(pack_copy, RD, RD_OUTSIDE, WRITES[how])
    assert editor.save() is True  # merged
    pack = load_pack(pack_copy)
    assert pack.figure("biomed-firms").label.zh == "生物医药企业"
    assert pack.figure("rd-intensity-2023").label.en == "R&D Intensity"
    assert not editor.dirty and editor.text == pack_copy.read_text(encoding="utf-8")


@pytest.mark.parametrize("how", list(WRITES))
def test_a_stale_editor_writes_nothing_over_the_same_line(pack_copy, how):
    editor = PackEditor(pack_copy)
    editor.update_figure("biomed-firms", {"label": {"zh": "生物医药企业", "en": "Biomedicine firms"}})
    outside(pack_copy, BIOMED, "label: {zh: 生物医药领域相关企业, en: Biopharma firms}", WRITES[how])
    on_disk = pack_copy.read_bytes()
    with pytest.raises(EditConflict) as caught:
        editor.save()
    assert pack_copy.read_bytes() == on_disk and editor.dirty
    assert str(caught.value) == ("songjiang-g60.yaml changed on disk since it was read, in the same place as "
                                 "this edit; the edit is kept unsaved")
    kept = caught.value.kept_mine
    assert "zh: 生物医药企业" in kept and kept.count("\n") == on_disk.decode().count("\n")


def test_a_merge_that_fails_check_is_a_conflict(pack_copy):
    """Each change alone passes check; together they do not (a figure deleted, a link to it added)."""
    editor = PackEditor(pack_copy)
    editor.delete_figure("cheese-base-lines")
    lines = pack_copy.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if "{id: haohai" in line)
    lines.insert(at + 1, lines[at].replace("id: haohai", "id: lefuna").replace("figure: biomed-firms",
                                                                            "figure: cheese-base-lines"))
    WRITES["editor"](pack_copy, "".join(lines))
    on_disk = pack_copy.read_bytes()
    with pytest.raises(EditConflict, match="the two changes together do not pass check"):
        editor.save()
    assert pack_copy.read_bytes() == on_disk
