"""A report's figures, with what each says of itself, kept as rows in the report's line of
``reports.jsonl``: found once at ingest, not again by every question that reaches the report.

Each row holds a figure's span, value, units, metric words and sentence, and its facts
(index/figure_facts.py); its text and section path are read back from the report. A paragraph's
rows are one JSON string, keyed by the paragraph's number: reading a report's line then parses
them as a string, and a question parses only its passages' paragraphs (the rows as lists made
reading a report's line 2.6 times slower, 1.8 ms against 0.7, for every report a question reaches).
The rows carry
the version of the reading that made them — a hash of the code that finds figures and reads their
facts — so rows made by other code are not used: the figures are then found again when asked for,
as they are for a report saved before rows were kept.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

import jieba

from corpus.models import Report
from index.figure_facts import figure_facts
from index.figures import Facts, Figure, figure_path, paragraph_figures

_READING = ("index/figure_rows.py", "index/figures.py", "index/figure_facts.py", "index/tokenize.py",
            "corpus/chunk.py", "corpus/metadata.py", "corpus/headings.py", "corpus/parts.py")
_ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def reading_version() -> str:
    """A hash of the code that reads figures (and of jieba's version, which cuts unknown units)."""
    digest = hashlib.sha1(jieba.__version__.encode())
    for name in _READING:
        digest.update((_ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def figure_rows(report: Report) -> dict:
    """Every figure of the report as a row, by paragraph, with the version of the reading."""
    paragraphs = {}
    for para in report.paragraphs:
        rows = []
        for fig in paragraph_figures(report, para):
            facts = figure_facts(fig, report)
            rows.append([fig.start, fig.end, fig.value, fig.unit, fig.qualifier, fig.normalized, fig.base_unit,
                         fig.metric, fig.metric_after, fig.sentence_start, fig.sentence_end,
                         list(facts.spoken), int(facts.average) | int(facts.change) << 1 | int(facts.plan) << 2])
        if rows:
            paragraphs[str(para.number)] = json.dumps(rows, ensure_ascii=False)
    return {"version": reading_version(), "paragraphs": paragraphs}


def figures_from_rows(report: Report, kept: dict | None, numbers: Collection[int]) -> dict[int, list[Figure]] | None:
    """The figures of these paragraphs (by number; a paragraph with none is left out), from rows
    kept by this reading; None if there are none kept, or they were made by another."""
    if not kept or kept.get("version") != reading_version():
        return None
    out: dict[int, list[Figure]] = {}
    text = report.text
    for number in numbers:
        held = kept["paragraphs"].get(str(number))
        if not held:
            continue
        para = report.paragraph(number)
        out[number] = [Figure(
            report_id=report.id, start=start, end=end, text=text[start:end], value=value, unit=unit,
            qualifier=qualifier, normalized=normalized, base_unit=base_unit, metric=metric, metric_after=after,
            sentence_start=s_start, sentence_end=s_end, paragraph=number, section_path=figure_path(para, start),
            facts=Facts(tuple(spoken), bool(flags & 1), bool(flags & 2), bool(flags & 4)))
            for start, end, value, unit, qualifier, normalized, base_unit, metric, after, s_start, s_end, spoken, flags
            in json.loads(held)]
    return out
