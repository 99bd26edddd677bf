"""A list introduced as what is still lacking (「…依然面临不少困难和挑战：一是…」) names the same fields as
the work done, but does not answer 「取得了哪些进展」; it does answer a question asking for the problems.
On a report written for the test."""
import pytest

from conftest import asker

REPORT = """江宁区2014年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2013年工作回顾
（一）促升级，质量江宁效益彰显
速度效益双提升。全区实现地区生产总值九百亿元。
消费中心建设提速。社会消费品零售总额增长百分之十。
（二）惠民生，幸福江宁成果丰硕
教育质量再上台阶。新建学校三所。
在取得成绩的同时，我们也清醒地认识到推动全区经济社会发展依然面临不少困难和挑战：一是经济发展的质量还有待提升；二是社会事业发展还不够均衡；三是城区管理水平还不够高。
二、2014年工作安排
（一）推动产业升级
培育新兴产业集群。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "江宁区2014年政府工作报告_2014.txt", REPORT)


def test_progress_is_not_answered_with_the_list_of_problems(ask):
    answer = ask("江宁区2013年在经济社会发展上取得了哪些进展？")
    assert not any("还有待提升" in m.title for m in answer.measures)


def test_the_problems_are_answered_with_that_list(ask):
    titles = [m.title for m in ask("江宁区2013年经济社会发展还存在哪些问题和困难？").measures]
    assert any("经济发展的质量还有待提升" in t for t in titles)


STILL_REPORT = REPORT.replace("在取得成绩的同时，我们也清醒地认识到推动全区经济社会发展依然面临不少困难和挑战：",
                              "同时，我们也清醒地认识到，全区经济社会发展还存在不少问题、面临诸多挑战。")


@pytest.fixture(scope="module")
def ask_still(tmp_path_factory):
    return asker(tmp_path_factory, "江宁区2014年政府工作报告_2014.txt", STILL_REPORT)


def test_a_list_after_a_sentence_saying_what_still_is_is_problems_too(ask_still):
    """「…还存在不少问题、面临诸多挑战。一是…」 introduces problems as a colon would."""
    answer = ask_still("江宁区2013年在经济社会发展上取得了哪些进展？")
    assert not any("还有待提升" in m.title for m in answer.measures)
