"""「多少个」 asked of things a report counts in their own classifier (学位…座, 学校…所). On a district
report and questions written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
新改扩建学校12所，新增公办学位1.8万座。全年新增托位600个。
二、2024年工作安排
持续加大投入，在八大民生领域安排支出96.5亿元，同比增长9.1%。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_a_count_asked_with_ge_is_found_in_the_thing_s_own_classifier(ask):
    assert [v.text for v in ask("东湖区2023年新增了多少个公办学位？").values] == ["1.8万座"]


def test_another_thing_s_count_in_another_classifier_is_not_it(ask):
    """「多少个学位」 is not answered by 「学校12所」, though 所 is a classifier too."""
    assert "12所" not in [v.text for v in ask("东湖区2023年新改扩建学校新增了多少个学位？").values]


def test_per_ten_thousand_yuan_of_gdp_is_no_money_asked():
    """「万元GDP水耗下降多少」 asks a change of a ratio; 万元 there is the denominator, not the unit."""
    from assistant.query import _asks_change, _unit

    assert _unit("东湖区2024年万元GDP水耗计划下降多少？") is None
    assert _asks_change("东湖区2024年万元GDP水耗计划下降多少？")
    assert _unit("东湖区2024年专项资金是多少（万元）？") == "元"


def test_a_noun_after_duoshao_is_no_measure_word(ask):
    """「多少支出」 asks the spending (支出), not a count in 支 (a measure word of teams)."""
    assert [v.text for v in ask("东湖区2024年计划在八大民生领域安排多少支出？").values] == ["96.5亿元"]


def test_the_measure_word_asked_stays_one_before_a_noun():
    """「多少所学校」: jieba's words end after 所, which is the unit asked; 「多少人口」: 人口 is a word."""
    from assistant.query import _unit

    assert _unit("东湖区2023年新建了多少所学校？") == "所"
    assert _unit("东湖区2023年常住人口有多少人口？") is None
