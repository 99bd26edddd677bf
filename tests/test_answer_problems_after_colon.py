"""Shortcomings said in sentences opening in one frame may begin right after the colon of the sentence
saying they exist (「…仍面临不少挑战：体现在科技创新上，…。体现在产业结构上，…」): the first of them is an
entry too, not part of the lead. On a report written for this test."""
import pytest

from conftest import asker

REPORT = """北湖区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
（一）经济运行稳中向好
全区地区生产总值增长6%，新增市场主体1.2万户。
（二）民生事业持续改善
新增学位2000个，新建公园8个。
各位代表！北湖高质量发展仍面临不少挑战：体现在科技创新上，创新平台数量偏少，成果转化还不顺畅。体现在产业结构上，制造业占比偏低，龙头企业带动不足。体现在城区治理上，老旧小区改造任务繁重，基层力量还不够强。我们将采取有力措施，切实加以解决。
二、2023年工作安排
（一）推动科技创新
建设创新平台5个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "北湖区2023年政府工作报告_2023.txt", REPORT)


def test_the_first_framed_sentence_after_the_colon_is_an_entry(ask):
    """Three entries, the one in the lead sentence after its colon first."""
    titles = [m.title for m in ask("北湖区2022年的发展还有哪些短板和挑战？").measures]
    assert [t[:7] for t in titles] == ["体现在科技创新", "体现在产业结构", "体现在城区治理"]
