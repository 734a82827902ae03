"""From an article to a proposed pack (a plain dict in the pack format) plus notes for the reader.

Each figure keeps the clause it comes from as its quote (an exact substring), so `check` can prove
it; English comes from the shared glossary where that is reliable, else the explicit marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model.format import MONTH_NAMES_EN, period_text
from ..model.glossary import counted_noun, counted_prefix, counter, term, translate
from ..model.schema import Period
from ..model.tables import read_tables
from ..model.units import needs_english_noun
from ..model.untranslated import UNTRANSLATED
from .article import Article, parse_article
from .entities import find_entities, find_events
from .labels import (EVALUATION, GROUP, MOVED, WHEN, carried, list_subjects, measured, names_nothing, of_last,
                     passed_subject, quantity_label, ranked, short, split_subjects, subject_label)
from .numbers import (BASES_EN, CHANGE_DOWN, CHANGE_UP, COMPARED, EARLIER_PART, LATIN_UNITS, Mention, Skipped,
                      find_numbers, plan_of)
from .periods import period_for, target_of
from .frame import whole_area_words
from .scopes import collective, main_place, own_place
from .tables import draft_tables

MAX_HEADLINES = 8
#: A sentence that goes on about the sentence before's subject (分季度看，一季度增长4.9%，上半年增长5.5%).
CONTINUES = re.compile(r"\s*(?:分|从|按)(?:季度|月份?|阶段)看")
#: A sentence that only narrows the figure before to a part of its period (其中，二季度增长6.3%; 5月份增长8.8%): the
#: subject is the sentence before's, the part of the year the figure's period.
NARROWS = re.compile(rf"\s*(?:其中[，,：:]?\s*)?(?:{WHEN.pattern})(?:当月|当季)?(?:同比|比上年)?"
                     r"(?:增长|下降|上涨|下跌|回落|增速)")
RATE_EN = {"/年": " a year", "/月": " a month", "/日": " a day", "/天": " a day", "/小时": " an hour"}


@dataclass
class Draft:
    pack: dict
    skipped: list[Skipped] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (quote, why it is not in the pack)
    article: Article | None = None
    translated: list[tuple[str, str, str, str]] = field(default_factory=list)  # (path, zh, en, origin) filled in


#: A rank's field as an English noun phrase ("No. 3 in the city"); the glossary holds adjectives (citywide).
WHOLE_EN = {"全国": "China", "全省": "the province", "全市": "the city", "全区": "the district",
            "全县": "the county", "全球": "the world"}


def bilingual(zh: str, en: str | None = None) -> dict:
    return {"zh": zh, "en": en or UNTRANSLATED}


class _Drafter:
    def __init__(self, article: Article):
        self.a = article
        self.text = article.text
        place = own_place(article.frame) or main_place(self.text)
        self.scope_names: dict[str, list[str]] = {}
        self.scopes: dict[str, dict] = {}
        if place:
            self.scopes["main"] = bilingual(place[1], term(place[1]))
            self.scope_names["main"] = [place[1], place[0], *whole_area_words(place[1])]
        group = collective(self.text)
        if group:
            self.scopes["collective"] = bilingual(group, term(group))
            self.scope_names["collective"] = [group]
        if not self.scopes:
            self.scopes["main"] = bilingual("全文", "The whole article")
            self.scope_names["main"] = []
        self.names = [n for names in self.scope_names.values() for n in names]
        self.ids: set[str] = set()
        self.recent: list[str] = []  # labels of the quantities and shares of the current sentence
        self.last: tuple[str, bool] | None = None  # its last subject, and whether it grew by a rate (see remember)
        self.lead: tuple[int, tuple[str, bool] | None] = (-1, None)  # (paragraph start, its first subject)
        self.recent_sentence = -1
        self.narrows = False  # the sentence narrows the one before's figure to a part of its period (NARROWS)
        self.list_subjects: list[str] = []  # of the list being read (A、B和C分别…)
        self.recent_ratio = ""  # the label of the last ratio (由上年的X调整为Y: Y's too)
        self.last_of: tuple[int, object] = (-2, None)  # (where its sentence starts, total) of the last share's total

    def new_id(self, en: str | None, fallback: str) -> str:
        """A unique id of the draft, from the English (its first five words) or else the fallback."""
        words = re.findall(r"[a-z0-9]+", en.lower()) if en else []
        base = "-".join(words[:5]) if words else fallback
        slug, n = base, 2
        while slug in self.ids:
            slug, n = f"{base}-{n}", n + 1
        self.ids.add(slug)
        return slug

    # --- figures ---------------------------------------------------------------------------
    def listed(self, m: Mention, subject: str, recent: list[str] = (), named: list[str] = ()) -> str:
        """The subject of the k-th number of a list: the k-th of the subjects named before it (A、B和C分别为…), or
        of the `recent` figures of its sentence (A达x，B达y，分别增长a%和b%), else the list's first number's subject
        (the later numbers' own words are only the list's 、 and 和)."""
        order = m.extra.get("respectively")
        if not order:
            return subject
        k, n = order
        if k == 0:
            parts = split_subjects(subject, n)
            self.list_subjects = (list(named) if len(named) == n else parts if len(parts) == n else
                                  list(recent[-n:]) if len(recent) >= n else [subject] * n)
        return self.list_subjects[k] if k < len(self.list_subjects) else subject

    def scope_at(self, at: int) -> str:
        sentence_start, _ = self.a.sentence_span(at)
        paragraph = self.a.paragraph_start(sentence_start)
        best, best_pos = None, -1
        for scope, names in self.scope_names.items():
            for name in names:
                for start in (sentence_start, paragraph):
                    pos = self.text.rfind(name, start, at)
                    if pos > best_pos:
                        best, best_pos = scope, pos
                    if pos >= 0:
                        break
        return best or next(iter(self.scopes))

    def quote_span(self, m: Mention, *earlier: int | None) -> tuple[int, int]:
        """The clause of the number, reaching back to the clauses of its plan word and target year."""
        start, end = self.a.clause_span(m.start)
        end = max(end, m.end)
        for pos in earlier:
            if pos is not None and pos < start:
                start, _ = self.a.clause_span(pos)
        # a quote must point at one place: 下降12.5% said of profits and again of exports reaches back a clause
        # (利润总额286.4亿元，下降12.5%), within its paragraph, until the article holds it once
        paragraph = self.a.paragraph_start(start)
        while start > paragraph and self.text.count(self.text[start:end].strip()) > 1:
            stop = start - 1  # the clause before ends at the stop before this one's (spaces after it skipped)
            while stop > paragraph and self.text[stop].isspace():
                stop -= 1
            before = max(paragraph, self.a.clause_span(stop)[0])
            if before >= start:  # nothing earlier in the paragraph to reach
                break
            start = before
        return start, end

    def label(self, m: Mention, pre: str, post: str) -> str:
        """The figure's Chinese label from the words around its number (`pre`: its clause up to it, from the figure
        before on; `post`: after it). Where those words name nothing (总数, 增速, 比8月份, or none), the sentence's
        last subject goes before them."""
        names = self.names
        moved = MOVED.search(pre.rstrip()) if m.kind == "quantity" and m.unit == "位" else None
        if m.kind == "rank" or moved:  # 居第58位; 上升6位 (places moved in a ranking)
            words = re.sub(COMPARED + "$", "", pre[:moved.start()]) if moved else pre  # 比上年前移3位
            subject = ranked(re.sub(r"^与\S+$", "", subject_label(words, names, limit=60)), names)  # 与B并列第三
            if names_nothing(subject):  # 在全省绿色发展指数评价中，与B并列全省第三: the evaluation is the clause before
                field = ranked(subject_label(self.clause_before(m), names, limit=60), names)
                subject = field if EVALUATION.search(field) else subject
            if names_nothing(subject) and self.last:
                subject = self.with_last(subject, pre, rate=not subject)  # X增长9.1%，居全市第一: X's growth
            ranking = subject if subject.endswith("排名") else subject + "排名"
            self.remember(ranking)
            return ranking + (moved.group() if moved else "")
        if m.kind == "quantity":
            zh = self.listed(m, quantity_label(pre, post, names), named=self.list_of(m, pre))
            times = re.search(r"(是|为|相当于|提高到|增加到|增长到|扩大到)(\S{1,8}?)的$", pre) if m.unit == "倍" else None
            done = re.search(r"完成(\S{2,10}?)的$", pre) if m.unit == "%" else None
            if times:  # 交易额9.8亿元，是上年的2.3倍; 人均产值提高到原来的3倍
                verb = "相当于" if times.group(1) in "是为" else times.group(1)
                zh = quantity_label(pre[:times.start()], "", names) + f"{verb}{times.group(2)}的倍数"
            elif done:  # 城镇新增就业5.86万人，完成年度目标任务的117.2%
                zh = quantity_label(pre[:done.start()], "", names) + done.group().removesuffix("的")
            if names_nothing(zh) and self.has_last(m) or (times or done) and zh.startswith(("相当于", "完成")):
                zh = self.with_last(zh, pre, stock=True)
            elif self.last and (not GROUP.fullmatch(zh) or m.unit in ("%", "‰", None)):
                zh = of_last(zh, self.last[0])  # 普通高等学校6所，在校学生9.14万人; 城镇居民…为28.1%，农村居民为31.6%
            self.recent.append(zh)
            self.remember(zh)
            return zh
        if m.kind == "share":
            zh = self.share_label(m, pre, post)
            self.recent.append(zh)  # X占…的比重为9.6%，比上年提高0.2个百分点: the change is the share's
            self.remember(zh)
            return zh
        if m.kind in ("ratio", "margin", "contribution"):
            # …分别拉动a、b和c个百分点，对经济增长的贡献率分别为x、y和z: the second list is the same subjects'
            subject = self.listed(m, subject_label(pre, names), self.recent if m.kind == "contribution" else ())
            if m.kind == "contribution":  # …；第二产业拉动经济增长2.1个百分点，贡献率为38.7%: the contribution's own word
                subject = re.sub(r"^(?:对\S*的)?(?:贡献率|贡献|拉动)$", "", subject)
            if m.kind == "contribution" and len(subject) < 2 and self.recent:
                subject = self.recent[-1]
            elif m.kind == "margin" and names_nothing(subject) and self.last:
                # X增长6.3%，快于城镇1.4个百分点: X's growth is compared
                subject = self.with_last(subject, pre, rate=m.unit == "百分点")
            elif m.kind == "contribution" and len(subject) >= 2:
                self.recent.append(subject)  # 消费对经济增长的贡献率为55.6%，拉动…: still 消费 growth
            if m.kind == "ratio":
                subject = self.recent_ratio if m.extra.get("then") else re.sub(
                    r"(?:由|从)(?:上年同期|上年|去年|\d{4}年)?的?$|(?:缩小|扩大|降|下降|提高)(?:到|至|为)?$", "", subject)
                self.recent_ratio = subject  # 由上年的X调整为Y: Y is the same ratio's
                self.remember(subject)
                return subject
            if m.kind == "margin":
                return f"{subject}与{m.extra['than']}比较"
            return f"{subject}对{m.extra['to']}的" + ("拉动" if m.unit == "百分点" else "贡献率")
        verb = m.extra.get("word") if m.extra.get("word") in CHANGE_UP + CHANGE_DOWN else m.extra.get("verb", "")
        words = re.sub(COMPARED + "$", "", pre)  # 比上年末减少…: not the subject
        subject = subject_label(words, names)
        if m.extra.get("respectively"):  # the whole list is split before a label is cut to length
            subject = self.listed(m, subject_label(words, names, limit=60), self.recent, self.periods_of(pre, m))
            subject = measured(short(subject), self.lead_of(m))
        elif names_nothing(subject) and self.has_last(m):
            subject = self.with_last(subject, pre, rate=m.unit == "百分点")  # X增长a%，比8月份加快b个百分点
        else:  # 居民消费价格上涨0.3%，其中…，衣着类上涨1.0%: the clothing's prices; 城市上涨0.5%: 城市居民消费价格
            lead = self.lead_of(m)
            subject = of_last(measured(subject, lead), lead)
        if len(subject) >= 2:
            self.remember(subject, growth=m.unit == "%" and m.extra.get("direction") != "flat")
        return subject + ("变化" if m.extra.get("direction") == "flat" else verb or "")

    def has_last(self, m: Mention) -> bool:
        """Whether the sentence has a last subject for a figure that names none; a clause before that only says a
        level was passed (X首次突破百亿元，达到108.4亿元) gives it."""
        return bool(self.last) or self.remember(passed_subject(self.clause_before(m), self.names))

    def lead_of(self, m: Mention) -> str:
        """The indicator a category's change is listed under: the sentence's last subject, else the X of its 在X中
        (在限额以上单位商品零售额中，…), else the paragraph's first subject (规模以上工业增加值增长…。分门类看，采矿业下降…)."""
        if self.last:
            return self.last[0]
        sentence_start, _ = self.a.sentence_span(m.start)
        among = list(re.finditer(r"(?:^|[，；：])在?([^，；：。]{2,30}?)中[，,：:]", self.text[sentence_start:m.start]))
        if among:
            return among[-1].group(1)
        return self.lead[1][0] if self.lead[1] else ""

    def share_label(self, m: Mention, pre: str, post: str) -> str:
        """X占Y的比重 (also for 成 and fractions the share's pattern left without a total: 约占出口总额的六成), X占比
        where no total is named; the sentence's subject where X is not named."""
        whole, words = m.extra.get("whole", ""), pre
        at = pre.rfind("占")
        if not whole and at >= 0:
            words = pre[:at]
            whole = re.sub(r"(?:的?比重|的?比例)?(?:分别)?(?:为|达到|达|是)?(?:约|近|超过|逾|突破|不足|不到)?$", "", pre[at + 1:])
        subject = subject_label(words, self.names)
        if m.unit != "成":
            subject = self.listed(m, subject)
        if m.unit == "成" and len(subject) < 2 and not whole and post.strip("的，、 "):
            return post.lstrip("的")[:18] + "占比"  # 八成以上的规模以上工业企业实现盈利
        if names_nothing(subject) and self.last:
            subject = self.with_last(subject, pre)  # 民间投资下降2.7%，占全部投资的比重为52.3%: 民间投资's
        if whole == "比":
            return subject + "占比"
        if whole.endswith(("比重", "比例")):
            return f"{subject}占{whole}"
        whole = re.sub(r"的+$", "", whole)
        return subject + (f"占{whole}的比重" if whole else "占比" if m.unit == "成" else "的比重")

    def list_of(self, m: Mention, pre: str) -> list[str]:
        """The subjects of a list of quantities, from the words before its first (see labels.list_subjects)."""
        order = m.extra.get("respectively")
        if not order or order[0]:
            return []
        return list_subjects(pre, self.clause_before(m), order[1], self.names)

    def clause_before(self, m: Mention) -> str:
        """The clause before the number's own in its sentence ("" when it is the first)."""
        sentence_start, _ = self.a.sentence_span(m.start)
        clause_start, _ = self.a.clause_span(m.start)
        if clause_start <= sentence_start:
            return ""
        start, _ = self.a.clause_span(clause_start - 1)
        return self.text[max(start, sentence_start):clause_start].rstrip("，,：: ")

    def remember(self, subject: str, growth: bool = False) -> bool:
        """The sentence's last subject, for the figures after it that name none (growth: a rate of growth); whether
        `subject` names one."""
        # 一季度X增长 and X增速比8月份加快 are X's; X's growth rate is compared or ranked next
        subject = re.sub(rf"^(?:{WHEN.pattern})", "", subject)
        subject = re.sub(r"(?:排名|位次)$", "", subject)  # X增速居全市第2位; 其中，二季度增长6.5%: X's growth, not its rank's
        rate = re.search(rf"(?:增速|增幅)(?:{EARLIER_PART}|[比较](?:上年同期|上年|去年|年初))?$|{EARLIER_PART}$", subject)
        if rate:
            subject, growth = subject[:rate.start()], growth or "增" in rate.group()
        if len(subject) >= 2:
            self.last = (subject, growth)
            if self.lead[1] is None:
                self.lead = (self.lead[0], self.last)
        return len(subject) >= 2

    def with_last(self, words: str, pre: str, *, stock: bool = False, rate: bool = False) -> str:
        """`words` (naming nothing) after the sentence's last subject: 规上工业企业 + 总数; a rate compared after a
        rate of growth is the growth's (地区生产总值 + 增速 + 与全省比较); a clause's own part of the year or 上年 leads
        (一季度 + 地区生产总值 + 增长, 上年 + 城镇调查失业率), except in a sentence that only narrows the one before
        (其中，二季度增长6.3%: 地区生产总值增长, the quarter being the figure's period)."""
        if self.last is None:
            return words
        subject, growth = self.last
        words = words.strip("（）()，、 ")
        head = carried(subject, stock=stock)
        if rate and growth and not words.startswith(("增速", "增幅", "涨幅", "降幅", "跌幅")):
            head += "增速"
        when = WHEN.fullmatch(re.sub(r"^[（(，、\s]+|(?:为|是|达到|达|分别|累计|，|\s)+$", "", pre))
        return (when.group() if when and not self.narrows else "") + head + words

    def periods_of(self, pre: str, m: Mention) -> list[str]:
        """一季度、二季度和三季度分别增长…: the list's subjects are parts of the year, each of the sentence's subject."""
        order = m.extra.get("respectively")
        if not self.last or not order:
            return []
        words = re.sub(r"^[（(，、\s]+|(?:分别|，|\s)+$", "", pre)
        parts = split_subjects(words, order[1])
        if len(parts) != order[1] or not all(WHEN.fullmatch(p) for p in parts):
            return []
        return [p + self.last[0] for p in parts]

    def figure(self, m: Mention, previous_end: int, next_start: int, index: int) -> dict:
        text = self.text
        sentence_start, _ = self.a.sentence_span(m.start)
        if self.recent_sentence != sentence_start:  # subjects carry over within a sentence, never beyond it
            self.recent, self.recent_sentence = [], sentence_start
            paragraph = self.a.paragraph_start(sentence_start)
            same_paragraph = self.lead[0] == paragraph
            if not same_paragraph:
                self.lead = (paragraph, None)
            # 分季度看，一季度增长…: the paragraph's first subject, broken down; 其中，二季度增长…: the last one's
            self.narrows = same_paragraph and NARROWS.match(text, sentence_start) is not None
            self.last = self.lead[1] if CONTINUES.match(text, sentence_start) else self.last if self.narrows else None
        # a share's plan word may stand between 占 and its number (占GDP比重将达到15%)
        plan, plan_pos, _ = plan_of(text, sentence_start, m.end if m.kind == "share" else m.start)
        target = target_of(self.a, m.start)
        # 拉动经济增长3.4个百分点，贡献率为56.0%: the quote names what the contribution is to
        to_at = text.rfind(m.extra["to"], sentence_start, m.start) if m.kind == "contribution" else -1
        q_start, q_end = self.quote_span(m, plan_pos, target.at if target else None, to_at if to_at >= 0 else None)
        clause_start, clause_end = self.a.clause_span(m.start)
        pre = text[max(clause_start, previous_end):m.start]
        post = text[m.end:min(clause_end, next_start) if next_start > m.end else clause_end]
        zh = self.label(m, pre, post).strip() or text[q_start:q_end][:18]
        en = translate(zh)
        fig: dict = {"id": "", "section": "", "type": m.kind}
        fig["id"] = self.new_id(en, f"figure-{index:02d}")
        fig["label"] = bilingual(zh, en)
        if m.kind == "quantity":
            fig["value"] = m.value
            fig["unit"] = m.unit
            if needs_english_noun(m.unit):
                fig["unit_en"] = self.unit_en(m.unit, zh, post)
            if m.qualifier != "exact":
                fig["qualifier"] = m.qualifier
            if "from" in m.extra:
                fig["from"] = m.extra["from"]
            if m.extra.get("direction"):
                fig["direction"] = m.extra["direction"]
            per = per_of(pre)
            if per:
                fig["per"] = per
        elif m.kind == "rank":
            fig["value"] = m.value
            if m.extra.get("tied"):
                fig["tied"] = True
            fig["among"] = bilingual(m.extra["among"], WHOLE_EN.get(m.extra["among"]) or term(m.extra["among"]))
        elif m.kind == "share":
            if "from" in m.extra:
                fig["from"] = m.extra["from"]
            fig["value"] = m.value
            if m.unit:
                fig["unit"] = m.unit
            if m.extra.get("rose"):
                fig["rose"] = True
            of = m.extra.get("of") or (share_total(m.extra.get("whole", "")) if m.unit else None)
            full_stop = max(text.rfind("。", 0, m.start), text.rfind("\n", 0, m.start))
            if m.unit == "%" and not m.extra.get("whole") and self.last_of[0] == full_stop:
                of = self.last_of[1]  # 占常住人口的22.4%；其中65岁及以上人口…，占17.4%: of the same total
            if of:
                fig["of"] = of
                self.last_of = (full_stop, of)
        elif m.kind == "ratio":
            fig["value"] = m.value
            parts = ratio_parts(zh, m.value)
            if parts:
                fig["parts"] = parts
        elif m.kind == "margin":
            fig["value"] = m.value
            fig["unit"] = m.unit
            if needs_english_noun(m.unit) and m.unit not in ("%", "百分点"):
                fig["unit_en"] = self.unit_en(m.unit, zh, post)
            fig["direction"] = m.extra["direction"]
            fig["than"] = bilingual(m.extra["than"], THAN_EN.get(m.extra["than"]) or term(m.extra["than"]))
            if m.extra["word"] != ("高于" if m.extra["direction"] == "above" else "低于"):
                fig["word"] = m.extra["word"]
        elif m.kind == "contribution":
            fig["value"] = m.value
            fig["unit"] = m.unit
            fig["to"] = bilingual(m.extra["to"], to_en(m.extra["to"]))
            if m.extra["word"] != ("拉动" if m.unit == "百分点" else "贡献率"):
                fig["word"] = m.extra["word"]
        else:
            fig["value"] = m.value
            if m.unit:
                fig["unit"] = m.unit
                if m.unit not in ("%", "百分点") and needs_english_noun(m.unit):
                    fig["unit_en"] = self.unit_en(m.unit, zh, post)
            if m.extra.get("direction"):
                fig["direction"] = m.extra["direction"]
            word = m.extra.get("word")
            if word and word != default_change_word(m):
                fig["word"] = word
            base = m.extra.get("base")
            if base:
                fig["base"] = bilingual(base, base_en(base))
        qualifier = m.qualifier
        if m.kind == "share" and qualifier == "exact" and re.search(r"约占[^，。；]*$", text[clause_start:m.start]
                                                                    + text[m.start:m.end].split("占")[0]):
            qualifier = "约"  # 约占农民人均可支配收入的六成: the share is approximate
        if qualifier != "exact" and m.kind != "quantity":
            fig["qualifier"] = qualifier
        if plan:
            fig["plan"] = plan
        if target:
            fig["target_year"] = target.year
        fig["period"] = period_for(self.a, m.start, planned=bool(plan), target=target)
        fig["scope"] = self.scope_at(m.start)
        fig["quote"] = text[q_start:q_end].strip()
        fig["_at"] = m.start
        if fig["type"] == "quantity":
            del fig["type"]
        return fig

    @staticmethod
    def unit_en(unit: str, label: str, post: str) -> str:
        rate = next((en for zh, en in RATE_EN.items() if unit.endswith(zh)), "")
        base = unit.removeprefix("万亿").removeprefix("亿").removeprefix("万")
        base = next((base.removesuffix(zh) for zh in RATE_EN if base.endswith(zh)), base)
        if base in LATIN_UNITS:
            return base + rate  # PFlops is PFlops in English too
        noun = counter(base) or counted_prefix(post.strip("，、 ")) or counted_noun(label)
        return noun + rate if noun else UNTRANSLATED


