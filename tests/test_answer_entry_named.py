"""A measures question saying one entry's whole lead (「在深化生态体制改革方面」) asks that entry, though
the other entries share most of its words (体制改革); on a report written for the test."""
import pytest

from conftest import asker

REPORT = """北湖区2024年政府工作报告
一、2023年工作回顾
生态环境持续改善，生态公园建成开放。
生态修复全面推进，完成生态廊道建设。
二、2024年工作安排
（二）深化重要领域改革
要全面深化各领域改革，增强内生发展动力。
持续推进财税体制改革。完善预算绩效管理，盘活存量资金。
深化金融体制改革。发展科技金融，壮大产业基金。
深入推进国资体制改革。优化国有资本布局，推动区属企业重组。
深化生态体制改革。完善生态补偿机制，建立资源环境监测预警机制，开展自然资源资产管理试点，为绿色发展提供制度保障。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "北湖区2024年政府工作报告_2024.txt", REPORT)


def test_the_entry_whose_lead_the_question_says_answers(ask):
    said = " ".join(m.title for m in ask("北湖区2024年在深化生态体制改革方面有哪些部署？").measures)
    assert "资源环境监测预警机制" in said
    assert "科技金融" not in said and "区属企业" not in said


def test_a_question_saying_no_lead_whole_still_gets_the_section(ask):
    """「体制改革」 alone is said by three leads: the section's entries answer."""
    said = " ".join(m.title for m in ask("北湖区2024年在体制改革方面有哪些部署？").measures)
    assert "财税体制改革" in said and "金融体制改革" in said
