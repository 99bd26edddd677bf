import json
import re
import shutil

import numpy as np
import pytest

from corpus.chunk import ChunkerSettings
from index import report_table, store
from index.bm25 import BM25Index
from index.build import IngestOptions, ingest, remove_report
from index.store import IndexMismatch, IndexNotFound, open_index, read_manifest, save_index
from conftest import FakeEncoder


def test_index_folder_has_a_versioned_manifest(sample_index):
    manifest = json.loads((sample_index / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == store.FORMAT_VERSION
    assert manifest["encoder"] == {"name": "fake-bigram", "dim": 64}
    assert set(manifest["reports"]) == {"putuo-2024", "zhangjiagang-2020"}
    assert manifest["chunker"] == {"chunk_size": 300, "chunk_overlap": 60}
    assert "双随机、一公开" in manifest["terms"]
    assert {"reports.jsonl", "chunks.jsonl", "dense.faiss", "bm25.npz"} <= {p.name for p in sample_index.iterdir()}


def test_same_file_twice_changes_nothing(sample_index, putuo_path, fake_encoder):
    before = (sample_index / "chunks.jsonl").read_bytes()
    result = ingest([putuo_path], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    assert result.unchanged == ["putuo-2024"] and not result.changed
    assert (sample_index / "chunks.jsonl").read_bytes() == before


def test_remove_and_add_touch_only_that_report(sample_index, zjg_path, fake_encoder):
    """The other report's rows keep their ids: nothing of it is re-embedded or re-numbered."""
    putuo_rows = {r: c.id for r, c in open_index(sample_index).chunks.items() if c.report_id == "putuo-2024"}
    assert remove_report(sample_index, "zhangjiagang-2020") > 0
    index = open_index(sample_index)
    assert set(index.reports) == {"putuo-2024"} and len(index.dense) == len(putuo_rows) == len(index.bm25)
    ingest([zjg_path], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    index = open_index(sample_index)
    assert {r: c.id for r, c in index.chunks.items() if c.report_id == "putuo-2024"} == putuo_rows
    assert len(index.dense) == len(index.chunks) == len(index.bm25)


def test_changed_file_replaces_its_earlier_version_when_asked(tmp_path, sample_index, putuo_path, fake_encoder):
    changed = tmp_path / putuo_path.name
    changed.write_text(putuo_path.read_text(encoding="utf-8").replace("2628件", "2700件"), encoding="utf-8")
    result = ingest([changed], sample_index, fake_encoder, ChunkerSettings(), options=IngestOptions(replace=True),
                    progress=False)
    assert result.replaced == ["putuo-2024"] and not result.added
    assert "replaced report putuo-2024" in result.conflicts[0].text
    index = open_index(sample_index)
    texts = [c.text for c in index.chunks.values()]
    assert any("2700件" in t for t in texts) and not any("2628件" in t for t in texts)


def test_changed_file_is_kept_beside_unless_asked_to_replace(tmp_path, sample_index, putuo_path, fake_encoder):
    """Same file name, other content: it may be another report (two districts' 政府工作报告.txt), so
    nothing is lost; the result names both reports."""
    changed = tmp_path / putuo_path.name
    changed.write_text(putuo_path.read_text(encoding="utf-8").replace("2628件", "2700件"), encoding="utf-8")
    result = ingest([changed], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    (new_id,) = result.added
    assert new_id.startswith("putuo-2024-") and not result.replaced
    conflict = result.conflicts[0]
    assert (conflict.existing_id, conflict.report_id, conflict.replaced) == ("putuo-2024", new_id, False)
    assert "putuo-2024" in conflict.zh and new_id in conflict.zh and "替换同名报告" in conflict.zh
    assert set(open_index(sample_index).reports) == {"putuo-2024", new_id, "zhangjiagang-2020"}


def test_bad_file_in_a_batch_is_skipped_and_the_rest_goes_in(tmp_path, putuo_path, fake_encoder):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = ingest([bad, putuo_path], tmp_path / "idx", fake_encoder, ChunkerSettings(), progress=False)
    assert result.added == ["putuo-2024"] and result.failed[0].name == "scan.txt"


def test_interrupted_build_leaves_the_previous_index(sample_index, zjg_path, monkeypatch, fake_encoder):
    before = open_index(sample_index)
    remove_report(sample_index, "zhangjiagang-2020")
    index = open_index(sample_index)

    def crash(self, path, **arrays):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.BM25Index, "save", crash)
    index.remove_report("putuo-2024")
    with pytest.raises(RuntimeError):
        save_index(index, sample_index)
    survived = open_index(sample_index)
    assert set(survived.reports) == {"putuo-2024"}
    assert len(survived.chunks) == sum(1 for c in before.chunks.values() if c.report_id == "putuo-2024")
    assert not list(sample_index.parent.glob(".index.tmp-*"))


def test_crash_between_renames_is_read_and_then_recovered_by_the_next_writer(sample_index, monkeypatch,
                                                                              fake_encoder):
    """The old folder was moved aside but the new one not yet moved in: a reader reads the old one
    where it lies (changing nothing), and the next writer puts it back."""
    monkeypatch.setattr(store, "SWAP_WAIT", 0.05)
    aside = sample_index.parent / ".index.old-1-1"
    sample_index.rename(aside)
    assert set(open_index(sample_index).reports) == {"putuo-2024", "zhangjiagang-2020"}
    assert aside.exists() and not sample_index.exists()
    ingest([], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    assert not aside.exists()
    assert set(open_index(sample_index).reports) == {"putuo-2024", "zhangjiagang-2020"}


def test_every_save_is_a_new_generation(sample_index, zjg_path, fake_encoder):
    """The web app re-opens the index when the generation on disk is not the one it holds."""
    first = read_manifest(sample_index).generation
    assert first >= 1
    remove_report(sample_index, "zhangjiagang-2020")
    ingest([zjg_path], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    assert read_manifest(sample_index).generation == first + 2
    ingest([zjg_path], sample_index, fake_encoder, ChunkerSettings(), progress=False)  # unchanged: no save
    assert read_manifest(sample_index).generation == first + 2


def test_an_index_saved_before_generations_reads_as_generation_0(sample_index):
    path = sample_index / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["generation"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert open_index(sample_index).manifest.generation == 0


def test_encoder_mismatch_is_refused_with_both_names(sample_index):
    with pytest.raises(IndexMismatch, match="built with encoder 'fake-bigram'.*not 'BAAI/bge-small-zh-v1.5'"):
        open_index(sample_index, "BAAI/bge-small-zh-v1.5")
    with pytest.raises(IndexMismatch):
        ingest([], sample_index, FakeEncoder(name="other", dim=64), ChunkerSettings(), progress=False)


def test_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexNotFound, match="reportqa ingest"):
        open_index(tmp_path / "nothing")


def test_newer_format_is_refused(sample_index):
    path = sample_index / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["format_version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexMismatch, match="format version 99"):
        open_index(sample_index)


def _quoted_later(tmp_path, putuo_path, fake_encoder):
    """An index of the Putuo report, then of a report first quoting 「随申办普陀旗舰店」, which Putuo's text holds."""
    folder = tmp_path / "idx"
    ingest([putuo_path], folder, fake_encoder, ChunkerSettings(), progress=False)
    extra = tmp_path / "extra.txt"
    extra.write_text("区政府：\n\n一、工作\n\n推进“随申办普陀旗舰店”建设。", encoding="utf-8")
    ingest([extra], folder, fake_encoder, ChunkerSettings(), progress=False)
    return folder


def _holders(index, term: str) -> set[str]:
    return {index.chunks[row].report_id for row, _ in index.bm25.search([term], 5)}


def test_a_term_first_quoted_later_is_kept_whole_in_earlier_reports(tmp_path, putuo_path, fake_encoder):
    """A term first quoted in a later report is kept whole in earlier reports' chunks too."""
    folder = _quoted_later(tmp_path, putuo_path, fake_encoder)
    assert _holders(open_index(folder), "随申办普陀旗舰店") == {"putuo-2024", "extra"}
    shutil.rmtree(folder)


def test_a_truncated_chunks_file_is_a_clear_error(sample_index):
    """An index that lost chunk lines must not open and answer wrongly (13件 for 78起)."""
    path = sample_index / "chunks.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-5]), encoding="utf-8")
    with pytest.raises(IndexMismatch, match=r"damaged.*chunks.jsonl holds \d+ chunks.*Rebuild"):
        open_index(sample_index)


def test_a_garbage_vector_file_is_a_clear_error(sample_index):
    (sample_index / "dense.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(IndexMismatch, match="damaged.*Rebuild"):
        open_index(sample_index)


@pytest.mark.parametrize("together", [False, True], ids=["one-ingest-each", "one-ingest"])
def test_learnt_terms_give_the_postings_of_tokenizing_once_with_all(tmp_path, putuo_path, fake_encoder, together):
    """Adding a quoted term sets its postings without re-tokenizing (after each report, or once
    for a batch): the index must be what tokenizing every chunk with the final term list gives."""
    folder = tmp_path / "idx"
    extra = tmp_path / "extra.txt"
    extra.write_text("区政府：\n\n一、工作\n\n推进“随申办普陀旗舰店”和“一网通办”建设，“医案释法”专栏每月更新。",
                     encoding="utf-8")
    for batch in ([putuo_path, extra],) if together else ([putuo_path], [extra]):
        ingest(batch, folder, fake_encoder, ChunkerSettings(), progress=False)
    index = open_index(folder)
    rows = sorted(index.chunks)
    whole = BM25Index.empty().add(rows, [index.tokenizer.tokenize(index.chunks[r].index_text) for r in rows])
    postings = lambda b: {(t, int(r), float(f)) for t, i in b.terms.items()  # noqa: E731
                          for r, f in zip(b.postings[b.indptr[i]:b.indptr[i + 1]], b.tfs[b.indptr[i]:b.indptr[i + 1]])}
    merged = index.bm25.merged()
    assert postings(merged) == postings(whole)
    assert np.array_equal(merged.doc_lens, whole.doc_lens) and np.array_equal(merged.doc_ids, whole.doc_ids)
    shutil.rmtree(folder)


def test_an_index_made_by_an_older_tokenizer_is_rewritten_once_when_opened(sample_index):
    """Otherwise every open (each `reportqa ask`) re-tokenizes every chunk."""
    from assistant import library
    from assistant.settings import Settings
    from index.tokenize import Tokenizer

    path = sample_index / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["tokenizer"] = "jieba-search-0"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = open_index(sample_index)
    index = library.load_index(Settings(index_dir=sample_index, model="fake-bigram"))
    assert read_manifest(sample_index).tokenizer == Tokenizer.name
    assert read_manifest(sample_index).generation == data["generation"] + 1
    assert np.array_equal(index.bm25.merged().postings, before.bm25.merged().postings)


def test_chunks_are_read_when_asked_for_and_copied_unchanged_on_save(tmp_path, putuo_path, zjg_path, fake_encoder):
    """Opening parses no chunk (open time and memory grow with use, not with the index); removing
    one report and saving keeps the other report's chunk lines byte for byte, in the same file
    (linked into the new generation, not copied) while the removed lines take less room."""
    from index.chunk_table import ChunkTable

    folder = tmp_path / "idx"
    ingest([putuo_path, zjg_path], folder, fake_encoder, ChunkerSettings(), progress=False)
    index = open_index(folder)
    assert isinstance(index.chunks, ChunkTable) and not index.chunks._read
    row = sorted(index.chunks)[3]
    assert index.chunks[row].report_id in index.reports and len(index.chunks._read) == 1
    kept = {line for line in (folder / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
            if '"report_id": "zhangjiagang-2020"' in line}
    inode = (folder / "chunks.jsonl").stat().st_ino
    remove_report(folder, "putuo-2024")
    after = open_index(folder)
    assert (folder / "chunks.jsonl").stat().st_ino == inode
    assert {after.chunks.stored(r)[0].decode("utf-8").rstrip("\n") for r in after.chunks} == kept
    assert {c.report_id for c in after.chunks.values()} == {"zhangjiagang-2020"}
    assert list(after.rows_of("zhangjiagang-2020")) == sorted(after.chunks)


def test_a_truncated_chunk_index_is_a_clear_error(sample_index):
    """A cut-off .npz (a disk filled mid-copy) is a damaged index, not a traceback."""
    path = sample_index / "chunks.index.npz"
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(IndexMismatch, match="damaged.*Rebuild"):
        open_index(sample_index)


def test_reports_are_read_when_asked_for_and_copied_unchanged_on_save(tmp_path, putuo_path, zjg_path, fake_encoder):
    """Opening reads each report's metadata only (routing by place and year needs no text); the
    text is read on first use, and a save keeps an untouched report's line byte for byte."""
    from index.report_table import StoredReport

    folder = tmp_path / "idx"
    ingest([putuo_path, zjg_path], folder, fake_encoder, ChunkerSettings(), progress=False)
    whole = {json.loads(line)["id"]: line for line in (folder / "reports.jsonl").read_text(encoding="utf-8").splitlines()}
    index = open_index(folder)
    putuo = index.reports["putuo-2024"]
    assert isinstance(putuo, StoredReport) and "text" not in putuo.__dict__
    assert putuo.meta.region.district == "普陀区" and putuo.meta.year == 2024
    assert "卫生行政许可" in putuo.text and putuo.paragraphs and putuo.sections
    remove_report(folder, "putuo-2024")
    after = open_index(folder)
    assert list(after.reports) == ["zhangjiagang-2020"]
    assert report_table.stored_line(after.reports["zhangjiagang-2020"]).decode("utf-8") == whole["zhangjiagang-2020"] + "\n"


def test_stored_reports_read_in_turn_each_give_their_own_text(sample_index):
    """The table answers the report read last without a lock; asking two in turn must still give
    each its own body, not the last one read."""
    index = open_index(sample_index)
    a, b = index.reports["putuo-2024"], index.reports["zhangjiagang-2020"]
    for _ in range(3):
        assert "普陀" in a.text and "张家港" in b.text
        assert a.paragraphs[0].start < len(a.text) and b.paragraph(1) == b.paragraphs[0]


def test_a_stored_report_changed_by_replace_is_written_as_changed(tmp_path, putuo_path, fake_encoder):
    """``dataclasses.replace`` on a report read from an index (the scale benchmark renames copies)
    gives a whole report whose new fields are saved, not the stored line."""
    from dataclasses import replace

    folder = tmp_path / "idx"
    ingest([putuo_path], folder, fake_encoder, ChunkerSettings(), progress=False)
    index = open_index(folder)
    renamed = replace(index.reports["putuo-2024"], id="putuo-copy")
    assert renamed.text == index.reports["putuo-2024"].text and renamed.id == "putuo-copy"
    index.reports["putuo-copy"] = renamed
    index.manifest.reports["putuo-copy"] = index.manifest.reports["putuo-2024"]
    save_index(index, folder)
    again = open_index(folder)
    assert set(again.reports) == {"putuo-2024", "putuo-copy"}
    assert again.reports["putuo-copy"].text == again.reports["putuo-2024"].text


def test_an_index_saved_before_report_metadata_files_opens_and_is_upgraded(sample_index):
    """Indexes written before reports.meta.jsonl existed still open (reports read whole), and
    the first writer that can rewrites them."""
    from index.build import needs_upgrade, upgrade

    (sample_index / "reports.meta.jsonl").unlink()
    assert open_index(sample_index).reports["putuo-2024"].meta.region.district == "普陀区"
    assert needs_upgrade(sample_index) and upgrade(sample_index)
    assert (sample_index / "reports.meta.jsonl").exists() and not needs_upgrade(sample_index)


def test_a_changed_chunk_table_is_saved_as_writing_every_chunk_would(tmp_path, putuo_path, zjg_path, fake_encoder):
    """Stored lines are copied in runs around removed rows, added rows appended: the same bytes and
    arrays as serializing every chunk afresh."""
    import io

    from index import chunk_table

    folder = tmp_path / "idx"
    ingest([putuo_path, zjg_path], folder, fake_encoder, ChunkerSettings(), progress=False)
    table = open_index(folder).chunks
    rows = sorted(table)
    moved = table[rows[5]]
    for row in rows[3:9] + rows[-2:]:
        del table[row]
    table[rows[-1] + 10] = moved
    as_copied, as_written = io.BytesIO(), io.BytesIO()
    copied_index, written_index = tmp_path / "a.npz", tmp_path / "b.npz"
    chunk_table.write(table, as_copied, copied_index)
    chunk_table.write({row: table[row] for row in table}, as_written, written_index)
    assert as_copied.getvalue() == as_written.getvalue()
    a, b = np.load(copied_index), np.load(written_index)
    assert all(np.array_equal(a[k], b[k]) for k in ("rows", "starts", "ends", "report_of", "report_ids"))


def _inodes(folder):
    return {p.name: p.stat().st_ino for p in folder.iterdir()}


def test_adding_a_report_links_the_written_files_and_searches_as_building_at_once(tmp_path, putuo_path, zjg_path,
                                                                                 fake_encoder, monkeypatch):
    """At a million chunks a save that rewrote every file took 21 s; adding a report now links the
    big files into the new generation and writes the delta (index/bm25_segments.py), and the
    index answers exactly as one built with both reports in one go."""
    import index.bm25_segments as bm25_segments
    import index.dense as dense

    monkeypatch.setattr(dense, "FLAT_MAX", 20)  # IVF from 20 chunks: the sample behaves like a large index
    for module in (dense, bm25_segments):  # a delta as large as the base (at scale it is a small share)
        monkeypatch.setattr(module, "MERGE_SHARE", 2.0)
    folder, whole = tmp_path / "idx", tmp_path / "whole"
    # quoted terms found in written chunks change their postings (a merge): this report quotes none
    plain = tmp_path / zjg_path.name
    plain.write_text(re.sub("[“”「」]", "", zjg_path.read_text(encoding="utf-8")), encoding="utf-8")
    ingest([putuo_path], folder, fake_encoder, ChunkerSettings(), progress=False)
    first = _inodes(folder)
    ingest([plain], folder, fake_encoder, ChunkerSettings(), progress=False)
    second = _inodes(folder)
    assert all(second[name] == first[name] for name in ("bm25.npz", "dense.faiss", "chunks.jsonl", "reports.jsonl"))
    ingest([putuo_path, plain], whole, fake_encoder, ChunkerSettings(), progress=False)
    linked, built = open_index(folder), open_index(whole)
    assert len(linked.bm25.delta) and linked.dense.added_rows.size
    for query in ("卫生行政许可", "无证行医 案件", "行政执法 培训"):
        assert linked.search_bm25(query, 10) == built.search_bm25(query, 10)
        vector = fake_encoder.encode([query])[0]
        for rid in ("putuo-2024", "zhangjiagang-2020"):
            assert linked.search_dense(vector, 5, [rid]) == built.search_dense(vector, 5, [rid])
    assert {r: linked.chunks[r] for r in linked.chunks} == {r: built.chunks[r] for r in built.chunks}
    assert {rid: r.text for rid, r in linked.reports.items()} == {rid: r.text for rid, r in built.reports.items()}


def test_the_delta_is_merged_once_it_outgrows_its_share(tmp_path, putuo_path, zjg_path, fake_encoder, monkeypatch):
    """Otherwise the delta, rewritten at every save, would grow with every report added."""
    import index.bm25_segments as bm25_segments
    import index.dense as dense

    monkeypatch.setattr(dense, "FLAT_MAX", 20)
    monkeypatch.setattr(bm25_segments, "MERGE_SHARE", 0.0)
    monkeypatch.setattr(dense, "MERGE_SHARE", 0.0)
    folder = tmp_path / "idx"
    ingest([putuo_path], folder, fake_encoder, ChunkerSettings(), progress=False)
    first = _inodes(folder)
    ingest([zjg_path], folder, fake_encoder, ChunkerSettings(), progress=False)
    second = _inodes(folder)
    assert second["bm25.npz"] != first["bm25.npz"] and second["dense.faiss"] != first["dense.faiss"]
    index = open_index(folder)
    assert not len(index.bm25.delta) and not index.dense.added_rows.size and len(index.dense) == len(index.chunks)


def test_a_crash_after_appending_leaves_the_previous_generation_readable(sample_index, putuo_path, fake_encoder,
                                                                        monkeypatch):
    """The next generation's chunk and report lines are appended to the live generation's files:
    the live generation reads only the spans it knows, so a crash mid-save loses nothing."""
    from index.bm25_segments import SegmentedBM25

    remove_report(sample_index, "putuo-2024")
    before = open_index(sample_index)
    lines = {r: before.chunks.stored(r)[0] for r in before.chunks}

    def crash(self, path):
        raise RuntimeError("disk full")

    monkeypatch.setattr(SegmentedBM25, "save_delta", crash)
    with pytest.raises(RuntimeError):
        ingest([putuo_path], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    assert (sample_index / "chunks.jsonl").stat().st_size > max(before.chunks._ends)  # appended to
    survived = open_index(sample_index)
    assert set(survived.reports) == {"zhangjiagang-2020"}
    assert {r: survived.chunks.stored(r)[0] for r in survived.chunks} == lines
    monkeypatch.undo()
    ingest([putuo_path], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    assert set(open_index(sample_index).reports) == {"zhangjiagang-2020", "putuo-2024"}


def test_a_term_learnt_over_a_large_base_is_counted_in_it_at_the_next_merge(tmp_path, putuo_path, fake_encoder,
                                                                          monkeypatch):
    """Counting a new term in a million written chunks took a minute per added report: above
    LEARN_AT_ONCE_MAX the written chunks wait for the next merge, which counts them; the chunks
    added meanwhile are counted at once."""
    import index.bm25_segments as bm25_segments

    monkeypatch.setattr(store, "LEARN_AT_ONCE_MAX", 0)
    folder = _quoted_later(tmp_path, putuo_path, fake_encoder)
    index = open_index(folder)
    assert _holders(index, "随申办普陀旗舰店") == {"extra"} and index.manifest.terms_not_in_base == ["随申办普陀旗舰店"]
    monkeypatch.setattr(bm25_segments, "MERGE_SHARE", 0.0)
    save_index(index, folder)
    merged = open_index(folder)
    assert _holders(merged, "随申办普陀旗舰店") == {"putuo-2024", "extra"} and not merged.manifest.terms_not_in_base
    rows = sorted(merged.chunks)
    whole = BM25Index.empty().add(rows, [merged.tokenizer.tokenize(merged.chunks[r].index_text) for r in rows])
    assert merged.bm25.search(["随申办普陀旗舰店", "建设"], 10) == whole.search(["随申办普陀旗舰店", "建设"], 10)


def _without_parts(folder):
    """The folder as an index saved before metadata kept the part headings."""
    path = folder / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["parts_kept"]
    path.write_text(json.dumps(data), encoding="utf-8")
    lines = [json.loads(line) for line in (folder / "reports.meta.jsonl").read_text(encoding="utf-8").splitlines()]
    for line in lines:
        del line["meta"]["parts"]
    (folder / "reports.meta.jsonl").write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                                               encoding="utf-8")


def test_the_part_headings_are_read_from_metadata_and_an_older_index_is_upgraded_to_keep_them(sample_index):
    """A question naming no place routes over every report by its part headings: kept with the
    metadata, they are there without reading a report's body (at 9,000 reports reading bodies took
    4 s); an index saved before they were kept reads them from its sections until the first writer
    rewrites it with them."""
    from index.build import needs_upgrade, upgrade

    parts = open_index(sample_index).reports["putuo-2024"].meta.parts
    assert parts
    _without_parts(sample_index)
    old = open_index(sample_index).reports["putuo-2024"]
    assert old.meta.parts is None and tuple(s.path[-1] for s in old.sections if s.level <= 1) == parts
    assert needs_upgrade(sample_index) and upgrade(sample_index)
    assert open_index(sample_index).reports["putuo-2024"].meta.parts == parts and not needs_upgrade(sample_index)


def test_the_one_time_part_headings_upgrade_keeps_the_figure_rows_it_already_has(sample_index, monkeypatch):
    """Keeping the part headings rewrites every report's line once; the figures those lines hold
    are of the current reading and are carried over, not found again (the costly part of a save)."""
    from index import report_table
    from index.build import upgrade

    def rows_of(folder):
        return {json.loads(line)["id"]: json.loads(line)[report_table.FIGURES]
                for line in (folder / "reports.jsonl").read_text(encoding="utf-8").splitlines()}

    before = rows_of(sample_index)
    _without_parts(sample_index)

    def found_again(report):
        raise AssertionError(f"figure rows of {report.id} found again")

    monkeypatch.setattr(report_table, "figure_rows", found_again)
    assert upgrade(sample_index)
    assert rows_of(sample_index) == before and all(before.values())
    assert open_index(sample_index).reports["putuo-2024"].meta.parts
