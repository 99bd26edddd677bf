import math
from collections import Counter

import numpy as np

from index import bm25
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


def _arrays(index):
    """Each term's postings (row id, tf) in stored order, and the documents' lengths."""
    spans = {t: (index.indptr[i], index.indptr[i + 1]) for t, i in index.terms.items()}
    postings = {t: list(zip(index.postings[lo:hi].tolist(), index.tfs[lo:hi].tolist())) for t, (lo, hi) in spans.items()}
    return postings, index.doc_ids.tolist(), index.doc_lens.tolist(), int(index.indptr[-1])


def test_appending_documents_places_postings_as_a_full_rebuild_would():
    """Documents added after the last row (every ingest) skip the sort of the whole index; the
    arrays must be those of building everything at once, new terms included."""
    first = {k: v for k, v in DOCS.items() if k < 12}
    later = {k: v for k, v in DOCS.items() if k >= 12} | {14: "z a z".split()}
    grown = BM25Index.empty().add(list(first), list(first.values())).add(list(later), list(later.values()))
    whole = BM25Index.empty().add([*first, *later], [*first.values(), *later.values()])
    assert _arrays(grown) == _arrays(whole)
    assert dict(grown.search(["a", "z"], k=10)) == dict(whole.search(["a", "z"], k=10))


def test_documents_added_between_existing_rows_keep_postings_sorted():
    inner = BM25Index.empty().add([10, 13], [DOCS[10], DOCS[13]]).add([11, 12], [DOCS[11], DOCS[12]])
    assert _arrays(inner) == _arrays(BM25Index.empty().add(list(DOCS), list(DOCS.values())))


def test_setting_a_terms_counts_equals_building_with_them():
    """What learning a quoted term does: its old postings (from jieba) replaced by its counted
    occurrences, lengths adjusted; the result must be the index built with those tokens."""
    before = BM25Index.empty().add(list(DOCS), list(DOCS.values()))
    after = {10: "a b c a".split(), 11: "b c d bc".split(), 12: "e".split(), 13: "f g h i j bc bc".split()}
    # "a" in doc 12 was a jieba token that is now … gone; "bc" is new in 11 and 13
    changed = before.set_counts({"a", "bc"}, [("a", 10, 2), ("bc", 11, 1), ("bc", 13, 2)])
    assert _arrays(changed) == _arrays(BM25Index.empty().add(list(after), list(after.values())))


def test_a_filter_of_few_rows_over_long_postings_scores_as_reading_them_all():
    """Few admitted rows against a long posting list are looked up, not read through: the same
    rows and the same scores as filtering every posting."""
    rng = np.random.default_rng(0)
    docs = {row: list(rng.choice(list("abcdefgh"), size=6)) for row in range(0, 2000, 3)}
    index = BM25Index.empty().add(list(docs), list(docs.values()))
    allowed = np.array([3, 30, 300, 1500, 1999])
    rows, scores = index.scores(["a", "b", "z"], allowed)
    everything_rows, everything = index.scores(["a", "b", "z"])
    keep = np.isin(everything_rows, allowed)
    assert rows.tolist() == everything_rows[keep].tolist() and np.allclose(scores, everything[keep])
    assert rows.size and set(rows.tolist()) <= set(allowed.tolist())


def test_a_saved_index_opens_memory_mapped_with_the_same_results(tmp_path):
    """Opening reads the vocabulary; the postings stay on disk until a search reads them."""
    index = BM25Index.empty().add(list(DOCS), list(DOCS.values()))
    index.save(tmp_path / "bm25.npz")
    loaded = BM25Index.load(tmp_path / "bm25.npz")
    assert isinstance(loaded.postings, np.memmap)
    assert loaded.search(["a", "h"], 5) == index.search(["a", "h"], 5)
    grown = loaded.add([20], [["a", "k"]])
    assert dict(grown.search(["k"], 5)).keys() == {20}


