"""「是怎样…的？」 asks how something was done: the 是…的 frame puts it in the past, so the report
reviewing the year answers, not the one planning it. On reports written for these tests."""
import pytest

from conftest import reports_asker

PLAN_2018 = """南湖区2018年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2017年工作回顾
2017年，全区生产总值增长7.2%。
二、2018年工作安排
（一）打好动能转换攻坚战，增强经济发展动力
打造创新核心引擎。建设人工智能产业基地，引进研发机构5家。
营造全域消费格局。改造提升商业街区3条。
集聚发展创新金融。引进持牌金融机构10家。
（二）建设美丽南湖
新建公园8个。
"""
REVIEW_2019 = """南湖区2019年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2018年工作回顾
（一）稳转并举，持续增强发展动力
着力稳存量、引增量、扩容量。一是全力以赴稳存量。发挥金融业压舱石作用，重点企业全部留在本区。二是主动出击引增量。组织招商推介活动12场，引进企业230家。三是精心布局扩容量。完成创新金融产业带空间规划。
（二）建设美丽南湖
建成公园7个。
二、2019年工作安排
新建公园6个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("南湖区2018年政府工作报告_2018.txt", PLAN_2018),
                                            ("南湖区2019年政府工作报告_2019.txt", REVIEW_2019)])


def test_how_it_was_done_comes_from_the_review(ask):
    titles = [m.title for m in ask("南湖区2018年是怎样稳住经济、增强经济发展动力的？").measures]
    assert any("全力以赴稳存量" in t for t in titles) and any("精心布局扩容量" in t for t in titles)


def test_what_was_planned_still_comes_from_the_plan(ask):
    """The same topic asked ahead (打算): the 2018 report's own list."""
    titles = [m.title for m in ask("南湖区2018年打算怎样增强发展动力？").measures]
    assert any("打造创新核心引擎" in t for t in titles)
