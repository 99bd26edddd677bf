"""Fusing ranked lists (pure functions). A document missing from a list gets nothing from it."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

RRF_K = 60

Run = Sequence[tuple[int, float]]  # (row id, score), best first


def rrf(runs: Sequence[Run], k: int = RRF_K, weights: Sequence[float] | None = None) -> list[tuple[int, float]]:
    """Reciprocal-rank fusion: score(d) = Σ w_i / (k + rank_i(d)), ranks from 1."""
    weights = weights or [1.0] * len(runs)
    fused: dict[int, float] = defaultdict(float)
    for run, weight in zip(runs, weights):
        for rank, (doc, _) in enumerate(run, start=1):
            fused[doc] += weight / (k + rank)
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def weighted(runs: Sequence[Run], weights: Sequence[float]) -> list[tuple[int, float]]:
    """Min-max normalize each run's scores to [0, 1], then add them with the given weights."""
    fused: dict[int, float] = defaultdict(float)
    for run, weight in zip(runs, weights):
        if not run:
            continue
        scores = [s for _, s in run]
        lo, hi = min(scores), max(scores)
        span = (hi - lo) or 1.0
        for doc, score in run:
            fused[doc] += weight * (score - lo) / span
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
