"""A question naming a government's term (「新一届政府任期内…打算」) asked of a report with two plan parts
(one on the new government's term, one on the year) is answered from the part naming that term, as a
question naming 「未来五年」 is from the part on those years. On a report written for this test."""
import pytest

from conftest import asker

REPORT = """西湖区2023年政府工作报告
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


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "2023年西湖区政府工作报告_2023.txt", REPORT)


def test_the_part_naming_the_term_asked_answers(ask):
    answer = ask("西湖区新一届政府任期内打算为老百姓办好哪些民生大事？")
    assert answer.citations and all(c.section_path[0].startswith("二、新一届政府") for c in answer.citations)
