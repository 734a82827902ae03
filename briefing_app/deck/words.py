"""The deck's own words (not data) in both languages."""

from ..i18n import translator

WORDS = {
    "agenda": ("议程", "Agenda"),
    "agenda_title": ("本简报共{n}部分", "This briefing in {n} parts"),
    "timeline": ("时间线", "Timeline"),
    "summary_title": ("要点摘要", "Summary"),
    "appendix": ("附录：名单、清单与资料来源", "Appendix: names, lists and sources"),
    "appendix_tables": ("附录：数据附表、名单与资料来源", "Appendix: data tables, names and sources"),
    "appendix_title": ("附录", "Appendix"),
    "talking_point": ("要点：", "Talking point: "),
    "timeline_title": ("{n}个关键节点：{first}至{last}", "{n} milestones, {first} to {last}"),
    "sources": ("资料来源", "Sources"),
    "sources_title": ("每个数字均可追溯至原文引语", "Every figure traces back to a verbatim quote"),
    "cont": ("（续）", " (cont.)"),
    "source_prefix": ("数据来源：", "Source: "),
    "based_on": ("依据：《{title}》", "Based on: “{title_en}” (in Chinese)"),
    "article": ("原文：《{title}》", "Article: “{title_en}” (in Chinese; its title is in the speaker notes)"),
    "original_title": ("原文标题：《{title}》", "Original title: {title}"),
    "figure_count": ("共{n}项数据，每项附原文引语与出处段落（见演讲者备注与数据表）",
                     "{n} figures, each with its verbatim quote and section (see speaker notes and the data table)"),
    "reference": ("参考数据：{text}", "Reference data: {text}"),
    "images": ("原文配图（仅列图注，未转载图片）：{captions}", "Images in the article (captions only, not reproduced): {captions}"),
    "named_all": ("文中提及的{what}", "{What} named in the article"),
    "named": ("{section}：文中提及的{what}", "{section}: {what} named in the article"),
    "notes_quote": ("原文：“{quote}”（{heading}）", "Source quote: “{quote}” ({heading})"),
    "notes_cell": ("原文表格：{citation}（{heading}）", "Source table: {citation} ({heading})"),
    "notes_derived": ("推算：{method}", "Derived: {method}"),
    "share_note": ("柱高为分数换算的百分比（如{example}），标签为原文分数",
                   "Bar heights are the fractions as percentages (e.g. {example}); labels give the article's fractions"),
    "earlier": ("此前", "earlier"),
    "approx_note": ("浅色柱为约数", "lighter bars are approximate"),
    "target_note": ("虚线框为目标值，非已完成", "dashed outlines are targets, not results"),
    "matrix_every": ("上图每一处交汇均适用", "applies at every crossing above"),
    "all_figures": ("数据时间：{meta}", "All figures: {meta}"),
    "date_range_sep": ("至", " to "),
    # the appendix's data tables (deck/tables.py)
    "tables_title": ("数据附表：{sections}", "Data tables: {sections}"),
    "tables_divider": ("数据附表：正文未展示的{n}项数据", "Data tables: the {n} figures the main part does not show"),
    "table_range": ("{first}至{last}", "{first} to {last}"),
    "table_figure": ("指标", "Figure"),
    "table_value": ("数值", "Value"),
    "table_period": ("时间", "Period"),
    "table_source": ("引语", "Quote"),
    # a series slide (deck/series_slide.py): one indicator across articles
    "before_revision": ("修订前数值", "value before revision"),
    "status_revised": ("修订后", "revised"),
    "status_superseded": ("后经修订", "later revised"),
    "status_repeated": ("同值再次发布", "published again, same value"),
    "off_period": ("无具体时期", "no point in time"),
    "off_unit": ("单位无法精确换算", "a unit that cannot be converted exactly"),
    "off_kind": ("另一类数字", "another kind of number"),
    "off_target": ("目标值，非已完成", "a target, not a result"),
    "not_plotted": ("未上图：{why}", "not on the chart: {why}"),
    "revision_note": ("空心标记为后来的文章修订前的数值，实心为最新数值", "open markers are values a later article revised; filled ones are the latest"),
    "scope_note": ("口径变化：{scopes}的数值不可比，不连线", "scope changed: values for {scopes} are not comparable and are not joined"),
    "off_chart_note": ("另有{n}个数值未上图（见备注）", "{n} more values are not on the chart (see the notes)"),
    "in_article": ("《{title}》", "“{title_en}”"),
    "notes_series_quote": ("原文：“{quote}”（《{title}》，{heading}）", "Source quote: “{quote}” (“{title_en}”, {heading})"),
    "notes_series_cell": ("原文表格：{citation}（《{title}》，{heading}）", "Source table: {citation} (“{title_en}”, {heading})"),
    "notes_difference": ("差值由首末两个数字相减得出，原文未直接给出", "The difference is computed from the first and last figures; the articles do not state it"),
    "series_part": ("指标走势", "Indicators over time"),
    "based_on_several": ("依据{n}篇文章：{articles}", "Based on {n} articles (in Chinese): {articles}"),
}


word = translator(WORDS)

#: What each kind of named entity is called in a title, in the order titles list them.
ENTITY_KINDS = {"company": ("企业", "firms"), "institution": ("机构", "institutions"), "project": ("项目", "projects"),
                "place": ("地点", "places")}


def named_kinds(entities, lang: str) -> str:
    """The kinds of the entities listed, as a title names them: 企业与机构 / firms and institutions; 企业、机构与项目
    / firms, institutions and projects. Decided from each entity's `kind`, never from its id or name."""
    kinds = {e.kind for e in entities}
    names = [pair[lang == "en"] for kind, pair in ENTITY_KINDS.items() if kind in kinds]
    if len(names) < 2:
        return "".join(names)
    last = "与" if lang == "zh" else " and "
    return ("、" if lang == "zh" else ", ").join(names[:-1]) + last + names[-1]


def named_title(entities, lang: str, section: str | None = None) -> str:
    """The title of a list of named entities: 文中提及的企业与机构 / Firms and institutions named in the article."""
    what = named_kinds(entities, lang)
    if section is not None:
        return word("named", lang, section=section, what=what)
    return word("named_all", lang, what=what, What=what[:1].upper() + what[1:])
