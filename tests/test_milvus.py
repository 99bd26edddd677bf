"""The Milvus backend (index/milvus.py) on Milvus Lite: what it must do beyond answering as the
embedded index does (tests/test_retrieve.py, test_answer*.py and test_eval_cli.py run on both)."""
import subprocess
import sys

import numpy as np
import pytest

from assistant.retrieve import Filters, Retriever
from corpus.chunk import ChunkerSettings
from corpus.load import sample_paths
from index.build import ingest
from index.fusion import rrf
from index.migrate import migrate
from index.milvus import MilvusConfig, MilvusLocation, MilvusUnavailable
from index.store import IndexMismatch, StoreError
from conftest import FakeEncoder, location


@pytest.fixture
def milvus(tmp_path, fake_encoder):
    """The samples on Milvus Lite, and where they are."""
    where = location("milvus", tmp_path / "index")
    ingest(sample_paths(), where, fake_encoder, ChunkerSettings(), progress=False)
    return where


def test_a_removed_report_is_gone_from_search_and_from_a_reopened_index(milvus, fake_encoder):
    index = milvus.open()
    before = milvus.signature()
    from index.build import remove_report

    removed = remove_report(milvus, "zhangjiagang-2020")
    assert removed == index.manifest.reports["zhangjiagang-2020"].chunks
    assert milvus.signature() != before
    again = milvus.open()
    assert list(again.reports) == ["putuo-2024"]
    assert again.manifest.chunk_count == index.manifest.chunk_count - removed
    hits = again.search_bm25("张家港 无证行医 案件", 50)
    assert hits and {again.fetch([r])[r].report_id for r, _ in hits} == {"putuo-2024"}


def test_a_replaced_report_keeps_its_id_and_only_its_new_chunks(milvus, tmp_path, fake_encoder, putuo_path):
    changed = tmp_path / "new" / putuo_path.name
    changed.parent.mkdir()
    changed.write_text(putuo_path.read_text(encoding="utf-8").replace("2628件", "2700件"), encoding="utf-8")
    from index.build import IngestOptions

    result = ingest([changed], milvus, fake_encoder, ChunkerSettings(), options=IngestOptions(replace=True),
                    progress=False)
    assert result.replaced == ["putuo-2024"]
    index = milvus.open()
    texts = [index.fetch([r])[r].text for r, _ in index.search_bm25("卫生行政许可", 100, ["putuo-2024"])]
    assert any("2700件" in t for t in texts) and not any("2628件" in t for t in texts)
    stored = index.client.query(index.config.chunks, filter='report_id == "putuo-2024"', output_fields=["row"],
                                limit=10_000)
    assert len(stored) == index.manifest.reports["putuo-2024"].chunks


def test_a_save_that_fails_before_its_commit_leaves_the_index_as_it_was(milvus, fake_encoder, zjg):
    """The commit is one entity naming the generation: chunks inserted before a failed commit are
    not seen by readers, and the next writer's recover() deletes them."""
    index = milvus.open()
    count, generation = index.manifest.chunk_count, index.manifest.generation
    from dataclasses import replace

    from corpus.chunk import chunk_report

    report = replace(zjg, id="zjg-copy", content_hash="0" * 64)
    chunks = chunk_report(report, ChunkerSettings())
    index.add_report(report, chunks, fake_encoder.encode([c.index_text for c in chunks]))
    upsert = milvus.client.upsert

    def failing(name, rows, **kw):
        if any(row.get("key") == "head#0" for row in rows):
            raise RuntimeError("connection lost")
        return upsert(name, rows, **kw)

    milvus.client.upsert = failing
    with pytest.raises(StoreError, match="connection lost"):
        milvus.save(index)
    milvus.client.upsert = upsert
    reader = milvus.open()
    assert (reader.manifest.generation, reader.manifest.chunk_count) == (generation, count)
    assert "zjg-copy" not in reader.reports
    milvus.recover()
    stored = milvus.client.query(milvus.config.chunks, filter="row >= 0", output_fields=["row"], limit=100_000)
    assert len(stored) == count


