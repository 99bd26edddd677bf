"""「加入评测集」 as the issue found it broken: paths typed in the browser, failed answers saved as
gold ``unanswerable`` lines, silent duplicates, other files' keys in error messages."""
import html
import json
import re
from pathlib import Path

import pytest

from assistant.answer import Answer, Citation, Value
from eval.gold import load_gold
from ui.add_gold import answer_choices, form_for, save
from ui.gold_files import GoldFolder

CITATION = Citation(marker=1, report_id="putuo-2024", report_title="普陀区报告", region="普陀区", year=2024,
                    section_path=["一、主要举措"], paragraph=2, start=10, end=30, quote="作出卫生行政许可2628件")
FIGURE = Answer(question="普陀区作出了多少件卫生行政许可？", intent="figure", text="普陀区：2628件[1]",
                values=[Value(text="2628件", metric="卫生行政许可", value=2628, unit="件", qualifier="",
                              normalized=2628, base_unit="件", report_id="putuo-2024", citation=1)],
                citations=[CITATION]).model_dump(mode="json")
ABSTAINED = Answer(question="普陀区卫健委2024年的财政预算是多少？", intent="figure", abstained=True,
                   text="所选报告中未找到关于「财政预算」的内容。", leads=[CITATION]).model_dump(mode="json")


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


@pytest.fixture
def folder(home) -> GoldFolder:
    return GoldFolder.beside(home / "index")


def add(folder, kept, number, kind, expected, name="mine", confirmed=False) -> str:
    """The status as the page shows it (the Markdown's escapes undone)."""
    markdown = save(folder, kept, number, kind, expected, confirmed, name, reports={})
    assert "<" not in markdown  # whatever was typed, the status holds no markup
    return html.unescape(re.sub(r"\\(.)", r"\1", markdown))


def files_under(root) -> set:
    return {p for p in root.rglob("*")}


@pytest.mark.parametrize("name", ["../x", "../../x.jsonl", "/etc/passwd", "/tmp/reportqa-test-gold.jsonl",
                                  "sub/x", "..\\x"])
def test_a_path_is_refused_and_nothing_is_written(folder, home, tmp_path, name):
    before = files_under(tmp_path)
    message = add(folder, [FIGURE], 0, "figure", "2628件", name=name)
    assert message.startswith("未加入") and "文件名" in message
    assert files_under(tmp_path) == before
    assert not Path("/etc/passwd.jsonl").exists() and not Path("/tmp/reportqa-test-gold.jsonl").exists()


def test_a_plain_name_writes_inside_the_gold_folder(folder):
    message = add(folder, [FIGURE], 0, "figure", "2628件", name="mine")
    assert message.startswith("已加入 ui-001") and "mine.jsonl" in message
    [item] = load_gold(folder.path / "mine.jsonl")
    assert item.answers == ["2628件"] and item.evidence[0].quote == "作出卫生行政许可2628件"
    assert folder.names() == ["mine.jsonl"]


def test_a_duplicate_question_is_refused_with_a_message(folder):
    add(folder, [FIGURE], 0, "figure", "2628件")
    message = add(folder, [FIGURE], 0, "figure", "2628件")
    assert "已有这个问题" in message and "ui-001" in message
    assert len(load_gold(folder.path / "mine.jsonl")) == 1


def test_an_abstention_is_not_saved_as_unanswerable_without_confirmation(folder):
    """A failed answer saved as 'unanswerable' would then score 100 %: the person must confirm."""
    kept = [FIGURE, ABSTAINED]
    assert form_for(kept, 1, {}) == (ABSTAINED["question"], "unanswerable", "", False)
    message = add(folder, kept, 1, "unanswerable", "")
    assert "请勾选确认" in message and not (folder.path / "mine.jsonl").exists()
    assert add(folder, kept, 1, "unanswerable", "", confirmed=True).startswith("已加入")
    [item] = load_gold(folder.path / "mine.jsonl")
    assert item.type == "unanswerable" and item.question == ABSTAINED["question"]


def test_an_abstention_can_be_saved_with_the_value_the_reports_do_give(folder):
    """The person corrects the type and the expected value; a failure becomes a real test."""
    assert add(folder, [ABSTAINED], 0, "figure", "  120万元 \n\n").startswith("已加入")
    [item] = load_gold(folder.path / "mine.jsonl")
    assert (item.type, item.answers, item.evidence) == ("figure", ["120万元"], [])


def test_an_earlier_answer_can_be_picked_and_its_values_edited(folder):
    kept = [FIGURE, ABSTAINED]
    assert [n for _, n in answer_choices(kept)] == [0, 1]
    assert form_for(kept, 0, {})[1:] == ("figure", "2628件", False)
    assert add(folder, kept, 0, "figure", "2628件\n262件").startswith("已加入")
    [item] = load_gold(folder.path / "mine.jsonl")
    assert item.question == FIGURE["question"] and item.answers == ["2628件", "262件"]


@pytest.mark.parametrize("kind, expected, message", [("figure", " \n", "至少一个期望答案"),
                                                     ("unanswerable", "2628件", "不填期望答案"),
                                                     (None, "2628件", "请选择类型")])
def test_an_incomplete_form_is_refused(folder, kind, expected, message):
    assert message in add(folder, [FIGURE], 0, kind, expected, confirmed=True)
    assert folder.names() == []


def test_no_answer_picked(folder):
    assert "还没有回答" in add(folder, [], None, "figure", "1件")
    assert "请先选择" in add(folder, [FIGURE], 3, "figure", "1件")


def test_another_files_contents_never_reach_the_message(folder):
    """A .jsonl that is not a gold set is named by its bad line numbers only, never its keys."""
    folder.path.mkdir(parents=True)
    other = folder.path / "other.jsonl"
    other.write_text(json.dumps({"secret_key": "hunter2", "api_token": "t0k3n"}) + "\n", encoding="utf-8")
    before = other.read_bytes()
    message = add(folder, [FIGURE], 0, "figure", "2628件", name="other")
    assert "不是有效的评测集文件" in message and "第 1 行" in message
    assert not any(word in message for word in ("secret_key", "hunter2", "api_token", "unknown key"))
    assert other.read_bytes() == before


def test_markup_in_a_question_is_stored_as_typed(folder):
    hostile = dict(FIGURE, question="<img src=http://127.0.0.1:9/q.png>多少件？")
    assert "文件名" in add(folder, [hostile], 0, "figure", "1件", name="<img src=x>")
    assert add(folder, [hostile], 0, "figure", "1件", name="img").startswith("已加入")
    assert load_gold(folder.path / "img.jsonl")[0].question == hostile["question"]
