"""A change verb asking 多少 of a noun (「降低了多少成本」) asks the amount moved, not a rate; the figure of
the thing 多少 counts is preferred only when it is of the year and tense asked. On a district report and
questions written for these tests."""
import pytest

from conftest import asker

REPORT = """西湖区2024年政府工作报告
一、2023年工作回顾
全面落实助企纾困政策，累计为企业降低成本35.6亿元，企业综合成本下降8.2%。全年为企业减免税收12亿元。
二、2024年工作安排
优化营商环境，力争为企业减免各类税费20亿元。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", REPORT)


def test_a_noun_after_the_change_verb_asks_the_amount(ask):
    """「降低了多少成本」: the cost taken off (35.6亿元), not how far it fell (8.2%)."""
    assert [v.text for v in ask("西湖区2023年为企业降低了多少成本？").values] == ["35.6亿元"]


def test_a_change_verb_alone_still_asks_the_rate():
    from assistant.query import _asks_change

    assert _asks_change("西湖区2023年企业综合成本下降了多少？")
    assert not _asks_change("西湖区2023年为企业降低了多少成本？")


def test_the_counted_thing_in_another_year_leaves_the_other_figures(ask):
    """「多少税费」 names 税费, said only in the plan for 2024; the 2023 question takes the review's figure
    saying the thing in other words (减免税收)."""
    assert [v.text for v in ask("西湖区2023年全年为企业减免了多少税费？").values] == ["12亿元"]