#: A margin's comparison in English ("0.4 percentage points above the province").
THAN_EN = {"全国": "the national figure", "全省": "the province", "全市": "the city", "全区": "the district",
           "全县": "the county", "全国平均水平": "the national average", "全省平均水平": "the provincial average",
           "全市平均水平": "the city average", "城镇居民": "urban residents", "农村居民": "rural residents"}
#: What a contribution is to, in English: 经济增长 of the whole named before it.
WHOLE_OF = {"": "", "全国": "China's ", "全省": "the province's ", "全市": "the city's ", "全区": "the district's ",
            "全县": "the county's "}


def to_en(to: str) -> str | None:
    """拉动经济增长 / 对全市经济增长的贡献率: what a contribution is to, in English where the words are known."""
    m = re.fullmatch(r"(全国|全省|全市|全区|全县)?(经济增长|地区生产总值增长|GDP增长)", to)
    if m is None:
        return term(to)
    growth = "economic growth" if m.group(2) == "经济增长" else "GDP growth"
    return WHOLE_OF[m.group(1) or ""] + growth
#: 每千常住人口: what a rate is per, in English.
PER_COUNT = {"千": "1,000", "万": "10,000", "百": "100", "十万": "100,000", "百万": "1,000,000"}
PER_NOUN = {"常住人口": "residents", "户籍人口": "registered residents", "人口": "people", "人": "people",
            "名": "people", "户": "households", "老年人": "older people", "儿童": "children", "": "people"}
