"""Two verbs joined before one object (「给企业腾出和保障厂房、用地等产业空间」) are one topic, not two: the
entry naming it answers, not the section whose other entries name 企业 too. On a report written for this
test."""
import pytest

from conftest import asker

REPORT = """南岭区2018年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2017年工作回顾
（一）经济发展稳中有进
全区生产总值增长8%，新增市场主体2万户。
二、2018年工作安排
（一）持续优化营商环境
1.大力保障产业空间。严守工业用地红线，严控工业用地改作他用；推广“工业上楼”，建设高层厂房；盘活国企存量土地，满足企业扩产用地需求。
2.降低企业经营成本。落实税费减免政策，全年为企业减负80亿元以上。
3.精准支持高成长企业。设立创业投资引导基金，扶持企业技术创新。
4.实施最严格知识产权保护。依法严惩侵权行为，搭建快速维权平台。
（二）推动城市更新
实施城市更新项目10个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "南岭区2018年政府工作报告_2018.txt", REPORT)


def test_two_verbs_before_one_object_ask_one_entry(ask):
    """The entry's three clauses, not the section's three entries."""
    titles = [m.title for m in ask("南岭区2018年打算怎样给企业腾出和保障厂房、用地等产业空间？").measures]
    assert [t[:4] for t in titles] == ["严守工业", "推广“工", "盘活国企"]
