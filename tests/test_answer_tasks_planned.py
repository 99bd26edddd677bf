"""「有哪些重点任务」 asks what a year's report sets out to do (主要任务 too): of a year's two reports, the
one planning it answers, not the next one planning the year after. On reports written for this test."""
import pytest

from conftest import reports_asker

PLAN_2024 = """南湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
（一）农业农村稳步发展
粮食产量保持稳定，农村居民收入增长7%。
二、2024年工作安排
（一）扎实推进乡村全面振兴
稳定粮食播种面积。确保粮食产量稳定在20万吨以上。
巩固拓展脱贫攻坚成果。落实帮扶政策，防止规模性返贫。
深化农村集体产权制度改革。盘活农村闲置资源。
（二）推动城市更新
实施城市更新项目12个。
"""
PLAN_2025 = """南湖区2025年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2024年工作回顾
（一）乡村振兴取得新成效
粮食产量21万吨，农村居民收入增长6.5%。
二、2025年工作安排
（一）全面推进乡村振兴
建设高标准农田。新建高标准农田2万亩。
发展乡村特色产业。培育农业龙头企业10家。
改善农村人居环境。完成农村改厕3000户。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("南湖区2024年政府工作报告_2024.txt", PLAN_2024),
                                            ("南湖区2025年政府工作报告_2025.txt", PLAN_2025)])


def test_a_years_tasks_come_from_the_report_planning_it(ask):
    """The 2024 report's plan for rural revival, not the 2025 one's."""
    answer = ask("南湖区2024年在推进乡村振兴方面有哪些重点任务？")
    assert answer.citations and {c.year for c in answer.citations} == {2024}
