"""A run of leads opening a part whose chapters follow is the part's overview: a question on a topic one
of its entries mentions in passing is answered by the chapter the best passages stand in. On a report
written for the test."""
import pytest

from conftest import asker

REPORT = """西湖区2024年政府工作报告
一、2023年工作回顾
过去一年，面对超强台风等多重考验，我们坚持稳中求进，全力推动各项工作，主要目标任务顺利完成。
——这一年，经济运行稳中向好。地区生产总值增长6.1%，规上工业增加值增长7.2%。
——这一年，城区运行安全稳定。台风防御工作扎实有效，妥善处置多起台风引发的险情，台风预警信息覆盖超100万人次。
——这一年，民生福祉持续增进。新增学位5000个，新建社康机构6家。
一年来，我们主要做了以下工作：
（一）全力做好防汛防台工作
面对三次台风正面来袭，坚持人民至上、生命至上，科学研判、提前部署，努力把灾害损失降到最低。
险情处置精准有效。健全应急指挥体系，组建多部门联动的抢险队伍，台风期间转移群众1200人，确保人员零伤亡。
外围加固扎实严密。加固海堤12公里，改造易涝点22处，渔船全部回港避风。
生产生活平稳有序。做好重点场所、重点工程的台风应对，灾后三天内全面恢复供水供电。
（二）推动产业转型升级
工业投资增长12%，新引进制造业项目30个。
二、2024年工作安排
推动高质量发展，办好民生实事。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", REPORT)


def test_a_topic_the_overview_mentions_is_answered_by_its_chapter(ask):
    titles = [m.title for m in ask("西湖区2023年台风防御方面采取了哪些措施？").measures]
    assert {"险情处置精准有效。", "外围加固扎实严密。", "生产生活平稳有序。"} <= set(titles)
