"""Drafting a statistics table cell by cell: every data cell a figure that cites it (`cell`, quote = its row).

Read through model/tables.py, the reader `check` uses, so a drafted cell is a cell `check` finds:
- the label is the row's name (without 其中： and a unit in brackets) and the column's measure (产量, 地区生产总值;
  not a bare 绝对数 or a year, nor again for a row that is a quantity itself: 发电量, 民间投资); under a column
  that names none, the measure the caption names (主要农产品产量 → 茶叶产量); a change column's label is the row
  and the table's (or caption's) measure with its verb (粮食产量增长, 生猪出栏下降, 住户存款余额增加, 衣着类价格涨跌);
- the unit comes from the cell, its column header, the row (label or 单位 column) or the caption's 单位 line; a
  cell whose table gives no unit is not drafted (nothing would say what it counts), and is listed with the reason;
- 比上年增长 columns are changes: a negative cell is a fall written as negative growth (value -3.1, no direction);
  a 下降 column's numbers are falls (direction: down); 增减 columns are changes in the quantity's unit;
  比重 columns are shares in %, 位次 columns ranks;
- a column naming a year (2023年, 2023年末) gives its cells that period; otherwise the caption's year, otherwise
  the period the document reports on;
- a total row (全市, 合计…) is the document's own place; a row named after a place (…区, …县, …镇) is that
  place's figure; every other row is the document's place;
- each column's cells, total row aside, are one group, so a table's column becomes one chart.
"""

from __future__ import annotations

import re

from ..model.glossary import counter, counted_noun, term, translate
from ..model.tables import Column, Row, Table, header_unit, is_total, read_number, read_rank, read_tables, year_in
from ..model.units import needs_english_noun
from ..model.untranslated import UNTRANSLATED
from .numbers import Skipped, number as to_number

#: Column headers that name no measure: the row alone says what the number is.
GENERIC_HEADERS = ("绝对数", "数值", "数量", "总量", "本年", "本期", "本年累计", "累计", "全年", "指标值", "金额", "实绩")
#: A row named after a place has its own scope.
PLACE = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:市|区|县|镇|乡|街道|新区|开发区|园区)$")
_LEAD = re.compile(r"^(?:其中[：:]|#|\s)+")
_CAPTION_LABEL = re.compile(r"^\s*附?表\s*\d+[\s\u3000.:：、]*")
#: A name that ends in one of these is a quantity already (发电量, 民间投资, 各项存款余额, 地区生产总值).
_QUANTITIES = "量|额|值|投资|面积|收入|支出|人数|价格|指数"
_QUANTITY = re.compile(rf"(?:{_QUANTITIES})$")
#: … and a row that counts or rates something is one too, whatever quantity the column or caption names.
_OWN_MEASURE = re.compile(rf"(?:{_QUANTITIES}|数|率|比重|人次)$")
#: A note closing a row's name: 固定资产投资（不含农户）.
_NOTE_AT_END = re.compile(r"[（(][^（()）]*[）)]$")
#: When a stock is counted (年末余额): its change since the year's start is the stock's (余额增加).
_WHEN_OF_MEASURE = re.compile(r"^(?:年末|年底|期末|年初)")
_VERBS = ("增长", "增速", "增幅", "增减", "增加", "减少", "下降", "降低", "提高", "上涨", "涨跌", "同比", "环比", "变化", "变动",
          "净增")


def draft_tables(drafter, section_ids: list[str], tables: list[Table]) -> tuple[list[dict], list[dict], list[Skipped]]:
    """(figures, groups, skipped cells) for every table of the article (`tables`, as model.tables reads them:
    the prose drafter leaves their numbers here); each figure carries `_at`, the article offset of its cell,
    as the prose figures do. New place scopes are added to `drafter.scopes`; ids come from
    `drafter.new_id`, unique across the draft."""
    article = drafter.a
    figures: list[dict] = []
    groups: list[dict] = []
    skipped: list[Skipped] = []
    default_period = _report_period(article)
    for table in tables:
        section = section_ids[article.section_at(table.start)]
        period = _caption_period(table) or default_period
        measure = _table_measure(table) or _caption_measure(table)
        for column in table.data_columns:
            members = []
            for number, row in enumerate(table.data_rows, 1):
                fig, why = _cell_figure(drafter, table, (number, row), column, _column_key(table, column), measure,
                                        period, section)
                if fig is not None:
                    figures.append(fig)
                    if not is_total(table.row_label(row)):
                        members.append(fig)
                elif why:
                    cell = row.cells[column.index]
                    skipped.append(Skipped(cell.text, cell.start, why))
            if len(members) >= 2:
                gid = drafter.new_id(None, f"table-{table.number}-column-{column.index + 1}")
                groups.append({"id": gid, "section": section, "title": _bilingual(_group_title(table, column, measure))})
                for fig in members:
                    fig["group"] = gid
    return figures, groups, skipped


