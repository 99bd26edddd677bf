"""Example questions, compare topics and benchmark queries drawn from the indexed reports, so the
app and the benchmark speak of what the user's own corpus holds, not of two sample reports."""
from __future__ import annotations

import re
from collections import Counter

from corpus.models import Report
from index.figures import report_figures
from index.store import ReportIndex
from index.tokenize import cut


_HEADING_MARK = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|[一二三四五六七八九十]+是\s*)")
_WORDS = re.compile(r"[\u4e00-\u9fff]{4,12}")


def _label(report: Report) -> str:
    region = report.meta.region.name
    year = f"{report.meta.year}年" if report.meta.year else ""
    return f"{region}{year}" if region else year


def _metric(text: str) -> str | None:
    """The last three words before a number: 「…共作出卫生行政许可」 → 「作出卫生行政许可」."""
    words = [w for w in cut(text) if len(w) >= 2 and _WORDS.fullmatch(w.rjust(4, "一"))]
    return "".join(words[-3:]) if len(words) >= 2 else None


def _heading_topic(heading: str) -> str | None:
    words = _WORDS.findall(_HEADING_MARK.sub("", heading))
    return words[0] if words else None


def _rarity(index: ReportIndex, text: str) -> float:
    """Mean inverse document frequency of a text's words: specific headings before 「基本情况」."""
    words = index.tokenizer.tokenize(text)
    return sum(index.idf(w) for w in words) / len(words) if words else 0.0


def example_questions(index: ReportIndex, limit: int = 5) -> list[str]:
    """A figure and a measure question for each of the first reports (in id order), then a
    question across reports if there are several."""
    out: list[str] = []
    reports = sorted(index.reports.values(), key=lambda r: r.id)
    for report in reports:
        label = _label(report)
        counted = [f for f in report_figures(report) if f.base_unit != "%" and _metric(f.metric)]
        figure = max(counted, key=lambda f: _rarity(index, _metric(f.metric)), default=None)
        if figure:
            out.append(f"{label}{_metric(figure.metric)}多少{figure.base_unit}？")
        topical = [s for s in report.sections if s.level == 2 and _heading_topic(s.path[-1])]
        section = max(topical, key=lambda s: _rarity(index, _heading_topic(s.path[-1])), default=None)
        if section:
            out.append(f"{label}在{_heading_topic(section.path[-1])}方面采取了哪些措施？")
        if len(out) >= limit - 1:
            break
    if len(reports) > 1:
        out.append("各报告中存在哪些不足和问题？")
    return out[:limit]


def compare_topics(index: ReportIndex, limit: int = 8) -> list[str]:
    """The terms the reports set in quotes (「一网通办」), those shared by most reports first."""
    counts: Counter = Counter()
    for report in index.reports.values():
        counts.update({t for t in index.tokenizer.terms if t in report.text})
    return [t for t, _ in counts.most_common(limit)]


def bench_queries(index: ReportIndex, limit: int = 10) -> list[str]:
    """Search queries for the benchmark: section topics and figure metrics of the indexed reports."""
    seen: dict[str, None] = {}
    for report in sorted(index.reports.values(), key=lambda r: r.id):
        for section in report.sections:
            topic = _heading_topic(section.path[-1])
            if topic:
                seen.setdefault(topic, None)
        for figure in report_figures(report)[:5]:
            metric = _metric(figure.metric)
            if metric:
                seen.setdefault(f"{metric}多少", None)
        if len(seen) >= limit:
            break
    return list(seen)[:limit]
