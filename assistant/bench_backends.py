"""``reportqa bench --backend milvus``: the embedded index and Milvus side by side, in one run, at
the sizes asked (default 16k and 100k chunks).

Each size is a synthetic index made from the real reports' cached embeddings (assistant/
bench_scale.py), so nothing is encoded: ingest is timed as ``reportqa migrate`` does it — every
report's chunks and vectors written into a fresh index of each backend — which is ingest without
the encoder, whose cost is the same for both (``reportqa bench`` measures it). Then each backend
answers the same questions, naming one district and naming none (p50/p95 of whole answers).
"""
from __future__ import annotations

import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from index.migrate import migrate
from index.store import open_index

from assistant.bench import ask_latencies, search_latencies, summary
from assistant.bench_scale import base_index, synthetic_index
from assistant.examples import bench_queries
from assistant.library import encoder_for, location_for, retriever_for
from assistant.settings import Settings

SIZES = (16_000, 100_000)
QUESTIONS = 8  # per kind (one district, no region): enough for p95 at the larger sizes' cost


def run_backends(settings: Settings, paths, sizes: Sequence[int] = SIZES, milvus_uri: str | None = None) -> dict:
    base = open_index(base_index(settings, paths))
    encoder = encoder_for(settings)
    encoder.encode(["热身"], kind="query")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            synthetic = synthetic_index(base, size)
            region = next((r.meta.region.name for r in synthetic.reports.values() if r.meta.region.district), "")
            queries = bench_queries(synthetic)[:QUESTIONS]
            row = {"chunks": synthetic.manifest.chunk_count, "reports": len(synthetic.reports)}
            for backend in ("embedded", "milvus"):
                folder = Path(tmp) / f"{backend}-{size}"
                wanted = settings.model_copy(update={"index_dir": folder, "backend": backend,
                                                     "milvus_uri": milvus_uri or str(Path(tmp) / "bench.db"),
                                                     "milvus_collection": f"bench_{size}"})
                where = location_for(wanted)
                if backend == "milvus":
                    where.drop()
                t0 = time.perf_counter()
                copied = migrate(synthetic, where, progress=False)
                took = time.perf_counter() - t0
                t0 = time.perf_counter()
                index = where.open(settings.model)
                opened = time.perf_counter() - t0
                retriever = retriever_for(index, wanted, encoder=encoder)
                searched = search_latencies(retriever, queries, ("hybrid",), 1)["hybrid"]
                asked = ask_latencies(index, retriever, queries, region=region)
                row[backend] = {"ingest_chunks_per_s": round(copied / took, 1), "ingest_s": round(took, 1),
                                "open_s": round(opened, 2), "hybrid_search_ms": summary(searched),
                                "ask_ms": {label: summary(v) for label, v in asked.items()}}
                if backend == "milvus" and not milvus_uri:
                    where.drop()
            results[str(size)] = row
    return {"encoder": settings.model, "note": "ingest without encoding (cached vectors), as reportqa migrate",
            "sizes": results}
