import math
from collections import Counter

import numpy as np

from index.bm25 import B, K1, BM25Index

DOCS = {10: "a b c a".split(), 11: "b c d".split(), 12: "a e".split(), 13: "f g h i j".split()}


def reference(query, docs):
    """Textbook BM25, computed the slow way over every document."""
    n = len(docs)
    avgdl = sum(map(len, docs.values())) / n
    scores = {}
    for doc, tokens in docs.items():
        tf, s = Counter(tokens), 0.0
        for term in query:
            df = sum(term in d for d in docs.values())
            if tf[term]:
                idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
                s += idf * tf[term] * (K1 + 1) / (tf[term] + K1 * (1 - B + B * len(tokens) / avgdl))
        if s:
            scores[doc] = s
    return scores


def test_scores_match_textbook_bm25():
    index = BM25Index.empty().add(list(DOCS), list(DOCS.values()))
    got = dict(index.search(["a", "c"], k=10))
    want = reference(["a", "c"], DOCS)
    assert got.keys() == want.keys()
    assert all(math.isclose(got[d], want[d], rel_tol=1e-5) for d in want)


def test_incremental_equals_built_at_once():
    whole = BM25Index.empty().add(list(DOCS), list(DOCS.values()))
    parts = BM25Index.empty().add([10, 11], [DOCS[10], DOCS[11]]).add([12, 13, 99], [DOCS[12], DOCS[13], ["x"]])
    parts = parts.remove([99])
    assert whole.search(["a", "b", "j"], 10) == parts.search(["a", "b", "j"], 10)
    assert "x" not in parts.terms


def test_filter_admits_only_allowed_rows():
    index = BM25Index.empty().add(list(DOCS), list(DOCS.values()))
    assert {d for d, _ in index.search(["a", "b"], 10, allowed=np.array([11, 12]))} == {11, 12}


def test_round_trip(tmp_path):
    index = BM25Index.empty().add(list(DOCS), list(DOCS.values()))
    index.save(tmp_path / "bm25.npz")
    loaded = BM25Index.load(tmp_path / "bm25.npz")
    assert loaded.search(["a", "h"], 5) == index.search(["a", "h"], 5)
