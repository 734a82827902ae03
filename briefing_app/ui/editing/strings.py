"""The editing panels' words, Chinese and English."""

from ...i18n import translator

TEXT = {
    "menu": ("编辑(&E)", "&Edit"),
    "add": ("从所选原文添加数字…", "&Add figure from selection…"),
    "edit": ("编辑所选数字…", "&Edit selected figure…"),
    "delete": ("删除所选数字", "&Delete selected figure"),
    "edit_this": ("编辑此数字…", "Edit this figure…"),
    "delete_this": ("删除此数字", "Delete this figure"),
    "undo": ("撤销", "&Undo"),
    "redo": ("重做", "&Redo"),
    "problems": ("问题面板", "&Problems panel"),
    "problems_title": ("问题（check）", "Problems (check)"),
    "no_problems": ("没有问题：简报通过检查", "No problems: the pack passes check"),
    "form_add": ("添加数字", "Add figure"),
    "form_edit": ("编辑数字", "Edit figure"),
    "select_text": ("请先在“原文”页选中含数字的文字", "Select text holding a number in the Source tab first"),
    "select_row": ("请先在“数据”页选中一行", "Select a row in the Data tab first"),
    "saved": ("已保存 {name}", "Saved {name}"),
    "not_saved": ("未保存：{count} 个问题，见问题面板（可撤销）", "Not saved: {count} problem(s), see the Problems panel (undo is available)"),
    "bad_value": ("数值无效：{text}", "Not a valid value: {text}"),
    "series": ("指标序列", "Series"),
    "series_same": ("与简报库中{where}为同一指标（名称、单位、范围相同）",
                    "The same indicator as {where} in the Library (label, unit family and scope)"),
    "id": ("标识", "Id"), "section": ("部分", "Section"), "group": ("分组", "Group"), "type": ("类型", "Type"),
    "label_zh": ("标签（中文）", "Label (Chinese)"), "label_en": ("标签（英文）", "Label (English)"),
    "value": ("数值", "Value"), "from": ("起始值", "From"), "unit": ("单位", "Unit"),
    "unit_en": ("单位英文名词", "Unit noun (English)"), "qualifier": ("限定词", "Qualifier"),
    "plan": ("计划词", "Plan word"), "target_year": ("目标年份", "Target year"),
    "among_zh": ("排名范围（中文）", "Ranked among (Chinese)"), "among_en": ("排名范围（英文）", "Ranked among (English)"),
    "tied": ("并列", "Tied"), "period": ("时期", "Period"), "scope": ("范围", "Scope"), "quote": ("原文引用", "Quote"),
    "none": ("（无）", "(none)"),
    "period_value": ("时期取值", "Period value"), "until": ("截止日期（过去N年）", "Until (past N years)"),
    "type_quantity": ("数量", "Quantity"), "type_rank": ("排名", "Rank"), "type_share": ("比重", "Share"),
    "type_change": ("变化率", "Change"),
    "period_year": ("年份", "Year"), "period_this_year": ("今年", "This year"), "period_month": ("月份", "Month"),
    "period_date": ("日期", "Date"), "period_as_of": ("截至", "As of"), "period_past_years": ("过去N年", "Past N years"),
    "period_current": ("目前", "Current"),
}

tr = translator(TEXT)
