"""Metrics on a tiny example computed by hand."""
import math

import pytest

from eval.metrics import citation_scores, ndcg_at, percentile, recall_at, reciprocal_rank

RANKS = [1, None, 4]  # three evidence items: found at rank 1, not found, found at rank 4


def test_recall_at_k():
    assert [recall_at(RANKS, k) for k in (1, 3, 5, 10)] == pytest.approx([1 / 3, 1 / 3, 2 / 3, 2 / 3])


def test_reciprocal_rank():
    assert reciprocal_rank(RANKS) == 1.0
    assert reciprocal_rank([None, 3]) == pytest.approx(1 / 3)
    assert reciprocal_rank([None]) == 0.0


def test_ndcg():
    dcg = 1 / math.log2(2) + 1 / math.log2(5)
    ideal = 1 / math.log2(2) + 1 / math.log2(3) + 1 / math.log2(4)
    assert ndcg_at(RANKS, 10) == pytest.approx(dcg / ideal)  # 0.6714
    assert ndcg_at([2, 2], 10) == pytest.approx((2 / math.log2(3)) / (1 + 1 / math.log2(3)))


def test_percentile_interpolates():
    assert percentile([40, 10, 30, 20], 50) == 25
    assert percentile([10, 20, 30, 40], 95) == pytest.approx(38.5)


def test_citation_scores():
    cited = [("a", 0, 10), ("a", 20, 30), ("b", 0, 5)]
    evidence = [[("a", 5, 8)], [("b", 10, 20)], [("a", 25, 40), ("c", 0, 1)]]
    assert citation_scores(cited, evidence) == (2, 2)  # precision 2/3, recall 2/3
