import re

import pytest
from pydantic import ValidationError

from corpus.chunk import ChunkerSettings, chunk_report, first_sentence, pieces

UNIT_AFTER_NUMBER = re.compile(r"^[件起户人次万元%项家条个份名亿]")


@pytest.mark.parametrize("size", [50, 80, 120, 300])
def test_no_boundary_between_a_number_and_its_unit(putuo, zjg, size):
    for report in (putuo, zjg):
        for chunk in chunk_report(report, ChunkerSettings(chunk_size=size, chunk_overlap=size // 4)):
            before = report.text[chunk.end - 1] if chunk.end > 0 else ""
            after = report.text[chunk.end:chunk.end + 1]
            assert not (before.isdigit() and (after.isdigit() or UNIT_AFTER_NUMBER.match(after))), chunk.text


def test_chunks_end_at_sentence_ends_when_sentences_fit(putuo):
    for chunk in chunk_report(putuo, ChunkerSettings(chunk_size=200, chunk_overlap=40)):
        assert chunk.text[-1] in "。！？；：”）" or len(chunk.text) > 150, chunk.text


def test_an_item_that_fits_stays_whole(putuo):
    chunks = chunk_report(putuo, ChunkerSettings())
    item = [c for c in chunks if c.section_path[-1:] == ("二是 全力打击无证行医",)]
    assert len(item) == 1
    assert item[0].text.startswith("二是全力打击无证行医。") and item[0].text.endswith("召开全区打非会议1次。")


def test_chunk_text_is_the_report_span(putuo):
    for chunk in chunk_report(putuo, ChunkerSettings(chunk_size=100, chunk_overlap=20)):
        assert putuo.text[chunk.start:chunk.end] == chunk.text


def test_chunking_is_deterministic(putuo):
    a = chunk_report(putuo, ChunkerSettings(chunk_size=120, chunk_overlap=30))
    b = chunk_report(putuo, ChunkerSettings(chunk_size=120, chunk_overlap=30))
    assert [c.id for c in a] == [c.id for c in b] and len({c.id for c in a}) == len(a)


def test_overlap_repeats_trailing_sentences(putuo):
    chunks = [c for c in chunk_report(putuo, ChunkerSettings(chunk_size=120, chunk_overlap=60)) if c.paragraph == 2]
    assert any(b.start < a.end for a, b in zip(chunks, chunks[1:]))


def test_overlap_must_be_below_size():
    with pytest.raises(ValidationError, match="chunk_overlap"):
        ChunkerSettings(chunk_size=100, chunk_overlap=100)


def test_first_sentence_is_the_first_piece_of_a_paragraph(putuo, zjg):
    """A paragraph's opening sentence sets the time of what follows; it is found without
    splitting the whole paragraph, and must be the sentence the splitter would give (neither
    sample report opens a paragraph with an address)."""
    for report in (putuo, zjg):
        for para in report.paragraphs:
            assert first_sentence(report.text, para.start, para.end) == pieces(report.text, para.start, para.end, 10_000)[0]


def test_an_address_opening_a_paragraph_is_not_its_first_sentence():
    """「各位代表！」 says nothing of what the paragraph is about: listed as a lead it was an item."""
    text = "各位代表！回顾五年工作，成绩来之不易。我们深深体会到。"
    start, end = first_sentence(text, 0, len(text))
    assert text[start:end] == "回顾五年工作，成绩来之不易。"
    alone = "各位代表！"
    assert first_sentence(alone, 0, len(alone)) == (0, len(alone))  # nothing after it: what there is