#: 三次产业结构: the three terms of the economy's structure, in the order bulletins write them.
THREE_SECTORS = [("第一产业", "Primary industry"), ("第二产业", "Secondary industry"), ("第三产业", "Tertiary industry")]


def per_of(pre: str) -> dict | None:
    """每千常住人口执业医师3.42人: the rate is per 1,000 residents (the words before the number say it)."""
    m = re.search(r"每(十万|百万|千|万|百)(常住人口|户籍人口|老年人|儿童|人口|人|名|户)?", pre)
    if m is None:
        return None
    return bilingual(m.group(), f"per {PER_COUNT[m.group(1)]} {PER_NOUN[m.group(2) or '']}")


def share_total(whole: str) -> str | dict | None:
    """The named total of a percentage share: 全省 as the pack's word, 全市地区生产总值 as a {zh, en} pair; None
    for a bare 占比 (no total is named)."""
    whole = re.sub(r"(?:的)?(?:比重|比例)?$", "", whole).removesuffix("的")
    if not whole or whole == "比":
        return None
    if whole in ("全国", "全省", "全市", "全区", "全球"):
        return whole
    return bilingual(whole, term(whole))


def ratio_parts(label: str, value) -> list[dict] | None:
    """The names of a ratio's terms where the bulletin's wording fixes them (三次产业结构: three sectors)."""
    if isinstance(value, str) and "三次产业" in label and value.count(":") == 2:
        return [bilingual(zh, en) for zh, en in THREE_SECTORS]
    return None


