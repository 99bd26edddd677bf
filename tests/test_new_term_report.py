"""「这份换届政府工作报告里」 names the report of a new congress: of a place's two reports of one year (the
January one on that year, the October one on the new term's five years), the one on the term answers,
though a report of the year is preferred otherwise. On two district reports and questions written for
this test."""
import pytest

from conftest import reports_asker

JANUARY = """东湖区2021年政府工作报告
一、“十三五”和2020年工作回顾
（一）改革攻坚
五年来，我们化解历史遗留问题，完成违法建筑清查。
二、2021年主要工作
（一）推动产业升级
培育新兴产业集群。
"""

OCTOBER = """东湖区人民政府工作报告（2021年10月20日在东湖区第七届人民代表大会第一次会议上）
一、区六届人大一次会议以来的工作
（一）坚持担当作为，化解处理一批历史遗留问题
水污染治理取得决定性胜利。城中村环境实现根本性好转。敢于向违法建筑亮剑。
二、今后五年政府工作安排
（一）建设创新强区
打造科技创新高地。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("东湖区2021年政府工作报告_2021.txt", JANUARY),
                                            ("东湖区政府工作报告（2021年10月）_2021.txt", OCTOBER)])


def test_the_new_terms_report_answers_when_the_question_names_it(ask):
    answer = ask("东湖区2021年这份换届政府工作报告里，在化解历史遗留问题方面做了哪些事？")
    assert answer.citations and all("第七届" in c.report_title or "10月" in c.report_title for c in answer.citations)
