"""The k best rows of each group from one scoring of all of them: a question asked of many reports
is scored once and split by report afterwards, giving what one search per report would."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def top_per_group(rows: np.ndarray, scores: np.ndarray, groups: Sequence[np.ndarray], k: int
                  ) -> list[list[tuple[int, float]]]:
    """For each group of row ids, its rows' k best (row, score), best first; ties in row order.
    ``rows`` ascending and unique; rows in no group are ignored."""
    labels = np.concatenate([np.full(g.size, i, dtype=np.int64) for i, g in enumerate(groups)]) if groups else \
        np.empty(0, dtype=np.int64)
    members = np.concatenate(groups) if groups else np.empty(0, dtype=np.int64)
    order = np.argsort(members, kind="stable")
    members, labels = members[order], labels[order]
    at = np.searchsorted(members, rows)
    inside = at < members.size
    inside[inside] = members[at[inside]] == rows[inside]
    rows, scores, group = rows[inside], scores[inside], labels[at[inside]]
    ranked = np.lexsort((-scores, group))  # by group, then best first; stable: ties keep row order
    rows, scores, group = rows[ranked], scores[ranked], group[ranked]
    bounds = np.searchsorted(group, np.arange(len(groups) + 1))
    return [[(int(r), float(s)) for r, s in zip(rows[lo:min(hi, lo + k)], scores[lo:min(hi, lo + k)])]
            for lo, hi in zip(bounds[:-1], bounds[1:])]
