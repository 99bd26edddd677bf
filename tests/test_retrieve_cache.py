"""A question asked of every report does its per-report work once: the query is encoded once, each
report's figures are read once per opened index, and a report's rows come from one pass over the
chunks — with the same results as before."""
from conftest import FakeEncoder

from assistant.answer import answer_question
from assistant.figures import report_figures
from assistant.retrieve import Filters, Retriever
from index.store import open_index


class CountingEncoder(FakeEncoder):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def encode(self, texts, kind="passage"):
        self.calls += 1
        return super().encode(texts, kind)


def _retriever(index, encoder=None):
    encoder = encoder or FakeEncoder()
    return Retriever(index=index, encoder_factory=lambda: encoder, _encoder=encoder)


def test_a_question_over_every_report_is_encoded_once(sample_index):
    encoder = CountingEncoder()
    index = open_index(sample_index)
    answer_question("作出了多少件卫生行政许可？", index, _retriever(index, encoder))
    assert encoder.calls == 1 and len(index.reports) == 2


def test_figures_are_read_once_and_are_the_reports_figures(sample_index):
    index = open_index(sample_index)
    retriever = _retriever(index)
    report = index.reports["putuo-2024"]
    first = retriever.figures_of(report)
    assert first is retriever.figures_of(report)
    assert [(f.start, f.value, f.unit) for f in first] == [(f.start, f.value, f.unit) for f in report_figures(report)]
    assert _retriever(index).figures_of(report) is not first  # a new retriever (a new generation) reads again


def test_a_report_filter_admits_exactly_that_reports_rows(sample_index):
    index = open_index(sample_index)
    admitted = _retriever(index).allowed_reports(Filters(report_ids=("zhangjiagang-2020",)))
    expected = sorted(r for r, c in index.chunks.items() if c.report_id == "zhangjiagang-2020")
    assert index.allowed_rows(admitted).tolist() == expected
    assert _retriever(index).allowed_reports(Filters(report_ids=("no-such-report",))) == ()
