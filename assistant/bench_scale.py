"""``reportqa bench --scale N``: the index at N chunks, measured without hours of encoding.

A base index is ingested once from real reports (kept under ``$REPORTQA_HOME/bench-base-…`` and
reused: its vectors are the cached embeddings). Copies of its reports — each copy's regions
renamed (南山区 → 南山7区) and its vectors moved by a little noise — fill a synthetic index to
N chunks: the BM25 arrays are tiled (a copy's chunks hold the base's tokens), nothing is encoded.
The synthetic index is saved, then measured in a fresh process (so RSS is the opened index's):
open time and RSS, disk, search and whole-answer latency p50/p95/p99 per mode with and without a
one-region filter, adding and removing one report, and the recall@10 of a filtered dense search
and of an unfiltered one against exact search.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from corpus.models import Report
from index.bm25 import BM25Index
from index.bm25_segments import SegmentedBM25
from index.build import IngestOptions, expand_paths, ingest, remove_report
from index.dense import DenseIndex
from index.store import ReportEntry, ReportIndex, open_index, read_manifest, save_index

from assistant.bench import ask_latencies, search_latencies, summary
from assistant.examples import bench_queries
from assistant.settings import Settings

ASKED = 40  # questions per kind for the answer latencies (a p95 of ten is their largest)
NOISE = 0.02  # per-dimension noise added to a copy's (normalized) vectors: near, not equal, neighbours


def base_index(settings: Settings, paths) -> Path:
    """The real reports' index, ingested once and kept (named by the files and the encoder)."""
    files = sorted(str(p) for p in expand_paths(paths))
    key = hashlib.sha1(json.dumps([settings.model, *files]).encode()).hexdigest()[:12]
    folder = settings.index_dir.parent / f"bench-base-{key}"
    if (folder / "manifest.json").exists() and not read_manifest(folder).reports:
        shutil.rmtree(folder)  # left by a run whose files could not be read
    if not (folder / "manifest.json").exists():
        from assistant.library import encoder_for

        result = ingest(files, folder, encoder_for(settings), settings.chunker,
                        options=IngestOptions(limits=settings.limits), progress=True)
        if not result.added:
            shutil.rmtree(folder, ignore_errors=True)
            reasons = "; ".join(f"{f.name}: {f.reason}" for f in result.failed[:5]) or "no files"
            raise ValueError(f"--scale needs reports to copy, and none could be read ({reasons})")
    return folder


def _renamed(report: Report, copy: int) -> Report:
    region = report.meta.region
    level = "district" if region.district else "city" if region.city else "province" if region.province else None
    if level:  # 南山区 → 南山7区: a place of its own, which a filter for 南山区 does not admit
        name = getattr(region, level)
        region = replace(region, **{level: f"{name[:-1]}{copy}{name[-1:]}"}, code=None)
    meta = replace(report.meta, region=region, title=f"{report.meta.title}（副本{copy}）")
    return replace(report, id=f"{report.id}~{copy}", meta=meta, content_hash=f"{report.content_hash}~{copy}")


def _tiled_bm25(base: BM25Index, local: dict[int, int], copies: int, n: int) -> BM25Index:
    """Copy c of base row r becomes row c·n + local[r]; each term's postings stay in row order."""
    blocks = np.diff(base.indptr)
    term_of = np.repeat(np.arange(blocks.size), blocks)
    offset = np.arange(base.postings.size) - base.indptr[term_of]
    rows = np.fromiter((local[int(r)] for r in base.postings), dtype=np.int64, count=base.postings.size)
    indptr = np.concatenate([[0], np.cumsum(blocks * copies)]).astype(np.int64)
    postings = np.empty(int(indptr[-1]), dtype=np.int64)
    tfs = np.empty(int(indptr[-1]), dtype=np.float32)
    for c in range(copies):
        at = indptr[term_of] + c * blocks[term_of] + offset
        postings[at], tfs[at] = rows + c * n, base.tfs
    lens = np.empty(n, dtype=np.float32)
    lens[[local[int(r)] for r in base.doc_ids]] = base.doc_lens
    return BM25Index(dict(base.terms), indptr, postings, tfs, np.arange(n * copies, dtype=np.int64),
                     np.tile(lens, copies))


def synthetic_index(base: ReportIndex, target: int, seed: int = 0) -> ReportIndex:
    """``base``'s reports copied until the index holds at least ``target`` chunks."""
    rows = sorted(base.chunks)
    n = len(rows)
    copies = max(1, math.ceil(target / n))
    local = {row: i for i, row in enumerate(rows)}
    ids, held = base.dense.export()
    order = np.argsort(ids)
    vectors = held[order][np.searchsorted(ids[order], np.asarray(rows, dtype=np.int64))]
    rng = np.random.default_rng(seed)
    manifest = base.manifest.model_copy(deep=True)
    manifest.reports, manifest.next_row_id = {}, n * copies
    index = ReportIndex(manifest=manifest, dense=DenseIndex.empty(base.manifest.encoder.dim),
                        bm25=SegmentedBM25.of(_tiled_bm25(base.bm25.merged(), local, copies, n)),
                        tokenizer=base.tokenizer)
    for c in range(copies):
        reports = {rid: (_renamed(r, c) if c else r) for rid, r in base.reports.items()}
        for report in reports.values():
            index.reports[report.id] = report
        for row in rows:
            chunk = base.chunks[row]
            index.chunks[c * n + local[row]] = chunk if not c else \
                replace(chunk, report_id=reports[chunk.report_id].id, id=f"{chunk.id}~{c}")
        moved = vectors if not c else vectors + rng.normal(0, NOISE, vectors.shape).astype(np.float32)
        moved /= np.linalg.norm(moved, axis=1, keepdims=True)
        index.dense.add(np.arange(c * n, (c + 1) * n, dtype=np.int64), moved)
    counts: dict[str, int] = {}
    for chunk in index.chunks.values():
        counts[chunk.report_id] = counts.get(chunk.report_id, 0) + 1
    for report in index.reports.values():
        index.manifest.reports[report.id] = ReportEntry(source=report.source, title=report.meta.title,
                                                        content_hash=report.content_hash,
                                                        chunks=counts.get(report.id, 0))
    index.manifest.chunk_count = len(index.chunks)
    return index


