"""The benchmark's own parts work (no timings asserted): the synthetic pack generator writes a pack that
passes `check`, labelled synthetic, with N times the bundled content; the minimal python-pptx baseline
writes the same slides and texts as our slide model."""

from __future__ import annotations

import subprocess
import sys

from pptx import Presentation

from bench.deck_spec import counts, write_spec
from bench.synthetic import write_synthetic
from briefing_app.cli import main
from briefing_app.model import load_pack
from tests.conftest import BUNDLED, ROOT


def test_synthetic_pack_checks_and_is_labelled(tmp_path, capsys):
    path = write_synthetic(tmp_path / "syn", copies=3)
    assert main(["check", str(path)]) == 0
    assert "ok: 105 figures" in capsys.readouterr().out  # 3 × the bundled 35
    pack, bundled = load_pack(path), load_pack(BUNDLED)
    d, b = pack.data, bundled.data
    for key in ("figures", "groups", "entities", "events", "matrices"):
        assert len(getattr(d, key)) == 3 * len(getattr(b, key)), key
    assert d.title.zh.startswith("合成") and d.title.en.startswith("SYNTHETIC")
    assert path.read_text(encoding="utf-8").startswith("# SYNTHETIC")
    assert pack.article.startswith("【合成基准数据 SYNTHETIC")
    # every copy's figure keeps the bundled value and quote, under its own id and marked label
    original = bundled.figure("biomed-firms")
    copy = pack.figure("biomed-firms-sac")
    assert (copy.value, copy.quote) == (original.value, original.quote)
    assert copy.label.en == f"{original.label.en} (synthetic AC)"
    assert not list(tmp_path.glob("*.yaml")), "written only into the folder it was given"


def test_minimal_pptx_baseline_writes_the_same_slides_and_texts(tmp_path):
    spec = write_spec(None, tmp_path / "spec.json")
    out = tmp_path / "base.pptx"
    subprocess.run([sys.executable, str(ROOT / "bench" / "baselines" / "pptx_minimal.py"), str(tmp_path / "spec.json"),
                    str(out)], check=True)
    prs = Presentation(str(out))
    assert len(prs.slides) == counts(spec)["slides"] == len(spec["slides"])
    for slide, model in zip(prs.slides, spec["slides"], strict=True):
        written = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert written == ["\n".join(lines) for *_box, lines in model["texts"]]
        assert sum(1 for s in slide.shapes if s.has_chart) == len(model["charts"])
    assert counts(spec)["charts"] >= 1


def test_translation_benchmark_suggests_for_drafted_texts_over_a_library():
    """bench/translate_suggest.py measures what it says: texts a draft leaves untranslated, a memory of N
    packs' distinct texts (each copy's Chinese marked, so copies do not collapse into one), suggestions found."""
    import json

    from bench import translate_suggest

    r = translate_suggest.measure(packs=3, texts=80, runs=1)
    assert r["texts"] == 80 and 0 < r["found"] <= 80
    small = translate_suggest.measure(packs=1, texts=5, runs=1)["memory"]
    assert r["memory"] > 2 * small  # three packs' worth of distinct Chinese texts, not one
    assert f"{r['found']} of the 80 texts got a suggestion" in translate_suggest.section(r)
    json.dumps(r)  # what bench/run.py reads from the child
