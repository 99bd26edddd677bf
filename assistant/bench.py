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
from index.store import open_index

from assistant.answer import answer_question
from assistant.examples import bench_queries
from assistant.library import encoder_for, retriever_for
from assistant.settings import Settings



def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run_bench(settings: Settings, paths: Sequence[Path], rounds: int = 3) -> dict:
    paths = list(paths) or sample_paths()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "index"
        start = time.perf_counter()
        encoder = encoder_for(settings)
        loaded = time.perf_counter()
        result = ingest(paths, folder, encoder, settings.chunker, options=IngestOptions(limits=settings.limits),
                        progress=False)
        done = time.perf_counter()
        index = open_index(folder)
        retriever = retriever_for(index, settings, encoder=encoder)
        latencies: dict[str, list[float]] = {}
        queries = bench_queries(index)  # what the benchmarked reports speak of
        for mode in ("bm25", "dense", "hybrid"):
            retriever.search(queries[0], k=5, mode=mode)  # warm-up
            for _ in range(rounds):
                for query in queries:
                    retriever.forget_queries()  # a search as a new question makes it: encoding included
                    t0 = time.perf_counter()
                    retriever.search(query, k=5, mode=mode)
                    latencies.setdefault(mode, []).append((time.perf_counter() - t0) * 1000)
        asked = ask_latencies(index, retriever, queries)
    return {
        "files": len(expand_paths(paths)),
        "reports": len(result.added),
        "failed": len(result.failed),
        "chunks": len(index.chunks),
        "encoder": encoder.name,
        "ingest_s": round(done - loaded, 2),
        "total_s": round(done - start, 2),
        "search_ms": {m: {"p50": round(statistics.median(v), 1), "p95": round(_percentile(v, 0.95), 1)}
                      for m, v in latencies.items()},
        "ask_ms": {label: {"p50": round(statistics.median(v), 1), "p95": round(_percentile(v, 0.95), 1)}
                   for label, v in asked.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def ask_latencies(index, retriever, queries: Sequence[str]) -> dict[str, list[float]]:
    """Whole answers (hybrid), for questions naming no region — asked of every report — and the same
    questions naming the first report's region. The first question of each kind is a warm-up."""
    region = next((r.meta.region.name for r in index.reports.values() if r.meta.region.name), "")
    times: dict[str, list[float]] = {"no region": [], "one region": []}
    for label, prefix in (("no region", ""), ("one region", region)):
        for n, query in enumerate(queries):
            t0 = time.perf_counter()
            answer_question(f"{prefix}{query}是多少？", index, retriever)
            if n:
                times[label].append((time.perf_counter() - t0) * 1000)
    return {label: values for label, values in times.items() if values}
