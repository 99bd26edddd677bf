"""A figure that is part of the one before it (「其中高速铁路8951公里」) and an amount compared with the
year before (「比上年增加1500亿元」). On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2014年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2013年工作回顾
2013年，全区新增铁路里程120公里，其中高速铁路85公里。
全年空气质量优良天数达332天，比上年增加18天。
万元GDP能耗、水耗、用地分别下降3.1%、4.2%、6.3%，二氧化硫、氮氧化物排放量分别下降7%和5%，全区PM2.5年均浓度下降9.4%。
二、2014年工作安排
今年拟安排政府债务限额1350亿元，比上年增加150亿元，其中区级债务限额950亿元。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2014.txt", REPORT)


def values(answer):
    """Values without the lead-in word the figure reader keeps (「达332天」)."""
    return [v.text.removeprefix("达") for v in answer.values]


def test_the_part_named_after_its_whole_answers_for_the_part(ask):
    """「其中」 links the figure to the one before; it is no word of what the figure measures."""
    assert values(ask("东湖区2013年新增高速铁路里程多少公里？")) == ["85公里"]


def test_an_amount_compared_with_the_year_before_answers_how_much_more(ask):
    assert values(ask("东湖区2014年政府债务限额拟安排多少？比上年增加多少？")) == ["1350亿元", "150亿元"]


def test_how_many_more_than_the_year_before_asks_the_difference_in_any_unit(ask):
    assert values(ask("东湖区2013年空气质量优良天数有多少天？比上一年多了几天？")) == ["332天", "18天"]


@pytest.mark.parametrize("question, value", [
    ("东湖区2013年万元GDP水耗下降了多少？", "4.2%"),
    ("东湖区2013年万元GDP用地下降了多少？", "6.3%"),
    ("东湖区2013年氮氧化物排放量下降了多少？", "5%"),
    ("东湖区2013年PM2.5年均浓度下降了多少？", "9.4%"),
])
def test_a_value_after_respectively_measures_the_subject_at_its_place(ask, question, value):
    """「能耗、水耗、用地分别下降3.1%、4.2%、6.3%」: the second value is 水耗's, and a value in the
    next clause belongs to no run."""
    assert values(ask(question)) == [value]