def default_change_word(m: Mention) -> str:
    """The verb a change shows without a `word` (model/format.change_word's rule)."""
    if m.extra.get("direction") == "flat":
        return "持平"
    rate = m.unit in ("%", "百分点", None)
    if m.extra.get("direction") == "down":
        return "下降" if rate else "减少"
    return ("增长" if m.unit == "%" else "提高") if rate else "增加"


#: Parts of a year a rate is compared with (比上半年加快…), in English.
PARTS_EN = {"上半年": "the first half", "一季度": "the first quarter", "二季度": "the second quarter",
            "三季度": "the third quarter", "前三季度": "the first three quarters"}


def base_en(base: str) -> str:
    """比年初 → since the start of the year; 比2020年 → compared with 2020; 比上半年 → on the first half; 比8月份 →
    on August; 比1—2月 → on January–February; 环比 → on the previous period."""
    if base == "环比":
        return "on the previous period"
    period = base[1:]
    year = re.fullmatch(r"(\d{4})年(末?)", period)
    if year:
        return f"compared with {'the end of ' if year.group(2) else ''}{year.group(1)}"
    part = PARTS_EN.get(period.removeprefix("第"))
    months = [int(n) for n in re.findall(r"\d{1,2}", period)] if re.fullmatch(r"[\d\s—–\-－~～至]+月份?", period) else []
    if months and all(1 <= n <= 12 for n in months):
        part = "–".join(MONTH_NAMES_EN[n - 1] for n in months)
    return BASES_EN.get(period) or (f"on {part}" if part else UNTRANSLATED)


