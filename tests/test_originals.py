"""The file a report was read from is kept beside its index, once, and goes when the report goes:
a citation can offer the original (a PDF page, a DOCX) for download."""
from corpus.chunk import ChunkerSettings
from corpus.load import sample_paths
from index import originals
from index.build import ingest, remove_report
from index.store import open_index


def test_each_ingested_report_has_its_original_byte_for_byte(sample_index):
    index = open_index(sample_index)
    for path in sample_paths():
        report = next(r for r in index.reports.values() if r.source == path.name)
        assert originals.find(sample_index, report).read_bytes() == path.read_bytes()


def test_ingesting_the_same_content_again_writes_nothing(sample_index, fake_encoder):
    kept = {p.name: p.stat().st_mtime_ns for p in originals.folder_for(sample_index).iterdir()}
    ingest(sample_paths(), sample_index, fake_encoder, ChunkerSettings(), progress=False)
    assert {p.name: p.stat().st_mtime_ns for p in originals.folder_for(sample_index).iterdir()} == kept


def test_removing_a_report_removes_its_original_only(sample_index):
    index = open_index(sample_index)
    putuo, zjg = index.reports["putuo-2024"], index.reports["zhangjiagang-2020"]
    remove_report(sample_index, "putuo-2024")
    assert originals.find(sample_index, putuo) is None and originals.find(sample_index, zjg) is not None


def test_two_indexes_in_one_folder_keep_their_originals_apart(tmp_path, fake_encoder):
    """Several indexes may share a parent folder (the app's and the evaluator's corpus indexes):
    pruning one must not delete the other's files."""
    first, second = tmp_path / "a", tmp_path / "b"
    ingest(sample_paths()[:1], first, fake_encoder, ChunkerSettings(), progress=False)
    ingest(sample_paths()[1:], second, fake_encoder, ChunkerSettings(), progress=False)
    remove_report(second, next(iter(open_index(second).reports)))
    assert len(list(originals.folder_for(first).iterdir())) == 1
