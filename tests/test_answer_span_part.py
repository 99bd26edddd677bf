"""A question naming a span of years (「未来五年…要开展哪些行动」) asked of a report with two plan parts (one
on the five years, one on the next year) is answered from the part naming the span; so is one naming a
government's term (「新一届政府任期内」). On district reports and questions written for these tests."""
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


TERM_REPORT = """西湖区2023年政府工作报告
一、2022年工作回顾
上届政府任期内，全区地区生产总值年均增长6%，老百姓的获得感明显增强。
二、新一届政府工作思路和目标任务
（一）提升城区品质
实施城市更新。完善路网体系。建设口袋公园。
（二）深情演绎民生主旋律，加快打造高品质生活之区
稳定扩大就业。推动教育优质均衡。建设区域医疗中心。完善养老服务体系。
三、2023年重点工作
（一）办好民生大事，切实保障和改善民生
1.增加学前教育学位
2.提高社区医疗服务水平
3.完善住房保障
"""


def test_the_part_naming_the_term_asked_answers(tmp_path_factory):
    """A government's term asked (「新一届政府任期内…打算」) is a span as 「未来五年」 is: of the plan parts on the
    term and on the year, the one whose heading names the term answers."""
    answer = asker(tmp_path_factory, "2023年西湖区政府工作报告_2023.txt", TERM_REPORT)("西湖区新一届政府任期内打算为老百姓办好哪些民生大事？")
    assert answer.citations and all(c.section_path[0].startswith("二、新一届政府") for c in answer.citations)
