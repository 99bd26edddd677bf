"""``reportqa bench --reliability``: questions answered while a large report is ingested.

What the web app does when someone uploads a big file: one encoder shared (SerialEncoder), the
ingest in a thread, questions asked meanwhile from another. Measured: question latency (p50, p95,
max) before and during the ingest, the ingest's time and rate, and the process's resident memory —
its peak, and how far above the level before the ingest it went. The report is the bundled
samples repeated to the size asked for; the file-size and character limits are raised for it
explicitly (the defaults refuse a file this large).
"""
from __future__ import annotations

import os
import resource
import statistics
import tempfile
import threading
import time
from pathlib import Path

from corpus.load import sample_paths
from index.build import IngestResult
from index.encoders import Encoder

from assistant import library
from assistant.examples import bench_queries
from assistant.serial_encoder import SerialEncoder
from assistant.settings import Settings

GOAL_P95_MS = 1000
GOAL_RSS_MB = 1536
PAUSE_S = 0.1  # between one question's answer and the next question, as a person would


def rss_mb() -> float:
    """Resident memory now (Linux /proc), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def write_large_report(path: Path, megabytes: float) -> Path:
    """The sample reports one after another until the file is ``megabytes`` long (UTF-8)."""
    texts = [p.read_text(encoding="utf-8") for p in sample_paths()]
    target = int(megabytes * 1024 * 1024)
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target:
            for text in texts:
                out.write(text + "\n\n")
                written += len(text.encode("utf-8")) + 2
    return path


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _latency(values: list[float]) -> dict:
    if not values:
        return {"questions": 0}
    return {"questions": len(values), "p50_ms": round(statistics.median(values)),
            "p95_ms": round(_percentile(values, 0.95)), "max_ms": round(max(values))}


def run_reliability(settings: Settings, megabytes: float = 20.0, encoder: Encoder | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        big = write_large_report(Path(tmp) / "large-report.txt", megabytes)
        limits = settings.limits.model_copy(update={
            "max_file_mb": max(settings.limits.max_file_mb, megabytes + 1),
            "max_chars": max(settings.limits.max_chars, big.stat().st_size),
            "seconds_per_file": max(settings.limits.seconds_per_file, 24 * 3600)})
        settings = settings.model_copy(update={"index_dir": Path(tmp) / "index", "limits": limits})
        shared = SerialEncoder(encoder or library.encoder_for(settings))
        library.ingest_files(settings, sample_paths(), progress=False, encoder=shared)
        index = library.load_index(settings)
        retriever = library.retriever_for(index, settings, encoder=shared)
        questions = bench_queries(index)

        def ask(i: int) -> float:
            t0 = time.perf_counter()
            library.ask(settings, index, retriever, questions[i % len(questions)])
            return (time.perf_counter() - t0) * 1000

        ask(0)  # warm-up: jieba, the figure scorer
        idle = [ask(i) for i in range(len(questions))]
        before_mb = rss_mb()
        peak_during = [before_mb]
        outcome: dict = {}

        def ingest() -> None:
            t0 = time.perf_counter()
            try:
                outcome["result"] = library.ingest_files(settings, [big], progress=False, encoder=shared)
            except BaseException as exc:  # noqa: BLE001 - reported, not swallowed
                outcome["error"] = exc
            outcome["seconds"] = time.perf_counter() - t0

        worker = threading.Thread(target=ingest, name="ingest")
        worker.start()
        during: list[float] = []
        i = 0
        while worker.is_alive():
            during.append(ask(i))
            i += 1
            peak_during.append(rss_mb())
            worker.join(timeout=PAUSE_S)
        if "error" in outcome:
            raise outcome["error"]
        result: IngestResult = outcome["result"]
        chunks = sum(e.chunks for rid, e in library.load_index(settings).manifest.reports.items()
                     if rid in result.added)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {
            "report_mb": round(big.stat().st_size / 1024 / 1024, 1),
            "ingested": result.added, "failed": [f.reason for f in result.failed],
            "chunks": chunks,
            "ingest_s": round(outcome["seconds"], 1),
            "chunks_per_s": round(chunks / outcome["seconds"], 1) if outcome["seconds"] else None,
            "encoder": shared.name, "threads": settings.threads, "cpus": os.cpu_count(),
            "questions_idle": _latency(idle),
            "questions_during_ingest": _latency(during),
            "rss_before_ingest_mb": round(before_mb),
            "rss_peak_mb": round(max(peak_mb, *peak_during)),
            "rss_ingest_growth_mb": round(max(peak_mb, *peak_during) - before_mb),
            "goals": {"p95_ms": GOAL_P95_MS, "rss_peak_mb": GOAL_RSS_MB},
        }