def test_scores_summed_by_row_array_equal_scores_summed_by_sorting(monkeypatch):
    """Two ways of adding up a row's term scores (an array over the row ids for many postings,
    sorting for few) give the same rows and bit-identical sums."""
    import index.bm25 as bm25

    rng = np.random.default_rng(2)
    docs = {row: list(rng.choice(list("abcdefghij"), size=8)) for row in range(0, 3000, 2)}
    index = BM25Index.empty().add(list(docs), list(docs.values()))
    monkeypatch.setattr(bm25, "DENSE_SUM", 10**9)
    by_array = index.scores(["a", "c", "j"])
    monkeypatch.setattr(bm25, "DENSE_SUM", 0)
    by_sorting = index.scores(["a", "c", "j"])
    assert by_array[0].tolist() == by_sorting[0].tolist() and by_array[1].tolist() == by_sorting[1].tolist()


def test_top_k_from_a_partition_orders_as_a_full_stable_sort():
    """Ties at the k-th score keep position order, as sorting every score would."""
    from index.bm25 import top_k

    scores = np.array([3.0, 1.0, 5.0, 3.0, 3.0, 0.5, 5.0, 2.0, 3.0, 1.0, 3.0, 0.1])
    for k in range(1, 8):
        assert top_k(scores, k).tolist() == np.argsort(-scores, kind="stable")[:k].tolist()


def test_a_removed_report_leaves_gaps_that_lengths_are_still_read_across():
    """Row ids with gaps (a report removed) find each document's length as before."""
    index = BM25Index.empty().add(list(DOCS), list(DOCS.values())).remove([11])
    want = reference(["a", "c", "h"], {r: d for r, d in DOCS.items() if r != 11})
    got = dict(index.search(["a", "c", "h"], 10))
    assert got.keys() == want.keys() and all(math.isclose(got[d], want[d], rel_tol=1e-5) for d in want)


def test_removing_documents_leaves_the_arrays_of_building_without_them():
    """Filtering each term's postings in place gives what building without the documents gives,
    terms no document holds any more included (they go)."""
    rng = np.random.default_rng(3)
    docs = {row: list(rng.choice(list("abcdefghijklmnop"), size=5)) for row in range(200)}
    docs[77] = ["only77", "a"]
    gone = [5, 6, 7, 77, 150, 199]
    removed = BM25Index.empty().add(list(docs), list(docs.values())).remove(gone)
    kept = {r: d for r, d in docs.items() if r not in gone}
    built = BM25Index.empty().add(list(kept), list(kept.values()))
    assert "only77" not in removed.terms and _arrays(removed) == _arrays(built)


def _corpus(n: int, seed: int = 0) -> dict[int, list[str]]:
    rng = np.random.default_rng(seed)
    words = [f"w{i}" for i in range(40)]
    return {row: list(rng.choice(words, size=int(rng.integers(3, 15)), p=np.linspace(2, 0.1, 40) / np.linspace(2, 0.1, 40).sum()))
            for row in range(n)}


def test_a_written_base_with_added_and_removed_documents_scores_as_one_index_bit_for_bit():
    """A save writes only the delta (the base file is linked): search over base + delta − removed
    must give the very scores, document frequencies and order of one index holding the live rows."""
    from index.bm25_segments import SegmentedBM25

    docs = _corpus(300)
    base_rows = list(range(200))
    segmented = SegmentedBM25.of(BM25Index.empty().add(base_rows, [docs[r] for r in base_rows]))
    segmented.base_written = True
    segmented = segmented.add(list(range(200, 300)), [docs[r] for r in range(200, 300)])
    removed = list(range(10, 60, 3)) + [250, 251]
    segmented = segmented.remove(removed)
    live = [r for r in docs if r not in removed]
    whole = BM25Index.empty().add(live, [docs[r] for r in live])
    assert len(segmented) == len(whole) and segmented.base_written
    for query in (["w0", "w3", "w3", "w17"], ["w39"], ["w1", "w2", "w5", "w8", "w13"]):
        assert segmented.search(query, 20) == whole.search(query, 20)
        allowed = np.array([r for r in live if r % 7 == 0])
        assert segmented.search(query, 5, allowed) == whole.search(query, 5, allowed)
        groups = [np.array([r for r in live if r % 5 == g]) for g in range(5)]
        assert segmented.search_groups(query, 3, groups) == whole.search_groups(query, 3, groups)
        assert all(segmented.idf(t) == whole.idf(t) for t in query)
    merged = segmented.merged()
    assert _arrays(merged) == _arrays(whole)


