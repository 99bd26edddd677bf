"""Question → Answer with citations: figures, measures, per-report answers, abstention.

Extractive: every value in an answer is a span of a cited passage. A question the reports do not
support is answered with 「所选报告中未找到……」 and the nearest passages as leads.
"""
from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field

from corpus.chunk import pieces as sentences
from corpus.models import Report
from index.store import ReportIndex

from assistant.figures import Figure, report_figures, same_unit_class
from assistant.query import Query, analyze, apply_synonyms
from assistant.retrieve import Filters, Hit, Retriever

MIN_COVERAGE = 0.5  # share of the question's content words a passage must contain to answer
HITS_PER_REPORT = 8


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


class Measure(BaseModel):
    title: str
    citation: int


class Answer(BaseModel):
    question: str
    intent: str
    text: str
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
class _Builder:
    citations: list[Citation]

    def cite(self, report: Report, path, paragraph: int, start: int, end: int,
             highlight: tuple[int, int] | None = None) -> int:
        for c in self.citations:
            if (c.report_id, c.start, c.end) == (report.id, start, end) and highlight is None:
                return c.marker
        marker = len(self.citations) + 1
        self.citations.append(Citation(
            marker=marker, report_id=report.id, report_title=report.meta.title,
            region=report.meta.region.name or "全国", year=report.meta.year, section_path=list(path),
            paragraph=paragraph, start=start, end=end, quote=report.text[start:end],
            highlight_start=highlight[0] if highlight else None, highlight_end=highlight[1] if highlight else None))
        return marker


def _coverage(terms: tuple[str, ...], *texts: str) -> float:
    if not terms:
        return 0.0
    return sum(1 for t in terms if any(t in x for x in texts)) / len(terms)


def _score_figure(fig: Figure, part: Query, report: Report, rank: int) -> float | None:
    if part.unit and not (same_unit_class(part.unit, fig.base_unit) or same_unit_class(part.unit, fig.unit)):
        return None
    metric = fig.metric + fig.metric_after
    sentence = report.text[fig.sentence_start:fig.sentence_end]
    path = " ".join(fig.section_path)
    terms = part.terms
    if not terms:
        return None
    near = sum(1.0 for t in terms if t in metric)
    wide = sum(0.6 for t in terms if t not in metric and t in sentence)
    far = sum(0.5 for t in terms if t not in metric and t not in sentence and t in path)
    coverage = (near + wide + far) / len(terms)
    if _coverage(terms, metric, sentence, path) < MIN_COVERAGE:
        return None
    precision = near / max(len(metric), 1) * 2
    return coverage + 0.3 * min(precision, 1.0) + 0.05 / rank


def _label(report: Report) -> str:
    region = report.meta.region.name or "全国"
    return f"{region}（{report.meta.year}年）" if report.meta.year else region


def _leads(hits: list[Hit], builder: _Builder) -> list[Citation]:
    leads = []
    for hit in hits[:3]:
        c = hit.chunk
        marker = len(builder.citations) + len(leads) + 1
        leads.append(Citation(marker=marker, report_id=hit.report.id, report_title=hit.report.meta.title,
                              region=hit.report.meta.region.name or "全国", year=hit.report.meta.year,
                              section_path=list(c.section_path), paragraph=c.paragraph, start=c.start,
                              end=c.end, quote=c.text))
    return leads


def _figures_in(hits: list[Hit], figures: list[Figure]) -> list[tuple[Figure, int]]:
    out = []
    for hit in hits:
        for fig in figures:
            if hit.chunk.start <= fig.start < hit.chunk.end and all(f is not fig for f, _ in out):
                out.append((fig, hit.rank))
    return out


def _answer_figures(query: Query, report: Report, hits: list[Hit], builder: _Builder) -> tuple[str, list[Value]] | None:
    candidates = _figures_in(hits, report_figures(report))
    parts = query.parts or (query,)
    chosen: list[Figure] = []
    for part in parts:
        scored = []
        for fig, rank in candidates:
            score = _score_figure(fig, part, report, rank)
            if score is not None:
                same_sentence = any(c.sentence_start == fig.sentence_start for c in chosen)
                scored.append((score + (0.2 if same_sentence else 0.0), fig))
        scored = [s for s in scored if all(s[1] is not c for c in chosen)]
        if not scored:
            return None
        chosen.append(max(scored, key=lambda s: s[0])[1])
    values, pieces = [], []
    for fig in chosen:
        marker = builder.cite(report, fig.section_path, fig.paragraph, fig.sentence_start, fig.sentence_end,
                              highlight=(fig.start, fig.end))
        label = fig.metric.strip("，。、；：其中共")[-16:]
        pieces.append(f"{label}{fig.text}[{marker}]")
        values.append(Value(text=fig.text, metric=fig.metric, value=fig.value, unit=fig.unit,
                            qualifier=fig.qualifier, normalized=fig.normalized, base_unit=fig.base_unit,
                            report_id=report.id, citation=marker))
    return "，".join(pieces), values


