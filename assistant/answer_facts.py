"""Answering with a fact: the one sentence of the best passages that holds the question's words."""
from __future__ import annotations

from corpus.chunk import pieces as sentences
from corpus.models import Paragraph, Report

from assistant.citations import MIN_COVERAGE, Builder, coverage
from assistant.figure_score import weighted_share
from assistant.query import Query
from assistant.retrieve import Hit


def path_at(para: Paragraph, pos: int) -> tuple[str, ...]:
    item = next((i for i in para.items if i.start <= pos < i.end), None)
    return (*para.section_path, item.path_segment) if item else para.section_path


def answer_fact(query: Query, report: Report, hits: list[Hit], builder: Builder,
                 weights: dict[str, float]) -> tuple[str, float] | None:
    """The one sentence of the best passages that holds most of the question's words."""
    best: tuple[float, int, int, Paragraph] | None = None
    for hit in hits[:5]:
        para = report.paragraph(hit.chunk.paragraph)
        for s_start, s_end in sentences(report.text, hit.chunk.start, hit.chunk.end, 10_000):
            sentence = report.text[s_start:s_end]
            path = " ".join(path_at(para, s_start))
            if coverage(query.terms, weights, sentence, path) < MIN_COVERAGE:
                continue
            score = weighted_share(query.terms, weights, sentence) + 0.3 * weighted_share(query.terms, weights, path) \
                + 0.05 / hit.rank
            if best is None or score > best[0]:
                best = (score, s_start, s_end, para)
    if best is None:
        return None
    score, s_start, s_end, para = best
    marker = builder.cite(report, path_at(para, s_start), para.number, s_start, s_end)
    return f"{report.text[s_start:s_end]}[{marker}]", score
