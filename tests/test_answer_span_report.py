"""A measures question on the next five years that names no year is asked of the place's report with a
part on those years (「未来五年工作思路和任务」; 今后 and 未来 say the same), not of a yearly report that
happens to answer it as well. On two reports written for the test."""
import pytest

from conftest import reports_asker

YEARLY = """东湖区2016年政府工作报告
一、2015年工作回顾
全区经济运行总体平稳。
二、“十三五”时期发展主要思路
坚持创新驱动，推动高质量发展。
三、2016年主要工作
（一）加快法治政府建设
坚持依法行政。严格执行重大行政决策程序，推进法治建设，规范行政执法。
深化普法宣传。开展法治建设宣传月活动，建设法治文化公园。
"""

TERM = """东湖区政府工作报告（2021年10月）
一、过去五年工作回顾
五年来，全区经济运行总体平稳。
二、未来五年工作思路和任务
（一）推动法治建设迈上新台阶
筑法治之基。完善公共法律服务体系，建设法治政府示范区。
行法治之力。推进严格规范公正文明执法。
（二）推动城区品质提升
建设美丽城区。新建公园一批。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("东湖区2016年政府工作报告_2016.txt", YEARLY),
                                            ("东湖区政府工作报告（2021年10月）_2021.txt", TERM)])


@pytest.mark.parametrize("question", ["东湖区未来五年在法治建设方面有哪些打算？", "东湖区今后五年在法治建设方面有哪些打算？"])
def test_the_report_on_the_five_years_asked_answers(ask, question):
    titles = [m.title for m in ask(question).measures]
    assert "筑法治之基。" in titles and not any("普法" in t or "依法行政" in t for t in titles)
