"""A list of leads set inside a paragraph whose first lead ends the sentence introducing it, after a
colon (「…带来“四个明显提升”：企业数量明显提升。…市场活力明显提升。…」). On a district report and a
question written for this test."""
import pytest

from conftest import asker

REPORT = """东岭区2024年政府工作报告
一、2023年工作回顾
（一）营商环境持续优化
出台惠企政策20条，惠企力度全市最大。优化营商环境带来“四个明显提升”：企业数量明显提升。全区商事主体新增3万户，总量居全市前列。市场活力明显提升。新登记企业增长12%，个体户增长8%。群众满意度明显提升。政务服务好评率99%，投诉量下降三成。办事效率明显提升。审批时限平均压缩一半，八成事项即办。
（二）民生事业全面发展
新建学校5所，新增学位6000个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东岭区2024年政府工作报告_2024.txt", REPORT)


def test_the_lead_after_the_introducing_colon_is_the_lists_first(ask):
    titles = [m.title for m in ask("东岭区2023年营商环境持续优化带来了哪些明显提升？").measures]
    assert [t.rstrip("。") for t in titles] == ["企业数量明显提升", "市场活力明显提升", "群众满意度明显提升", "办事效率明显提升"]
