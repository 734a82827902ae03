"""Writes tests/packs/hostile/ (run: python tests/packs/hostile/make_hostile.py tests/packs/hostile): a pack whose texts
try to be markup, links, format strings and layout bombs."""
import sys
from pathlib import Path
import yaml

out = Path(sys.argv[1])
RLO, PDF, ZW, ZWJ, LRM = "\u202e", "\u202c", "\u200b", "\u200d", "\u200e"
HTML_TITLE = "<b>Bold?</b><img src='file:///tmp/hostile-probe.png'> & <i>x</i>"
LINK = '<a href="https://example.com/">click me</a>'
LONG_EN = ("Long text without end " * 466)[:10_000]          # ~10 kB of ASCII, with spaces
LONG_TOKEN = "A" * 10_000                                       # ~10 kB, no break opportunity at all
LONG_ZH = "超长文本测试" * 560                                   # 3,360 CJK characters ≈ 10 kB of UTF-8
FORMAT = "{0} {n} {title} %s %(x)s %d {{}} }{"
QUOTE_LONG = "第一条长引语：" + LONG_ZH

article = f"""# 敌意测试区：文本必须保持为文本（虚构示例）

（本文为测试用虚构文章。）

标题含有<b>粗体</b>与<img src='file:///tmp/hostile-probe.png'>标签，研发投入达5亿元。

链接{LINK}相关企业12家。

符号&与&amp;以及&&出现在这里，工业产值增长3.5%。

双向控制字符{RLO}反向文本{PDF}与零宽字符{ZW}和{ZWJ}，新增设备约300台。

格式字符串{FORMAT}，排名居全区第2位。

{QUOTE_LONG}，涉及企业8家。

占全区的1/3。

2023年5月1日，<script>alert(1)</script>活动举行。

数据来源：敌意测试编辑部
"""
B = lambda zh, en: {"zh": zh, "en": en}
pack = {
  "format": "briefing-pack/1", "id": "hostile-fictional",
  "title": B("<b>标题</b><img src='file:///tmp/hostile-probe.png'>", HTML_TITLE),
  "subtitle": B(f"零宽{ZW}字符{ZWJ}与双向{RLO}控制{PDF}", f"Zero{ZW}width{ZWJ} and bidi {RLO}override{PDF} {LRM}"),
  "article": {"file": "hostile.txt", "title": "敌意测试区：文本必须保持为文本（虚构示例）",
              "title_en": "Hostile test district: text must stay text (fictional) " + LINK, "year": 2023,
              "source": B("敌意测试编辑部 & <u>下划线</u>", "Hostile Test Desk & <u>underline</u> &amp; &&"),
              "source_quote": "数据来源：敌意测试编辑部"},
  "scopes": {"h": B("敌意区 & <b>x</b>", "Hostile & <b>district</b>")},
  "sections": [
    {"id": "markup", "title": B("标记 & 链接", "Markup & links"), "message": B("<b>研发投入</b>达5亿元", "R&D <i>reached</i> CNY 500 million " + LINK)},
    {"id": "layout", "title": B("布局 & 长文本", "Layout && long text"), "message": B("格式字符串" + FORMAT, "Format strings " + FORMAT)},
  ],
  "groups": [{"id": "g", "section": "markup", "title": B("<img src='file:///tmp/hostile-probe.png'>组", "Group <img src='file:///tmp/hostile-probe.png'>")}],
  "figures": [
    {"id": "rd", "section": "markup", "group": "g", "headline": True, "label": B("<b>研发</b>投入", HTML_TITLE), "value": 5, "unit": "亿元",
     "period": {"year": 2023}, "scope": "h", "note": B(LINK, LINK), "quote": "研发投入达5亿元"},
    {"id": "firms", "section": "markup", "group": "g", "label": B(LINK, LINK), "value": 12, "unit": "家", "unit_en": "<b>firms</b> & co",
     "period": {"year": 2023}, "scope": "h", "quote": "相关企业12家"},
    {"id": "growth", "section": "markup", "type": "change", "label": B("产值增长 & 下降", "Output & <s>growth</s>"), "value": 3.5, "unit": "%",
     "period": {"year": 2023}, "scope": "h", "quote": "工业产值增长3.5%"},
    {"id": "devices", "section": "layout", "label": B(f"设备{RLO}反向{PDF}{ZW}", f"Devices {RLO}reversed{PDF}{ZW}{ZWJ}"), "value": 300, "unit": "台",
     "unit_en": f"machines{ZW}", "qualifier": "约", "period": {"year": 2023}, "scope": "h", "quote": "新增设备约300台"},
    {"id": "rank", "section": "layout", "type": "rank", "label": B(FORMAT, FORMAT), "value": 2, "among": B("全区", FORMAT),
     "period": {"year": 2023}, "scope": "h", "quote": "排名居全区第2位"},
    {"id": "long", "section": "layout", "label": B("长文本企业", "Firms with long text"), "value": 8, "unit": "家", "unit_en": "firms",
     "period": {"year": 2023}, "scope": "h", "note": B(LONG_ZH, LONG_EN), "quote": QUOTE_LONG + "，涉及企业8家"},
    {"id": "share", "section": "layout", "type": "share", "label": B("占比 <br> 换行", "Share <br/> break"), "value": "1/3", "of": "全区",
     "period": {"year": 2023}, "scope": "h", "quote": "占全区的1/3"},
  ],
  "entities": [
    {"id": "e1", "kind": "company", "section": "markup", "name": B("<script>alert(1)</script>", LINK), "figure": "firms", "quote": "相关企业12家"},
    {"id": "e2", "kind": "institution", "section": "layout", "name": B(f"{RLO}构机{PDF}", f"{RLO}noitutitsni{PDF}"), "quote": "新增设备约300台"},
  ],
  "events": [
    {"id": "ev", "date": "2023-05-01", "section": "layout", "title": B("<script>alert(1)</script>活动", "<script>alert(1)</script> event & more"),
     "detail": B(LONG_ZH, LONG_TOKEN), "figures": ["long"], "quote": "2023年5月1日，<script>alert(1)</script>活动举行"},
  ],
  "map": {"id": "m", "section": "layout", "title": B("地图 & <b>位置</b>", "Map & <b>places</b>"), "quote": "排名居全区第2位",
          "reference": B("虚构坐标 <a href='https://example.com'>来源</a>", "Fictional coordinates " + LINK),
          "places": [{"id": "p1", "name": B("<b>甲</b>", "<b>A</b> & B"), "region": B("区 & 县", "District & county"), "lat": 0.0, "lon": 0.0, "origin": True},
                     {"id": "p2", "name": B(f"乙{ZW}", f"B{RLO}x{PDF}"), "region": B("区", "District"), "lat": 1.0, "lon": 1.0}]},
  "matrices": [{"id": "mx", "section": "layout", "title": B("矩阵 & <table>", "Matrix & <table>"), "cell": B("<td>●</td>", "&#9679;"),
                "quote": "标题含有<b>粗体</b>与<img src='file:///tmp/hostile-probe.png'>标签",
                "rows": [B("<tr>行</tr>", "<tr>row</tr>"), B("&nbsp;", "&lt;b&gt;")], "columns": [B("列 & 列", "col & col"), B(LINK, LINK)]}],
  "images": [{"section": "markup", "caption": B("<img src='file:///tmp/hostile-probe.png'>", "<img src='file:///tmp/hostile-probe.png'>"),
              "quote": "标题含有<b>粗体</b>与<img src='file:///tmp/hostile-probe.png'>标签"}],
}


class NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


out.mkdir(parents=True, exist_ok=True)
(out / "hostile.txt").write_text(article, encoding="utf-8")
header = ("# A HOSTILE, fictional pack for tests: every text tries to be markup (HTML tags, <img src=file:…>, links),\n"
          "# an accelerator (&), a format string ({0} %s), bidi overrides, zero-width characters or a 10 kB layout\n"
          "# bomb. `check` accepts it (with warnings); every view must show these texts literally, as plain text.\n")
(out / "hostile.yaml").write_text(header + yaml.dump(pack, Dumper=NoAliases, allow_unicode=True, sort_keys=False, width=4096),
                                  encoding="utf-8")
