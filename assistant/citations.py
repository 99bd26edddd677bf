"""What an answer is made of, and how its citations are numbered: the records every answer
strategy (figures, measures, facts) builds, and the word coverage they share."""
from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field

from corpus.models import Report
from index.store import ReportIndex

from assistant.figure_score import held_whole, holds
from assistant.retrieve import Hit

MIN_COVERAGE = 0.5  # IDF-weighted share of the question's words a passage must hold (measures, facts)


class Citation(BaseModel):
    marker: int
    report_id: str
    report_title: str
    region: str
    year: int | None
    section_path: list[str]
    paragraph: int
    start: int  # cited span in the report's cleaned text
    end: int
    quote: str
    highlight_start: int | None = None  # the value inside the span, if any
    highlight_end: int | None = None


class Value(BaseModel):
    text: str  # as written: 64.3万元
    metric: str
    value: float
    unit: str
    qualifier: str
    normalized: float
    base_unit: str
    report_id: str
    citation: int
    period: str = ""  # the period or scope its sentence names (2024年1-10月, 截至10月31日), if any


class Measure(BaseModel):
    title: str
    citation: int


class Answer(BaseModel):
    question: str
    intent: str
    text: str
    understood: str | None = None  # the question as answered, when a follow-up was read as another
    abstained: bool = False
    values: list[Value] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    leads: list[Citation] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    written_by: str | None = None  # the language model that wrote ``text``, if one did
    extractive_text: str | None = None  # the extractive answer, kept when a model wrote ``text``
    unverified: list[str] = Field(default_factory=list)  # numbers in ``text`` no cited passage states


@dataclass
class Builder:
    citations: list[Citation]

    def cite(self, report: Report, path, paragraph: int, start: int, end: int,
             highlight: tuple[int, int] | None = None) -> int:
        for c in self.citations:
            if (c.report_id, c.start, c.end) == (report.id, start, end) and highlight is None:
                return c.marker
        marker = len(self.citations) + 1
        self.citations.append(Citation(
            marker=marker, report_id=report.id, report_title=report.meta.title,
            region=report.meta.region.label, year=report.meta.year, section_path=list(path),
            paragraph=paragraph, start=start, end=end, quote=report.text[start:end],
            highlight_start=highlight[0] if highlight else None, highlight_end=highlight[1] if highlight else None))
        return marker

    def cite_again(self, citation: Citation) -> int:
        """A citation made in another builder, made here (the same passage once)."""
        for c in self.citations:
            if (c.report_id, c.start, c.end) == (citation.report_id, citation.start, citation.end) \
                    and citation.highlight_start is None:
                return c.marker
        marker = len(self.citations) + 1
        self.citations.append(citation.model_copy(update={"marker": marker}))
        return marker


def coverage(terms: tuple[str, ...], weights: dict[str, float], *texts: str, apart: bool = False) -> float:
    """IDF-weighted share of the terms found in any of the texts: the gate for answering at all.
    Rare words decide it; 「工作」「开展」 hardly count. ``apart``: a word held in its shorter words
    counts (``held_whole``; for one sentence, where a passage's loose words would not say it)."""
    total = sum(weights[t] for t in terms)
    if not total:
        return 0.0
    texts = tuple(x.lower() for x in texts)  # terms are lowercased tokens: GDP and gdp alike
    held = (lambda x, t: held_whole(x, t, terms)) if apart else holds  # noqa: E731
    return sum(weights[t] for t in terms if any(held(x, t) for x in texts)) / total


def term_weights(terms, index: ReportIndex) -> dict[str, float]:
    """Inverse document frequency over the whole index, per term."""
    return {t: index.idf(t) for t in terms}


def label(report: Report) -> str:
    region = report.meta.region.label
    return f"{region}（{report.meta.year}年）" if report.meta.year else region


LEADS_SHOWN = 3  # the nearest passages an abstention shows


def leads(hits: list[Hit], builder: Builder) -> list[Citation]:
    leads = []
    for hit in hits[:LEADS_SHOWN]:
        c = hit.chunk
        marker = len(builder.citations) + len(leads) + 1
        leads.append(Citation(marker=marker, report_id=hit.report.id, report_title=hit.report.meta.title,
                              region=hit.report.meta.region.label, year=hit.report.meta.year,
                              section_path=list(c.section_path), paragraph=c.paragraph, start=c.start,
                              end=c.end, quote=c.text))
    return leads
