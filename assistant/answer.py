"""Question → Answer with citations: figures, measures, per-report answers, abstention.

Extractive: every value in an answer is a span of a cited passage. A question the reports do not
support is answered with 「所选报告中未找到……」 and the nearest passages as leads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pydantic import BaseModel, Field

from corpus.chunk import pieces as sentences
from corpus.metadata import heading_part
from corpus.models import Paragraph, Report
from index.store import ReportIndex

from assistant.figure_score import Scorer, figure_features, holds, load_scorer, weighted_share
from assistant.figures import Figure, report_figures, same_unit_class
from assistant.grounding import reports_for_years
from assistant.query import Query, analyze, apply_synonyms, resolve_relative_years, with_terms
from assistant.retrieve import Filters, Hit, Retriever

MIN_COVERAGE = 0.5  # IDF-weighted share of the question's words a passage must hold (measures, facts)
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
            region=report.meta.region.label, year=report.meta.year, section_path=list(path),
            paragraph=paragraph, start=start, end=end, quote=report.text[start:end],
            highlight_start=highlight[0] if highlight else None, highlight_end=highlight[1] if highlight else None))
        return marker


def _coverage(terms: tuple[str, ...], weights: dict[str, float], *texts: str) -> float:
    """IDF-weighted share of the terms found in any of the texts: the gate for answering at all.
    Rare words decide it; 「工作」「开展」 hardly count."""
    total = sum(weights[t] for t in terms)
    if not total:
        return 0.0
    texts = tuple(x.lower() for x in texts)  # terms are lowercased tokens: GDP and gdp alike
    return sum(weights[t] for t in terms if any(holds(x, t) for x in texts)) / total


def term_weights(terms, index: ReportIndex) -> dict[str, float]:
    """Inverse document frequency over the whole index, per term."""
    return {t: index.bm25.idf(t) for t in terms}


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


def _asks_plan(query: Query, report: Report) -> bool:
    """The question's own words ask for a target or plan (a year a report only plans does not make
    a question about that year's value one about its target)."""
    return query.asks_plan


def figure_candidates(query: Query, report: Report, hits: list[Hit], weights: dict[str, float]
                      ) -> list[list[tuple[Figure, dict[str, float]]]]:
    """For each part of the question, the figures of the passages with their features."""
    candidates = _figures_in(hits, report_figures(report))
    asks_plan = _asks_plan(query, report)
    out = []
    for part in query.parts or (query,):
        rows = []
        for fig, rank in candidates:
            if part.unit and not (same_unit_class(part.unit, fig.base_unit) or same_unit_class(part.unit, fig.unit)):
                continue
            rows.append((fig, figure_features(fig, text=part.text, terms=part.terms, weights=weights,
                                              asks_change=part.asks_change, asks_plan=asks_plan or part.asks_plan,
                                              years=query.years, report=report, rank=rank)))
        out.append(rows if part.terms else [])
    return out


def with_same_sentence(features: dict[str, float], fig: Figure, chosen: list[Figure]) -> dict[str, float]:
    if any(c.sentence_start == fig.sentence_start and c.report_id == fig.report_id for c in chosen):
        return {**features, "same_sentence": 1.0}
    return features


def _answer_figures(query: Query, report: Report, hits: list[Hit], builder: _Builder,
                    weights: dict[str, float], scorer: Scorer) -> tuple[str, list[Value], float] | None:
    """For each thing asked, the figure the fitted scorer likes best, if it clears the threshold."""
    chosen: list[Figure] = []
    confidence = 0.0
    for rows in figure_candidates(query, report, hits, weights):
        # a figure of another year than the one asked (named in its sentence, or the year its part
        # of the report covers) cannot answer, however well its words match
        scored = [(scorer.probability(with_same_sentence(f, fig, chosen)), fig)
                  for fig, f in rows if all(fig is not c for c in chosen) and f["year"] >= 0]
        if scored:
            probability, best = max(scored, key=lambda s: s[0])
            if probability >= scorer.threshold:
                chosen.append(best)
                confidence = max(confidence, probability)
    if not chosen:
        return None
    values, pieces = [], []
    for fig in chosen:
        marker = builder.cite(report, fig.section_path, fig.paragraph, fig.sentence_start, fig.sentence_end,
                              highlight=(fig.start, fig.end))
        label = fig.metric.strip("，。、；：其中共")[-16:]
        pieces.append(f"{label}{fig.text}[{marker}]")
        values.append(Value(text=fig.text, metric=fig.metric, value=fig.value, unit=fig.unit,
                            qualifier=fig.qualifier, normalized=fig.normalized, base_unit=fig.base_unit,
                            report_id=report.id, citation=marker))
    return "，".join(pieces), values, confidence


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
        # lead sentences set inside paragraphs: 「城市宜居水平迈上新台阶。实施…。城市发展韧性得到新提升。…」
        leads = [(p, a, b) for p in paragraphs for a, b in sentences(report.text, p.start, p.end, 10_000)
                 if _is_lead(report.text[a:b])]
        if len(leads) < 3 or leads[0][1] != paragraphs[0].start:
            leads = [(p, *next(iter(sentences(report.text, p.start, p.end, 10_000)))) for p in paragraphs]
        for p, s_start, s_end in leads:
            marker = builder.cite(report, p.section_path, p.number, s_start, s_end)
            measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
    return measures


