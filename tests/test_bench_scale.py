"""The scale benchmark measures an index made of copies: it must be the index those copies would
make if ingested (same postings, lengths and reports), or its numbers mean nothing."""
import numpy as np

from assistant.bench_scale import synthetic_index
from assistant.retrieve import Filters, Retriever
from index.bm25 import BM25Index
from index.store import open_index
from conftest import FakeEncoder


def test_copies_hold_the_postings_their_text_gives(sample_index):
    base = open_index(sample_index)
    index = synthetic_index(base, 3 * len(base.chunks))
    rows = sorted(index.chunks)
    assert len(rows) == 3 * len(base.chunks) and len(index.reports) == 3 * len(base.reports)
    built = BM25Index.empty().add(rows, [index.tokenizer.tokenize(index.chunks[r].index_text) for r in rows])
    tiled = index.bm25.merged()
    for term, t in built.terms.items():
        mine = tiled.terms[term]
        assert np.array_equal(tiled.postings[tiled.indptr[mine]:tiled.indptr[mine + 1]],
                              built.postings[built.indptr[t]:built.indptr[t + 1]]), term
    assert np.array_equal(tiled.doc_lens, built.doc_lens)
    assert len(index.dense) == len(rows)


def test_a_renamed_copy_is_found_by_its_own_region(sample_index):
    index = synthetic_index(open_index(sample_index), 2 * len(open_index(sample_index).chunks))
    copy = next(r for r in index.reports.values() if r.id.endswith("~1") and r.meta.region.district)
    hits = Retriever(index, encoder_factory=FakeEncoder).search(
        "行政许可", k=3, mode="bm25", filters=Filters(regions=(copy.meta.region.name,)))
    assert hits and {h.report.id for h in hits} == {copy.id}


def test_the_langchain_baseline_without_its_packages_says_how_to_install_them(monkeypatch):
    """`reportqa bench --baseline` needs optional packages: without them, one line saying which."""
    import builtins

    import pytest

    from assistant import bench_baseline

    real = builtins.__import__

    def missing(name, *args, **kwargs):
        if name.startswith("langchain"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", missing)
    with pytest.raises(bench_baseline.MissingBaseline, match=r"pip install -e '\.\[baseline\]'"):
        bench_baseline.run_baseline([], FakeEncoder(), 300, ["问题"])


def test_bench_with_the_baseline_but_not_its_packages_stops_before_ingesting(monkeypatch, tmp_path):
    """The missing packages are said at once, not after the minutes our own ingest takes."""
    import pytest

    from assistant import bench, bench_baseline
    from assistant.settings import Settings

    monkeypatch.setattr(bench_baseline, "_imports", lambda: (_ for _ in ()).throw(
        bench_baseline.MissingBaseline("--baseline needs LangChain: pip install -e '.[baseline]'")))
    monkeypatch.setattr(bench, "ingest", lambda *a, **k: pytest.fail("ingested before checking"))
    with pytest.raises(bench_baseline.MissingBaseline):
        bench.run_bench(Settings(index_dir=tmp_path / "index"), [], baseline=True)