def draft_article(text: str, file_name: str, *, year: int | None = None) -> Draft:
    """The proposed pack for `text` (the article as saved in `file_name`, beside the pack)."""
    article = parse_article(text, year)
    d = _Drafter(article)
    mentions, skipped = find_numbers(text)
    title_span = (text.find(article.title), text.find(article.title) + len(article.title))
    headings = [s.heading_span for s in article.sections if s.heading_span] + [title_span]
    source_at = text.find(article.source_line) if article.source_line else -1
    tables = read_tables(text)  # their numbers are drafted cell by cell (tables.py)
    skipped = [s for s in skipped if not any(t.start <= s.start < t.end for t in tables)]
    kept: list[Mention] = []
    for m in mentions:
        if any(t.start <= m.start < t.end for t in tables):
            continue
        if any(a <= m.start < b for a, b in headings):
            skipped.append(Skipped(text[m.start:m.end], m.start, "in a heading or the title"))
        elif source_at >= 0 and source_at <= m.start < source_at + len(article.source_line):
            skipped.append(Skipped(text[m.start:m.end], m.start, "in the source line"))
        elif any(a <= m.start < b for a, b in article.frame.dateline):
            skipped.append(Skipped(text[m.start:m.end], m.start, "in the dateline (who published it, when)"))
        else:
            kept.append(m)

    sections = []
    section_ids = []
    for i, s in enumerate(article.sections):
        sid = f"section-{i + 1}"
        section_ids.append(sid)
        title = re.sub(r"^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]", "", s.title).strip()
        if not title:
            sections.append({"id": sid, "title": bilingual("导语", "Lead"),
                             "message": bilingual(article.title, term(article.title))})
        else:
            sections.append({"id": sid, "title": bilingual(title, translate(title)),
                             "message": bilingual(title, translate(title))})

    figures, quotes_of = [], []
    for i, m in enumerate(kept):
        previous_end = kept[i - 1].end if i else 0
        next_start = kept[i + 1].start if i + 1 < len(kept) else len(text)
        fig = d.figure(m, previous_end, next_start, i + 1)
        fig["section"] = section_ids[article.section_at(m.start)]
        figures.append(fig)
    for rank in [f for f in figures if f.get("type") == "rank"]:
        _split_coordinated(rank, figures, d)
    for fig in figures:
        if fig.get("type") == "rank" and len(fig["label"]["zh"]) > 24:
            fig["label"] = bilingual(fig["label"]["zh"][-24:], None)
    quotes_of = [f.pop("_at") for f in figures]
    _mark_headlines(figures)
    groups = _groups(figures, quotes_of, article, d)
    cells, cell_groups, cell_skipped = draft_tables(d, section_ids, tables)
    figures, quotes_of = _in_article_order(figures + cells, quotes_of + [f.pop("_at") for f in cells])
    groups += cell_groups
    skipped = sorted(skipped + cell_skipped, key=lambda s: s.start)

    entities = []
    for name, kind, at in find_entities(text):
        start, end = article.clause_span(at)
        ent = {"id": d.new_id(None, f"entity-{len(entities) + 1:02d}"), "kind": kind,
               "section": section_ids[article.section_at(at)], "name": bilingual(name, term(name)),
               "quote": text[start:end].strip()}
        linked = next((f["id"] for f, pos in zip(figures, quotes_of)
                       if article.clause_span(pos) == (start, end) and f.get("type", "quantity") == "quantity"), None)
        if linked:
            ent["figure"] = linked
        entities.append(ent)
    events = []
    for iso, title, start, end in find_events(text, article.sentence_span):
        s_start, s_end = article.sentence_span(start)
        ev = {"id": d.new_id(None, f"event-{len(events) + 1:02d}"), "date": iso,
              "section": section_ids[article.section_at(start)],
              "title": bilingual(_short(title), None),
              "figures": [f["id"] for f, pos in zip(figures, quotes_of) if s_start <= pos < s_end],
              "quote": text[start:end].strip()}
        if not ev["figures"]:
            del ev["figures"]
        events.append(ev)

    title, subtitle = _title_and_subtitle(article, d.scopes.get("main"))
    source = article.frame.publisher or article.source or article.title
    pack = {
        "format": "briefing-pack/1",
        "id": "draft",
        "title": bilingual(title, None),
        "subtitle": subtitle,
        "article": {
            "file": file_name,
            "title": article.title,
            "title_en": UNTRANSLATED,
            "year": article.year,
            "source": bilingual(source, term(source)),
            "source_quote": article.frame.publisher_line or article.source_line or article.title,
        },
        "scopes": d.scopes,
        "sections": sections,
        "groups": groups,
        "figures": figures,
        "entities": entities,
        "events": events,
    }
    return Draft(pack=pack, skipped=skipped, article=article)


