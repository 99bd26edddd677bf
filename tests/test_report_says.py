"""「2020年…提出了哪几项重点」 asks what the 2020 report says (its plan), not what was done in 2020 (the
review of the 2021 report): 提出了 and 指出了 are the report's saying, no perfective of work done. On two
district reports and a question written for this test."""
import pytest

from conftest import reports_asker

R2020 = """东湖区2020年政府工作报告
一、2019年工作回顾
（一）经济平稳增长
全年完成投资300亿元。
二、2020年工作安排
（一）推动产业升级
培育新兴产业集群。
三、加强政府自身建设
（一）全面提升依法行政能力
推进严格规范公正文明执法。
（二）加快建设数字政府
建成政务服务一体化平台。
（三）持之以恒抓好作风建设
坚决整治形式主义。
"""

R2021 = """东湖区2021年政府工作报告
一、2020年工作回顾
（一）政府自身建设持续加强
开展专项巡察，办结建议提案300件。
（二）民生事业全面发展
新建学校5所。
二、2021年工作安排
（一）打造有为政府
提升履职能力。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("东湖区2020年政府工作报告_2020.txt", R2020),
                                            ("东湖区2021年政府工作报告_2021.txt", R2021)])


def test_what_a_years_report_put_forward_is_asked_of_that_report(ask):
    answer = ask("东湖区2020年在加强政府自身建设方面提出了哪几项重点？")
    assert {c.year for c in answer.citations} == {2020}
    assert [m.title for m in answer.measures][:3] == ["（一）全面提升依法行政能力", "（二）加快建设数字政府",
                                                       "（三）持之以恒抓好作风建设"]


def test_a_verbs_perfective_still_asks_what_was_done(ask):
    """「加强了哪些」: done in 2020, which the 2021 report reviews."""
    assert {c.year for c in ask("东湖区2020年在政府自身建设方面加强了哪些工作？").citations} == {2021}
