"""The web app's shared state: it follows changes other processes make to the index, and a question
is not held up behind a whole report being encoded (issue 11)."""
import threading

import numpy as np

from assistant.settings import Settings
from corpus.chunk import ChunkerSettings
from index.build import ingest, remove_report
from assistant.serial_encoder import SerialEncoder
from ui.context import AppContext


def test_the_app_sees_an_ingest_made_outside_it(sample_index, zjg_path, fake_encoder):
    """`reportqa ingest` while `reportqa serve` runs: the next question is answered from the new index."""
    ctx = AppContext.open(Settings(index_dir=sample_index, model=fake_encoder.name), encoder=fake_encoder)
    before, _ = ctx.snapshot()
    assert ctx.snapshot()[0] is before  # nothing changed on disk: the same index, not re-opened
    remove_report(sample_index, "zhangjiagang-2020")  # as another process would: not through ctx
    index, retriever = ctx.snapshot()
    assert set(index.reports) == {"putuo-2024"} and retriever.index is index
    ingest([zjg_path], sample_index, fake_encoder, ChunkerSettings(), progress=False)
    assert set(ctx.index.reports) == {"putuo-2024", "zhangjiagang-2020"}
    assert ctx.index.manifest.generation == before.manifest.generation + 2


class _Recording:
    """Records each call; the first passage batch blocks until released, like a slow encoder."""

    name, dim = "recording", 4

    def __init__(self):
        self.calls: list[str] = []
        self.in_first_batch = threading.Event()
        self.release = threading.Event()

    def encode(self, texts, kind="passage"):
        if kind == "passage" and not self.calls:
            self.in_first_batch.set()
            self.release.wait(timeout=30)
        self.calls.append(f"{kind}:{len(texts)}")
        return np.ones((len(texts), self.dim), dtype=np.float32)


def test_a_question_waits_for_one_batch_not_for_the_whole_report():
    inner = _Recording()
    encoder = SerialEncoder(inner, batch_size=32)
    report = threading.Thread(target=encoder.encode, args=(["段落"] * 32 * 5,))
    report.start()
    assert inner.in_first_batch.wait(timeout=30)
    question = threading.Thread(target=encoder.encode, args=(["问题"],), kwargs={"kind": "query"})
    question.start()
    for _ in range(3000):  # until the question is queued behind the batch in progress
        if encoder._questions_waiting:
            break
        question.join(timeout=0.01)
    assert encoder._questions_waiting == 1
    inner.release.set()
    report.join()
    question.join()
    assert inner.calls == ["passage:32", "query:1", "passage:32", "passage:32", "passage:32", "passage:32"]


def test_batches_are_put_back_together_in_order(fake_encoder):
    texts = [f"第{i}段文字" for i in range(70)]
    assert np.array_equal(SerialEncoder(fake_encoder, batch_size=32).encode(texts), fake_encoder.encode(texts))