def _is_lead(sentence: str) -> bool:
    """A short sentence with no clause inside it heads what follows it."""
    body = sentence.strip().rstrip("。；！")
    return 4 <= len(body) <= 18 and not re.search(r"[，、：,]", body)


def _listed_after(report: Report, para: Paragraph, builder: _Builder) -> list[Measure]:
    """What a lead-in ending in 「：」 (「重点抓好以下十大行动：」) introduces: the items of the same
    paragraph after it, or else the paragraphs that follow it in its section, by their first sentence
    or their items."""
    children = [sec for sec in report.sections if sec.start > para.start
                and sec.path[:-1] == para.section_path and len(sec.path) == len(para.section_path) + 1]
    if len(children) >= 2:  # the lead-in opens sub-sections: their headings are the list
        return _section_measures(report, para.section_path, builder)
    measures: list[Measure] = []
    following = [p for p in report.paragraphs if p.number > para.number and p.section_path[:len(para.section_path)]
                 == para.section_path]
    for p in following:
        if p.section_path != para.section_path and len(p.section_path) > len(para.section_path) + 1:
            continue
        if p.items:
            for it in p.items:
                marker = builder.cite(report, (*p.section_path, it.path_segment), p.number, it.start, it.end)
                measures.append(Measure(title=it.path_segment, citation=marker))
        else:
            s_start, s_end = next(iter(sentences(report.text, p.start, p.end, 10_000)))
            marker = builder.cite(report, p.section_path, p.number, s_start, s_end)
            measures.append(Measure(title=report.text[s_start:s_end], citation=marker))
        if len(measures) >= 20:
            break
    return measures


_DONE_WORDS = re.compile(r"采取|做了|取得|开展了|实现了|成效|成绩|进展|完成了|情况")


def _in_asked_part(query: Query, report: Report, hits: list[Hit]) -> list[Hit]:
    """Hits in the part of the report the question's time points to — its plan part for
    「打算/下一步/要做」, its review part for 「采取了/取得了」 — first; the others after."""
    wants = _asked_part(query, report)
    if wants is None:
        return hits
    part = lambda h: next((heading_part(s) for s in h.chunk.section_path[:2] if heading_part(s)), None)  # noqa: E731
    inside = [h for h in hits if part(h) == wants]
    return inside or hits


def _asked_part(query: Query, report: Report) -> str | None:
    return "plan" if _asks_plan(query, report) else ("review" if _DONE_WORDS.search(query.text) else None)


_OVERVIEW = re.compile(r"哪(几|些)个?方面|哪[一二三四五六七八九十\d]+个?方面|(主要|重点)(工作|任务)[^？?]{0,4}(有|是)?哪些"
                       r"|(主要|重点)?(做了|安排了)(哪些|哪几)|有哪些(主要|重点)?(安排|任务|举措)")


def _part_overview(query: Query, report: Report, builder: _Builder) -> tuple[str, list[Measure], float] | None:
    """「…主要做了哪几方面工作」, 「…重点安排了哪些方面的工作」: the chapters of the report's review
    or plan part, when the question names no narrower topic of its own."""
    if not _OVERVIEW.search(query.text):
        return None
    wants = _asked_part(query, report) or "review"
    part = next((s for s in sorted(report.sections, key=lambda s: (s.level, s.start))
                 if s.level <= 1 and heading_part(s.path[-1]) == wants), None)
    if part is None:
        return None
    measures = _section_measures(report, part.path, builder)
    if len(measures) < 2:
        return None
    lines = "\n".join(f"- {m.title}[{m.citation}]" for m in measures)
    return f"{part.path[-1]}：\n{lines}", measures, 1.0


