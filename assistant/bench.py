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
from index.build import expand_paths, ingest
from index.store import open_index

from assistant.library import encoder_for, retriever_for
from assistant.settings import Settings

QUERIES = (
    "作出了多少件卫生行政许可", "查处无证行医案件", "罚没款是多少", "存在的不足和原因", "下一步工作安排",
    "国内生产总值增长", "城镇新增就业多少万人", "行政复议和行政诉讼", "双随机一公开监管", "普法宣传教育",
)


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
        result = ingest(paths, folder, encoder, settings.chunker, progress=False)
        done = time.perf_counter()
        index = open_index(folder)
        retriever = retriever_for(index, settings, encoder=encoder)
        latencies: dict[str, list[float]] = {}
        for mode in ("bm25", "dense", "hybrid"):
            retriever.search(QUERIES[0], k=5, mode=mode)  # warm-up
            for _ in range(rounds):
                for query in QUERIES:
                    t0 = time.perf_counter()
                    retriever.search(query, k=5, mode=mode)
                    latencies.setdefault(mode, []).append((time.perf_counter() - t0) * 1000)
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
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
