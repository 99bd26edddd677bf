"""Measures from the part of a report the question's time asks, on a yearly review written for these
tests: its plans for next year sit in the last paragraph of a review chapter, not under a heading."""
import pytest

from assistant.answer import answer_question
from assistant.retrieve import Retriever
from conftest import BACKENDS, FakeEncoder, build_index

REPORT = """东湖区卫生健康委员会2020年法治政府建设工作报告
一、健全工作机制，组织保障进一步加强
一是加强组织领导，成立法治建设领导小组。二是制定年度计划，明确责任分工。
二、优化营商环境，审批服务进一步提速
一是打造一流的审批服务环境，许可事项全部网上办理。
二是打造一流的监管执法环境，推行柔性执法。
三是打造一流的信用服务环境，实施信用修复。
三、下一步工作
2020年，我委在依法行政方面做了一些工作，但仍有差距。2021年，我委将持续加强依法行政能力建设。一是深化审批制度改革。二是推进镇域综合执法。三是加强重点领域监管。
"""


@pytest.fixture(scope="module", params=BACKENDS)
def ask(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts")
    path = folder / "东湖区卫健委2020年法治政府建设工作报告.txt"
    path.write_text(REPORT, encoding="utf-8")
    index = build_index(request.param, [path], folder / "index", FakeEncoder())
    retriever = Retriever(index, encoder_factory=FakeEncoder)
    return lambda q: answer_question(q, index, retriever, mode="bm25")


def titles(answer):
    """Each item by its heading: its first clause (an item shows its first sentence)."""
    return [m.title.split(" ", 1)[-1].split("，")[0] for m in answer.measures]


def test_next_year_is_answered_from_the_paragraph_naming_it(ask):
    """「2021年，我委将…一是…」 closes a chapter: its own year, planned, makes it the plan part."""
    assert titles(ask("东湖区明年打算怎么做？")) == ["深化审批制度改革", "推进镇域综合执法", "加强重点领域监管"]


def test_which_ones_gets_the_whole_run_of_items_across_paragraphs(ask):
    """The best item and the siblings of its run (一是, 二是, 三是 in three paragraphs) all answer 「哪几方面」."""
    answer = ask("东湖区在营商环境上打造了哪几方面的一流环境？")
    assert titles(answer) == ["打造一流的审批服务环境", "打造一流的监管执法环境", "打造一流的信用服务环境"]


def test_an_item_shows_its_first_sentence(ask):
    """「一是打造一流的审批服务环境，许可事项全部网上办理。」: the whole sentence, not the clause before its comma."""
    answer = ask("东湖区在营商环境上打造了哪几方面的一流环境？")
    assert answer.measures[0].title == "一是 打造一流的审批服务环境，许可事项全部网上办理"
