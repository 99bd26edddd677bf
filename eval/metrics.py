"""Retrieval and citation metrics on plain values, so each can be checked by hand.

Evidence ranks: for each evidence item of a question, the rank (1-based) of the first retrieved
chunk that holds its quote in the right report, or None. From them:
- recall@k: the share of evidence items found in the top k;
- reciprocal rank: 1 / the best rank of any evidence item (0 when none is found);
- nDCG@10: a chunk's gain is the number of evidence items it is the first to hold, discounted by
  log2(rank + 1); the ideal ranking puts one new item at each of the first ranks.
"""
from __future__ import annotations

import math
from collections.abc import Sequence


def recall_at(ranks: Sequence[int | None], k: int) -> float:
    if not ranks:
        return 0.0
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def reciprocal_rank(ranks: Sequence[int | None]) -> float:
    found = [r for r in ranks if r is not None]
    return 1.0 / min(found) if found else 0.0


def ndcg_at(ranks: Sequence[int | None], k: int = 10) -> float:
    if not ranks:
        return 0.0
    gains: dict[int, int] = {}
    for r in ranks:
        if r is not None and r <= k:
            gains[r] = gains.get(r, 0) + 1
    dcg = sum(g / math.log2(r + 1) for r, g in gains.items())
    ideal = sum(1.0 / math.log2(r + 1) for r in range(1, min(len(ranks), k) + 1))
    return dcg / ideal


def percentile(values: Sequence[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * p / 100
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Two (report id, start, end) spans share at least one character."""
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def citation_scores(cited: Sequence[tuple[str, int, int]], evidence: Sequence[Sequence[tuple[str, int, int]]]
                    ) -> tuple[int, int]:
    """(cited spans that hold some evidence, evidence items held by some cited span).

    ``evidence`` gives, for each evidence item, the places its quote occurs.
    """
    supporting = sum(1 for c in cited if any(overlaps(c, place) for places in evidence for place in places))
    covered = sum(1 for places in evidence if any(overlaps(c, place) for c in cited for place in places))
    return supporting, covered


def share(part: float, whole: float) -> float | None:
    return part / whole if whole else None
