import pytest

from assistant.retrieve import Filters, Retriever
from corpus.load import sample_paths
from conftest import FakeEncoder, build_index


@pytest.fixture
def retriever(backend, tmp_path, fake_encoder):
    return Retriever(build_index(backend, sample_paths(), tmp_path / "index", fake_encoder), encoder_factory=FakeEncoder)


def test_bm25_ranks_the_passage_with_the_case_count_first(retriever):
    hit = retriever.search("张家港查处无证行医案件", k=1, mode="bm25")[0]
    assert "立案查处无证行医案件22起" in hit.chunk.text
    assert hit.chunk.section_path[-1] == "二是 依法严厉打击非法行医行为"


def test_region_filter_keeps_other_reports_out(retriever):
    hits = retriever.search("无证行医案件", k=10, mode="hybrid", filters=Filters(regions=("普陀",)))
    assert hits and {h.report.id for h in hits} == {"putuo-2024"}


def test_year_filter_with_no_report_of_that_year_gives_nothing(retriever):
    assert retriever.search("行政许可", k=5, mode="bm25", filters=Filters(years=(2019,))) == []


def test_dense_and_hybrid_return_cited_chunks(retriever):
    for mode in ("dense", "hybrid"):
        hits = retriever.search("行政复议", k=3, mode=mode)
        assert [h.rank for h in hits] == [1, 2, 3]
        assert all(h.report.text[h.chunk.start:h.chunk.end] == h.chunk.text for h in hits)


def test_unknown_mode_is_a_value_error(retriever):
    with pytest.raises(ValueError, match="unknown retrieval mode"):
        retriever.search("x", mode="magic")


@pytest.fixture
def many_reports(backend, tmp_path, putuo_path, zjg_path, fake_encoder):
    """The seeds and five renamed copies of one: each report a small part of the index, so a
    report-limited dense search scores its rows directly."""
    text = putuo_path.read_text(encoding="utf-8")
    copies = []
    for place in ("静安", "徐汇", "长宁", "虹口", "杨浦"):
        copy = tmp_path / f"{place}-2024.txt"
        copy.write_text(text.replace("普陀", place), encoding="utf-8")
        copies.append(copy)
    index = build_index(backend, [putuo_path, zjg_path, *copies], tmp_path / "idx", fake_encoder)
    return Retriever(index, encoder_factory=FakeEncoder)


@pytest.mark.parametrize("mode", ["bm25", "dense", "hybrid"])
def test_one_search_for_many_reports_gives_each_reports_own_search(many_reports, mode):
    """A question asked of every report is scored once and split by report: each report must get
    exactly the hits (rows, scores, order) a search limited to it gives."""
    ids = sorted(many_reports.index.reports)
    for question in ("无证行医案件多少起", "行政复议", "卫生行政许可2628件", "没有这个词语"):
        grouped = many_reports.search_each(question, ids, k=5, mode=mode)
        for report_id in ids:
            alone = many_reports.search(question, k=5, mode=mode, filters=Filters(report_ids=(report_id,)))
            assert [(h.chunk.start, h.report.id) for h in grouped[report_id]] == \
                [(h.chunk.start, h.report.id) for h in alone], (question, report_id)
            # exactly the same scores from one product; Milvus computes a grouped search its own way
            tolerance = 0 if many_reports.index.backend == "embedded" else 1e-6
            assert [h.score for h in grouped[report_id]] == \
                pytest.approx([h.score for h in alone], rel=tolerance, abs=tolerance), (question, report_id)
