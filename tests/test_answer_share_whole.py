"""A share asked of one whole (「占GDP的比重」) is not answered by a share of another (「占全社会研发投入
比重」), though that figure's words hold more of the question. On a city report and questions written for
the test."""
import pytest

from conftest import asker

REPORT = """东江市2024年政府工作报告
一、2023年工作回顾
经济运行稳中向好。地区生产总值7000亿元，增长6%。
产业结构不断优化。第三产业增加值占地区生产总值比重达60%。
外贸规模稳步扩大。进出口总额相当于地区生产总值的八成。
消费市场持续回暖。社会消费品零售总额增长8%，对地区生产总值增长贡献明显。
创新能力持续增强。全社会研发投入300亿元、增长10%，占地区生产总值比重提升至4.2%。
全社会研发投入结构持续优化。全社会研发投入中企业研发投入占全社会研发投入比重达92%，基础研究投入占全社会研发投入比重8%。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东江市2024年政府工作报告_2024.txt", REPORT)


def test_a_share_of_another_whole_does_not_answer(ask):
    assert [v.text for v in ask("东江市2023年全社会研发投入占GDP的比重是多少？").values] == ["4.2%"]


def test_a_share_of_the_whole_asked_answers(ask):
    assert [v.text for v in ask("东江市2023年企业研发投入占全社会研发投入的比重是多少？").values] == ["达92%"]
