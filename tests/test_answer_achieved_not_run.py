"""「在科技创新方面取得了哪些成效」 asks what was achieved, which a report says in sentences: a run of names
inside one sentence that holds the question's words (「甲科技城、乙新城、丙低碳城纳入“全省科技创新走廊”」) is no answer.
On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2018年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2017年工作回顾
（一）推动产业转型升级
规模以上工业增加值增长9%。甲科技城、乙新城、丙低碳城纳入“全省科技创新走廊”十核多节点规划。
（二）强化科技创新引领，创新活力持续迸发
区域创新能力显著提升。高新技术企业新增300家，研发投入占比达6%。创新创业环境持续优化。新建孵化器8家。高端人才队伍不断壮大。引进高层次人才500名。
二、2018年工作安排
力争地区生产总值增长7%。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2018年政府工作报告_2018.txt", REPORT)


def test_what_was_achieved_is_no_run_of_names(ask):
    """The section's leads answer, not the three places of the sentence on the corridor."""
    titles = " ".join(m.title for m in ask("东湖区2017年在科技创新方面取得了哪些成效？").measures)
    assert "区域创新能力显著提升" in titles and "乙新城" not in titles
