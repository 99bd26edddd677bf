"""What a figure says of itself, whatever the question: the years it speaks of, whether it is a
target or plan, a relative change, a mean over years. Read once per figure at ingest and kept with
the report (index/report_table.py), so a question reads them instead of working them out again
for every report it reaches; assistant/figure_score.py turns them into features against a question.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from corpus.chunk import first_sentence
from corpus.models import Report
from corpus.parts import section_part

from index.figures import Facts, Figure

# The year a number is of, written right before it: 「跃升至2020年的801亿元」, 「2022年底的」.
_OWN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:底|末)?的?$")

# A mean over several years, said right before the number (「年均增速9.1%」, 「五年年均增长7.1%」): no
# one year's value; asked for by a question saying so.
_AVERAGE = re.compile(r"(?:年均|平均每年|每年平均)[^，。；]{0,4}$")
# one year written before 年均 in the clause (「2015年PM2.5年均浓度降至29.8微克/立方米」): the mean over that
# year, its value — not over a span (「2016年至2020年年均增长」, 「2019年以来」)
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}\s*年")
_SPAN_WORD = re.compile(r"年来|以来|期间|五年|十.五|[至到—－~-]")


def _over_years(metric: str) -> bool:
    """A mean over several years: 年均 said right before the number, unless the clause names one year."""
    found = _AVERAGE.search(metric)
    if not found:
        return False
    clause = re.split(r"[，。；]", metric[:found.start()])[-1]
    return len(_YEAR_WRITTEN.findall(clause)) != 1 or bool(_SPAN_WORD.search(clause))


# A change is written as the verb right before its number: 增长4.5%, 下降13.2%, 提高0.5个百分点.
_CHANGE_BEFORE = re.compile(r"(增长|增速|增幅|下降|降低|提高|提升|上升|减少|增加|回落|下滑|扩大|缩小|降幅|涨幅"
                            r"|比[^，。；]{1,12}[高低快慢])(了|约|近|出)?$")  # 「提升至20分」, 「增长到」: a level
# reached, not a change; 「比全市高0.2个百分点」: a difference from another, as a change is from before
# (「超预期」, 「好于预期」 look back: what was expected, not what is planned)
_PLAN_SENTENCE = re.compile(r"(?<![超于])预期|目标[是为：:]|力争|争取|确保|计划(?=[新建实完投安开于在到])|拟")
# what says when, not what of: the words marking a plan, a year, the report's own year (「全年力争实现工业
# 投资500亿元左右」 is of 工业投资 as much as 「工业技改投资100亿元左右」 is of 工业技改投资); not a year
# compared with (「比上年增长」, 「较2019年」: what the figure is measured against)
WHEN_SAID = re.compile(_PLAN_SENTENCE.pattern + r"|(?<![比较与同自从于])(?:(?:19|20)\d{2}\s*年|全年|今年|本年|当年|年内)")
# the report's own year so far (a report given in the autumn): 「今年上半年」, 「今年1-8月」
_SO_FAR = re.compile(r"(?:今年|本年)(?:以来)?(?:上半年|前三季度|[一二三]季度|\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月)")
# 「到2025年」 sets a target when the year is still ahead of the report; 「增长到2020年3847亿元」 in a
# report reviewing 2020 is what was reached.
_BY_YEAR = re.compile(r"到((?:19|20)\d{2})\s*年")
# A paragraph's first sentence setting a time for what follows: 「总体目标是：到2020年，…」. Not its
# verbs of intent: a lead 「确保经济环境安全。」 heads what was done.
_PLAN_LEAD = re.compile(r"(?<![超于])预期|目标[是为：:]")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# A year a sentence measures from, not the year its figures are of: 「自2012年分区以来」, 「比2015年」,
# 「超2019年同期水平」, 「相较于2020年」, 「为2016年来最好水平」, 「创2006年有监测数据以来最好水平」,
# 「在2016年2.8亿元（每个社区1000万元）投入基础上，再安排…」 (a base built on).
REFERENCE_YEAR = re.compile(r"(?:自|从|比|较|与|同)于?\s*(?:19|20)\d{2}\s*年[^，。；]{0,12}?(?:以来|相比|同期)?"
                             r"|在\s*(?:19|20)\d{2}\s*年[^，。；]{0,24}?基础上"
                             r"|(?:19|20)\d{2}\s*年(?:[^，。；]{0,12}?以)?来|(?:19|20)\d{2}\s*年同期|(?:比|较|同)(?:上年|去年|前年)")


def is_relative(fig: Figure) -> bool:
    return fig.base_unit in ("%", "个百分点") or fig.unit in ("%", "个百分点") or fig.unit.startswith("倍")


# an amount compared with the year before (「比上年增加1500亿元」): a change though not a rate
_COMPARED = re.compile(r"(?:比|较)(?:上年|去年|上年同期|去年同期)(?:增加|减少|增长|下降|多|少)了?$")


def is_change(fig: Figure) -> bool:
    """A relative change (增长4.5%, 提高0.5个百分点, 增长3.1倍), or an amount compared with the year
    before (比上年增加1500亿元); 「新增学位9950个」, 「增加280亿元」 are amounts."""
    metric = _ASIDE.sub("", fig.metric.rstrip())  # 「同比增长（下同）13%」
    return is_relative(fig) and bool(_CHANGE_BEFORE.search(metric)) or bool(_COMPARED.search(metric))


_ASIDE = re.compile(r"[（(][^（）()]{0,8}[）)]$")  # a short aside closing the words before a value


def is_plan(fig: Figure, report: Report, lead: str | None = None) -> bool:
    """A target or plan: said so before the figure (力争, 预期, a year ahead of the report), or its
    sentence names only years the report plans (「今年」 in a 政府工作报告, not in a yearly review), or
    the first sentence of its paragraph (``lead``, when the caller has it) says either, or it
    stands in the plan part."""
    before = report.text[fig.sentence_start:fig.start]
    if _SO_FAR.search(before):
        return False  # 「今年上半年GDP…达到2077亿元」: the months of the report's year gone by, done
    if _PLAN_SENTENCE.search(before) or _ahead(before, report):
        return True
    spoken = years_spoken(before, report.meta.year)
    if spoken:
        return spoken <= set(report.meta.plans) and not spoken & set(report.meta.reviews)
    if lead is None:  # its paragraph may have set the time (「总体目标是：到2020年，…」)
        lead = paragraph_lead(fig, report)
    if lead and (_PLAN_LEAD.search(lead) or _ahead(lead, report)):
        return True
    spoken = years_spoken(lead, report.meta.year)
    if spoken:
        return spoken <= set(report.meta.plans) and not spoken & set(report.meta.reviews)
    return section_part(report, fig.section_path) == "plan"


def _ahead(text: str, report: Report) -> bool:
    """Whether the text sets a target year (「到2025年」) after every year the report reviews."""
    reviewed = max(report.meta.reviews, default=(report.meta.year - 1) if report.meta.year else 0)
    return any(int(y) > reviewed for y in _BY_YEAR.findall(text))


def paragraph_lead(fig: Figure, report: Report) -> str:
    """The first sentence of the figure's paragraph, when the figure stands in a later one: it sets
    the time of what follows (「今后五年区政府工作的总体目标是：到2020年，…。地区生产总值达到4100亿元
    以上，…」 are targets, in a report whose headings put them in its review)."""
    para = report.paragraph(fig.paragraph)
    if para is None or fig.sentence_start <= para.start:
        return ""
    start, end = first_sentence(report.text, para.start, para.end)
    return report.text[start:end] if end <= fig.sentence_start else ""


_RELATIVE = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1}


# a document's title names its years (「《…五年行动方案（2016-2020年）》」): not the time of what follows
_TITLE = re.compile(r"《[^《》]*》")


def years_spoken(sentence: str, report_year: int | None) -> set[int]:
    """Years a sentence names, 「今年」「去年」 read against the report's own year; a title's are none."""
    sentence = REFERENCE_YEAR.sub("", _TITLE.sub("", sentence))
    years = {int(y) for y in _YEAR.findall(sentence)}
    if report_year:
        years |= {report_year + delta for word, delta in _RELATIVE.items() if word in sentence}
    return years


def _part_years(fig: Figure, report: Report) -> set[int]:
    """A sentence naming no year speaks of the years of its part: reviewed or planned."""
    part = section_part(report, fig.section_path)
    if part == "review":
        return set(report.meta.reviews)
    if part == "plan":
        return set(report.meta.plans)
    return set()


def own_year(fig: Figure) -> int | None:
    """The year written right before the figure (「增长到2015年120亿元」), if any."""
    own = _OWN_YEAR.search(fig.metric)
    return int(own.group(1)) if own else None


def figure_facts(fig: Figure, report: Report) -> Facts:
    """A figure's years — its own (「2020年的801亿元」), else those its sentence names, else its
    paragraph's first sentence, else its part's — and its kind."""
    own = own_year(fig)
    lead = paragraph_lead(fig, report)  # read once: it may set both the years and the kind
    spoken = {own} if own else (
        years_spoken(report.text[fig.sentence_start:fig.sentence_end], report.meta.year)
        or years_spoken(lead, report.meta.year) or _part_years(fig, report))
    return Facts(spoken=tuple(sorted(spoken)), average=_over_years(fig.metric),
                 change=is_change(fig), plan=is_plan(fig, report, lead) or ahead_of_report(spoken, report))


def ahead_of_report(years: Iterable[int], report: Report) -> bool:
    """Whether every year a figure is of comes after all the report covers: a target set for then
    (「2025年新区地区生产总值达到500亿元」 in a 2021 report), however its verb reads."""
    covered = report.meta.covered or ((report.meta.year,) if report.meta.year else ())
    years = tuple(years)
    return bool(years) and bool(covered) and min(years) > max(covered)