def test_a_delta_round_trips_and_a_learnt_term_in_the_base_merges(tmp_path):
    """The delta file gives back the same search; a term whose postings reach written rows
    cannot live in the delta, so the index becomes one base to write."""
    from index.bm25_segments import SegmentedBM25

    docs = _corpus(50)
    segmented = SegmentedBM25.of(BM25Index.empty().add(list(range(40)), [docs[r] for r in range(40)]))
    segmented = segmented.add(list(range(40, 50)), [docs[r] for r in range(40, 50)]).remove([3])
    segmented.base.save(tmp_path / "b.npz")
    segmented.save_delta(tmp_path / "d.npz")
    with open(tmp_path / "b.npz", "rb") as base, open(tmp_path / "d.npz", "rb") as delta:
        loaded = SegmentedBM25.load(base, delta)
    assert loaded.search(["w0", "w9"], 10) == segmented.search(["w0", "w9"], 10) and len(loaded) == 49
    only_delta = loaded.set_counts({"新词"}, [("新词", 45, 2)])
    assert only_delta.base is loaded.base and only_delta.search(["新词"], 3)[0][0] == 45
    reaching_base = loaded.set_counts({"新词"}, [("新词", 5, 1), ("新词", 45, 2)])
    assert not reaching_base.base_written and not len(reaching_base.delta) and not reaching_base.gone.size
    assert {r for r, _ in reaching_base.search(["新词"], 3)} == {5, 45}


def _full(index, query, k):
    rows, totals = index.scores(query)
    return [(int(rows[i]), float(totals[i])) for i in bm25.top_k(totals, k)]


def test_a_pruned_search_gives_the_full_search_list_bit_for_bit_and_scores_fewer_documents(monkeypatch):
    """A question naming no place searches everything: MaxScore skips documents that hold only
    common terms, and must return exactly the list (scores, order, ties) of scoring every posting."""
    from index.bm25_segments import SegmentedBM25

    monkeypatch.setattr(bm25, "PRUNED_MAX", 1.0)
    docs = _corpus(2000, seed=3)
    docs.update({2000 + i: ["w30", "w31", "w0"] for i in range(6)})  # equal documents: ties at the cut
    rows = sorted(docs)
    whole = BM25Index.empty().add(rows, [docs[r] for r in rows])
    segmented = SegmentedBM25.of(BM25Index.empty().add(rows[:1500], [docs[r] for r in rows[:1500]]))
    segmented = segmented.add(rows[1500:], [docs[r] for r in rows[1500:]]).remove(list(range(100, 400, 7)))
    queries = [["w30", "w31", "w0"], ["w39", "w0", "w1", "w2"], ["w35", "w36", "w0", "w0"], ["w5"], ["nothing", "w38"]]
    for index in (whole, segmented):
        for query in queries:
            for k in (1, 3, 10, 5000):
                assert index.search(query, k) == _full(index, query, k), (query, k)
    found, _ = bm25.top_pruned(whole.segments(), ["w39", "w38", "w0"], 5, len(whole), whole.total_length)
    assert found.size < whole.scores(["w39", "w38", "w0"])[0].size


def test_a_pruned_search_past_its_share_scores_everything(monkeypatch):
    monkeypatch.setattr(bm25, "PRUNED_MAX", 0.0)
    docs = _corpus(300)
    whole = BM25Index.empty().add(list(docs), list(docs.values()))
    assert bm25.top_pruned(whole.segments(), ["w0", "w1"], 5, len(whole), whole.total_length) is None
    assert whole.search(["w0", "w1"], 5) == _full(whole, ["w0", "w1"], 5)


def test_a_first_search_leaves_out_the_words_most_documents_hold():
    """The shortlist's search over a million chunks skips words like 「年」 that nearly every chunk
    holds: words above the share go, the others stay in order, and the rarest stays when every
    word is common (a question is never emptied)."""
    docs = {0: ["常见", "罕见"], 1: ["常见", "较少"], 2: ["常见", "较少"], 3: ["常见"]}
    index = BM25Index.empty().add(list(docs), list(docs.values()))
    assert bm25.informative(index, ["常见", "较少", "罕见", "没有"], 0.5) == ["较少", "罕见"]
    assert bm25.informative(index, ["常见", "较少"], 0.25) == ["较少"]
    assert bm25.informative(index, ["没有"], 0.5) == []
