"""Each format converts to the Markdown a reader of the original would write: compared with Markdown written
by hand for the same document, not with the converter's own output."""

from __future__ import annotations

import codecs
import email.message
import re

import pytest

from briefing_app.sources import ConversionError, convert, converted_name
from briefing_app.sources.numbering import chinese_number

from .conftest import ARTICLES, need
from .make_files import BULLETIN_MARKDOWN


def test_word_keeps_headings_numbering_lists_tables_and_footnotes(made):
    assert convert(made["bulletin.docx"]).markdown == BULLETIN_MARKDOWN


def test_pdf_reads_as_the_word_file_it_was_printed_from(made):
    markdown = convert(need(made, "bulletin.pdf")).markdown
    # The one difference, listed: a one-page PDF keeps its page header (nothing repeats to show it is one).
    assert markdown == "云港市统计局\n\n" + BULLETIN_MARKDOWN


def test_pdf_drops_running_headers_and_page_numbers_and_reads_columns_in_order(made):
    pdf = need(made, "two-columns.pdf")
    markdown = convert(pdf).markdown
    assert "调研报告（内部资料）" not in markdown  # the running header of both pages
    paragraphs = markdown.strip().split("\n\n")
    assert paragraphs[0] == "# 双栏排版的调研报告"
    body = paragraphs[1:]
    assert [int(re.match(r"第(\d+)段", p).group(1)) for p in body] == list(range(1, 15))  # left column first
    assert all(p.endswith(f"第{n}段到此结束。") for n, p in enumerate(body, 1))  # no page number inside
    assert all(" " not in p for p in body)  # lines joined without spaces in Chinese text


def test_pdf_undoes_hyphenation_in_english_but_keeps_real_hyphens(made):
    markdown = convert(need(made, "english.pdf")).markdown
    assert "an international record for the district, and the well-known ferry line" in markdown
    assert convert(made["english.docx"]).markdown.count("inter-\nnational") == 1  # Word keeps its line break


def test_pdf_keeps_articles_as_word_wrote_them(made):
    for name in ARTICLES:
        assert convert(need(made, f"{name}.pdf")).markdown == convert(made[f"{name}.docx"]).markdown


def test_web_page_keeps_only_the_article_with_its_metadata(made):
    converted = convert(made["lanjiang.html"])
    text = converted.markdown
    for outside in ("首页", "相关阅读", "网友评论", "热门排行", "版权所有", "9.8亿吨", "点赞", "visits", "阅读量"):
        assert outside not in text, outside
    assert text.startswith("# 澜江新区：以“芯车港”三链融合推动高质量发展（虚构示例）\n")
    assert (converted.title, converted.date, converted.publisher) == (
        "澜江新区：以“芯车港”三链融合推动高质量发展（虚构示例）", "2024-02-20", "云港日报")
    assert "单位：亿元\n\n| 指标 | 2023年 |\n| --- | --- |\n| 地区生产总值 | 1286.5 |\n" in text


def test_web_page_tables_repeat_merged_cells_and_keep_their_caption(tmp_path):
    page = tmp_path / "t.htm"
    page.write_text(
        "<html><head><meta charset='gb2312'><title>公报</title></head><body><article>"
        "<h1>某县2023年统计公报</h1><p>全年粮食总产量52.3万吨，比上年增长1.2%，油料产量有所下降。</p>"
        "<table><caption>表2　主要农产品产量</caption>"
        "<tr><th rowspan='2'>产品</th><th colspan='2'>2023年</th></tr>"
        "<tr><th>产量（万吨）</th><th>比上年增长（%）</th></tr>"
        "<tr><td>粮食</td><td>52.3</td><td>1.2</td></tr>"
        "<tr><td>油料|其他</td><td>9.4</td><td>-3.1</td></tr></table>"
        "</article></body></html>", encoding="gb18030")
    assert convert(page).markdown == (
        "# 某县2023年统计公报\n\n全年粮食总产量52.3万吨，比上年增长1.2%，油料产量有所下降。\n\n表2 主要农产品产量\n\n"
        "| 产品 | 2023年 | 2023年 |\n| --- | --- | --- |\n| 产品 | 产量（万吨） | 比上年增长（%） |\n"
        "| 粮食 | 52.3 | 1.2 |\n| 油料\\|其他 | 9.4 | -3.1 |\n")


