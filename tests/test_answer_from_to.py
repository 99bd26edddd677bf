"""「从多少涨到了多少」 asks two values: where a quantity started and where it reached. On a district
report written for this test."""
import pytest

from assistant.query import _from_to
from conftest import asker

REPORT = """东湖区2021年政府工作报告
一、过去五年工作回顾
五年来，地区生产总值从1200亿元增至1650亿元，年均增长6.6%。
二、今后五年的主要任务
地区生产总值年均增长6%。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2021年政府工作报告_2021.txt", REPORT)


def test_from_how_much_to_how_much_is_two_asks():
    assert _from_to("GDP从多少涨到了多少") == ["GDP从多少", "GDP涨到多少"]
    assert _from_to("GDP涨到了多少") == ["GDP涨到了多少"]


def test_the_start_and_the_level_reached_are_both_answered(ask):
    answer = ask("东湖区过去五年GDP从多少涨到了多少？")
    assert [v.text for v in answer.values] == ["1200亿元", "1650亿元"]


def test_a_change_asked_of_nothing_named_is_not_answered(ask):
    """「从多少涨到了多少？」 or 「增长了多少？」 names no quantity: any figure's change would do, so the
    answer says what is missing instead of picking one."""
    for question in ("从多少涨到了多少？", "比上年增长了多少？", "涨了多少？"):
        answer = ask(question)
        assert answer.abstained and not answer.values and "哪一项" in answer.text
