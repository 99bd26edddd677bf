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


def test_removing_rows_from_an_ivf_index_keeps_the_others_searchable(monkeypatch, tmp_path):
    """Removing a report from an index above FLAT_MAX: the IVF index must drop exactly its rows
    (once a crash: "remove not supported with this direct_map format"), keep every other row's
    vector under its row id, and survive a save and a load."""
    monkeypatch.setattr(dense, "FLAT_MAX", 200)
    vectors = _vectors(1000)
    index = dense.DenseIndex.empty(16)
    index.add(np.arange(1000), vectors)
    assert index.kind == "ivf"
    index.remove(np.arange(100, 200))
    assert len(index) == 900
    kept = np.array([0, 99, 200, 999])
    assert np.allclose(index.index.reconstruct_batch(kept), vectors[kept])
    index.save(tmp_path / "d.faiss")
    again = dense.DenseIndex.load(tmp_path / "d.faiss", 16, "ivf", index.trained_at)
    assert [row for row, _ in again.search(vectors[150], 900)][:0] == [] and \
        not {row for row, _ in again.search(vectors[150], 900)} & set(range(100, 200))
    assert again.search(vectors[300], 1)[0][0] == 300
    again.add(np.arange(1000, 1010), vectors[:10])
    assert again.search(vectors[5], 2, np.array([5, 1005]))[0][0] in (5, 1005) and len(again) == 910
    again.remove(np.arange(0, 50))
    assert len(again) == 860 and again.search(vectors[60], 1)[0][0] == 60


def test_an_ivf_index_saved_by_the_earlier_layout_opens_and_removes(tmp_path):
    """Indexes above FLAT_MAX saved before this fix wrap the IVF in an IDMap2 with an array
    direct map: opening one gives the same rows under the same ids, now removable."""
    import faiss

    vectors = _vectors(1000)
    ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(16), 16, 20, faiss.METRIC_INNER_PRODUCT)
    ivf.train(vectors)
    ivf.make_direct_map()
    old = faiss.IndexIDMap2(ivf)
    old.add_with_ids(vectors, np.arange(5000, 6000))
    faiss.write_index(old, str(tmp_path / "old.faiss"))
    opened = dense.DenseIndex.load(tmp_path / "old.faiss", 16, "ivf", 1000)
    assert len(opened) == 1000 and np.allclose(opened.index.reconstruct_batch(np.array([5000, 5999])),
                                               vectors[[0, 999]])
    opened.remove(np.arange(5000, 5100))
    assert len(opened) == 900 and opened.search(vectors[500], 1)[0][0] == 5500


def test_an_opened_ivf_index_is_mapped_and_becomes_writable_when_changed(monkeypatch, tmp_path):
    """An IVF index is memory-mapped when opened (its lists are read as probed, not at open);
    changes wait beside it, and merging them first copies the lists into memory; the searches are
    the same throughout."""
    monkeypatch.setattr(dense, "FLAT_MAX", 200)
    vectors = _vectors(1000)
    index = dense.DenseIndex.empty(16)
    index.add(np.arange(1000), vectors)
    index.save(tmp_path / "d.faiss")
    with open(tmp_path / "d.faiss", "rb") as f:
        mapped = dense.DenseIndex.load(f, 16, "ivf", index.trained_at)
    assert mapped.mapped
    assert mapped.search(vectors[7], 10) == index.search(vectors[7], 10)
    assert mapped.search(vectors[7], 3, np.array([7, 8, 9])) == index.search(vectors[7], 3, np.array([7, 8, 9]))
    mapped.remove(np.array([7]))
    assert mapped.mapped and len(mapped) == 999 and 7 not in {r for r, _ in mapped.search(vectors[7], 10)}
    mapped.add(np.array([5000]), vectors[7:8])
    assert mapped.search(vectors[7], 1)[0][0] == 5000
    mapped.merge()
    assert not mapped.mapped and len(mapped) == 1000 and mapped.search(vectors[7], 1)[0][0] == 5000


def test_rows_added_and_removed_beside_a_written_ivf_index_search_as_merged(monkeypatch, tmp_path):
    """A save links the written IVF file and keeps the changes in a delta: filtered searches (exact)
    give what the merged index gives, an unfiltered one never returns a removed row, and the delta
    file gives the same index back."""
    monkeypatch.setattr(dense, "FLAT_MAX", 200)
    vectors = _vectors(1200)
    index = dense.DenseIndex.empty(16)
    index.add(np.arange(1000), vectors[:1000])
    index.save(tmp_path / "d.faiss")
    with open(tmp_path / "d.faiss", "rb") as f:
        opened = dense.DenseIndex.load(f, 16, "ivf", index.trained_at)
    opened.add(np.arange(1000, 1100), vectors[1000:1100])
    opened.remove(np.array([5, 6, 1050]))
    assert opened.written and opened.mapped and len(opened) == 1097
    allowed = np.array([4, 7, 999, 1001, 1099])
    merged_rows = np.setdiff1d(np.arange(1100), [5, 6, 1050])
    exact = merged_rows[np.argsort(-(vectors[merged_rows] @ vectors[1001]), kind="stable")[:3]]
    assert [r for r, _ in opened.search(vectors[1001], 3, allowed)] == \
        allowed[np.argsort(-(vectors[allowed] @ vectors[1001]), kind="stable")[:3]].tolist()
    assert [r for r, _ in opened.search(vectors[1001], 3)] == exact.tolist()
    assert 5 not in {r for r, _ in opened.search(vectors[5], 20)}
    opened.save_delta(tmp_path / "delta.npz")
    with open(tmp_path / "d.faiss", "rb") as f, open(tmp_path / "delta.npz", "rb") as d:
        again = dense.DenseIndex.load(f, 16, "ivf", index.trained_at).with_delta(d)
    assert again.search(vectors[1001], 5, allowed) == opened.search(vectors[1001], 5, allowed)
    assert len(again) == 1097 and sorted(again.export()[0].tolist()) == merged_rows.tolist()
