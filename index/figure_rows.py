"""A report's figures, with what each says of itself, kept as rows in the report's line of
``reports.jsonl``: found once at ingest, not again by every question that reaches the report.

Each row holds a figure's span, value, units, metric words, sentence and paragraph, and its facts
(index/figure_facts.py); its text and section path are read back from the report. The rows carry
the version of the reading that made them — a hash of the code that finds figures and reads their
facts — so rows made by other code are not used: the figures are then found again when asked for,
as they are for a report saved before rows were kept.
"""
from __future__ import annotations

import hashlib
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

import jieba

from corpus.models import Report
from index.figure_facts import figure_facts
from index.figures import Facts, Figure, figure_path, paragraph_figures

_READING = ("index/figures.py", "index/figure_facts.py", "index/tokenize.py", "corpus/chunk.py",
            "corpus/metadata.py", "corpus/headings.py")
_ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def reading_version() -> str:
    """A hash of the code that reads figures (and of jieba's version, which cuts unknown units)."""
    digest = hashlib.sha1(jieba.__version__.encode())
    for name in _READING:
        digest.update((_ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def figure_rows(report: Report) -> dict:
    """Every figure of the report as a row, with the version of the reading that found them."""
    rows = []
    for para in report.paragraphs:
        for fig in paragraph_figures(report, para):
            facts = figure_facts(fig, report)
            rows.append([fig.start, fig.end, fig.value, fig.unit, fig.qualifier, fig.normalized, fig.base_unit,
                         fig.metric, fig.metric_after, fig.sentence_start, fig.sentence_end, fig.paragraph,
                         list(facts.spoken), int(facts.average) | int(facts.change) << 1 | int(facts.plan) << 2])
    return {"version": reading_version(), "rows": rows}


def figures_from_rows(report: Report, kept: dict | None, numbers: Collection[int]) -> dict[int, list[Figure]] | None:
    """The figures of these paragraphs (by number; a paragraph with none is left out), from rows
    kept by this reading; None if there are none kept, or they were made by another."""
    if not kept or kept.get("version") != reading_version():
        return None
    out: dict[int, list[Figure]] = {}
    text = report.text
    para = None
    for (start, end, value, unit, qualifier, normalized, base_unit, metric, after, s_start, s_end, number,
         spoken, flags) in kept["rows"]:
        if number not in numbers:
            continue
        if para is None or para.number != number:
            para = report.paragraph(number)
        out.setdefault(number, []).append(Figure(
            report_id=report.id, start=start, end=end, text=text[start:end], value=value, unit=unit,
            qualifier=qualifier, normalized=normalized, base_unit=base_unit, metric=metric, metric_after=after,
            sentence_start=s_start, sentence_end=s_end, paragraph=number, section_path=figure_path(para, start),
            facts=Facts(tuple(spoken), bool(flags & 1), bool(flags & 2), bool(flags & 4))))
    return out
