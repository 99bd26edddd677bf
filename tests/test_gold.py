"""The gold-set format: other teams write these files by hand, so every mistake must be pointed at."""
import json

import pytest

from eval.gold import (DuplicateQuestion, GoldDraft, GoldError, append_item, draft_from_answer, load_gold,
                       parse_gold, sample_gold_path, to_line)
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

    settings = Settings(index_dir=sample_index, model=fake_encoder.name)
    index = library.load_index(settings)
    retriever = library.retriever_for(index, settings, encoder=fake_encoder)
    path = tmp_path / "mine.jsonl"
    answer = library.ask(settings, index, retriever, "普陀区作出了多少件卫生行政许可？")
    first = append_item(path, draft_from_answer(answer, index.reports))
    abstained = library.ask(settings, index, retriever, "普陀区卫健委2024年的财政预算是多少？")
    proposed = draft_from_answer(abstained, index.reports)
    second = append_item(path, proposed)
    items = load_gold(path)
    assert [i.id for i in items] == [first.id, second.id] == ["ui-001", "ui-002"]
    assert items[0].type == "figure" and items[0].answers == ["2628件"]
    assert items[0].evidence[0].report == "普陀区" and "2628件" in items[0].evidence[0].quote
    assert proposed.type == "unanswerable" and items[1].evidence == []


def draft(question: str = "普陀区作出了多少件卫生行政许可？", **changes) -> GoldDraft:
    return GoldDraft(type="figure", question=question, answers=["2628件"],
                     evidence=[{"report": "普陀", "quote": "作出卫生行政许可2628件"}]).model_copy(update=changes)


def test_line_separators_inside_a_line_round_trip(tmp_path):
    """U+2028/U+2029/U+0085 are text to a gold file: a line holding them is written escaped and
    read back whole, and a hand-written file holding them raw reads too."""
    path = tmp_path / "ls.jsonl"
    question = "普陀区\u2028作出了\u2029多少件\x85卫生行政许可？"
    item = append_item(path, draft(question))
    raw = path.read_text(encoding="utf-8")
    assert raw.count("\n") == 1 and "\u2028" not in raw and "\\u2028" in raw
    assert load_gold(path)[0].question == question
    assert parse_gold(to_line(item).replace("\\u2028", "\u2028") + "\n")[0].question == question


def test_deeply_nested_json_is_a_per_line_error():
    """「[[[[…」 is one bad line with its number, not a RecursionError that kills the reader."""
    found = problems(lines(GOOD, "[" * 100_000, {"id": "x", "type": "figure", "question": "？"},
                           '{"id": ' + "9" * 5000 + "}"))
    assert [n for n, _ in found] == [2, 4]
    assert "nested too deeply" in found[0][1] and "not readable" in found[1][1]


def test_a_question_already_in_the_file_is_refused(tmp_path):
    """The same question (up to spacing) is not added twice; the file keeps one line."""
    path = tmp_path / "dup.jsonl"
    first = append_item(path, draft())
    with pytest.raises(DuplicateQuestion) as err:
        append_item(path, draft(" 普陀区作出了多少件卫生行政许可？ ", answers=["1件"]))
    assert err.value.item_id == first.id and len(load_gold(path)) == 1


def test_a_file_without_a_final_newline_gets_its_own_line(tmp_path):
    path = tmp_path / "hand.jsonl"
    path.write_text(lines(GOOD), encoding="utf-8")
    item = append_item(path, draft("张家港立案查处无证行医案件多少起？"))
    assert [i.id for i in load_gold(path)] == ["pt-01", item.id]


def test_a_symlink_is_not_followed(tmp_path):
    """Writing through a link could append to any file the link names; it is refused instead."""
    target = tmp_path / "elsewhere.jsonl"
    target.write_text(lines(GOOD) + "\n", encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(target)
    with pytest.raises(OSError):
        append_item(tmp_path / "link.jsonl", draft("张家港立案查处无证行医案件多少起？"))
    assert target.read_text(encoding="utf-8") == lines(GOOD) + "\n"


def test_every_problem_is_also_said_in_chinese():
    """The app shows a refused file's problems to staff who read Chinese; the CLI keeps English."""
    with pytest.raises(GoldError) as err:
        parse_gold(lines(GOOD, {k: v for k, v in GOOD.items() if k != "question"} | {"id": "x"}, "{",
                         GOOD | {"id": "y", "extra": 1}, GOOD))
    assert err.value.problems_zh == [(2, "question：缺少这个字段"), (3, "不是有效的 JSON（第 2 列附近）"),
                                     (4, "extra：不认识这个字段"), (5, "id 'pt-01' 与第 1 行重复")]