def _answer_measures(query: Query, report: Report, hits: list[Hit], builder: _Builder
                     ) -> tuple[str, list[Measure]] | None:
    if not hits or _coverage(query.terms, hits[0].chunk.index_text) < MIN_COVERAGE:
        return None
    top = hits[0].chunk
    measures: list[Measure] = []
    para = next(p for p in report.paragraphs if p.number == top.paragraph)
    item = next((i for i in para.items if i.start <= top.start < i.end), None)
    if item is not None and _coverage(query.terms, item.title) > 0:
        # The matching part is one 一是 item: its sentences are the measures.
        title = item.path_segment
        for s_start, s_end in sentences(report.text, item.start, item.end, 10_000):
            marker = builder.cite(report, (*para.section_path, item.path_segment), para.number, s_start, s_end)
            measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
    else:
        section_path = top.section_path[:-1] if item is not None else top.section_path
        # The part the question names may be an ancestor: 「存在的不足」 is 二、存在的不足和原因.
        for depth in range(len(section_path), 0, -1):
            if _coverage(query.terms, section_path[depth - 1]) > 0:
                section_path = section_path[:depth]
                break
        children = [s for s in report.sections if s.path[:-1] == section_path and len(s.path) == len(section_path) + 1]
        title = section_path[-1] if section_path else report.meta.title
        if children:
            for s in children:
                first = next((p for p in report.paragraphs if p.section_path[:len(s.path)] == s.path), None)
                marker = builder.cite(report, s.path, first.number if first else 0, s.start,
                                      first.end if first else s.end)
                measures.append(Measure(title=s.path[-1], citation=marker))
        else:
            for p in report.paragraphs:
                if p.section_path != section_path:
                    continue
                for it in p.items or ():
                    marker = builder.cite(report, (*p.section_path, it.path_segment), p.number, it.start, it.end)
                    measures.append(Measure(title=it.path_segment, citation=marker))
            if not measures:
                marker = builder.cite(report, top.section_path, top.paragraph, top.start, top.end)
                measures.append(Measure(title=top.text, citation=marker))
    lines = "\n".join(f"- {m.title}[{m.citation}]" for m in measures)
    return f"{title}：\n{lines}", measures


def answer_question(question: str, index: ReportIndex, retriever: Retriever, *, mode: str = "hybrid",
                    filters: Filters = Filters()) -> Answer:
    reports = [r for r in index.reports.values() if filters.admits(r)] if filters else list(index.reports.values())
    query = analyze(question, reports, index.tokenizer)
    builder = _Builder(citations=[])
    base = Answer(question=question, intent=query.intent, text="")
    if query.unknown_regions and not query.report_ids:
        return base.model_copy(update={"abstained": True, "text": f"所选报告中未找到关于{'、'.join(query.unknown_regions)}的报告。"})
    targets = [r for r in reports if not query.report_ids or r.id in query.report_ids]
    if query.years:
        targets = [r for r in targets if r.meta.year in query.years]
        if not targets:
            years = "、".join(f"{y}年" for y in query.years)
            return base.model_copy(update={"abstained": True, "text": f"所选报告中未找到{years}的报告。"})
    search_text = apply_synonyms(question)
    lines, values, measures, all_hits = [], [], [], []
    for report in sorted(targets, key=lambda r: (r.meta.region.name, r.meta.year or 0)):
        hits = retriever.search(search_text, k=HITS_PER_REPORT, mode=mode, filters=Filters(report_ids=(report.id,)))
        all_hits += hits
        if query.intent == "figure":
            found = _answer_figures(query, report, hits, builder)
            if found:
                lines.append(f"{_label(report)}：{found[0]}")
                values += found[1]
        else:
            found = _answer_measures(query, report, hits, builder)
            if found:
                lines.append(f"{_label(report)} {found[0]}")
                measures += found[1]
    if not lines:
        all_hits.sort(key=lambda h: -h.score)
        what = "、".join(query.terms[:4]) or question
        return base.model_copy(update={"abstained": True, "text": f"所选报告中未找到关于「{what}」的内容。以下段落最接近：",
                                       "leads": _leads(all_hits, builder)})
    seen: dict[tuple[str, int], list[int]] = {}
    for c in builder.citations:
        seen.setdefault((c.report_id, c.start), []).append(c.marker)
    quotes = "\n".join(
        f"{''.join(f'[{m}]' for m in markers)} 「{builder.citations[markers[0] - 1].quote}」"
        for markers in seen.values()) if query.intent == "figure" else ""
    text = "\n".join(lines) + (f"\n\n{quotes}" if quotes else "")
    return base.model_copy(update={"text": text, "values": values, "measures": measures,
                                   "citations": builder.citations})
