"""Which part of a report — its review of the year(s) past or its plan — a passage stands in: by its
headings, else by where its chapter stands among the report's chapters. Read at ingest for figures
(index/figure_facts.py) and per question for measures alike."""
from __future__ import annotations

import re

from corpus.headings import cn_to_int
from corpus.metadata import heading_part, part_of
from corpus.models import Report
from corpus.structure import NOTES_HEADING


def section_part(report: Report, section_path: tuple[str, ...]) -> str | None:
    """The part a section stands in: by its headings, else by where it stands among the chapters."""
    return (part_of(section_path, report.meta) or _after_the_review(report, section_path)
            or _before_the_plan(report, section_path))


def _before_the_plan(report: Report, section_path: tuple[str, ...]) -> str | None:
    """The chapters before the heading that opens the plan part, in a report with no heading for its
    review, are that review (「一、主要经济指标持续向好…」 … 「五、政府职能加快转变…」, then 「“十三五”
    发展思路和2016年主要工作任务」): a report looks back before it plans."""
    if not section_path or NOTES_HEADING.match(section_path[0]):
        return None
    tops = [s.path[0] for s in report.sections if len(s.path) == 1]
    parts = [heading_part(t, report.meta.reviews, report.meta.plans) for t in tops]
    if "review" in parts or "plan" not in parts or section_path[0] not in tops:
        return None
    return "review" if tops.index(section_path[0]) < parts.index("plan") else None


def _after_the_review(report: Report, section_path: tuple[str, ...]) -> str | None:
    """A chapter saying no part after one that opens the review, numbered on from it, is the plan's
    (「一、过去五年工作回顾」, 「二、今年经济社会发展的总体要求…」, then 「三、对今年政府工作的建议」; an
    annex numbered anew, 「一、本区生产总值」, is not)."""
    if not section_path:
        return None
    tops = [s.path[0] for s in report.sections if len(s.path) == 1]
    if section_path[0] not in tops:
        return None
    at = tops.index(section_path[0])
    for n in range(at - 1, -1, -1):
        if _chapter_number(tops[n]) is not None and _chapter_number(tops[n + 1]) != _chapter_number(tops[n]) + 1:
            return None  # numbered anew between them
        if heading_part(tops[n], report.meta.reviews, report.meta.plans) == "review":
            return "plan"
    return None


def _chapter_number(heading: str) -> int | None:
    match = _CHAPTER.match(heading)
    return cn_to_int(match.group(1)) if match else None


_CHAPTER = re.compile(r"([一二三四五六七八九十]+)、")
