"""Which part of a report a passage stands in: chapters numbered on after the one that opens the
plan (「三、把改革开放扎实推向纵深」 after 「二、2015年工作总体部署」) are the plan's, for its figures
as for its measures. On a report written for these tests."""
import pytest

from corpus.parts import section_part
from conftest import asker

REPORT = """东湖区2015年政府工作报告
一、2014年工作回顾
全年完成铁路投资6200亿元，新投产铁路里程6000公里。
二、2015年工作总体部署
今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。
三、把改革开放扎实推向纵深
深化投融资体制改革，铁路投资要保持在7500亿元以上，新投产里程7000公里以上。
四、持续推进民生改善
新建保障性住房2万套。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2015年政府工作报告_2015.txt", REPORT)


def test_chapters_numbered_on_after_the_plans_opening_are_the_plan(ask):
    answer = ask("东湖区2015年铁路投资目标是多少？")
    assert [v.text for v in answer.values] == ["7500亿元以上"]


def test_the_reviews_figures_answer_what_was_done(ask):
    answer = ask("东湖区2014年完成铁路投资多少？")
    assert [v.text for v in answer.values] == ["6200亿元"]


def test_section_part_reads_where_a_chapter_stands(tmp_path_factory):
    from corpus.load import load_report

    path = tmp_path_factory.mktemp("parts") / "东湖区2015年政府工作报告_2015.txt"
    path.write_text(REPORT, encoding="utf-8")
    report = load_report(path)
    tops = [s.path for s in report.sections if len(s.path) == 1]
    assert [section_part(report, p) for p in tops] == ["review", "plan", "plan", "plan"]