def cell_at(drafter, start: int, end: int) -> dict | None:
    """The figure `draft` would make of the table cell the article span [start, end) touches (a selection in
    the Source tab), or None when it touches no data cell. Its section is left to the caller."""
    for table in read_tables(drafter.a.text):
        if not table.start <= start <= table.end:
            continue
        measure, period = _table_measure(table), _caption_period(table) or _report_period(drafter.a)
        for number, row in enumerate(table.data_rows, 1):
            for column in table.data_columns:
                cell = row.cells[column.index] if column.index < len(row.cells) else None
                if cell is not None and cell.start <= end and start <= cell.end:
                    fig, _why = _cell_figure(drafter, table, (number, row), column,
                                             _column_key(table, column), measure, period, "")
                    if fig is not None:
                        del fig["_at"], fig["section"]
                        return fig
    return None


def _report_period(article) -> dict:
    return dict(article.frame.report) if article.frame and article.frame.report else {"year": article.year}


def _bilingual(zh: str, en: str | None = None) -> dict:
    return {"zh": zh, "en": en or translate(zh) or UNTRANSLATED}


def _column_key(table: Table, column: Column) -> str:
    """How `cell.column` names it: its lowest header, or every header level when that one is not unique."""
    return column.name if len(table.columns_named(column.name)) == 1 else column.full_name


def _row_name(table: Table, row: Row) -> str:
    """The row's label as a label's subject: without 其中： and a unit in brackets (粮食产量（万吨） → 粮食产量)."""
    return header_unit(_LEAD.sub("", table.row_label(row)).strip())[0]


def _measure_of(column: Column) -> str:
    """What a column measures, in its header's words without unit, year or verb: 产量, 地区生产总值; '' for
    a column that only names a year or says 绝对数."""
    for text in reversed(column.path):
        name = header_unit(text)[0]
        name = re.sub(r"^(?:比上年|比去年|同比|较上年|比\d{4}年末?)", "", name)
        if year_in(name) and re.fullmatch(r"(?:19|20)\d\d\s*年(?:末|底)?", name.strip()):
            continue
        if name in GENERIC_HEADERS or not name:
            continue
        return name
    return ""


def _table_measure(table: Table) -> str:
    """The measure of the table's first quantity column (产量 in 产量 | 比上年增长): what its change columns
    are the change of."""
    for column in table.data_columns:
        if column.kind == "quantity":
            return _measure_of(column)
    return ""


#: Measures a caption may name for every row of its table (主要农产品产量及其增长速度: each row's 产量).
_CAPTION_MEASURES = re.compile(r"产量|产值|增加值|投资|零售额|销售额|营业收入|进出口额|出口额|进口额|价格|客运量|货运量|用电量")


def _caption_measure(table: Table) -> str:
    """The measure the caption names for its rows (产量 of 主要农产品产量及其增长速度), or ''."""
    found = _CAPTION_MEASURES.findall(_caption_title(table))
    return found[-1] if found else ""


def _verb(column: Column) -> str:
    words = column.words
    if column.falls:
        return next(w for w in ("下降", "减少", "降低") if w in words)
    return next((w for w in ("增减", "增加", "减少", "净增", "提高", "上涨", "涨跌") if w in words), "增长")


def _changed(column: Column, measure: str) -> str:
    """What a change column is the change of: its own measure (比重提高 → 比重), else the table's (产量)."""
    own = _measure_of(column)
    verb_only = any(own.startswith(v) or own.endswith(v) for v in _VERBS)
    return measure if verb_only or not own else own


def _label(table: Table, row: Row, column: Column, measure: str) -> str:
    """The cell's label; a 合计 row's is its measure and 合计 after it, as Chinese says it (地区生产总值合计, never
    合计地区生产总值); a 全市 row's keeps its 全市 (全市地区生产总值, beside each district's)."""
    subject = _row_name(table, row)
    total = "合计" if re.fullmatch(r"合\s*计|总\s*计", subject) else ""
    subject = "" if total else subject
    if column.kind == "change":  # a change since the start of the year is the balance's, not the year-end's
        return _of(subject, _WHEN_OF_MEASURE.sub("", _changed(column, measure))) + total + _verb(column)
    if column.kind == "rank":
        return _of(subject, measure) + total + "位次"
    return _of(subject, _measure_of(column) or measure) + total


def _of(subject: str, measure: str) -> str:
    """The row's name with the column's measure, as a person writes it: 水泥产量, 第一产业投资额; a row that already
    names a quantity keeps its own name (发电量, not 发电量产量; 民间投资, 各项存款余额)."""
    if not measure or measure in subject:
        return subject
    if _OWN_MEASURE.search(_NOTE_AT_END.sub("", subject)) and _QUANTITY.search(measure):  # 施工项目个数, not …个数投资
        return subject
    return subject + measure


