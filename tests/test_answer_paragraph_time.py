"""A paragraph's first sentence can set the time of the figures after it: a five-year report's
targets (「总体目标是：到2020年，…。地区生产总值达到4100亿元以上」) stand under its review heading, and a
question about the year reviewed must get the year's own value; on a report written for the test."""
import pytest

from conftest import asker

REPORT = """东湖区人民政府工作报告
各位代表：现在，我代表东湖区人民政府，向大会报告工作。
过去五年工作回顾
2015年，面对复杂形势，我们稳中求进。全年实现地区生产总值2641亿元，增长9.0%。
今后五年区政府工作的总体目标是：到2020年，基本建成现代化城区。地区生产总值达到4100亿元以上，居民可支配收入达5.5万元。
确保经济运行安全。全年实现进出口总额605亿元，增长11.9%。
五年来，一般公共预算收入从2011年80亿元增长到2015年120亿元。
税收收入由2011年的50亿元增加至2015年的90亿元，年均增长15.8%。全年税收收入增长6.5%。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2016.txt", REPORT)


def test_a_target_set_by_its_paragraphs_first_sentence_does_not_answer_for_the_year_reviewed(ask):
    assert [v.text for v in ask("东湖区2015年地区生产总值是多少？").values] == ["2641亿元"]


def test_a_lead_sentence_of_intent_does_not_make_a_paragraphs_figures_plans(ask):
    """「确保…」 heads what was done; only a time set (目标是, 到2020年, 预期) carries over."""
    assert [v.text for v in ask("东湖区2015年进出口总额是多少？").values] == ["605亿元"]


def test_a_year_reached_is_not_a_target(ask):
    """「增长到2015年120亿元」 in a report reviewing 2015 is what was reached; 「到2020年」 ahead of it sets one."""
    assert [v.text for v in ask("东湖区2015年一般公共预算收入是多少？").values] == ["120亿元"]


def test_a_mean_over_years_is_no_years_change(ask):
    """「年均增长15.8%」 beside the year's value is a mean over five years; 比上年 asks the year's own."""
    answer = ask("东湖区2015年税收收入是多少？比上年增长多少？")
    assert [v.text for v in answer.values] == ["90亿元", "6.5%"]
