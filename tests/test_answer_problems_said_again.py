"""Problems told each after the same clause (「我们清醒认识到，…。我们清醒认识到，…」, the first after a
sentence's opening clause) are the list of shortcomings, each from where it opens after that clause. On a
report written for this test."""
import pytest

from conftest import asker

REPORT = """西河区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
（一）经济实力稳步提升
全区生产总值年均增长7%，财政收入突破百亿元。
（二）民生福祉持续增进
新增学位1.5万个，新建公园30个。
在肯定成绩的同时，我们清醒认识到，西河产业基础较好，但高端产业占比偏低，龙头企业带动作用还不够强。我们清醒认识到，西河交通区位优越，但轨道交通覆盖不足，内部路网还不完善。我们清醒认识到，西河人口增长较快，但优质教育医疗资源仍然不足。针对这些问题，我们将切实加以解决。
二、未来五年工作安排
（一）推动产业升级
培育龙头企业20家。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西河区2021年政府工作报告_2021.txt", REPORT)


def test_each_problem_after_the_clause_said_again_is_an_entry(ask):
    """Three entries, each without the clause said before it."""
    titles = [m.title for m in ask("西河区总结过去五年时，认为还存在哪些短板和不足？").measures]
    assert [t[:6] for t in titles] == ["西河产业基础", "西河交通区位", "西河人口增长"]
