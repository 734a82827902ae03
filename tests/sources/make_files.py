"""Real source files made in the tests (nothing large is committed): Word through python-docx, PDF through
LibreOffice, web pages around an article, text in other encodings."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _footnotes_part(document, notes: list[str]):
    """Attach a footnotes part holding `notes` (ids 1..n) to a python-docx document; python-docx writes
    footnote references but has no API for the notes themselves."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        for i, note in enumerate(notes, 1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f'</w:footnote>{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, FOOTNOTES_REL)


def add_footnote_reference(paragraph, note_id: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'))


def add_page_number_footer(section, header: str | None) -> None:
    from docx.oxml import parse_xml

    if header:
        section.header.paragraphs[0].text = header
    p = section.footer.paragraphs[0]
    for xml in ('<w:r xmlns:w="{0}"><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r xmlns:w="{0}"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r xmlns:w="{0}"><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r xmlns:w="{0}"><w:t>1</w:t></w:r>',
                '<w:r xmlns:w="{0}"><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml.format(W_NS)))


def docx_from_markdown(markdown: str, path: Path, *, table: list[list[str]] | None = None,
                       table_caption: str | None = None, after_heading: int = 1,
                       footnote: tuple[str, str] | None = None, header: str | None = None) -> Path:
    """A Word file of a Markdown article: `#` → Title, `##` → Heading 1, `###` → Heading 2, other lines →
    paragraphs. `table` (rows, first = header, ruled) goes after the `after_heading`-th section heading,
    preceded by `table_caption`; `footnote` = (text after which the reference stands, the note)."""
    import docx

    document = docx.Document()
    if footnote:
        _footnotes_part(document, [footnote[1]])
    headings = 0
    for line in markdown.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            document.add_heading(line.lstrip("#").strip(), level - 1)
            if level == 2:
                headings += 1
            if table and level == 2 and headings == after_heading:
                if table_caption:
                    document.add_paragraph(table_caption)
                grid = document.add_table(rows=len(table), cols=len(table[0]))
                grid.style = "Table Grid"
                for i, row in enumerate(table):
                    for j, text in enumerate(row):
                        grid.cell(i, j).text = text
            continue
        if footnote and footnote[0] in line:
            before, after = line.split(footnote[0], 1)
            p = document.add_paragraph(before + footnote[0])
            add_footnote_reference(p, 1)
            if after:
                p.add_run(after)
            footnote = None
        else:
            document.add_paragraph(line)
    add_page_number_footer(document.sections[0], header)
    document.save(path)
    return path


def html_page(markdown: str, *, site: str, date: str, table: list[list[str]] | None = None,
              table_caption: str | None = None) -> str:
    """A page as saved from a news site: navigation, a sidebar of related links, the article, comments,
    scripts and a footer; numbers outside the article must not reach the conversion."""
    from html import escape

    body, headings = [], 0
    title = ""
    for line in markdown.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            text = line.lstrip("#").strip()
            title = title or text
            body.append(f"<h{level}>{escape(text)}</h{level}>")
            if level == 2:
                headings += 1
                if table and headings == 1:
                    if table_caption:
                        body.append(f"<p>{escape(table_caption)}</p>")
                    rows = "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{escape(c)}</{'th' if i == 0 else 'td'}>"
                                                     for c in row) + "</tr>" for i, row in enumerate(table))
                    body.append(f"<table>{rows}</table>")
        else:
            body.append(f"<p>{escape(line)}</p>")
    article = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(title)}_{escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(site)}">
