"""Small packs written in a test's folder for series and multi-pack talk tests: one sentence per figure,
so every quote is in its article (they pass `check`). QINGCEN_2023/2024 are the two fictional bulletins."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import ROOT

QINGCEN = ROOT / "tests" / "packs" / "qingcen"
QINGCEN_2023 = QINGCEN / "qingcen-2023.yaml"
QINGCEN_2024 = QINGCEN / "qingcen-2024.yaml"
SCOPES = {"city": {"zh": "青岑市", "en": "Qingcen City"}, "urban": {"zh": "青岑市区", "en": "Qingcen urban districts"}}


def figure(fid: str, series: str, quote: str, value, unit: str | None, year, **more) -> dict:
    """A figure dict; `year` an int (period year) or a period mapping."""
    period = {"year": year} if isinstance(year, int) else year
    fig = {"id": fid, "series": series, "section": "main", "label": more.pop("label", {"zh": "地区生产总值", "en": "GDP"}),
           "value": value, "period": period, "scope": more.pop("scope", "city"), "quote": quote}
    if unit is not None:
        fig["unit"] = unit
    fig.update(more)
    return fig


def write_pack(folder: Path, name: str, year: int, figures: list[dict]) -> Path:
    """`folder/name.yaml` and its article `name.md`: a title, each figure's quote as a sentence, a source."""
    folder.mkdir(parents=True, exist_ok=True)
    title = f"测试公报{name}"
    lines = [f"# {title}", ""] + [f"{f['quote']}。" for f in figures] + ["", f"来源：测试{name}"]
    (folder / f"{name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pack = {"format": "briefing-pack/1", "id": name, "title": {"zh": title, "en": f"Test bulletin {name}"},
            "subtitle": {"zh": "测试", "en": "Test"},
            "article": {"file": f"{name}.md", "title": title, "title_en": f"Test bulletin {name}", "year": year,
                        "source": {"zh": f"测试{name}", "en": f"Test {name}"}, "source_quote": f"来源：测试{name}"},
            "scopes": SCOPES, "sections": [{"id": "main", "title": {"zh": "综合", "en": "Overview"},
                                            "message": {"zh": "综合", "en": "Overview"}}],
            "figures": figures}
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