def _in_article_order(figures: list[dict], positions: list[int]) -> tuple[list[dict], list[int]]:
    order = sorted(range(len(figures)), key=lambda i: positions[i])
    return [figures[i] for i in order], [positions[i] for i in order]


def _title_and_subtitle(article: Article, place: dict | None) -> tuple[str, dict]:
    """The title before a colon and the words after it; a title without a colon is the title, and the
    subtitle says what the document is: its place and period (南州市 · 2024年 / Nanzhou · 2024)."""
    head, *tail = re.split(r"[：:]", article.title, maxsplit=1)
    if tail and tail[0].strip() and head.strip():
        return head.strip(), bilingual(tail[0].strip(), None)
    report = article.frame.report
    parts = [(place["zh"], place["en"])] if place and place["zh"] != "全文" else []
    if report:
        period = Period.model_validate(report)
        parts.append((period_text(period, "zh"), period_text(period, "en")))
    if not parts:
        return article.title, bilingual(article.title, None)
    en = [e for _, e in parts]
    return article.title, bilingual(" · ".join(z for z, _ in parts),
                                    " · ".join(en) if UNTRANSLATED not in en else None)


def _short(title: str) -> str:
    """An event title of at most 36 characters, cut before a place (在/于) rather than mid-word."""
    if len(title) <= 36:
        return title
    tail = title.split("——")[-1]
    if 4 <= len(tail) <= 36:
        return tail
    cut = max(title.rfind("在", 0, 36), title.rfind("于", 0, 36))
    return title[:cut] if cut >= 8 else title[:36]


