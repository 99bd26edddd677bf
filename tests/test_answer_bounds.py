"""A threshold passed and the value reached, said at once (「突破500亿元，达532.6亿元」), are one
quantity: the exact value answers; on a report written for this test."""
import pytest

from conftest import asker

REPORT = """东湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
2020年工作回顾
过去一年，全区地区生产总值突破500亿元，达532.6亿元，增长6.1%。进出口总额超过80亿元，占全市比重提高。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2021.txt", REPORT)


def test_a_bound_restated_at_once_as_the_value_reached_answers_with_the_value(ask):
    assert [v.text for v in ask("东湖区2020年地区生产总值是多少？").values] == ["达532.6亿元"]


def test_a_bound_said_alone_still_answers(ask):
    """「超过80亿元」 with no value after it is all the report says."""
    assert [v.text for v in ask("东湖区2020年进出口总额是多少？").values] == ["超过80亿元"]