def _rss_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _disk_mb(folder: Path) -> float:
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20, 1)


def measure(folder: Path, settings: Settings, rounds: int = 2) -> dict:
    """Run in a fresh process: open, RSS, latencies, recall (see ``main``)."""
    import resource

    from assistant.library import retriever_for
    from assistant.retrieve import Filters

    peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # noqa: E731
    before = _rss_mb()
    t0 = time.perf_counter()
    index = open_index(folder)
    opened = time.perf_counter() - t0
    rss_open = _rss_mb()
    retriever = retriever_for(index, settings)
    queries = bench_queries(index)
    # A district (copies are renamed, so it is one report's place, as a question about one
    # district asks), else any named place.
    region = next((r.meta.region.name for r in index.reports.values() if r.meta.region.district),
                  next((r.meta.region.name for r in index.reports.values() if r.meta.region.name), ""))
    one = Filters(regions=(region,))
    modes = ("bm25", "dense", "hybrid")
    search = {**search_latencies(retriever, queries, modes, rounds),
              **search_latencies(retriever, queries, modes, rounds, filters=one, label=" one region")}
    asked = ask_latencies(index, retriever, bench_queries(index, ASKED), region=region)
    return {"open_s": round(opened, 2), "rss_after_open_mb": round(rss_open, 1),
            "rss_opened_index_mb": round(rss_open - before, 1),
            "search_ms": {m: summary(v, (0.95, 0.99)) for m, v in search.items()},
            "ask_ms": {m: summary(v, (0.95, 0.99)) for m, v in asked.items()},
            "dense_recall_at_10": recall(index, retriever, queries, one),
            "peak_rss_mb": round(peak(), 1)}


def recall(index: ReportIndex, retriever, queries, one_region) -> dict[str, float]:
    """Share of exact search's top 10 that the index's search returns: limited to one region's
    reports, and over everything (IVF probes only some lists there)."""
    rows = np.asarray(sorted(index.chunks), dtype=np.int64)
    allowed = index.allowed_rows(retriever.allowed_reports(one_region))
    found = {"one region": [], "all": []}
    for q in queries:
        v = retriever.query_vector(q)
        for label, admitted in (("one region", allowed), ("all", rows)):
            exact = admitted[np.argsort(-np.einsum("ij,j->i", index.dense.index.reconstruct_batch(admitted), v),
                                        kind="stable")[:10]]
            got = {r for r, _ in index.dense.search(v, 10, None if label == "all" else admitted)}
            found[label].append(len(got & set(exact.tolist())) / max(1, min(10, exact.size)))
    return {label: round(float(np.mean(v)), 3) for label, v in found.items()}


def _new_term(text: str, known) -> str:
    """A run of six Chinese characters of the text that is not a known term."""
    for match in re.finditer(r"[\u4e00-\u9fff]{6}", text):
        if match.group() not in known:
            return match.group()
    return "基准测试新词"


def run_scale(settings: Settings, target: int, paths) -> dict:
    base_folder = base_index(settings, paths)
    base = open_index(base_folder)
    smallest = min(base.reports.values(), key=lambda r: len(r.text))
    # it quotes a term the index does not know yet, found in written chunks: the costly case
    added_text = f"{smallest.text}\n（本文为基准测试新增的一份报告，提出“{_new_term(smallest.text, base.tokenizer.terms)}”。）"
    with tempfile.TemporaryDirectory(dir=settings.index_dir.parent if settings.index_dir.parent.exists() else None) as tmp:
        folder = Path(tmp) / "index"
        t0 = time.perf_counter()
        index = synthetic_index(base, target)
        built = time.perf_counter() - t0
        t0 = time.perf_counter()
        save_index(index, folder)
        saved = time.perf_counter() - t0
        chunks, reports = len(index.chunks), len(index.reports)
        del index, base
        child = subprocess.run([sys.executable, "-m", "assistant.bench_scale", str(folder),
                                settings.model_dump_json()], capture_output=True, text=True, check=True)
        measured = json.loads(child.stdout.strip().splitlines()[-1])
        # One more report (the smallest base report's text, changed): the whole command's time,
        # opening and saving the index included.
        from assistant.library import encoder_for

        add_file = Path(tmp) / "added-report.txt"
        add_file.write_text(added_text, encoding="utf-8")
        encoder = encoder_for(settings)
        encoder.encode(["热身"])
        t0 = time.perf_counter()
        added = ingest([add_file], folder, encoder, settings.chunker, progress=False)
        changes = {"add_one_report_s": round(time.perf_counter() - t0, 2)}
        t0 = time.perf_counter()
        remove_report(folder, added.added[0])
        changes["remove_one_report_s"] = round(time.perf_counter() - t0, 2)
        return {"chunks": chunks, "reports": reports, "base": str(base_folder), "build_s": round(built, 1),
                "save_s": round(saved, 1), "disk_mb": _disk_mb(folder), **measured, **changes}


def main() -> None:
    folder, settings = Path(sys.argv[1]), Settings.model_validate_json(sys.argv[2])
    print(json.dumps(measure(folder, settings), ensure_ascii=False))


if __name__ == "__main__":
    main()
