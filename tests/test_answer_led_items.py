"""A section whose paragraphs each open with a lead before their own numbered items (「推动基础设施互联互通。
①…②…」) lists the leads: the items are the leads' details, not the section's entries. On a report written
for the test."""
import pytest

from conftest import asker

REPORT = """东湖区2025年政府工作报告
一、2024年工作回顾
过去一年，全区经济平稳发展。
二、2025年工作安排
（一）实施区域协同行动，建设跨城融合发展先行区
落实跨城融合三年行动方案，聚焦协同发展，推动人才、资金、技术等要素高效流动。
推动交通设施互联互通。①推进城际铁路东湖站前期研究，加快跨界道路建设。②优化公交接驳线路，开通跨城通勤专线。
推动产业发展互促互进。①规划建设协同产业园，引进一批配套企业。②共建科技成果转化平台。③举办产业对接活动。
推动公共服务共建共享。①推进医保异地结算全覆盖。②开展教育合作办学，共享优质课程资源。
（二）实施城区更新行动
推进老旧小区改造，完成改造项目30个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2025年政府工作报告_2025.txt", REPORT)


def test_paragraph_leads_before_their_items_are_the_sections_entries(ask):
    titles = [m.title for m in ask("东湖区2025年在跨城融合发展上打算怎么做？").measures]
    assert {"推动交通设施互联互通。", "推动产业发展互促互进。", "推动公共服务共建共享。"} <= set(titles)
    assert not any(t.startswith(("①", "②")) for t in titles)