def _cell_figure(drafter, table: Table, numbered: tuple[int, Row], column: Column, column_key: str, measure: str,
                 period: dict, section: str) -> tuple[dict | None, str]:
    """The figure of one cell, or (None, why) — why is '' for a cell with nothing in it (—, …, empty, text)."""
    number_of_row, row = numbered
    if column.index >= len(row.cells):
        return None, ""
    cell = row.cells[column.index]
    text = cell.text
    zh = _label(table, row, column, measure)
    fig: dict = {"id": "", "section": section}
    if column.kind == "rank":
        rank = read_rank(text)
        if rank is None or rank < 1:
            return None, "" if read_number(text) is None else "not a place in a ranking"
        among = "各" + (table.columns[table.label_column].name or "地区")
        fig.update(type="rank", value=rank, among=_bilingual(among, term(among)))
    else:
        number = read_number(text)
        if number is None:
            return None, ""
        unit, _source = table.cell_unit(row, column)
        value = to_number(number.plain)
        if column.kind == "share" and unit == "%":
            fig.update(type="share", value=value, unit="%")
            whole = re.search(r"占(全国|全省|全市|全区)", "".join(column.path))
            if whole:
                fig["of"] = whole.group(1)
        elif column.kind == "change":
            fig.update(type="change", value=value)
            if unit:
                fig["unit"] = unit
                if unit not in ("%", "百分点") and needs_english_noun(unit):
                    fig["unit_en"] = _unit_en(unit, zh)
            verb = _verb(column)
            if column.falls and value > 0:
                fig.update(direction="down", word=verb)  # 比上年下降（%）: its numbers are falls
            elif verb == "增减" or (verb != "增长" and value >= 0):
                fig["word"] = verb  # 增减 either way; 增加, 上涨… for a rise (a negative one reads 增长-3.1)
        else:
            if unit is None:
                return None, "a number of a table that gives no unit for it (header, row, 单位 column or line)"
            fig.update(value=value, unit=unit)
            if needs_english_noun(unit):
                fig["unit_en"] = _unit_en(unit, zh)
        if number.qualifier != "exact":
            fig["qualifier"] = number.qualifier
    en = translate(zh)
    fig["id"] = drafter.new_id(en, f"table-{table.number}-row-{number_of_row}-column-{column.index + 1}")
    fig["label"] = _bilingual(zh, en)
    year = column.year
    fig["period"] = ({"year_end": year[0]} if year[1] else {"year": year[0]}) if year else dict(period)
    fig["scope"] = _scope(drafter, _row_name(table, row))
    fig["cell"] = {"table": table.number, "row": table.row_label(row), "column": column_key}
    fig["quote"] = row.line
    fig["_at"] = cell.start
    return fig, ""


def _unit_en(unit: str, label: str) -> str:
    base = re.sub(r"^(?:万亿|亿|万)", "", unit)
    return counter(base) or counted_noun(label) or UNTRANSLATED


def _scope(drafter, name: str) -> str:
    """The scope of a row: the document's place for a total, the row's own place, else the document's."""
    main = next(iter(drafter.scopes))
    place = name  # the row's name without 其中： and a unit (城关镇（亿元） is 城关镇)
    if is_total(place) or not PLACE.match(place):
        return main
    for key, names in drafter.scope_names.items():
        if place in names:
            return key
    for key, value in drafter.scopes.items():
        if value["zh"] == place:
            return key
    key = drafter.new_id(term(place), f"place-{len(drafter.scopes)}")
    drafter.scopes[key] = _bilingual(place, term(place))
    return key


def _caption_period(table: Table) -> dict | None:
    for line in table.caption:
        year = year_in(_CAPTION_LABEL.sub("", line))
        if year:
            return {"year_end": year[0]} if year[1] else {"year": year[0]}
    return None


def _caption_title(table: Table) -> str:
    """The caption's words without its number and leading year: 表1　2023年分县（市、区）地区生产总值 →
    分县（市、区）地区生产总值."""
    for line in table.caption:
        if "单位" in line and len(table.caption) > 1:
            continue
        title = _CAPTION_LABEL.sub("", line)
        title = re.sub(r"^(?:19|20)\d\d\s*年(?:末|底)?", "", title).strip()
        if title and not title.startswith("单位"):
            return title
    return ""


def _group_title(table: Table, column: Column, measure: str) -> str:
    """A column's chart title: the caption when it names the column's measure, else the caption and the column."""
    caption = _caption_title(table)
    if column.kind == "change":
        base = _changed(column, measure)
        if caption and base and caption.endswith(base):
            return caption + _verb(column)  # 分县（市、区）地区生产总值增长
        name = base + _verb(column)
    else:
        name = _measure_of(column) or header_unit(column.name)[0]
        if caption and name and name in caption:
            return caption
    return f"{caption}：{name}" if caption and name else (caption or name or f"表{table.number}")