def _split_coordinated(rank: dict, figures: list[dict], d: _Drafter) -> None:
    """A和B位居前列 with two counted subjects (…数和…数) ranks both: one figure each."""
    zh = rank["label"]["zh"].removesuffix("排名")
    parts = zh.split("和")
    if len(parts) != 2 or not all(p.endswith(("数", "数量")) for p in parts):
        return
    second = dict(rank)
    rank["label"] = bilingual(parts[0] + "排名", translate(parts[0] + "排名"))
    second["label"] = bilingual(parts[1] + "排名", translate(parts[1] + "排名"))
    second["id"] = d.new_id(None, rank["id"] + "-b")
    figures.insert(figures.index(rank) + 1, second)


def _mark_headlines(figures: list[dict]) -> None:
    """The first figure of each section and every first place (第一) lead the overview."""
    seen, count = set(), 0
    for fig in figures:
        first_in_section = fig["section"] not in seen
        seen.add(fig["section"])
        if count < MAX_HEADLINES and (first_in_section or (fig.get("type") == "rank" and fig["value"] == 1)):
            fig["headline"] = True
            count += 1


def _groups(figures: list[dict], positions: list[int], article: Article, d: _Drafter) -> list[dict]:
    """Figures of one paragraph with the same kind, unit and period are compared side by side."""
    groups = []
    by_sentence: dict[tuple, list[dict]] = {}
    for fig, pos in zip(figures, positions):
        if fig.get("type", "quantity") == "rank":
            continue
        sentence = article.sentence_span(pos)
        paragraph = article.paragraph_start(sentence[0])
        period = tuple(sorted(fig["period"].items()))  # a year's end beside a year's flow is not a comparison
        key = (paragraph, fig.get("type", "quantity"), fig.get("unit"), fig.get("plan") is not None, period)
        by_sentence.setdefault(key, []).append(fig)
    for members in by_sentence.values():
        if len(members) < 2 or len(members) > 8:
            continue
        labels = [f["label"]["zh"] for f in members]
        zh = "、".join(labels) if len("、".join(labels)) <= 24 else labels[0] + "等"
        gid = d.new_id(None, f"group-{len(groups) + 1:02d}")
        groups.append({"id": gid, "section": members[0]["section"], "title": bilingual(zh, None)})
        for f in members:
            f["group"] = gid
    return groups
