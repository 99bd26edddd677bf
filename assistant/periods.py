"""When a value holds: the period or scope its sentence writes before it.

「2024年1-10月，区卫生健康委共作出卫生行政许可2628件」 counts ten months, not the year the report
is about; 「截至10月31日，完成276件」 counts to a day. An answer line that drops these words says
more than the report does, so the nearest such words before the value in its own sentence are
carried into the answer. They are read by the shape of date and period expressions (months, ranges
of months, 截至…, quarters, halves of a year, 全年, runs of years, 同比), never from a list of
phrases.
"""
from __future__ import annotations

import re

from corpus.headings import cn_to_int
from index.figure_facts import REFERENCE_YEAR

_YEAR = r"(?:19|20)\d{2}\s*年"
_MONTH = r"\d{1,2}\s*月"
_DAY = r"\d{1,2}\s*日"
_CN = r"[一二三四五六七八九十两\d]+"
_RANGE = r"\s*[-—–~～至到]\s*"
_UNTIL = r"(?:截至|截止到?|到)"  # what names the end of a period: 截至10月31日, 到2025年
PERIOD = re.compile(
    rf"{_UNTIL}\s*(?:{_YEAR}\s*(?:{_MONTH}\s*(?:{_DAY})?\s*(?:底|末|止)?|年底|底|末)?"
    rf"|{_MONTH}\s*(?:{_DAY})?\s*(?:底|末|止)?|年底|年末|目前|当前|今年|现在)"  # 截至10月31日, 到2025年
    rf"|(?:{_YEAR})?\s*\d{{1,2}}{_RANGE}{_MONTH}份?"  # 2024年1-10月, 1-10 月
    rf"|(?:{_YEAR})?\s*(?:上半年|下半年|前三季度|第?[一二三四]季度|全年|年内|前{_CN}个?月)"
    rf"|(?:19|20)\d{{2}}{_RANGE}{_YEAR}"  # 2019-2023年
    rf"|{_YEAR}\s*(?:{_MONTH}(?:\s*{_DAY})?\s*(?:以来|至今|底|末)?|以来|至今|底|末)?"  # 2024年, 2024年10月
    rf"|近{_CN}年|{_CN}年来|“?十[一二三四五]五”?(?:期间|以来|时期)"
    r"|同比|环比|比上年同期|较上年同期"
)
_BARE_YEAR = re.compile(rf"^{_YEAR}$")
# A run of years (「2016年至2020年」, 「2016—2020年」, 「2018年10月成立以来，到2022年」): its first and last year.
YEAR_RUN = re.compile(r"((?:19|20)\d{2})\s*(?:年?\s*(?:至|到|—|–|-|~|～)|年[^，,。；？?]{0,8}?以来[，,]?\s*[至到])"
                      r"\s*((?:19|20)\d{2})\s*年")
# A year a span runs from to now (「2016年以来」, 「2009年成立以来」); with a year it runs to, a YEAR_RUN.
YEAR_SINCE = re.compile(r"((?:19|20)\d{2})\s*年[^，,。；？?]{0,8}?以来")
# The year a period asked ends in (「截至2016年」): with a YEAR_SINCE before it, one period (「截至2016年，…自2013年以来」)
YEAR_UNTIL = re.compile(rf"{_UNTIL}\s*((?:19|20)\d{{2}})\s*年")
# A span of years a question names for when (「过去五年」, 「今后五年」, 「这五年」, 「五年来」, 「“十三五”
# 期间」): it chooses the report and its part, it is no topic to find in a passage.
YEARS_SPAN = re.compile(rf"(?:过去|今后|未来|近|这)\s*{_CN}\s*个?年|{_CN}\s*年来|“?十[一二三四五六七八九]五”?(?:期间|时期|以来)?")


# how many years a span runs, the numeral YEARS_SPAN reads (「过去五年」, 「这五年」, 「五年来」)
_SPAN_LENGTH = re.compile(rf"(?:过去|近|这)\s*({_CN})\s*个?年|({_CN})\s*年来")


def span_length(text: str) -> int | None:
    """The years a span the text names runs, when it says how many (「过去五年」 → 5)."""
    found = _SPAN_LENGTH.search(text)
    return cn_to_int((found.group(1) or found.group(2)).replace("两", "二")) if found else None


# 「“十二五”期间」: the years of a five-year plan, known by its number — from the third (1966–1970)
# on, each five years after the one before (十一五 2006–2010, 十四五 2021–2025).
FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")


ONE_YEAR = re.compile(r"[一1]\s*个?年")  # 「这一年」 is a year, not a span


def names_a_span(text: str) -> bool:
    """Whether a text speaks of a run of years (「2016年到2020年」, 「2016年以来」, 「过去五年」, 「“十三五”
    期间」), not of one year (「这一年」)."""
    span = YEARS_SPAN.search(text)
    return bool(YEAR_RUN.search(text) or YEAR_SINCE.search(text) or FIVE_YEAR_PLAN.search(text)
                or (span and not ONE_YEAR.search(span.group(0))))


def five_year_plan_years(text: str) -> tuple[int, int] | None:
    """The first and last year of the five-year plan a text names, if any."""
    match = FIVE_YEAR_PLAN.search(text)
    if match is None:
        return None
    number = 11 + "一二三四五六七八九".index(match.group(1))  # 十一五 is the 11th
    start = 1966 + 5 * (number - 3)
    return start, start + 4


def period_before(text: str, sentence_start: int, start: int, *, metric: str = "",
                  report_year: int | None = None) -> str:
    """The period or scope nearest before ``start`` in its sentence (``text[sentence_start:start]``),
    as written, or "" when there is none or it says nothing new: it is already in the value's
    ``metric`` words, or it is only the year of the report (``report_year``) that the answer names."""
    # (a year measured from or built on, 「比2015年」, 「在2016年…投入基础上」, is not the value's period)
    references = [m.span() for m in REFERENCE_YEAR.finditer(text, sentence_start, start)]
    found = [m for m in PERIOD.finditer(text, sentence_start, start)
             if not any(a <= m.start() < b for a, b in references)]
    if not found:
        return ""
    period = re.sub(r"\s+", "", found[-1].group(0))
    if period in re.sub(r"\s+", "", metric):
        return ""
    if _BARE_YEAR.match(period) and report_year is not None and period == f"{report_year}年":
        return ""
    return period
