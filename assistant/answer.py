"""Question → Answer with citations: figures, measures, per-report answers, abstention.

Extractive: every value in an answer is a span of a cited passage. A question the reports do not
support is answered with 「所选报告中未找到……」 and the nearest passages as leads.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pydantic import BaseModel, Field

from corpus.chunk import pieces as sentences
from corpus.models import Paragraph, Report
from index.store import ReportIndex

from assistant.figures import Figure, report_figures, same_unit_class
from assistant.grounding import reports_for_years
from assistant.query import Query, analyze, apply_synonyms, resolve_relative_years, with_terms
from assistant.retrieve import Filters, Hit, Retriever

MIN_COVERAGE = 0.5  # share of the question's content words a passage must contain to answer
HITS_PER_REPORT = 8
_TITLES = re.compile(r"《[^》]*》|“[^”]{9,}”")
_ASKS_START = re.compile(r"[从由]多少|原来|原先|起初|之前")


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
            region=report.meta.region.label, year=report.meta.year, section_path=list(path),
            paragraph=paragraph, start=start, end=end, quote=report.text[start:end],
            highlight_start=highlight[0] if highlight else None, highlight_end=highlight[1] if highlight else None))
        return marker


def _coverage(terms: tuple[str, ...], *texts: str) -> float:
    """Share of the terms found in any of the texts: the gate for answering at all."""
    if not terms:
        return 0.0
    texts = tuple(x.lower() for x in texts)  # terms are lowercased tokens: GDP and gdp alike
    return sum(1 for t in terms if any(t in x for x in texts)) / len(terms)


def _weights(terms: tuple[str, ...], report: Report) -> dict[str, float]:
    """Inverse line frequency in the report: 「三项制度」 tells parts apart, 「行政」 hardly does."""
    lines = report.text.lower().split("\n")
    return {t: math.log(1 + len(lines) / (1 + sum(t in line for line in lines))) for t in terms}


def _weighted(terms: tuple[str, ...], weights: dict[str, float], text: str) -> float:
    """Weighted share of the terms in one text: for choosing among candidates, not for the gate."""
    total = sum(weights[t] for t in terms)
    text = text.lower()
    return sum(weights[t] for t in terms if t in text) / total if total else 0.0


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return {a + b for a, b in zip(chars, chars[1:])}


def _score_figure(fig: Figure, part: Query, report: Report, rank: int, weights: dict[str, float]) -> float | None:
    if part.unit and not (same_unit_class(part.unit, fig.base_unit) or same_unit_class(part.unit, fig.unit)):
        return None
    # A title in the clause (《…》, a long “…” name) names something; it is not what the number counts:
    # 「三宗“苏州市卫生健康行政许可优秀案卷”」 is not a count of 行政许可.
    metric = _TITLES.sub("", fig.metric + fig.metric_after).lower()
    sentence = _TITLES.sub("", report.text[fig.sentence_start:fig.sentence_end]).lower()
    path = " ".join(fig.section_path).lower()
    terms = part.terms
    if not terms or _coverage(terms, metric, sentence, path) < MIN_COVERAGE:
        return None
    total = sum(weights[t] for t in terms) or 1.0
    near = sum(weights[t] for t in terms if t in metric)
    wide = sum(0.6 * weights[t] for t in terms if t not in metric and t in sentence)
    far = sum(0.5 * weights[t] for t in terms if t not in metric and t not in sentence and t in path)
    coverage = (near + wide + far) / total
    precision = _covered_share(fig.metric, terms)  # 「政协提案」 17件 over 「政协提案共」 28件
    asked = _bigrams(part.text)
    shared = len(asked & _bigrams(metric)) / len(asked) if asked else 0.0  # 区抽 vs 国抽
    # 「由10分提升至20分」: a from-value answers only a question about where it started.
    start_value = fig.metric.endswith(("由", "从")) and not _ASKS_START.search(part.text)
    return coverage + 0.3 * precision + 0.2 * shared + 0.05 / rank - (0.5 if start_value else 0.0)


def _covered_share(text: str, terms: tuple[str, ...]) -> float:
    """Share of the characters of ``text`` that belong to one of the terms."""
    text = text.lower()
    covered = [False] * len(text)
    for t in terms:
        at = text.find(t)
        while at >= 0:
            covered[at:at + len(t)] = [True] * len(t)
            at = text.find(t, at + 1)
    return sum(covered) / len(text) if text else 0.0


def _label(report: Report) -> str:
    region = report.meta.region.label
    return f"{region}（{report.meta.year}年）" if report.meta.year else region


def _leads(hits: list[Hit], builder: _Builder) -> list[Citation]:
    leads = []
    for hit in hits[:3]:
        c = hit.chunk
        marker = len(builder.citations) + len(leads) + 1
        leads.append(Citation(marker=marker, report_id=hit.report.id, report_title=hit.report.meta.title,
                              region=hit.report.meta.region.label, year=hit.report.meta.year,
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
    weights = _weights(tuple({t for p in parts for t in p.terms}), report)
    chosen: list[Figure] = []
    for part in parts:
        scored = []
        for fig, rank in candidates:
            score = _score_figure(fig, part, report, rank, weights)
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


def _path_at(para: Paragraph, pos: int) -> tuple[str, ...]:
    item = next((i for i in para.items if i.start <= pos < i.end), None)
    return (*para.section_path, item.path_segment) if item else para.section_path


def _section_measures(report: Report, path: tuple[str, ...], builder: _Builder) -> list[Measure]:
    """The sub-sections of a section; without any, its paragraphs' 一是… items; else its paragraphs."""
    measures = []
    children = [s for s in report.sections if len(s.path) == len(path) + 1 and s.path[:-1] == path]
    for s in children:
        first = next((p for p in report.paragraphs if p.section_path[:len(s.path)] == s.path), None)
        marker = builder.cite(report, s.path, first.number if first else 0, s.start, first.end if first else s.end)
        measures.append(Measure(title=s.path[-1], citation=marker))
    if measures:
        return measures
    paragraphs = [p for p in report.paragraphs if p.section_path == path]
    for p in paragraphs:
        for it in p.items:
            marker = builder.cite(report, (*p.section_path, it.path_segment), p.number, it.start, it.end)
            measures.append(Measure(title=it.path_segment, citation=marker))
    if not measures:
        for p in paragraphs:
            s_start, s_end = next(iter(sentences(report.text, p.start, p.end, 10_000)))
            marker = builder.cite(report, p.section_path, p.number, s_start, s_end)
            measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
    return measures


