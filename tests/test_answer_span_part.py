"""A question naming a span of years (「未来五年…要开展哪些行动」) asked of a report with two plan parts (one
on the five years, one on the next year) is answered from the part naming the span. On a
district report and a question written for this test."""
import pytest

from conftest import asker

REPORT = """东湖区人民政府工作报告（2021年10月20日在东湖区第七届人民代表大会第一次会议上）
一、区六届人大一次会议以来的工作
（一）经济发展质量显著提升
全年完成投资300亿元。
二、未来五年发展目标和重点任务
（一）对标国际一流，建设美丽东湖
开展治水行动，全面消除黑臭水体，改善生态。开展宁静生活行动，整治噪声污染。开展绿色低碳行动，推广新能源汽车。
三、2022年工作安排
（一）打造一流的城市环境
开展生态修复行动，建设生态公园20个。开展生态绿道建设行动，新建生态绿道50公里。开展生态教育行动。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告（2021年10月）_2021.txt", REPORT)


def test_the_part_naming_the_span_asked_answers(ask):
    answer = ask("东湖区未来五年在生态方面要开展哪些行动？")
    assert answer.citations and all(c.section_path[0].startswith("二、未来五年") for c in answer.citations)
