"""「做得怎么样」 asks how work went: the review of the year asked, not the plan beside it. On a district
report and questions written for the test."""
import pytest

from conftest import asker

REPORT = """东湖区2025年政府工作报告
一、2024年工作回顾
（一）发展势头稳中向好
经济运行总体平稳。地区生产总值增长6.1%，规上工业增加值增长8%。
服务企业用心用情。挂点服务企业800家，解决诉求600项。
营商环境不断改善。开办企业时间压缩至1天。
二、2025年工作安排
（一）稳定经济运行，服务企业发展
精准扩大有效投资。聚焦新一代信息技术，谋划储备重大项目。
全力服务企业发展。建立重点企业服务专员制度，开展以商招商。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2025年政府工作报告_2025.txt", REPORT)


def test_how_the_work_went_is_the_review(ask):
    said = " ".join(m.title for m in ask("东湖区2024年在稳定经济和服务企业上做得怎么样？").measures)
    assert "经济运行总体平稳" in said
    assert "有效投资" not in said