def _answer_measures(query: Query, report: Report, hits: list[Hit], builder: _Builder
                     ) -> tuple[str, list[Measure]] | None:
    """The part of the report the question names, as its list of measures.

    Candidates around the best passage: each 一是 item of its paragraph (by title), the
    paragraph's lead-in before its items, and each section on its path (by heading) — the one
    whose words best match the question (weighted by rarity) wins; on a tie the narrower part.
    """
    if not hits or _coverage(query.terms, hits[0].chunk.index_text) < MIN_COVERAGE:
        return None
    top = hits[0].chunk
    para = next(p for p in report.paragraphs if p.number == top.paragraph)
    weights = _weights(query.terms, report)
    score = lambda text: _weighted(query.terms, weights, text)  # noqa: E731
    options: list[tuple[float, float, str, object]] = [(score(i.title), 3.0, "item", i) for i in para.items]
    if para.items and para.items[0].start > para.start:
        options.append((score(report.text[para.start:para.items[0].start]), 2.0, "lead", para))
    options += [(score(para.section_path[d - 1]), 1.0 + d / 100, "section", para.section_path[:d])
                for d in range(1, len(para.section_path) + 1)]
    best_score, _, kind, part = max(options, key=lambda o: (o[0], o[1]), default=(0.0, 0.0, "", None))
    measures: list[Measure] = []
    if best_score == 0.0:
        marker = builder.cite(report, top.section_path, top.paragraph, top.start, top.end)
        return top.text, [Measure(title=top.text, citation=marker)]
    if kind == "item":
        title = part.path_segment
        for s_start, s_end in sentences(report.text, part.start, part.end, 10_000):
            marker = builder.cite(report, (*para.section_path, part.path_segment), para.number, s_start, s_end)
            measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
    elif kind == "lead":
        title = report.text[para.start:para.items[0].start].rstrip("。：；，")[-40:]
        for it in para.items:
            marker = builder.cite(report, (*para.section_path, it.path_segment), para.number, it.start, it.end)
            measures.append(Measure(title=it.path_segment, citation=marker))
    else:
        title = part[-1]
        measures = _section_measures(report, part, builder)
    lines = "\n".join(f"- {m.title}[{m.citation}]" for m in measures)
    return f"{title}：\n{lines}", measures


