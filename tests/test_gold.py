"""The gold-set format: other teams write these files by hand, so every mistake must be pointed at."""
import json

import pytest

from eval.gold import GoldError, load_gold, parse_gold, sample_gold_path
from eval.run import QuoteFinder

GOOD = {"id": "pt-01", "type": "figure", "question": "普陀区对卫生违法行为立案处罚了多少件，其中罚款多少件？",
        "answers": ["262件", "216件"], "evidence": [{"report": "普陀", "quote": "立案处罚262件，其中警告46件，罚款216件"}]}


def lines(*objects) -> str:
    return "\n".join(o if isinstance(o, str) else json.dumps(o, ensure_ascii=False) for o in objects)


def problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(GoldError) as err:
        parse_gold(text)
    return err.value.problems


def test_the_issue_example_parses():
    [item] = parse_gold(lines(GOOD))
    assert item.answers == ["262件", "216件"] and item.evidence[0].report == "普陀"


def test_missing_field_names_its_line():
    bad = {k: v for k, v in GOOD.items() if k != "question"} | {"id": "x"}
    assert problems(lines(GOOD, bad)) == [(2, "question: missing field")]


def test_unknown_type_names_the_allowed_ones():
    [(line, msg)] = problems(lines(GOOD, GOOD | {"id": "x", "type": "number"}))
    assert line == 2 and "figure, measure, fact, unanswerable" in msg and "'number'" in msg


def test_bad_json_and_unknown_key_are_both_reported():
    """A file is refused as a whole, and every bad line is listed, not just the first."""
    found = problems(lines('{"id": "a", "type": ', GOOD, GOOD | {"id": "y", "answer": "262件"}))
    assert [n for n, _ in found] == [1, 3]
    assert "not valid JSON" in found[0][1] and found[1][1] == "answer: unknown key"


def test_unknown_key_inside_evidence():
    bad = GOOD | {"evidence": [{"report": "普陀", "quote": "…", "page": 3}]}
    assert problems(lines(bad)) == [(1, "evidence.0.page: unknown key")]


def test_duplicate_id():
    assert problems(lines(GOOD, "", GOOD)) == [(3, "id 'pt-01' already used on line 1")]


def test_unanswerable_with_answers_is_refused():
    [(line, msg)] = problems(lines({"id": "u", "type": "unanswerable", "question": "？", "answers": ["1件"]}))
    assert line == 1 and "unanswerable" in msg


def test_missing_file_is_a_gold_error(tmp_path):
    with pytest.raises(GoldError, match="file not found"):
        load_gold(tmp_path / "nope.jsonl")


def test_sample_gold_set_is_complete_and_its_quotes_exist(putuo, zjg):
    """Every quote of the bundled gold set is in the report it names, as the issue asks."""
    items = load_gold(sample_gold_path())
    kinds = [i.type for i in items]
    assert len(items) >= 60 and kinds.count("unanswerable") >= 8
    assert {"figure", "measure", "fact"} <= set(kinds)
    assert QuoteFinder([putuo, zjg]).missing(items) == []


def test_an_accepted_answer_becomes_a_valid_gold_line(sample_index, fake_encoder, tmp_path):
    """「加入评测集」 writes lines that the evaluator itself accepts, each with a fresh id."""
    from assistant import library
    from assistant.settings import Settings
    from eval.gold import append_item

    settings = Settings(index_dir=sample_index, model=fake_encoder.name)
    index = library.load_index(settings)
    retriever = library.retriever_for(index, settings, encoder=fake_encoder)
    path = tmp_path / "mine.jsonl"
    first = append_item(path, library.ask(settings, index, retriever, "普陀区作出了多少件卫生行政许可？"), index.reports)
    second = append_item(path, library.ask(settings, index, retriever, "普陀区卫健委2024年的财政预算是多少？"),
                         index.reports)
    items = load_gold(path)
    assert [i.id for i in items] == [first.id, second.id] == ["ui-001", "ui-002"]
    assert items[0].type == "figure" and items[0].answers == ["2628件"]
    assert items[0].evidence[0].report == "普陀区" and "2628件" in items[0].evidence[0].quote
    assert items[1].type == "unanswerable" and items[1].evidence == []
