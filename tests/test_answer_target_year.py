"""「到2025年…要达到多少」 asks a target: where no report writes 「到2025年」, the reports written
before that year that name it set it (a term report's 「2025年全区地区生产总值达到800亿元」), and a
figure of a year after all its report covers is a target, whatever its verb. On reports written for
these tests."""
import pytest

from conftest import reports_asker

TERM_2021 = """东湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、“十三五”发展成就和2020年工作回顾
2020年，全区地区生产总值完成520亿元，增长3.1%。
二、“十四五”发展主要目标
锚定高质量发展，着力建设美丽东湖。2025年全区地区生产总值达到800亿元；全社会固定资产投资达到300亿元。
三、2021年重点工作安排
今年全区地区生产总值增长6%左右。
"""
YEAR_2025 = """东湖区2025年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2024年工作回顾
2024年，全区地区生产总值完成700亿元，增长5.5%。
二、2025年工作安排
今年全区地区生产总值增长5%左右，新建公园6个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("东湖区2021年政府工作报告_2021.txt", TERM_2021),
                                            ("东湖区2025年政府工作报告_2025.txt", YEAR_2025)])


def test_a_target_year_no_report_writes_with_到_comes_from_the_report_naming_it(ask):
    answer = ask("东湖区提出到2025年地区生产总值要达到多少？")
    assert [v.text for v in answer.values] == ["达到800亿元"]


def test_the_years_own_figures_still_answer_that_year(ask):
    """No 到: 2025年 is the year asked, its own report answers."""
    answer = ask("东湖区2025年计划新建多少个公园？")
    assert [v.text for v in answer.values] == ["6个"]