def test_migrate_copies_the_vectors_and_answers_the_same(tmp_path, sample_index, fake_encoder):
    from index.store import open_index

    source = open_index(sample_index)
    target = location("milvus", tmp_path / "copy")
    assert migrate(source, target, progress=False) == source.manifest.chunk_count
    copied = target.open(fake_encoder.name)
    assert sorted(copied.reports) == sorted(source.reports)
    assert copied.tokenizer.terms == source.tokenizer.terms
    vector = fake_encoder.encode(["卫生行政许可多少件"], kind="query")[0]

    def where(index, ranked):
        return [(index.fetch([r])[r].report_id, index.fetch([r])[r].start) for r, _ in ranked]

    assert where(copied, copied.search_dense(vector, 10)) == where(source, source.search_dense(vector, 10))
    assert {t: copied.idf(t) for t in ("卫生", "许可", "无证")} == pytest.approx(
        {t: source.idf(t) for t in ("卫生", "许可", "无证")})
    with pytest.raises(StoreError, match="already holds an index"):
        migrate(source, target, progress=False)


def test_the_engines_rrf_is_reciprocal_rank_fusion_of_its_two_lists(milvus, fake_encoder):
    index = milvus.open()
    query = "无证行医案件多少起"
    vector = fake_encoder.encode([query], kind="query")[0]
    engine = index.search_hybrid(query, vector, 10, 30, ["putuo-2024"], ranker="rrf")
    ours = rrf([index.search_bm25(query, 30, ["putuo-2024"]), index.search_dense(vector, 30, ["putuo-2024"])])
    assert [r for r, _ in engine] == [r for r, _ in ours[:10]]
    retriever = Retriever(index, encoder_factory=FakeEncoder, fusion="engine-rrf")
    hits = retriever.search(query, k=3, filters=Filters(report_ids=("putuo-2024",)))
    assert [h.chunk.start for h in hits] == [index.fetch([r])[r].start for r, _ in engine[:3]]


def test_another_dimension_in_the_same_collection_is_refused(milvus):
    with pytest.raises(IndexMismatch, match="64-d vectors; the index's encoder gives 32-d"):
        milvus.create("other", 32, ChunkerSettings())
    with pytest.raises(IndexMismatch, match="built with encoder 'fake-bigram'"):
        milvus.open("other")


def test_a_server_without_jieba_is_one_clear_error(tmp_path, monkeypatch):
    where = location("milvus", tmp_path / "index")

    def refuse(*args, **kwargs):
        raise Exception("invalid analyzer params: unknown tokenizer type jieba")

    monkeypatch.setattr(where.client, "create_collection", refuse)
    with pytest.raises(MilvusUnavailable, match="no jieba tokenizer"):
        where.create("fake-bigram", 64, ChunkerSettings())


def test_bad_milvus_uris_are_one_line_from_the_cli(tmp_path):
    """An unreachable server and a Lite path without .db: a message, exit 1, no traceback."""
    for uri, expected in (("http://127.0.0.1:9", "cannot reach Milvus at http://127.0.0.1:9"),
                          (str(tmp_path / "index.sqlite"), "a file path ending in .db")):
        run = subprocess.run([sys.executable, "-m", "ui.cli", "reports", "--backend", "milvus", "--milvus-uri", uri,
                              "--index", str(tmp_path / "i")], capture_output=True, text=True, timeout=120)
        assert run.returncode == 1, run.stderr
        assert expected in run.stderr and "Traceback" not in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_the_index_folder_beside_a_milvus_index_holds_no_index(milvus):
    """The folder keeps the lock, originals and log; the index itself is only in Milvus."""
    assert not (milvus.folder / "manifest.json").exists()
    assert MilvusLocation(MilvusConfig(uri=milvus.config.uri, collection="nothing_here"), milvus.folder).exists() is False


def test_a_report_filter_on_milvus_admits_only_that_report(milvus, fake_encoder):
    retriever = Retriever(milvus.open(), encoder_factory=FakeEncoder)
    for mode in ("bm25", "dense", "hybrid"):
        hits = retriever.search("案件", k=20, mode=mode, filters=Filters(regions=("张家港",)))
        assert hits and {h.report.id for h in hits} == {"zhangjiagang-2020"}, mode


def test_vectors_go_in_as_float32_of_the_index_dimension(milvus):
    row = milvus.open().client.get(milvus.config.chunks, ids=[0], output_fields=["dense"])[0]
    assert np.asarray(row["dense"]).shape == (64,)


def test_a_milvus_lite_file_open_in_one_process_is_refused_in_another(milvus, tmp_path):
    """Milvus Lite serves its file from inside the process: a second process gets one line, and the
    index the first one holds is untouched."""
    before = milvus.open().manifest.generation
    run = subprocess.run([sys.executable, "-m", "ui.cli", "reports", "--backend", "milvus", "--milvus-uri",
                          milvus.config.uri, "--milvus-collection", milvus.config.collection,
                          "--index", str(milvus.folder)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "is open in process" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert milvus.open().manifest.generation == before
