"""A question asked of every report does its per-report work once: the query is encoded once, each
paragraph's figures are read once per opened index, and a report's rows come from one pass over the
chunks — with the same results as before."""
from conftest import FakeEncoder

from assistant.answer import answer_question
from index.figures import report_figures
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


def test_figures_are_read_per_paragraph_found_once_and_are_the_reports_figures(sample_index):
    """A question reads the figures of the paragraphs its hits overlap (not of every report it is
    asked of), keeps them for the next question, and they are exactly the report's figures there."""
    index = open_index(sample_index)
    retriever = _retriever(index)
    report = index.reports["putuo-2024"]
    hits = retriever.search("卫生行政许可", k=2, filters=Filters(report_ids=("putuo-2024",)))
    near = retriever.figures_near(report, hits)
    numbers = {n for _, n in retriever._figures}
    assert near and len(numbers) < len(report.paragraphs)
    assert near == [f for f in report_figures(report) if f.paragraph in numbers]
    again = retriever.figures_near(report, hits)
    assert again == near and all(a is b for a, b in zip(again, near))
    assert _retriever(index).figures_near(report, hits)[0] is not near[0]  # a new retriever (a new generation) reads again


def test_a_report_filter_admits_exactly_that_reports_rows(sample_index):
    index = open_index(sample_index)
    admitted = _retriever(index).allowed_reports(Filters(report_ids=("zhangjiagang-2020",)))
    expected = sorted(r for r, c in index.chunks.items() if c.report_id == "zhangjiagang-2020")
    assert index.allowed_rows(admitted).tolist() == expected
    assert _retriever(index).allowed_reports(Filters(report_ids=("no-such-report",))) == ()


def test_an_opened_index_is_left_out_of_the_collectors_full_passes(sample_index):
    """At 9,000 reports a full collection scanning the opened index's objects paused an answer by
    about 100 ms: the retriever the app and the CLI make for an opened index freezes them."""
    import gc

    from assistant import library
    from assistant.settings import Settings

    gc.unfreeze()
    index = open_index(sample_index)
    report = index.reports["putuo-2024"]
    library.retriever_for(index, Settings(), encoder=FakeEncoder())
    assert gc.get_freeze_count() > 0
    assert not any(obj is report for obj in gc.get_objects())
    gc.unfreeze()