def _answer_measures(query: Query, report: Report, hits: list[Hit], builder: _Builder,
                     weights: dict[str, float]) -> tuple[str, list[Measure], float] | None:
    """The part of the report the question names, as its list of measures.

    Candidates around the best passage: each 一是 item of its paragraph (by title), the
    paragraph's lead-in before its items, and each section on its path (by heading) — the one
    whose words best match the question (weighted by rarity) wins; on a tie the narrower part.
    """
    hits = _in_asked_part(query, report, hits)
    supported = [h for h in hits[:3] if _coverage(query.terms, weights, h.chunk.index_text) >= MIN_COVERAGE]
    if not supported:  # 「…主要做了哪几方面工作」 names no topic of its own: the part's chapters
        return _part_overview(query, report, builder)
    top = supported[0].chunk
    para = next(p for p in report.paragraphs if p.number == top.paragraph)
    score = lambda text: weighted_share(query.terms, weights, text)  # noqa: E731
    options: list[tuple[float, float, str, object]] = [(score(i.title), 3.0, "item", i) for i in para.items]
    if para.items and para.items[0].start > para.start:
        options.append((score(report.text[para.start:para.items[0].start]), 2.0, "lead", para))
    options += [(score(para.section_path[d - 1]), 1.0 + d / 100, "section", para.section_path[:d])
                for d in range(1, len(para.section_path) + 1)]
    best_score, _, kind, part = max(options, key=lambda o: (o[0], o[1]), default=(0.0, 0.0, "", None))
    measures: list[Measure] = []
    support = _coverage(query.terms, weights, top.index_text)
    lead_in = next((sentence for sentence in sentences(report.text, para.start, para.end, 10_000)
                    if sentence[1] == para.end and (report.text[sentence[1] - 1] == "："
                                                    or "以下" in report.text[sentence[0]:sentence[1]])), None)
    if lead_in and kind != "item":
        listed = _listed_after(report, para, builder)
        if len(listed) >= 2:
            title = report.text[lead_in[0]:lead_in[1]].rstrip("：")
            lines = "\n".join(f"- {m.title}[{m.citation}]" for m in listed)
            return f"{title}：\n{lines}", listed, support + best_score
    if best_score == 0.0:
        marker = builder.cite(report, top.section_path, top.paragraph, top.start, top.end)
        return top.text, [Measure(title=top.text, citation=marker)], support
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
    return f"{title}：\n{lines}", measures, support + best_score


def _answer_fact(query: Query, report: Report, hits: list[Hit], builder: _Builder,
                 weights: dict[str, float]) -> tuple[str, float] | None:
    """The one sentence of the best passages that holds most of the question's words."""
    best: tuple[float, int, int, Paragraph] | None = None
    for hit in hits[:5]:
        para = next(p for p in report.paragraphs if p.number == hit.chunk.paragraph)
        for s_start, s_end in sentences(report.text, hit.chunk.start, hit.chunk.end, 10_000):
            sentence = report.text[s_start:s_end]
            path = " ".join(_path_at(para, s_start))
            if _coverage(query.terms, weights, sentence, path) < MIN_COVERAGE:
                continue
            score = weighted_share(query.terms, weights, sentence) + 0.3 * weighted_share(query.terms, weights, path) \
                + 0.05 / hit.rank
            if best is None or score > best[0]:
                best = (score, s_start, s_end, para)
    if best is None:
        return None
    score, s_start, s_end, para = best
    marker = builder.cite(report, _path_at(para, s_start), para.number, s_start, s_end)
    return f"{report.text[s_start:s_end]}[{marker}]", score


@dataclass(frozen=True)
class Route:
    """Where a question is answered: its analysis, the reports to search, or why none."""

    query: Query
    targets: tuple[Report, ...]
    refusal: str | None = None  # the abstention text when no report can answer
    notes: tuple[str, ...] = ()
    weights: dict[str, float] = field(default_factory=dict)  # IDF of the question's words