<meta property="article:published_time" content="{date}T08:30:00+08:00">
<script>window.stats = {{visits: 98765, growth: "12.5%"}};</script>
<style>.nav {{ color: #333; }}</style></head>
<body>
<div class="header"><nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/news">要闻</a></li>
<li><a href="/data">数据发布</a></li><li><a href="/about">关于我们</a></li></ul></nav></div>
<div class="main"><div class="content">
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news">要闻</a></div>
<article class="article">
{article}
</article>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/n/1">某市一季度地区生产总值增长5.3%</a></li>
<li><a href="/n/2">全省新增高新技术企业3200家</a></li>
<li><a href="/n/3">港口吞吐量再创新高，达到9.8亿吨</a></li></ul></div>
<div id="comments" class="comments"><h3>网友评论（2条）</h3>
<div class="comment"><span class="user">网友A</span><p>我们县去年也增长了7%，希望继续努力！</p></div>
<div class="comment"><span class="user">网友B</span><p>数据不错，点赞88次。</p></div></div>
</div>
<aside class="sidebar"><h3>热门排行</h3><ol><li><a href="/h/1">房价指数上涨0.4%</a></li>
<li><a href="/h/2">高铁新线通车，全长356公里</a></li></ol></aside></div>
<footer class="footer"><p>版权所有 © 2024 {escape(site)} 备案号：京ICP备12345678号-1 电话：010-12345678</p></footer>
<script>document.write("阅读量 12345");</script>
</body></html>
"""


def _chinese_numbering(document) -> str:
    """A numbering definition counting 一、二、三、 (as Chinese Word templates number their sections); its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _number(paragraph, num_id: str) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def bulletin_docx(path: Path) -> Path:
    """A statistics bulletin as offices send them: a title, a dateline, sections numbered 一、二、 by Word
    itself, a footnote, a table with a caption, a unit line and a two-row merged header, a bulleted and a
    numbered list."""
    import docx

    document = docx.Document()
    _footnotes_part(document, ["地区生产总值按现价计算，增长速度按不变价格计算。"])
    sections = _chinese_numbering(document)
    document.add_heading("云港市2023年国民经济和社会发展统计公报", 0)
    document.add_paragraph("云港市统计局　2024年3月10日")
    _number(document.add_heading("综合", 1), sections)
    p = document.add_paragraph("初步核算，全年全市地区生产总值3875.2亿元")
    add_footnote_reference(p, 1)
    p.add_run("，比上年增长5.9%。")
    document.add_paragraph("表1　2023年主要农产品产量及其增长速度")
    document.add_paragraph("单位：万吨")
    table = document.add_table(rows=5, cols=3)
    table.style = "Table Grid"
    for i, row in enumerate([["产品名称", "2023年", ""], ["", "产量（万吨）", "比上年增长（%）"],
                             ["粮食", "52.3", "1.2"], ["油料", "9.4", "-3.1"], ["糖料（甘蔗|甜菜）", "120.5", "2.0"]]):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 0).merge(table.cell(1, 0))
    _number(document.add_heading("工业", 1), sections)
    document.add_paragraph("全年规模以上工业增加值比上年增长8.3%。其中：")
    document.add_paragraph("集成电路产量增长12.1%；", style="List Bullet")
    document.add_paragraph("新能源汽车产量30万辆。", style="List Bullet")
    document.add_paragraph("下一步重点工作：")
    document.add_paragraph("稳定工业增长；", style="List Number")
    document.add_paragraph("扩大有效投资。", style="List Number")
    add_page_number_footer(document.sections[0], "云港市统计局")
    document.save(path)
    return path


#: What bulletin_docx says, as Markdown written by hand (the reference the conversions are compared with).
BULLETIN_MARKDOWN = """\
# 云港市2023年国民经济和社会发展统计公报

云港市统计局　2024年3月10日

## 一、综合

初步核算，全年全市地区生产总值3875.2亿元[^1]，比上年增长5.9%。

表1　2023年主要农产品产量及其增长速度

单位：万吨

| 产品名称 | 2023年 | 2023年 |
| --- | --- | --- |
| 产品名称 | 产量（万吨） | 比上年增长（%） |
| 粮食 | 52.3 | 1.2 |
| 油料 | 9.4 | -3.1 |
| 糖料（甘蔗\\|甜菜） | 120.5 | 2.0 |

## 二、工业

全年规模以上工业增加值比上年增长8.3%。其中：

- 集成电路产量增长12.1%；
- 新能源汽车产量30万辆。

下一步重点工作：

1. 稳定工业增长；
2. 扩大有效投资。

[^1]: 地区生产总值按现价计算，增长速度按不变价格计算。
"""


def two_column_docx(path: Path) -> Path:
    """A title across the page, then fourteen numbered paragraphs set in two columns, over two pages with a
    running header and page numbers."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("双栏排版的调研报告", 0)
    section = document.add_section(WD_SECTION.CONTINUOUS)
    section._sectPr.append(parse_xml(f'<w:cols xmlns:w="{W_NS}" w:num="2" w:space="720"/>'))
    for n in range(1, 15):
        document.add_paragraph(f"第{n}段。" + "本段讲述园区发展的一个方面，文字足够长，可以在栏内折成好几行，" * 4
                               + f"第{n}段到此结束。")
    add_page_number_footer(document.sections[0], "调研报告（内部资料）")
    document.save(path)
    return path


def english_docx(path: Path) -> Path:
    """English paragraphs whose lines break inside words, as hyphenation breaks them, plus a compound that
    keeps its hyphen wherever it falls."""
    import docx

    document = docx.Document()
    document.add_heading("Port Report", 0)
    p = document.add_paragraph("The port handled 4.86 million containers, an inter-")
    p.add_run().add_break()
    p.add_run("national record for the district, and the well-")
    p.add_run().add_break()
    p.add_run("known ferry line carried 1.2 million passengers. Its well-known operator expanded.")
    document.save(path)
    return path


def to_pdfs(sources: list[Path], folder: Path) -> dict[Path, Path]:
    """Each source as PDF through one LibreOffice run (a private profile: a running LibreOffice is left alone)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
                       check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": profile})
    return {s: folder / (s.stem + ".pdf") for s in sources}


def _borders(element_pr, tag: str, **sides: int) -> None:
    """Word borders (`sides`: top/bottom/… → width in eighths of a point, 0 = none) on a table or cell."""
    from docx.oxml import parse_xml

    inner = "".join(f'<w:{side} w:val="{"single" if size else "nil"}" w:sz="{size}"/>' for side, size in sides.items())
    element_pr.append(parse_xml(f'<w:{tag} xmlns:w="{W_NS}">{inner}</w:{tag}>'))


def _three_line_table(document, rows: list[list[str]], widths_cm: list[float], *, spanned: tuple[int, int] | None = None,
                      tight: bool = False, centred: bool = False):
    """A table ruled as statistics bulletins rule theirs: a thick rule on top and at the bottom, a thin one
    under the header (its first row, or two rows when `spanned` = (first, last) column of a cell merged
    over the first row) and above a last row 合计, no other lines; numbers right-aligned (a number with a
    word before it, 约520, left-aligned); `tight`: no space between rows; `centred`: cells centred
    vertically (numbers beside the middle of a wrapped label)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    header_rows = 2 if spanned else 1
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    _borders(table._tbl.tblPr, "tblBorders", top=12, bottom=12, left=0, right=0, insideH=0, insideV=0)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            cell.width = Cm(widths_cm[j])
            cell.text = text
            paragraph = cell.paragraphs[0]
            if i >= header_rows and j > 0 and text and text[0] in "-—0123456789":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif i < header_rows:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if tight:
                paragraph.paragraph_format.space_after = Pt(0)
                paragraph.paragraph_format.line_spacing = 1.0
            properties = cell._tc.get_or_add_tcPr()
            if i == header_rows - 1 or (spanned and i == 0 and spanned[0] <= j <= spanned[1]):
                _borders(properties, "tcBorders", bottom=4)
            elif i == len(rows) - 1 and row[0] == "合计":
                _borders(properties, "tcBorders", top=4)
            if centred:
                properties.append(parse_xml(f'<w:vAlign xmlns:w="{W_NS}" w:val="center"/>'))
    if spanned:
        first, last = spanned
        table.cell(0, first).merge(table.cell(0, last))
        table.cell(0, first).text = rows[0][first]
        table.cell(0, first).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for j in range(len(rows[0])):
            if not first <= j <= last and not rows[1][j]:
                table.cell(0, j).merge(table.cell(1, j))
    return table


#: The tables of three_line_docx: (caption, rows, column widths in cm, spanned header columns, tight, centred).
THREE_LINE_TABLES = [
    ("表1　2023年主要工业产品产量及其增长速度",
     [["产品名称", "单位", "产量", "比上年增长（%）"], ["原煤", "万吨", "1,234.5", "-3.2"],
      ["发电量", "亿千瓦时", "386.2", "5.1"], ["规模以上工业企业主营业务收入", "亿元", "12,345.6", "8.0"],
      ["钢材", "万吨", "—", "—"], ["水泥", "万吨", "456.7", "-12.4"]],
     [3.4, 2.5, 3.2, 3.6], None, False, False),
    ("表2　2023年各区县地区生产总值",
     [["地区", "2023年", ""], ["", "地区生产总值（亿元）", "比上年增长（%）"], ["全市", "3875.2", "5.9"],
      ["东城区", "1021.7", "6.3"], ["西港新区（含临港产业园和保税物流园区）", "865.4", "-0.8"],
      ["南山县", "402.9", "4.1"]],
     [4.0, 4.6, 4.6], (1, 2), True, False),
    ("表3　2023年分行业固定资产投资",
     [["行业", "投资额（亿元）", "比上年增长（%）"], ["制造业", "约520", "12.1"],
      ["电力、热力、燃气及水生产和供应业以及其他公用事业", "86.3", "-4.5"], ["交通运输、仓储和邮政业", "120余", "0.0"],
      ["合计", "726.3", "6.8"]],
     [4.5, 4.0, 4.0], None, False, True),
]


def three_line_docx(path: Path) -> Path:
    """A bulletin's page whose tables are three-line tables (三线表): the first with a row label that wraps
    onto a second line, right-aligned numbers, negative numbers and dashes for none; the second with a
    header cell over two columns and no space between rows; the third with its cells centred vertically,
    numbers aligned left and right in one column and a rule above its total row. A title with a rule under
    it, and a note under each table."""
    import docx

    document = docx.Document()
    document.add_heading("某市2023年国民经济和社会发展统计公报", 0)
    document.add_paragraph("全年全市规模以上工业增加值比上年增长6.2%。主要工业产品产量如下。")
    for n, (caption, rows, widths, spanned, tight, centred) in enumerate(THREE_LINE_TABLES, 1):
        document.add_paragraph(caption)
        _three_line_table(document, rows, widths, spanned=spanned, tight=tight, centred=centred)
        document.add_paragraph(f"注：表{n}数据为初步统计数。")
    document.add_paragraph("全年全社会固定资产投资比上年增长3.5%。")
    document.save(path)
    return path


def _rule_under(paragraph, size: int = 8) -> None:
    """A rule under a paragraph across the text width (a paragraph's bottom border)."""
    from docx.oxml import parse_xml

    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr xmlns:w="{W_NS}"><w:bottom w:val="single" w:sz="{size}" w:space="1" w:color="000000"/></w:pBdr>'))


#: Sections of ruled_headings_docx and two_column_rules_docx: (heading, paragraphs).
RULED_SECTIONS = [
    ("一、综合", ["全年地区生产总值3875.2亿元，比上年增长5.9%。", "人均地区生产总值12.3万元。"]),
    ("二、工业", ["规模以上工业增加值增长8.3%。", "集成电路产量增长12.1%。"]),
    ("三、投资", ["固定资产投资增长3.5%。", "其中工业投资增长10.2%。"]),
]


def ruled_headings_docx(path: Path) -> Path:
    """A report whose section headings each have a rule under them, across the page, with short
    number-bearing paragraphs between the rules: rules and text in rows, but no table."""
    import docx

    document = docx.Document()
    document.add_heading("某市经济运行简况", 0)
    for heading, paragraphs in RULED_SECTIONS:
        _rule_under(document.add_heading(heading, 1))
        for text in paragraphs:
            document.add_paragraph(text)
    document.save(path)
    return path


def two_column_rules_docx(path: Path) -> Path:
    """A newsletter page: each section's heading across the page with a rule under it, its text in two
    columns below: the rules are of one width and the lines between them stand side by side in two
    columns, with numbers, yet there is no table."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("园区简报", 0)
    def columns(section, count: int) -> None:
        for old in section._sectPr.findall(f"{{{W_NS}}}cols"):
            section._sectPr.remove(old)
        section._sectPr.append(parse_xml(f'<w:cols xmlns:w="{W_NS}" w:num="{count}" w:space="720"/>'))

    for n, (heading, paragraphs) in enumerate(RULED_SECTIONS, 1):
        if n > 1:
            columns(document.add_section(WD_SECTION.CONTINUOUS), 1)
        _rule_under(document.add_heading(heading, 1))
        columns(document.add_section(WD_SECTION.CONTINUOUS), 2)
        for text in paragraphs:
            document.add_paragraph(text + "园区各项工作稳步推进，企业生产经营总体平稳，重点项目建设进展顺利。" * 3)
    document.save(path)
    return path


def scanned_page_pdf(text_pdf: Path, path: Path, *scanned: int) -> Path:
    """`text_pdf` with its pages `scanned` (1-based) replaced by pictures of those pages, as a scanner makes
    them: the page's text is seen but has no text layer."""
    import io

    import pypdfium2
    from pypdf import PdfReader, PdfWriter

    document = pypdfium2.PdfDocument(str(text_pdf))
    pictures = {}
    for number in scanned:
        picture = io.BytesIO()
        document[number - 1].render(scale=150 / 72).to_pil().convert("L").save(picture, "PDF", resolution=150)
        pictures[number] = PdfReader(picture).pages[0]
    document.close()
    writer = PdfWriter()
    for number, page in enumerate(PdfReader(text_pdf).pages, 1):
        writer.add_page(pictures.get(number, page))
    with path.open("wb") as f:
        writer.write(f)
    return path


#: The text of each page of three_page_docx (after its title).
THREE_PAGES = ["全年粮食产量52.3万吨，比上年增长1.2%。", "全年规模以上工业增加值增长8.3%。", "全年社会消费品零售总额增长6.1%。"]


def three_page_docx(path: Path) -> Path:
    """Three pages of a bulletin, each with its own figures (a page break after the first two)."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_heading("某县2023年统计公报", 0)
    for n, text in enumerate(THREE_PAGES, 1):
        paragraph = document.add_paragraph(text)
        if n < len(THREE_PAGES):
            paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.save(path)
    return path


#: What three_line_docx says, as Markdown written by hand (the reference its conversions are compared with).
THREE_LINE_MARKDOWN = """\
# 某市2023年国民经济和社会发展统计公报

全年全市规模以上工业增加值比上年增长6.2%。主要工业产品产量如下。

表1　2023年主要工业产品产量及其增长速度

| 产品名称 | 单位 | 产量 | 比上年增长（%） |
| --- | --- | --- | --- |
| 原煤 | 万吨 | 1,234.5 | -3.2 |
| 发电量 | 亿千瓦时 | 386.2 | 5.1 |
| 规模以上工业企业主营业务收入 | 亿元 | 12,345.6 | 8.0 |
| 钢材 | 万吨 | — | — |
| 水泥 | 万吨 | 456.7 | -12.4 |

注：表1数据为初步统计数。

表2　2023年各区县地区生产总值

| 地区 | 2023年 | 2023年 |
| --- | --- | --- |
| 地区 | 地区生产总值（亿元） | 比上年增长（%） |
| 全市 | 3875.2 | 5.9 |
| 东城区 | 1021.7 | 6.3 |
| 西港新区（含临港产业园和保税物流园区） | 865.4 | -0.8 |
| 南山县 | 402.9 | 4.1 |

注：表2数据为初步统计数。

表3　2023年分行业固定资产投资

| 行业 | 投资额（亿元） | 比上年增长（%） |
| --- | --- | --- |
| 制造业 | 约520 | 12.1 |
| 电力、热力、燃气及水生产和供应业以及其他公用事业 | 86.3 | -4.5 |
| 交通运输、仓储和邮政业 | 120余 | 0.0 |
| 合计 | 726.3 | 6.8 |

注：表3数据为初步统计数。

全年全社会固定资产投资比上年增长3.5%。
"""


#: A table too long for one page: it goes on, without its header, at the top of the next.
LONG_TABLE = [["产品名称", "产量（万吨）", "比上年增长（%）"]] + [
    [f"第{i}号产品", f"{10 + i * 1.5:.1f}", f"{(i % 7) - 2.5:.1f}"] for i in range(1, 46)]


def table_across_pages_docx(path: Path) -> Path:
    markdown = ("# 示例县2024年国民经济和社会发展统计公报\n\n## 一、工业\n\n全年规模以上工业增加值增长6.1%。\n\n"
                "## 二、农业\n\n全年粮食产量35.2万吨。\n")
    return docx_from_markdown(markdown, path, table=LONG_TABLE, table_caption="表1　主要工业产品产量")
