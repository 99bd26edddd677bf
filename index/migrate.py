"""Copy an embedded index to another backend (Milvus) without encoding anything again: each
report's chunks go with the vectors the index already holds."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import numpy as np
from tqdm import tqdm

from index.backend import IndexLocation
from index.chunk_table import report_rows
from index.store import ReportIndex, StoreError
from index.tokenize import Tokenizer

REPORTS_PER_SAVE = 64  # a crash loses at most this many reports' work; each save is a commit


def migrate(source: ReportIndex, target: IndexLocation, *, progress: bool = True,
            on_wait: Callable[[str], None] | None = None) -> int:
    """Copy every report of ``source`` into the empty index at ``target``; returns the chunks copied."""
    with target.lock(on_wait=on_wait):
        target.recover()
        if target.exists() and target.read_manifest().reports:
            raise StoreError("the target already holds an index; migrate into an empty one (another collection)")
        encoder = source.manifest.encoder
        dest = target.create(encoder.name, encoder.dim, source.manifest.chunker)
        dest.tokenizer = Tokenizer(source.tokenizer.terms)
        dest.manifest.terms = sorted(source.tokenizer.terms)
        ids, vectors = source.dense.export()
        position = np.full(int(ids.max()) + 1 if ids.size else 0, -1, dtype=np.int64)
        position[ids] = np.arange(ids.size)
        rows_of = report_rows(source.chunks)
        if hasattr(dest, "counted"):  # Milvus keeps token document frequencies: read from the postings
            dest.counted.update(_term_counts(source, rows_of))
        copied = 0
        bar = tqdm(source.reports.items(), desc="migrate", unit="report", disable=not progress)
        for n, (report_id, report) in enumerate(bar, start=1):
            rows = rows_of.get(report_id, np.empty(0, np.int64))
            chunks = [source.chunks[int(r)] for r in rows]
            dest.add_report(report, chunks, vectors[position[rows]], learn_terms=False)
            copied += len(chunks)
            if n % REPORTS_PER_SAVE == 0:
                target.save(dest)
        target.save(dest)
    return copied


def _term_counts(source: ReportIndex, rows_of: dict[str, np.ndarray]) -> dict[str, Counter]:
    """Each report's token document frequencies, from the BM25 postings (one posting per token and
    chunk), so the copy's IDF weights are the source's without tokenizing anything again."""
    bm25 = source.bm25.merged()
    if not bm25.postings.size:
        return {}
    reports = list(rows_of)
    owner = np.full(int(bm25.postings.max()) + 1, -1, dtype=np.int64)
    for n, report_id in enumerate(reports):
        owner[rows_of[report_id]] = n
    term_of = np.repeat(np.arange(len(bm25.terms), dtype=np.int64), np.diff(bm25.indptr))
    report_of = owner[bm25.postings]
    kept = report_of >= 0
    pairs, counts = np.unique(report_of[kept] * len(bm25.terms) + term_of[kept], return_counts=True)
    names = np.empty(len(bm25.terms), dtype=object)
    for term, t in bm25.terms.items():
        names[t] = term
    found: dict[str, Counter] = {rid: Counter() for rid in reports}
    for pair, count in zip(pairs.tolist(), counts.tolist()):
        found[reports[pair // len(bm25.terms)]][names[pair % len(bm25.terms)]] = count
    return found
