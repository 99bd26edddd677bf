"""Answering what a year was named (「南山区把2017年定为什么年」, 「定为新区的哪两个“年”」): the sentence of
the report quoting a name ending in 年 (「区委将今年定为“攻坚落实年”」), in the end the question quotes if it
quotes one (「“提升年”」), that says the year asked — by its number, or as 今年 in the report of that year
and 去年 in the next, or writing no year in the part reviewing or planning it — and holds most of the
question's words.

Such a sentence is seldom among the search's best passages, whose words it lacks (「定为」 is 确定为 to
jieba): the report's few quoted year names are read whole instead.
"""
from __future__ import annotations

from corpus.chunk import pieces as sentences
from corpus.models import Report
from corpus.parts import section_part
from corpus.structure import in_notes
from index.figure_facts import years_spoken

from assistant.citations import MIN_COVERAGE, Builder
from assistant.figure_score import weighted_share
from assistant.query import NAMED_YEAR_ASKED, NAMED_YEAR_SAID, Query


def _says_year(sentence: str, years: tuple[int, ...], report: Report, section_path: tuple[str, ...]) -> bool:
    """Whether the sentence names one of the years asked: written out, or relative to its report's year;
    naming none, whether its part reviews or plans one of them (「我们要全面落实好…区委“质量提升突破年”的
    工作要求」 in the plan of the year asked)."""
    named = years_spoken(sentence, report.meta.year or None)
    if named:
        return bool(named & set(years))
    part = section_part(report, section_path)
    covered = report.meta.plans if part == "plan" else report.meta.reviews if part == "review" else ()
    return bool(set(covered) & set(years))



def answer_year_name(query: Query, report: Report, builder: Builder, weights: dict[str, float]
                     ) -> tuple[str, float] | None:
    """The sentence naming the year asked, if the question asks a year's name: first those saying the
    year, then by the (IDF-weighted) share of the question's words they hold; one saying no year asked
    answers only holding at least ``MIN_COVERAGE`` of them. Its confidence: that share, plus one for
    the year said."""
    asked = NAMED_YEAR_ASKED.search(query.text)
    if not asked:
        return None
    ending = f"{asked.group(1) or ''}年"  # a name's end the question quotes (「哪两个“提升年”」), else 年
    best = None
    for para in report.paragraphs:
        if in_notes(para.section_path):
            continue
        for s_start, s_end in sentences(report.text, para.start, para.end, 10_000):
            sentence = report.text[s_start:s_end]
            if not any(name.endswith(ending + name[-1]) for name in NAMED_YEAR_SAID.findall(sentence)):
                continue
            said = _says_year(sentence, query.years, report, para.section_path)
            share = weighted_share(query.terms, weights, sentence) if query.terms else 0.0
            if not said and share < MIN_COVERAGE:
                continue
            key = (said, share)
            if best is None or key > best[0]:
                best = (key, para, s_start, s_end)
    if best is None:
        return None
    (said, share), para, s_start, s_end = best
    marker = builder.cite(report, para.section_path, para.number, s_start, s_end)
    return f"{report.text[s_start:s_end]}[{marker}]", share + float(said)
