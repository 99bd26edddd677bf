"""``reportqa bench``: ingest time, search latency and peak memory on the files given.

Speed targets are checked here, never by timed unit tests.
"""
from __future__ import annotations

import resource
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from corpus.load import sample_paths
from index.build import IngestOptions, expand_paths, ingest
from index.encoders import load_encoder
from index.store import open_index

from assistant.answer import answer_question
from assistant.examples import bench_queries
from assistant.library import encoder_for, retriever_for
from assistant.retrieve import Filters
from assistant.settings import Settings



def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class _TimedEncoder:
    """The encoder, with the time its passage batches take added up (ingest's encoder share)."""

    def __init__(self, encoder):
        self._encoder, self.name, self.dim, self.passage_s = encoder, encoder.name, encoder.dim, 0.0

    def encode(self, texts, kind="passage"):
        t0 = time.perf_counter()
        try:
            return self._encoder.encode(texts, kind=kind)
        finally:
            if kind == "passage":
                self.passage_s += time.perf_counter() - t0


def summary(values: list[float], quantiles: Sequence[float] = (0.95,)) -> dict[str, float]:
    """p50 and the given quantiles (p95 by default) of latencies in ms."""
    return {"p50": round(statistics.median(values), 1),
            **{f"p{round(q * 100)}": round(_percentile(values, q), 1) for q in quantiles}}


def search_latencies(retriever, queries: Sequence[str], modes: Sequence[str], rounds: int,
                     filters: Filters = Filters(), label: str = "") -> dict[str, list[float]]:
    """Each query searched as a new question makes it (its encoding included), after a warm-up;
    keyed by mode (plus ``label``)."""
    latencies: dict[str, list[float]] = {}
    for mode in modes:
        retriever.search(queries[0], k=5, mode=mode, filters=filters)
        for _ in range(rounds):
            for query in queries:
                retriever.forget_queries()
                t0 = time.perf_counter()
                retriever.search(query, k=5, mode=mode, filters=filters)
                latencies.setdefault(mode + label, []).append((time.perf_counter() - t0) * 1000)
    return latencies


def run_bench(settings: Settings, paths: Sequence[Path], rounds: int = 3, baseline: bool = False) -> dict:
    """``baseline``: also the LangChain pipeline on the same files and encoder (assistant/bench_baseline.py)."""
    paths = list(paths) or sample_paths()
    if baseline:  # missing packages said before minutes of ingest, not after
        from assistant.bench_baseline import check_installed

        check_installed()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "index"
        start = time.perf_counter()
        encoder = _TimedEncoder(encoder_for(settings))
        loaded = time.perf_counter()
        result = ingest(paths, folder, encoder, settings.chunker, options=IngestOptions(limits=settings.limits),
                        progress=False)
        done = time.perf_counter()
        encoding_s = encoder.passage_s  # before the baseline encodes with the same encoder
        index = open_index(folder)
        retriever = retriever_for(index, settings, encoder=encoder)
        queries = bench_queries(index)  # what the benchmarked reports speak of
        latencies = search_latencies(retriever, queries, ("bm25", "dense", "hybrid"), rounds)
        asked = ask_latencies(index, retriever, queries)
        # One question's encoding and vector search on query_threads (default 1) and on the ingest
        # threads: the setting's reason, measured on this machine as it is now.
        by_threads = {str(settings.query_threads): summary(latencies["hybrid"])}
        if settings.threads != settings.query_threads:
            other = settings.model_copy(update={"query_threads": settings.threads})
            timed = retriever_for(index, other, encoder=load_encoder(other.model, threads=other.threads,
                                                                     query_threads=other.query_threads))
            by_threads[str(other.query_threads)] = summary(
                search_latencies(timed, queries, ("hybrid",), rounds)["hybrid"])
            retriever_for(index, settings, encoder=encoder)  # the configured threads again
        by_threads = dict(sorted(by_threads.items(), key=lambda kv: int(kv[0])))
        compared = _baseline(settings, paths, encoder, queries, rounds, done - loaded,
                             latencies["hybrid"], len(index.chunks)) if baseline else None
    ingest_s = done - loaded
    return {
        "files": len(expand_paths(paths)),
        "reports": len(result.added),
        "failed": len(result.failed),
        "chunks": len(index.chunks),
        "encoder": encoder.name,
        "ingest_s": round(ingest_s, 2),
        "ingest_encoding_s": round(encoding_s, 2),
        # The share of ingest spent in the encoder (1.0: ingest as fast as encoding alone).
        "ingest_encoder_share": round(encoding_s / ingest_s, 2) if ingest_s else None,
        "total_s": round(done - start, 2),
        "search_ms": {m: summary(v) for m, v in latencies.items()},
        "hybrid_search_ms_by_query_threads": by_threads,
        "ask_ms": {label: summary(v) for label, v in asked.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        **({"baseline": compared} if compared else {}),
    }


def _baseline(settings: Settings, paths, encoder, queries, rounds: int, ingest_s: float, hybrid_ms,
              chunks: int) -> dict:
    """The LangChain pipeline's ingest and hybrid search, and how many times faster ours is."""
    from assistant.bench_baseline import run_baseline

    found = run_baseline(expand_paths(paths), encoder, settings.chunker.chunk_size, queries, rounds)
    theirs = found.pop("search_latencies_ms")
    return {**found, "search_ms": summary(theirs),
            "ingest_speedup": round(found["ingest_s"] / ingest_s, 2) if ingest_s else None,
            # per chunk: the two split the same text into different numbers of chunks
            "ingest_speedup_per_chunk": round(found["ingest_s"] / found["chunks"] / (ingest_s / chunks), 2)
            if ingest_s and found["chunks"] and chunks else None,
            "search_speedup_p50": round(statistics.median(theirs) / statistics.median(hybrid_ms), 2)}


def ask_latencies(index, retriever, queries: Sequence[str], region: str | None = None) -> dict[str, list[float]]:
    """Whole answers (hybrid), for questions naming no region — asked of every report — and the same
    questions naming ``region`` (default: the first report's), each question asked both ways in
    turn, alternating which goes first (so warming the page cache favours neither kind). The first
    question is a warm-up."""
    if region is None:
        region = next((r.meta.region.name for r in index.reports.values() if r.meta.region.name), "")
    times: dict[str, list[float]] = {"no region": [], "one region": []}
    for n, query in enumerate(queries):
        kinds = (("no region", ""), ("one region", region))
        for label, prefix in kinds if n % 2 else kinds[::-1]:
            t0 = time.perf_counter()
            answer_question(f"{prefix}{query}是多少？", index, retriever)
            if n:
                times[label].append((time.perf_counter() - t0) * 1000)
    return {label: values for label, values in times.items() if values}