def route(question: str, index: ReportIndex, filters: Filters = Filters()) -> Route:
    reports = [r for r in index.reports.values() if filters.admits(r)] if filters else list(index.reports.values())
    query = analyze(question, reports, index.tokenizer)
    missing = "、".join(query.unknown_regions)
    if missing and not query.report_ids:
        return Route(query, (), f"所选报告中未找到关于{missing}的报告。")
    notes = (f"所选报告中未找到关于{missing}的报告",) if missing else ()  # 「福田区和南山区…」
    targets = [r for r in reports if not query.report_ids or r.id in query.report_ids]
    if query.years:
        targets, how = reports_for_years(targets, query.years, question)
        if how == "mentions":
            # A year the reports speak of (「2025年主要安排」), not a period they cover: a word to match.
            query = with_terms(query, tuple(f"{y}年" for y in query.years))
        elif how == "none":
            years = "、".join(f"{y}年" for y in query.years)
            return Route(query, (), f"所选报告中未找到{years}的报告。")
    targets = sorted(targets, key=lambda r: (r.meta.region.name, r.meta.year or 0))
    weights = term_weights({t for q in (query, *query.parts) for t in q.terms}, index)
    return Route(_borrow_terms(query, weights), tuple(targets), None, notes, weights)


def _borrow_terms(query: Query, weights: dict[str, float]) -> Query:
    """A later part that says less than the part before it (「…本地生产总值达到多少？增长了多少？」)
    is about the same thing: it takes that part's words too."""
    parts = list(query.parts)
    mass = lambda q: sum(weights.get(t, 0.0) for t in q.terms)  # noqa: E731
    for i in range(1, len(parts)):
        if mass(parts[i]) < mass(parts[i - 1]):
            parts[i] = with_terms(parts[i], parts[i - 1].terms)
    return replace(query, parts=tuple(parts)) if parts else query


def report_hits(retriever: Retriever, question: str, report: Report, *, mode: str, k: int) -> list[Hit]:
    search_text = resolve_relative_years(apply_synonyms(question), report.meta.year)
    return retriever.search(search_text, k=k, mode=mode, filters=Filters(report_ids=(report.id,)))


def answer_question(question: str, index: ReportIndex, retriever: Retriever, *, mode: str = "hybrid",
                    filters: Filters = Filters(), hits_per_report: int = HITS_PER_REPORT,
                    scorer: Scorer | None = None) -> Answer:
    """Answer from each admitted report's best ``hits_per_report`` passages; abstain without support.
    ``scorer`` picks figures (default: the fitted one in assistant/data)."""
    scorer = scorer or load_scorer()
    routed = route(question, index, filters)
    query = routed.query
    builder = _Builder(citations=[])
    base = Answer(question=question, intent=query.intent, text="", notes=list(routed.notes))
    if routed.refusal:
        return base.model_copy(update={"abstained": True, "text": routed.refusal})
    weights = routed.weights
    hits_of = {r.id: report_hits(retriever, question, r, mode=mode, k=hits_per_report) for r in routed.targets}
    all_hits = [h for hits in hits_of.values() for h in hits]

    def answer_for(report: Report, builder: _Builder):
        hits = hits_of[report.id]
        if query.intent == "figure":
            found = _answer_figures(query, report, hits, builder, weights, scorer)
            return found and (f"{_label(report)}：{found[0]}", found[1], [], found[2])
        if query.intent == "fact":
            found = _answer_fact(query, report, hits, builder, weights)
            return found and (f"{_label(report)}：{found[0]}", [], [], found[1])
        found = _answer_measures(query, report, hits, builder, weights)
        return found and (f"{_label(report)} {found[0]}", [], found[1], found[2])

    # A dry run with a builder per report gives each report's confidence; a question that names no
    # place and compares nothing is answered by the report that answers it best, not by every one.
    confidence = {r.id: found[3] for r in routed.targets if (found := answer_for(r, _Builder(citations=[])))}
    answering = [r for r in routed.targets if r.id in confidence]
    if answering and not (query.report_ids or query.compare or len(query.years) > 1 or filters):
        top = max(confidence.values())
        answering = [r for r in answering if confidence[r.id] >= top]
    lines, values, measures = [], [], []
    for report in answering:
        line, found_values, found_measures, _ = answer_for(report, builder)
        lines.append(line)
        values += found_values
        measures += found_measures
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
