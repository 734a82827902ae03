"""Source files made once per test session (LibreOffice runs once for every PDF), in a session folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

from . import make_files

ARTICLES = {"songjiang": SEEDS / "000_54ee800359b404e4.txt", "lanjiang": ROOT / "tests/packs/lanjiang/lanjiang.txt"}
#: For each article: a table of its own numbers (with a caption line) and a footnote after one of its clauses.
TABLES = {
    "songjiang": ("表1　主要指标", [["指标", "2023年"], ["规模以上工业企业（家）", "1633"],
                                  ["研究与试验发展投入强度（%）", "6.79"]], ("总数居上海第一", "数据来自区统计局。")),
    "lanjiang": ("单位：亿元", [["指标", "2023年"], ["地区生产总值", "1286.5"], ["规模以上工业总产值", "约2150"]],
                 ("地区生产总值1286.5亿元", "按当年价格计算。")),
}
SITES = {"songjiang": ("松江报", "2024-03-04"), "lanjiang": ("云港日报", "2024-02-20")}


@pytest.fixture(scope="session")
def made(tmp_path_factory) -> dict[str, Path]:
    """name → file: `<article>.<format>` for both articles, and the bulletin, two-column, English,
    three-line-table, ruled-heading, three-page and long-table files (with `.pdf` versions where LibreOffice is
    installed, and the three pages with the second one scanned)."""
    folder = tmp_path_factory.mktemp("sources")
    files: dict[str, Path] = {}
    for name, path in ARTICLES.items():
        text = path.read_text(encoding="utf-8")
        caption, table, footnote = TABLES[name]
        files[f"{name}.txt"] = path
        files[f"{name}.docx"] = make_files.docx_from_markdown(
            text, folder / f"{name}.docx", table=table, table_caption=caption, footnote=footnote,
            header=f"{SITES[name][0]}　内部资料")
        site, date = SITES[name]
        page = folder / f"{name}.html"
        page.write_text(make_files.html_page(text, site=site, date=date, table=table, table_caption=caption),
                        encoding="utf-8")
        files[f"{name}.html"] = page
        for encoding in ("gb18030", "utf-16"):
            encoded = folder / f"{name}-{encoding}.txt"
            encoded.write_bytes(text.encode(encoding))
            files[f"{name}.{encoding}"] = encoded
    files["bulletin.docx"] = make_files.bulletin_docx(folder / "bulletin.docx")
    files["two-columns.docx"] = make_files.two_column_docx(folder / "two-columns.docx")
    files["english.docx"] = make_files.english_docx(folder / "english.docx")
    files["three-line.docx"] = make_files.three_line_docx(folder / "three-line.docx")
    files["ruled-headings.docx"] = make_files.ruled_headings_docx(folder / "ruled-headings.docx")
    files["two-column-rules.docx"] = make_files.two_column_rules_docx(folder / "two-column-rules.docx")
    files["three-pages.docx"] = make_files.three_page_docx(folder / "three-pages.docx")
    files["table-across-pages.docx"] = make_files.table_across_pages_docx(folder / "table-across-pages.docx")
    if make_files.soffice():
        words = [p for key, p in files.items() if key.endswith(".docx")]
        for source, pdf in make_files.to_pdfs(words, folder).items():
            files[next(k for k, p in files.items() if p == source).removesuffix(".docx") + ".pdf"] = pdf
        files["scanned-page.pdf"] = make_files.scanned_page_pdf(files["three-pages.pdf"], folder / "scanned-page.pdf", 2)
    return files


def need(files: dict, key: str) -> Path:
    if key not in files:
        pytest.skip("LibreOffice (soffice) is not installed: no PDF to read")
    return files[key]
