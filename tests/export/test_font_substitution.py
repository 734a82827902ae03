"""Decks survive a wider font: with Arial missing (LibreOffice falls back to DejaVu Sans, about 10 % wider)
no two lines of text collide and no word leaves the slide, in zh and en, because text boxes wrap and
shrink on overflow instead of running over what is below them.

LibreOffice renders with a private fontconfig that hides Liberation Sans (Arial's metric twin) and maps
Arial → DejaVu Sans and Microsoft YaHei → Noto Sans CJK SC; `pdftotext -bbox-layout` gives each line's box.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from lxml import etree

pytestmark = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("fc-match")),
    reason="needs LibreOffice, poppler-utils and fontconfig")

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>*/liberation*/*</glob><glob>*Liberation*</glob></rejectfont></selectfont>
  <match target="pattern"><test name="family"><string>Arial</string></test>
    <edit name="family" mode="assign" binding="strong"><string>DejaVu Sans</string></edit></match>
  <match target="pattern"><test name="family"><string>Microsoft YaHei</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Sans CJK SC</string></edit></match>
</fontconfig>
"""


def lines_of(html: str):
    """(page number, page width, page height, [(box, text, words)]) per page of a -bbox-layout file."""
    tree = etree.parse(html, etree.HTMLParser(encoding="utf-8"))  # pdftotext writes UTF-8, says nothing
    for number, page in enumerate(tree.iter("page"), 1):
        lines = []
        for line in page.iter("line"):
            box = tuple(float(line.get(k)) for k in ("xmin", "ymin", "xmax", "ymax"))
            words = [(tuple(float(w.get(k)) for k in ("xmin", "ymin", "xmax", "ymax")), w.text or "")
                     for w in line.iter("word")]
            lines.append((box, " ".join(t for _, t in words), words))
        yield number, float(page.get("width")), float(page.get("height")), lines


def collisions(html: str) -> list[str]:
    out = []
    for number, width, height, lines in lines_of(html):
        for _, _, words in lines:
            for (x0, y0, x1, y1), text in words:
                if x0 < -0.5 or y0 < -0.5 or x1 > width + 0.5 or y1 > height + 0.5:
                    out.append(f"slide {number}: {text!r} leaves the slide")
        for i, (a, ta, _) in enumerate(lines):
            for b, tb, _ in lines[i + 1:]:
                across = min(a[2], b[2]) - max(a[0], b[0])
                down = min(a[3], b[3]) - max(a[1], b[1])
                if across > 1 and down > 0.25 * min(a[3] - a[1], b[3] - b[1]):
                    out.append(f"slide {number}: {ta[:40]!r} collides with {tb[:40]!r}")
    return out


def test_dejavu_for_arial_gives_no_colliding_lines_and_nothing_off_the_slide(pack, tmp_path):
    from briefing_app.export.deck import write_deck

    conf = tmp_path / "fonts.conf"
    conf.write_text(FONTS_CONF, encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    assert "DejaVu" in subprocess.run(["fc-match", "Arial"], env=env, capture_output=True, text=True).stdout
    decks = [write_deck(pack, tmp_path / f"{lang}-{aspect.replace(':', 'x')}.pptx", lang=lang, aspect=aspect)
             for lang, aspect in (("en", "16:9"), ("zh", "4:3"), ("en", "4:3"))]
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *map(str, decks)], env=env, check=True, capture_output=True, timeout=300)
    found = {}
    for deck in decks:
        pdf = deck.with_suffix(".pdf")
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        assert "DejaVuSans" in fonts and "Liberation" not in fonts  # the substitution really happened
        html = deck.with_suffix(".html")
        subprocess.run(["pdftotext", "-bbox-layout", str(pdf), str(html)], check=True)
        assert sum(len(lines) for *_, lines in lines_of(str(html))) > 100
        found[deck.name] = collisions(str(html))
    assert not any(found.values()), found
