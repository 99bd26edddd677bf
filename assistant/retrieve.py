"""Hybrid retrieval over one index: BM25, dense, or both fused; filters by report, region, year."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from corpus.chunk import first_sentence
from corpus.leads import inner_leads, led_run
from corpus.models import Chunk, Report
from index.backend import IndexBackend
from index.encoders import Encoder
from index.figures import Figure, paragraph_figures, paragraphs_in
from index.fusion import rrf, weighted
from index.report_table import stored_figures


QUERY_VECTORS_KEPT = 64
TEXT_VECTORS_KEPT = 4096  # short texts (a listing's entry titles) kept encoded
REPORT_OUTLINES_KEPT = 256  # reports whose section outlines are kept as word vectors (about 50 KB each)


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
    """Searches one opened index, whichever backend holds it (index/backend.py). It also keeps what
    one question would otherwise compute again for every report it asks (the index does not change
    under it: a new generation gets a new Retriever): each report's figures and the last queries'
    vectors."""

    index: IndexBackend
    encoder_factory: Callable[[], Encoder]
    fusion: str = "weighted"  # weighted (min-max, measured better with USE) | rrf
    bm25_weight: float = 0.7
    rrf_k: int = 60
    candidates: int = 50
    _encoder: Encoder | None = field(default=None, repr=False)
    _figures: dict[tuple[str, int], list[Figure]] = field(default_factory=dict, repr=False)  # (report, paragraph)
    _headings: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _openers: dict[str, tuple] = field(default_factory=dict, repr=False)
    _positions: dict[str, int] | None = field(default=None, repr=False)
    _vectors: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _texts: OrderedDict = field(default_factory=OrderedDict, repr=False)
    _tokens: OrderedDict = field(default_factory=OrderedDict, repr=False)  # an entry's title → its tokens
    _outlines: OrderedDict = field(default_factory=OrderedDict, repr=False)  # report → section paths, outline vectors
    _vectors_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)  # the app asks from threads

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = self.encoder_factory()
        return self._encoder

    def allowed_reports(self, filters: Filters) -> tuple[str, ...] | None:
        """The reports a filter admits (None: no filter). Regions match by name prefix, which is
        read from the reports' metadata here rather than pushed to the backend as an expression."""
        if not filters:
            return None
        if not (filters.regions or filters.years):  # by id alone: no report's metadata to read
            return self.in_index_order(filters.report_ids)
        return tuple(rid for rid, rep in self.index.reports.items() if filters.admits(rep))

    def in_index_order(self, report_ids) -> tuple[str, ...]:
        """These reports, those the index holds, in its order, without a pass over every report."""
        if self._positions is None:
            self._positions = {rid: n for n, rid in enumerate(self.index.reports)}
        return tuple(sorted({rid for rid in report_ids if rid in self._positions}, key=self._positions.__getitem__))

    def figures_near(self, report: Report, hits: Sequence[Hit]) -> list[Figure]:
        """The figures of the paragraphs the hits' passages overlap, in the order of the text, each
        paragraph's read once per opened index — from the rows kept at ingest
        (index/figure_rows.py), else found in the text (index/figures.py): a question reads the
        figures of the passages it found, not of every report it could be asked of."""
        paragraphs = {p.number: p for hit in hits for p in paragraphs_in(report, hit.chunk.start, hit.chunk.end)}
        new = [n for n in paragraphs if (report.id, n) not in self._figures]
        if new:
            kept = stored_figures(report, set(new))  # found at ingest, when the index keeps them
            for number in new:
                self._figures[report.id, number] = kept.get(number, []) if kept is not None else \
                    paragraph_figures(report, paragraphs[number])
        return [fig for number in sorted(paragraphs) for fig in self._figures[report.id, number]]

    def heading_similarity(self, question: str, report: Report) -> dict[tuple[str, ...], float]:
        """The encoder's cosine between the question and each section heading of the report (the
        headings are encoded once per opened index)."""
        vectors = self._headings.get(report.id)
        if vectors is None:
            titles = [s.path[-1] for s in report.sections]
            vectors = self.encoder.encode(titles, kind="passage") if titles else np.zeros((0, 1), np.float32)
            self._headings[report.id] = vectors
        if not report.sections:
            return {}
        sims = vectors @ self.query_vector(question)
        return {s.path: float(v) for s, v in zip(report.sections, sims)}

    def opener_similarity(self, question: str, report: Report) -> dict[int, float]:
        """The encoder's cosine between the question and the first sentence of each paragraph opening a
        run of leads or holding lead sentences inside it (corpus.leads.led_run, inner_leads), by paragraph
        number; encoded once per opened index."""
        kept = self._openers.get(report.id)
        if kept is None:
            paras = [p for p in report.paragraphs if led_run(report, p) or inner_leads(report, p)]
            texts = [report.text[slice(*first_sentence(report.text, p.start, p.end))] for p in paras]
            vectors = self.encoder.encode(texts, kind="passage") if texts else np.zeros((0, 1), np.float32)
            kept = self._openers[report.id] = ([p.number for p in paras], vectors)
        numbers, vectors = kept
        if not numbers:
            return {}
        sims = vectors @ self.query_vector(question)
        return {n: float(v) for n, v in zip(numbers, sims)}

    def _fitted_words(self):
        """The index's word vectors (index/word_vectors.py), or None where it keeps none."""
        words = getattr(self.index, "words", None)
        return words if words is not None and words.words else None

    def word_likeness(self, terms: Sequence[str], text: str) -> float:
        """The cosine of the question's words and a text's in the word vectors fitted on the
        indexed reports (index/word_vectors.py); 0.0 where the index keeps none."""
        words = self._fitted_words()
        if words is None:
            return 0.0
        with self._vectors_lock:
            tokens = self._tokens.get(text)
        if tokens is None:
            tokens = self.index.tokenizer.tokenize(text)
            with self._vectors_lock:
                self._tokens[text] = tokens
                while len(self._tokens) > TEXT_VECTORS_KEPT:
                    self._tokens.popitem(last=False)
        return words.similarity(terms, tokens)

    def section_likeness(self, terms: Sequence[str], report: Report,
                         outlines: Callable[[Report], dict[tuple[str, ...], str]]) -> dict[tuple[str, ...], float]:
        """The cosine, in the word vectors fitted on the indexed reports, of the question's words and
        each section's outline (``outlines`` gives them): the outlines' vectors are made once per
        report while it is among the last ``REPORT_OUTLINES_KEPT``. {} where the index keeps none."""
        words = self._fitted_words()
        if words is None:
            return {}
        with self._vectors_lock:
            kept = self._outlines.get(report.id)
            if kept is not None:
                self._outlines.move_to_end(report.id)
        if kept is None:
            texts = outlines(report)
            vectors = [words.of(self.index.tokenizer.tokenize(text)) for text in texts.values()]
            width = words.vectors.shape[1]  # (a report of no sections, a web page's menu only: an empty matrix)
            kept = (tuple(texts), np.array([v if v is not None else np.zeros(width, np.float32)
                                             for v in vectors], np.float32).reshape(len(texts), width))
            with self._vectors_lock:
                self._outlines[report.id] = kept
                while len(self._outlines) > REPORT_OUTLINES_KEPT:
                    self._outlines.popitem(last=False)
        paths, matrix = kept
        question = words.of(terms)
        if question is None:
            return dict.fromkeys(paths, 0.0)
        return dict(zip(paths, (matrix @ question).tolist()))

    def likeness(self, question: str, texts: Sequence[str]) -> list[float]:
        """The encoder's cosine between the question and each text (a listing's entry titles), the
        texts encoded once while they are among the last ``TEXT_VECTORS_KEPT``."""
        with self._vectors_lock:
            new = list(dict.fromkeys(t for t in texts if t not in self._texts))
        vectors = self.encoder.encode(new, kind="passage") if new else []
        with self._vectors_lock:
            for text, vector in zip(new, vectors):
                self._texts[text] = vector
            found = [self._texts.get(t) for t in texts]
            for text in texts:
                if text in self._texts:
                    self._texts.move_to_end(text)
            while len(self._texts) > TEXT_VECTORS_KEPT:
                self._texts.popitem(last=False)
        query = self.query_vector(question)
        return [float(v @ query) if v is not None else -1.0 for v in found]

    def bm25(self, query: str, k: int, allowed: Sequence[str] | None, common: float | None = None
             ) -> list[tuple[int, float]]:
        return self.index.search_bm25(query, k, allowed, common=common)

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

    def dense(self, query: str, k: int, allowed: Sequence[str] | None) -> list[tuple[int, float]]:
        return self.index.search_dense(self.query_vector(query), k, allowed)

    def search_each(self, query: str, report_ids: Sequence[str], k: int = 5, mode: str = "hybrid"
                    ) -> dict[str, list[Hit]]:
        """``search`` limited to each report in turn — the same hits — from one scoring of the
        question for all of them (BM25 postings read once, the reports' vectors in one product)."""
        depth = max(self.candidates, k)
        if mode not in ("bm25", "dense", "hybrid"):
            raise ValueError(f"unknown retrieval mode '{mode}' (bm25, dense or hybrid)")
        if mode == "hybrid" and self.fusion.startswith("engine-"):
            return {rid: self._hits(self._engine_fused(query, k, depth, [rid])) for rid in report_ids}
        sparse = (self.index.search_bm25_each(query, k if mode == "bm25" else depth, report_ids)
                  if mode != "dense" else None)
        vectors = (self.index.search_dense_each(self.query_vector(query), k if mode == "dense" else depth, report_ids)
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

    def _engine_fused(self, query: str, k: int, depth: int, report_ids) -> list[tuple[int, float]]:
        """Fused by the engine's ranker, one request per report list (only Milvus has one)."""
        if not hasattr(self.index, "search_hybrid"):
            raise ValueError(f"fusion '{self.fusion}' needs the milvus backend")
        return self.index.search_hybrid(query, self.query_vector(query), k, depth, report_ids,
                                        ranker=self.fusion.removeprefix("engine-"))

    def _fused(self, runs) -> list[tuple[int, float]]:
        return (rrf(runs, k=self.rrf_k) if self.fusion == "rrf"
                else weighted(runs, [self.bm25_weight, 1.0 - self.bm25_weight]))

    def _hits(self, ranked) -> list[Hit]:
        hits = []
        chunks = self.index.fetch([row for row, _ in ranked])
        for rank, (row, score) in enumerate(ranked, start=1):
            chunk = chunks[row]
            hits.append(Hit(chunk=chunk, report=self.index.reports[chunk.report_id], score=score, rank=rank))
        return hits

    def search(self, query: str, k: int = 5, mode: str = "hybrid", filters: Filters = Filters(),
               common: float | None = None) -> list[Hit]:
        """The k best passages. ``common`` (BM25 only): leave out the words held by more than this
        share of the chunks."""
        allowed = self.allowed_reports(filters)
        if allowed is not None and not allowed:
            return []
        depth = max(self.candidates, k)
        if mode == "bm25":
            ranked = self.bm25(query, k, allowed, common)
        elif mode == "dense":
            ranked = self.dense(query, k, allowed)
        elif mode == "hybrid" and self.fusion.startswith("engine-"):
            ranked = self._engine_fused(query, k, depth, allowed)
        elif mode == "hybrid":
            ranked = self._fused([self.bm25(query, depth, allowed), self.dense(query, depth, allowed)])
        else:
            raise ValueError(f"unknown retrieval mode '{mode}' (bm25, dense or hybrid)")
        return self._hits(ranked[:k])
