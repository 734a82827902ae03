"""The deck's own words (not data) in both languages."""

from ..i18n import translator

WORDS = {
    "agenda": ("议程", "Agenda"),
    "agenda_title": ("本简报共{n}部分", "This briefing in {n} parts"),
    "timeline": ("时间线", "Timeline"),
    "summary_title": ("要点摘要", "Summary"),
    "appendix": ("附录：名单、清单与资料来源", "Appendix: names, lists and sources"),
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
    "named_all": ("文中提及的企业与机构", "Firms and institutions named in the article"),
    "named": ("{section}：文中提及的企业与机构", "{section}: firms and institutions named in the article"),
    "notes_quote": ("原文：“{quote}”（{heading}）", "Source quote: “{quote}” ({heading})"),
    "notes_derived": ("推算：{method}", "Derived: {method}"),
    "share_note": ("柱高为分数换算的百分比（如{example}），标签为原文分数",
                   "Bar heights are the fractions as percentages (e.g. {example}); labels give the article's fractions"),
    "earlier": ("此前", "earlier"),
    "approx_note": ("浅色柱为约数", "lighter bars are approximate"),
    "target_note": ("虚线框为目标值，非已完成", "dashed outlines are targets, not results"),
    "matrix_every": ("上图每一处交汇均适用", "applies at every crossing above"),
    "all_figures": ("数据时间：{meta}", "All figures: {meta}"),
    "date_range_sep": ("至", " to "),
}


word = translator(WORDS)