def _answer_fact(query: Query, report: Report, hits: list[Hit], builder: _Builder) -> str | None:
    """The one sentence of the best passages that holds most of the question's words."""
    weights = _weights(query.terms, report)
    best: tuple[float, int, int, Paragraph] | None = None
    for hit in hits[:5]:
        para = next(p for p in report.paragraphs if p.number == hit.chunk.paragraph)
        for s_start, s_end in sentences(report.text, hit.chunk.start, hit.chunk.end, 10_000):
            sentence = report.text[s_start:s_end]
            path = " ".join(_path_at(para, s_start))
            if _coverage(query.terms, sentence, path) < MIN_COVERAGE:
                continue
            score = _weighted(query.terms, weights, sentence) + 0.3 * _weighted(query.terms, weights, path) \
                + 0.05 / hit.rank
            if best is None or score > best[0]:
                best = (score, s_start, s_end, para)
    if best is None:
        return None
    _, s_start, s_end, para = best
    marker = builder.cite(report, _path_at(para, s_start), para.number, s_start, s_end)
    return f"{report.text[s_start:s_end]}[{marker}]"


def answer_question(question: str, index: ReportIndex, retriever: Retriever, *, mode: str = "hybrid",
                    filters: Filters = Filters(), hits_per_report: int = HITS_PER_REPORT) -> Answer:
    """Answer from each admitted report's best ``hits_per_report`` passages; abstain without support."""
    reports = [r for r in index.reports.values() if filters.admits(r)] if filters else list(index.reports.values())
    query = analyze(question, reports, index.tokenizer)
    builder = _Builder(citations=[])
    base = Answer(question=question, intent=query.intent, text="")
    missing = "、".join(query.unknown_regions)
    if missing and not query.report_ids:
        return base.model_copy(update={"abstained": True, "text": f"所选报告中未找到关于{missing}的报告。"})
    if missing:  # 「福田区和南山区…」: answered for 南山区, and said so for 福田区
        base = base.model_copy(update={"notes": [f"所选报告中未找到关于{missing}的报告"]})
    targets = [r for r in reports if not query.report_ids or r.id in query.report_ids]
    if query.years:
        targets, how = reports_for_years(targets, query.years, question)
        if how == "mentions":
            # A year the reports speak of (「2025年主要安排」), not a period they cover: a word to match.
            query = with_terms(query, tuple(f"{y}年" for y in query.years))
        elif how == "none":
            years = "、".join(f"{y}年" for y in query.years)
            return base.model_copy(update={"abstained": True, "text": f"所选报告中未找到{years}的报告。"})
    lines, values, measures, all_hits = [], [], [], []
    for report in sorted(targets, key=lambda r: (r.meta.region.name, r.meta.year or 0)):
        search_text = resolve_relative_years(apply_synonyms(question), report.meta.year)
        hits = retriever.search(search_text, k=hits_per_report, mode=mode, filters=Filters(report_ids=(report.id,)))
        all_hits += hits
        if query.intent == "figure":
            found = _answer_figures(query, report, hits, builder)
            if found:
                lines.append(f"{_label(report)}：{found[0]}")
                values += found[1]
        elif query.intent == "fact":
            sentence = _answer_fact(query, report, hits, builder)
            if sentence:
                lines.append(f"{_label(report)}：{sentence}")
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
