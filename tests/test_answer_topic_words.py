"""A word the question shares only with the part's own heading (「工作」 of 「做了哪些工作」 and 「2017年工作
回顾」) says which part, not which topic: the chapter holding the topic answers, not the part's list of
chapters. A question asking for the part itself (「主要有哪些方面」) still gets the chapters. On a report
written for the test."""
import pytest

from conftest import asker

REPORT = """江宁区2018年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2017年工作回顾
一年来，我们主要抓了以下工作。
（一）坚持稳中求进，推动经济平稳较快增长
地区生产总值增长百分之九。固定资产投资创新高。
（二）加大公共服务供给力度，增强群众获得感
办学条件快速改善，新建中小学五所，新增学位六千个，群众看病也有了更多选择。
看病就医更加便利，建成社区健康服务中心十家，引进高水平医学团队三个。
全民健身蓬勃开展，建成文化广场四个、体育公园两个。
（三）深化重点领域改革，激发发展活力
商事登记改革持续深化。
二、2018年工作安排
（一）推动产业升级
培育新兴产业集群。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "江宁区2018年政府工作报告_2018.txt", REPORT)


def test_a_topic_asked_with_the_parts_own_word_gets_its_chapter(ask):
    titles = [m.title for m in ask("江宁区2017年在办学和看病方面做了哪些工作？").measures]
    assert titles[:3] == ["办学条件快速改善，新建中小学五所，新增学位六千个，群众看病也有了更多选择。",
                          "看病就医更加便利，建成社区健康服务中心十家，引进高水平医学团队三个。",
                          "全民健身蓬勃开展，建成文化广场四个、体育公园两个。"]


def test_the_part_asked_as_a_whole_is_its_chapters(ask):
    titles = [m.title for m in ask("江宁区2017年的工作主要有哪些方面？").measures]
    assert [t[:3] for t in titles] == ["（一）", "（二）", "（三）"]
