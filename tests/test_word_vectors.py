"""Word vectors fitted on the indexed reports (index/word_vectors.py): what the reports' own usage
says a word is near, kept with the index and fitted again only when the index has moved."""
import numpy as np
import pytest

from corpus.chunk import ChunkerSettings
from corpus.load import sample_paths
from index import word_vectors
from index.build import ingest, needs_upgrade
from index.store import open_index
from index.tokenize import Tokenizer


@pytest.fixture(scope="module")
def vectors(putuo, zjg):
    """Fitted on the two sample reports, with the floor of words lowered for so small a corpus."""
    return word_vectors.fit(word_vectors.texts_of({1: putuo, 2: zjg}, 100, Tokenizer().tokenize), 1, fewest=100)


def test_a_word_lies_near_the_words_the_reports_use_it_with(vectors):
    """In the health commissions' reports 普法 is done by 宣传, not by 罚款; 罚款 goes with 没收."""
    assert vectors.similarity(["普法"], ["宣传"]) > vectors.similarity(["普法"], ["罚款"]) + 0.1
    assert vectors.similarity(["罚款"], ["没收"]) > vectors.similarity(["罚款"], ["宣传"]) + 0.1


def test_one_corpus_gives_one_fit(vectors, putuo, zjg):
    again = word_vectors.fit(word_vectors.texts_of({1: putuo, 2: zjg}, 100, Tokenizer().tokenize), 1, fewest=100)
    assert again.words == vectors.words and np.allclose(again.vectors, vectors.vectors)


def test_words_never_seen_add_nothing(vectors):
    assert vectors.similarity(["未见之词甲"], ["宣传"]) == 0.0
    assert vectors.of(["未见之词甲", "普法"]) @ vectors.of(["普法"]) == pytest.approx(1.0, abs=1e-5)


def test_too_small_a_corpus_gets_no_vectors(putuo):
    """One report holds too few words seen often enough for their company to mean anything."""
    fitted = word_vectors.fit(word_vectors.texts_of({1: putuo}, 100, Tokenizer().tokenize), 1)
    assert fitted.words == () and fitted.similarity(["普法"], ["宣传"]) == 0.0


def test_a_large_index_is_fitted_on_every_nth_report(putuo, zjg, monkeypatch):
    """Past ``MOST_CHUNKS`` chunks the fit reads a stride of the reports, not all of them."""
    monkeypatch.setattr(word_vectors, "MOST_CHUNKS", 50)
    reports = {n: (putuo, zjg)[n % 2] for n in range(4)}
    assert len(word_vectors.texts_of(reports, 200, Tokenizer().tokenize)) == \
        len(word_vectors.texts_of({0: putuo}, 1, Tokenizer().tokenize))


def test_fitted_again_only_when_the_index_has_moved_a_tenth(vectors):
    from dataclasses import replace

    at_100 = replace(vectors, fitted_on=100)
    assert not word_vectors.stale(at_100, 105) and not word_vectors.stale(at_100, 92)
    assert word_vectors.stale(at_100, 112) and word_vectors.stale(at_100, 88)
    assert word_vectors.stale(None, 1)


def test_kept_beside_the_index_and_read_back(tmp_path, fake_encoder, monkeypatch):
    """Saved with the index, opened with it; an index saved before it had them is upgraded."""
    monkeypatch.setattr(word_vectors, "FEWEST_WORDS", 100)
    folder = tmp_path / "index"
    ingest(sample_paths(), folder, fake_encoder, ChunkerSettings(), progress=False)
    index = open_index(folder)
    assert index.words is not None and len(index.words.words) > 100
    assert index.words.fitted_on == len(index.chunks)
    from assistant.retrieve import Retriever

    retriever = Retriever(index, encoder_factory=lambda: fake_encoder)
    assert retriever.word_likeness(["普法"], "履行谁执法谁普法责任，开展法治宣传") > 0.1
    from assistant.answer_measures import outlines

    report = next(iter(index.reports.values()))
    near = retriever.section_likeness(["普法"], report, outlines)
    assert set(near) == {s.path for s in report.sections} and max(near.values()) > 0.1
    (folder / word_vectors.FILE).unlink()
    assert needs_upgrade(folder)
    without = Retriever(open_index(folder), encoder_factory=lambda: fake_encoder)
    assert without.word_likeness(["普法"], "法治宣传") == 0.0
    assert without.section_likeness(["普法"], report, outlines) == {}


def test_a_save_that_does_not_refit_links_the_vectors_it_read(tmp_path, fake_encoder, monkeypatch, zjg_path):
    """Removing one report of two moves the chunk count by more than a tenth: fitted again. Adding
    nothing new moves nothing: the next generation links the same file, written once."""
    import os

    from index.build import remove_report

    monkeypatch.setattr(word_vectors, "FEWEST_WORDS", 100)
    folder = tmp_path / "index"
    ingest(sample_paths(), folder, fake_encoder, ChunkerSettings(), progress=False)
    first = os.stat(folder / word_vectors.FILE).st_ino
    ingest([zjg_path], folder, fake_encoder, ChunkerSettings(), progress=False)  # unchanged: not saved
    index = open_index(folder)
    from index.store import save_index

    save_index(index, folder)
    assert os.stat(folder / word_vectors.FILE).st_ino == first
    remove_report(folder, next(iter(index.reports)))
    assert os.stat(folder / word_vectors.FILE).st_ino != first
    assert open_index(folder).words.fitted_on == len(open_index(folder).chunks)
