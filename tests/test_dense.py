"""A search limited to a few rows returns the k best of them at any index size: above FLAT_MAX the
index is IVF, which probes only some lists, and a report's rows are mostly elsewhere."""
import numpy as np

import index.dense as dense


def _vectors(n: int, dim: int = 16) -> np.ndarray:
    v = np.random.default_rng(0).normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_a_filtered_search_on_ivf_returns_the_exact_best_k(monkeypatch):
    monkeypatch.setattr(dense, "FLAT_MAX", 200)  # IVF from 200 vectors: a small index behaves like a large one
    vectors = _vectors(1000)
    index = dense.DenseIndex.empty(16)
    index.add(np.arange(1000), vectors)
    assert index.kind == "ivf"
    allowed = np.sort(np.random.default_rng(1).choice(1000, 12, replace=False))
    query = vectors[allowed[0]]
    hits = index.search(query, 8, allowed)
    best = allowed[np.argsort(-(vectors[allowed] @ query))[:8]]
    assert [row for row, _ in hits] == best.tolist()


def test_a_filtered_search_on_the_flat_index_is_exact_too():
    vectors = _vectors(300)
    index = dense.DenseIndex.empty(16)
    index.add(np.arange(300), vectors)
    allowed = np.arange(0, 300, 25)
    hits = index.search(vectors[50], 5, allowed)
    assert [row for row, _ in hits] == allowed[np.argsort(-(vectors[allowed] @ vectors[50]))[:5]].tolist()


def test_one_report_of_many_is_scored_directly_with_the_same_hits_as_a_faiss_scan():
    """A few admitted rows of a large flat index: scored directly instead of scanning every row."""
    import faiss

    vectors = _vectors(2000)
    index = dense.DenseIndex.empty(16)
    index.add(np.arange(2000), vectors)
    allowed = np.arange(100, 140)
    params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    _, scanned = index.index.search(vectors[120:121], 8, params=params)
    assert [row for row, _ in index.search(vectors[120], 8, allowed)] == scanned[0].tolist()
