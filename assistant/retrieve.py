"""Hybrid retrieval over one index: BM25, dense, or both fused; filters by report, region, year."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from corpus.models import Chunk, Report
from index.chunk_table import report_rows
from index.encoders import Encoder
from index.fusion import rrf, weighted
from index.store import ReportIndex

from assistant.figures import Figure, report_figures

QUERY_VECTORS_KEPT = 64


@dataclass(frozen=True)
class Filters:
    report_ids: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    years: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.report_ids or self.regions or self.years)

    def admits(self, report: Report) -> bool:
        if self.report_ids and report.id not in self.report_ids:
            return False
        if self.regions and not any(region_matches(report, r) for r in self.regions):
            return False
        return not self.years or report.meta.year in self.years


def region_matches(report: Report, name: str) -> bool:
    """普陀 matches 普陀区; 上海 matches a report of 上海市普陀区."""
    name = name.strip()
    return bool(name) and any(n == name or n.startswith(name) for n in report.meta.region.names())


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    report: Report
    score: float
    rank: int


@dataclass
class Retriever:
    """Searches one opened index. It also keeps what one question would otherwise compute again
    for every report it asks (the index does not change under it: a new generation gets a new
    Retriever): each report's rows, each report's figures, and the last queries' vectors."""

    index: ReportIndex
    encoder_factory: Callable[[], Encoder]
    fusion: str = "weighted"  # weighted (min-max, measured better with USE) | rrf
    bm25_weight: float = 0.7
    rrf_k: int = 60
    candidates: int = 50
    _encoder: Encoder | None = field(default=None, repr=False)
    _rows: dict[str, np.ndarray] | None = field(default=None, repr=False)
    _figures: dict[str, list[Figure]] = field(default_factory=dict, repr=False)
    _vectors: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _vectors_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # the app asks from threads

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = self.encoder_factory()
        return self._encoder

    def rows_of(self, report_id: str) -> np.ndarray:
        """The report's chunk rows, sorted (all reports' are gathered in one pass, once)."""
        if self._rows is None:
            self._rows = report_rows(self.index.chunks)
        return self._rows.get(report_id, np.empty(0, dtype=np.int64))

    def allowed_rows(self, filters: Filters) -> np.ndarray | None:
        if not filters:
            return None
        keep = [self.rows_of(rid) for rid, rep in self.index.reports.items() if filters.admits(rep)]
        return np.sort(np.concatenate(keep)) if keep else np.empty(0, dtype=np.int64)

    def figures_of(self, report: Report) -> list[Figure]:
        """The report's figures (assistant/figures.py), extracted once per opened index."""
        found = self._figures.get(report.id)
        if found is None:
            found = self._figures[report.id] = report_figures(report)
        return found

    def bm25(self, query: str, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        return self.index.bm25.search(self.index.tokenizer.tokenize(query), k, allowed)

    def query_vector(self, query: str) -> np.ndarray:
        """Encoded once however many reports the question is asked of."""
        with self._vectors_lock:
            vector = self._vectors.get(query)
        if vector is None:
            vector = self.encoder.encode([query], kind="query")[0]
        with self._vectors_lock:
            self._vectors[query] = vector
            self._vectors.move_to_end(query)
            while len(self._vectors) > QUERY_VECTORS_KEPT:
                self._vectors.popitem(last=False)
        return vector

    def forget_queries(self) -> None:
        """Drop the kept query vectors (the benchmark times encoding as part of each search)."""
        with self._vectors_lock:
            self._vectors.clear()

    def dense(self, query: str, k: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
        return self.index.dense.search(self.query_vector(query), k, allowed)

    def search_each(self, query: str, report_ids: Sequence[str], k: int = 5, mode: str = "hybrid"
                    ) -> dict[str, list[Hit]]:
        """``search`` limited to each report in turn — the same hits — from one scoring of the
        question for all of them (BM25 postings read once, the reports' vectors in one product)."""
        groups = [self.rows_of(rid) for rid in report_ids]
        depth = max(self.candidates, k)
        if mode not in ("bm25", "dense", "hybrid"):
            raise ValueError(f"unknown retrieval mode '{mode}' (bm25, dense or hybrid)")
        sparse = (self.index.bm25.search_groups(self.index.tokenizer.tokenize(query),
                                                k if mode == "bm25" else depth, groups)
                  if mode != "dense" else None)
        vectors = (self.index.dense.search_groups(self.query_vector(query), k if mode == "dense" else depth, groups)
                   if mode != "bm25" else None)
        found = {}
        for n, report_id in enumerate(report_ids):
            if mode == "bm25":
                ranked = sparse[n]
            elif mode == "dense":
                ranked = vectors[n]
            else:
                ranked = self._fused([sparse[n], vectors[n]])
            found[report_id] = self._hits(ranked[:k])
        return found

    def _fused(self, runs) -> list[tuple[int, float]]:
        return (rrf(runs, k=self.rrf_k) if self.fusion == "rrf"
                else weighted(runs, [self.bm25_weight, 1.0 - self.bm25_weight]))

    def _hits(self, ranked) -> list[Hit]:
        hits = []
        for rank, (row, score) in enumerate(ranked, start=1):
            chunk = self.index.chunks[row]
            hits.append(Hit(chunk=chunk, report=self.index.reports[chunk.report_id], score=score, rank=rank))
        return hits

    def search(self, query: str, k: int = 5, mode: str = "hybrid", filters: Filters = Filters()) -> list[Hit]:
        allowed = self.allowed_rows(filters)
        if allowed is not None and allowed.size == 0:
            return []
        depth = max(self.candidates, k)
        if mode == "bm25":
            ranked = self.bm25(query, k, allowed)
        elif mode == "dense":
            ranked = self.dense(query, k, allowed)
        elif mode == "hybrid":
            ranked = self._fused([self.bm25(query, depth, allowed), self.dense(query, depth, allowed)])
        else:
            raise ValueError(f"unknown retrieval mode '{mode}' (bm25, dense or hybrid)")
        return self._hits(ranked[:k])