def test_mhtml_reads_as_the_page_it_holds(made, tmp_path):
    page = made["songjiang.html"].read_bytes()
    message = email.message.EmailMessage()
    message["Subject"] = "saved page"
    message.set_content(page, maintype="text", subtype="html", cte="quoted-printable")
    message.replace_header("Content-Type", 'text/html; charset="utf-8"')
    archive = tmp_path / "songjiang.mhtml"
    archive.write_bytes(message.as_bytes())
    assert convert(archive).markdown == convert(made["songjiang.html"]).markdown


TRADITIONAL = ("# 臺中市產業發展簡報\n\n2023年，臺中市工廠登記家數達1633家，較上年增加2.1%；"
               "研究與發展經費占比達6.79%，創新產值約196億元。\n")


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("gb18030", b""), ("gbk", b""), ("big5", b""),
])
def test_text_in_any_common_encoding_is_read_as_written(tmp_path, encoding, bom):
    """Detected from the bytes: every file is named .txt; traditional characters stay traditional."""
    for text in (ARTICLES["songjiang"].read_text(encoding="utf-8"), TRADITIONAL):
        try:
            raw = text.encode(encoding)
        except UnicodeEncodeError:
            continue  # Big5 holds no simplified characters; GBK lacks a few
        path = tmp_path / "article.txt"
        path.write_bytes(bom + raw)
        converted = convert(path)
        assert converted.markdown == text, encoding


def test_the_same_file_gives_the_same_bytes_and_its_hash(made):
    import hashlib

    for key in ("bulletin.docx", "lanjiang.html", "songjiang.gb18030", "bulletin.pdf"):
        if key not in made:
            continue
        first, second = convert(made[key]), convert(made[key])
        assert first.markdown.encode() == second.markdown.encode()
        assert first.sha256 == second.sha256 == hashlib.sha256(made[key].read_bytes()).hexdigest()


def test_converted_names_never_replace_the_original(tmp_path):
    assert converted_name(tmp_path / "report.docx") == "report.md"
    assert converted_name(tmp_path / "report.md") == "report.utf8.md"


def test_word_numbering_counts_in_chinese():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 21, 105, 1010)] == \
        ["一", "十", "十一", "二十", "二十一", "一百零五", "一千零一十"]


def test_older_formats_need_libreoffice_and_say_which_package(tmp_path, monkeypatch):
    rtf = tmp_path / "a.rtf"
    rtf.write_text(r"{\rtf1\ansi 2023年企业5家。}", encoding="ascii", errors="ignore")
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice on this PATH
    with pytest.raises(ConversionError, match="apt-get install libreoffice-writer"):
        convert(rtf)


def _rtf(text: str) -> str:
    return "".join(c if ord(c) < 128 else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in text)


def test_older_formats_go_through_libreoffice(tmp_path):
    from briefing_app.sources.office import soffice

    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    rtf = tmp_path / "通知.rtf"
    rtf.write_text("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Noto Sans CJK SC;}}"
                   f"{{\\pard\\outlinelevel0\\fs36 {_rtf('某区2023年工作总结')}\\par}}"
                   f"{{\\pard {_rtf('2023年，全区规模以上工业企业达1633家，比上年增加52家。')}\\par}}}}", encoding="ascii")
    converted = convert(rtf)
    assert converted.kind == "rtf"
    assert converted.markdown == "# 某区2023年工作总结\n\n2023年，全区规模以上工业企业达1633家，比上年增加52家。\n"
