"""A figure of one year is the year's own report's to give, not the report of a new congress given the
same year, which tells its five years (「由…增长至…」) — on reports written for these tests."""
import pytest

from conftest import reports_asker

TERM = """北湖区政府工作报告（第七届人民代表大会第一次会议）
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
创新动能持续增强。
国家级孵化器由2家增加至14家，专利授权总量由1.2万件增长至4.6万件，全市第一。
二、今后五年政府工作安排
专利授权总量年均增长10%。
"""
YEAR = """北湖区2021年政府工作报告（第六届人民代表大会第七次会议）
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作回顾
2020年全区专利授权数总量达11230件，同比增长18%。新增国家高新技术企业300家。
二、2021年工作安排
新增国家高新技术企业200家。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("北湖区政府工作报告（第七届人民代表大会第一次会议）_2021.txt", TERM),
                                            ("北湖区2021年政府工作报告_2021.txt", YEAR)])


def test_one_years_figure_comes_from_that_years_report(ask):
    answer = ask("北湖区2020年专利授权总量是多少件？")
    assert [v.text.removeprefix("达") for v in answer.values] == ["11230件"]


def test_the_five_years_are_still_the_term_reports(ask):
    """Asked of the span, the term's report answers (the year's report does not say it)."""
    answer = ask("北湖区过去五年专利授权总量增长到多少件？")
    assert [v.text for v in answer.values] == ["4.6万件"]
