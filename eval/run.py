"""Run a gold set through retrieval and answering, per mode; every check kept per question."""
from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, Field
from tqdm import tqdm

from assistant import library
from assistant.answer import Answer
from assistant.retrieve import Retriever
from assistant.settings import Settings
from corpus.models import Report
from index.store import ReportIndex

from eval.gold import TYPES, Evidence, GoldItem
from eval.match import check_answers
from eval.metrics import citation_scores, ndcg_at, overlaps, percentile, recall_at, reciprocal_rank, share

KS = (1, 3, 5, 10)
MODES = ("bm25", "dense", "hybrid")
Span = tuple[str, int, int]


def _fold(ch: str) -> str:
    """Full-width forms as the cleaner writes them (％ → %), one character for one."""
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def _squash_map(text: str) -> tuple[str, list[int]]:
    kept = [(i, _fold(ch)) for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def report_matches(name: str, report: Report) -> bool:
    """The gold file's ``report`` is a substring of the title, file name, id or a region name."""
    return any(name in s for s in (report.meta.title, report.id, Path(report.source).name,
                                   *report.meta.region.names()))


class QuoteFinder:
    """Where each evidence quote occurs in the reports (whitespace-insensitive), cached per report."""

    def __init__(self, reports: Sequence[Report]):
        self.reports = list(reports)
        self._maps: dict[str, tuple[str, list[int]]] = {}

    def places(self, evidence: Evidence) -> list[Span]:
        quote = "".join(_fold(ch) for ch in evidence.quote if not ch.isspace())
        out = []
        for report in self.reports:
            if not report_matches(evidence.report, report):
                continue
            if report.id not in self._maps:
                self._maps[report.id] = _squash_map(report.text)
            squashed, positions = self._maps[report.id]
            at = squashed.find(quote)
            while at >= 0:
                out.append((report.id, positions[at], positions[at + len(quote) - 1] + 1))
                at = squashed.find(quote, at + 1)
        return out

    def regions(self, evidence: Evidence) -> set[str]:
        """The regions (as cited: 南山区, 全国, 未知) of the reports an evidence line names."""
        return {r.meta.region.label for r in self.reports if report_matches(evidence.report, r)}

    def missing(self, items: Sequence[GoldItem]) -> list[tuple[str, str]]:
        """(question id, quote) for every evidence quote found in no matching report."""
        return [(item.id, ev.quote) for item in items for ev in item.evidence if not self.places(ev)]


class CitedPassage(BaseModel):
    marker: int
    report_id: str
    section_path: list[str]
    paragraph: int
    start: int
    end: int
    quote: str
    supports: bool


class QuestionResult(BaseModel):
    id: str
    type: str
    mode: str
    question: str
    expected: list[str]
    evidence: list[Evidence]
    answer: str
    abstained: bool
    values: list[str]
    citations: list[CitedPassage]
    checks: list[tuple[str, bool]] = Field(description="(expected answer, found in the answer)")
    abstention_ok: bool
    split: str | None = None
    tags: list[str] = Field(default_factory=list)
    foreign_regions: list[str] = Field(default_factory=list,
                                       description="regions cited that no evidence report is about")
    extra_reports: list[str] = Field(default_factory=list,
                                     description="reports cited that the evidence does not name, without an expected answer")
    passed: bool
    evidence_ranks: list[int | None]
    recall: dict[int, float]
    reciprocal_rank: float
    ndcg10: float
    citations_supporting: int
    evidence_cited: int
    latency_ms: float


class ModeSummary(BaseModel):
    mode: str
    questions: int
    accuracy: float
    accuracy_by_type: dict[str, float | None]
    count_by_type: dict[str, int]
    recall: dict[int, float]
    mrr: float
    ndcg10: float
    citation_precision: float | None
    citation_recall: float | None
    latency_p50_ms: float
    latency_p95_ms: float
    foreign_region_answers: int = 0
    over_answers: int = 0
    accuracy_by_tag: dict[str, tuple[int, int]] = Field(default_factory=dict, description="tag → (passed, of)")


class EvalRun(BaseModel):
    gold: str
    index: str
    encoder: str
    summaries: list[ModeSummary]
    results: list[QuestionResult]
    missing_quotes: list[tuple[str, str]] = Field(default_factory=list)

    def summary(self, mode: str) -> ModeSummary:
        return next(s for s in self.summaries if s.mode == mode)


def _evidence_ranks(item: GoldItem, hits) -> list[int | None]:
    ranks = []
    for ev in item.evidence:
        quote = "".join(_fold(ch) for ch in ev.quote if not ch.isspace())
        ranks.append(next((h.rank for h in hits if report_matches(ev.report, h.report)
                           and quote in "".join(_fold(ch) for ch in h.chunk.text if not ch.isspace())), None))
    return ranks


def judge(item: GoldItem, mode: str, answer: Answer, hits, finder: QuoteFinder, latency_ms: float) -> QuestionResult:
    """Every check of one answer: expected strings, abstention, retrieval ranks, citations."""
    places = [finder.places(ev) for ev in item.evidence]
    cited: list[Span] = [(c.report_id, c.start, c.end) for c in answer.citations]
    supporting, covered = citation_scores(cited, places)
    checks = check_answers(item.type, item.answers, answer.text)
    if item.type == "unanswerable":
        abstention_ok = answer.abstained
    else:
        abstention_ok = not answer.abstained
    ranks = _evidence_ranks(item, hits)
    asked = {r for ev in item.evidence for r in finder.regions(ev)}
    foreign = sorted({c.region for c in answer.citations if asked and c.region not in asked})
    # Over-answering: a cited report the evidence does not name, whose cited passage holds none of
    # the expected answers (an answer listing every year's value is not an answer).
    sources = {rid for ps in places for rid, _, _ in ps}
    extra = sorted({c.report_id for c in answer.citations if sources and c.report_id not in sources
                    and not any(ok for _, ok in check_answers(item.type, item.answers, c.quote))})
    return QuestionResult(
        id=item.id, type=item.type, mode=mode, question=item.question, expected=item.answers,
        evidence=item.evidence, answer=answer.text, abstained=answer.abstained,
        values=[v.text for v in answer.values],
        citations=[CitedPassage(marker=c.marker, report_id=c.report_id, section_path=c.section_path,
                                paragraph=c.paragraph, start=c.start, end=c.end, quote=c.quote,
                                supports=any(overlaps((c.report_id, c.start, c.end), p) for ps in places for p in ps))
                   for c in answer.citations],
        checks=checks, abstention_ok=abstention_ok, split=item.split, tags=item.tags, foreign_regions=foreign,
        extra_reports=extra, passed=abstention_ok and all(ok for _, ok in checks) and not foreign and not extra,
        evidence_ranks=ranks, recall={k: recall_at(ranks, k) for k in KS}, reciprocal_rank=reciprocal_rank(ranks),
        ndcg10=ndcg_at(ranks, 10), citations_supporting=supporting, evidence_cited=covered, latency_ms=latency_ms)


def summarize(mode: str, results: Sequence[QuestionResult]) -> ModeSummary:
    with_evidence = [r for r in results if r.evidence]
    by_type = {t: [r for r in results if r.type == t] for t in TYPES}
    answerable = [r for r in results if r.type != "unanswerable"]
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    return ModeSummary(
        mode=mode, questions=len(results),
        accuracy=mean([r.passed for r in results]),
        accuracy_by_type={t: (mean([r.passed for r in rs]) if rs else None) for t, rs in by_type.items()},
        count_by_type={t: len(rs) for t, rs in by_type.items()},
        recall={k: mean([r.recall[k] for r in with_evidence]) for k in KS},
        mrr=mean([r.reciprocal_rank for r in with_evidence]),
        ndcg10=mean([r.ndcg10 for r in with_evidence]),
        citation_precision=share(sum(r.citations_supporting for r in answerable if r.evidence),
                                 sum(len(r.citations) for r in answerable if r.evidence)),
        citation_recall=share(sum(r.evidence_cited for r in answerable), sum(len(r.evidence) for r in answerable)),
        latency_p50_ms=percentile([r.latency_ms for r in results], 50),
        latency_p95_ms=percentile([r.latency_ms for r in results], 95),
        foreign_region_answers=sum(1 for r in results if r.foreign_regions),
        over_answers=sum(1 for r in results if r.extra_reports),
        accuracy_by_tag={t: (sum(r.passed for r in results if t in r.tags), sum(1 for r in results if t in r.tags))
                         for t in sorted({t for r in results for t in r.tags})},
    )


def run_eval(items: Sequence[GoldItem], settings: Settings, index: ReportIndex, retriever: Retriever,
             modes: Sequence[str] = ("hybrid",), *, gold_name: str = "", progress: bool = True,
             on_progress: Callable[[int, int, str], None] | None = None) -> EvalRun:
    """Ask every question in every mode; ``on_progress(done, total, question id)`` after each."""
    finder = QuoteFinder(list(index.reports.values()))
    results: list[QuestionResult] = []
    total = len(items) * len(modes)
    bar = tqdm(total=total, desc="eval", unit="q", disable=not progress)
    try:
        for mode in modes:
            for item in items:
                hits = retriever.search(item.question, k=max(KS), mode=mode)  # the question as typed
                started = time.perf_counter()
                answer = library.ask(settings, index, retriever, item.question, mode=mode)
                latency = (time.perf_counter() - started) * 1000
                results.append(judge(item, mode, answer, hits, finder, latency))
                bar.update(1)
                bar.set_postfix_str(f"{mode} {item.id}")
                if on_progress:
                    on_progress(len(results), total, item.id)
    finally:
        bar.close()
    summaries = [summarize(m, [r for r in results if r.mode == m]) for m in modes]
    return EvalRun(gold=gold_name, index=str(settings.index_dir), encoder=index.manifest.encoder.name,
                   summaries=summaries, results=results, missing_quotes=finder.missing(items))
