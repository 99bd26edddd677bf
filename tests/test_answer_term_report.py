"""A place with two reports of one year: that year's own report and the report of a new congress on
a whole term (「过去五年」, 「今后五年」). A question about one year's work is the yearly report's; one
about a span, the report whose part names the span as the question does. On reports written for
these tests."""
import pytest

from assistant.grounding import of_the_year
from conftest import index_asker, reports_index

YEARLY = """南湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作回顾
全年地区生产总值增长6%。新建学校5所。
二、“十四五”时期主要任务
构建便捷交通网络，建成地铁线路2条。
三、2021年主要工作
（一）完善交通网络
开工建设地铁南湖段。打通断头路6条。
（二）办好民生实事
新增学位5000个。建成社区健康服务中心3家。
"""

TERM = """南湖区第二届人民代表大会第一次会议政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
五年来，地区生产总值年均增长7%。新建学校24所。
二、今后五年的主要任务
（一）构建现代交通网络，交通建设全面提速
推进交通建设，交通网络、交通枢纽和交通设施建设全面提速。建成地铁线路3条，新建道路100公里。
（二）提升民生保障水平
新增学位3万个。
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return reports_index(tmp_path_factory, [("南湖区2021年政府工作报告_2021.txt", YEARLY),
                                            ("南湖区二届人大一次会议政府工作报告_2021.txt", TERM)])


@pytest.fixture(scope="module")
def ask(index):
    return index_asker(index)


def _source(answer) -> set[str]:
    return {c.report_id for c in answer.citations}


def test_one_years_plan_comes_from_that_years_report(ask, index):
    """The term report says 交通建设 more often, but plans 2021 only as the first of five years."""
    answer = ask("南湖区2021年在交通建设方面有哪些安排？")
    yearly = next(r.id for r in index.reports.values() if "2021年政府工作报告" in r.id)
    assert _source(answer) == {yearly}


def test_a_span_asked_as_a_part_names_it_comes_from_that_part(ask, index):
    """「“十四五”时期」 is the yearly report's part (「二、“十四五”时期主要任务」), though the term report
    plans the same years with more of the question's words."""
    answer = ask("南湖区“十四五”时期在交通建设方面有哪些安排？")
    yearly = next(r.id for r in index.reports.values() if "2021年政府工作报告" in r.id)
    assert _source(answer) == {yearly}


def test_a_span_asked_keeps_the_term_report(ask, index):
    """「今后五年」 is the term report's part: it answers, not the year's."""
    answer = ask("南湖区2021年起今后五年在交通建设方面有哪些安排？")
    term = next(r.id for r in index.reports.values() if "二届人大" in r.id)
    assert _source(answer) == {term}


def test_a_term_report_stays_when_its_place_has_no_yearly_one(index):
    """Only a report of the same place gives a term report way: alone, it answers for its place."""
    term = [r for r in index.reports.values() if "二届人大" in r.id]
    assert of_the_year(term, "南湖区2021年在交通建设方面有哪些安排？") == term
