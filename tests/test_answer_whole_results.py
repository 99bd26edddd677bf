"""A question on the whole of what a year achieved (「经济社会发展总体上有哪些亮点」, 「总体成绩是怎么概括的」)
is answered by the run of leads the review chapter opens with, every entry of it: its words 经济 and 发展
name no one topic (not the entry 「经济运行稳中有进」, nor a section on the economy). On a report written for
this test."""
import pytest

from conftest import asker, says

REPORT = """西湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
2023年是全面贯彻党的二十大精神的开局之年。一年来，我们坚定信心、迎难而上，全区经济社会发展取得新成效。
——经济运行稳中有进。地区生产总值增长6.1%，规上工业增加值增长8%。
——创新动能持续增强。新增国家高新技术企业120家，研发投入占比提升至5%。
——城区面貌焕然一新。完成城市更新项目12个，新建口袋公园30个。
——民生保障更加有力。新增学位6000个，建成社区健康服务中心10家。
一年来，我们主要做了以下工作。
（一）全力稳住经济发展基本盘
落实惠企政策，为企业减负20亿元。推动重大项目建设，完成固定资产投资500亿元。经济发展韧性增强。
（二）持续改善民生
新建学校5所。新增养老床位800张。
二、2024年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区政府工作报告_2024.txt", REPORT)


@pytest.mark.parametrize("question", ["西湖区2023年经济社会发展总体上有哪些亮点？",
                                      "西湖区2024年报告对2023年经济社会发展的总体成绩是怎么概括的？"])
def test_the_whole_of_a_year_is_the_run_opening_its_review(ask, question):
    answer = ask(question)
    assert all(says(answer, lead) for lead in ("经济运行稳中有进", "创新动能持续增强", "城区面貌焕然一新",
                                               "民生保障更加有力"))


CHAPTERS = """东湖区2024年政府工作报告
一、2023年工作回顾
一年来，我们坚定信心、迎难而上，较好完成了全年目标任务。
（一）经济发展量增质优
地区生产总值增长6%。规上工业增加值增长8%。
（二）创新驱动实现新突破
新增国家高新技术企业120家。研发投入占比提升至5%。
（三）改革工作扎实推进
法治化改革率先突破。市场化改革扎实有效。各领域专项改革亮点纷呈。
二、2024年工作安排
（一）推动经济高质量发展
新建产业园区3个。
"""


def test_with_no_run_opening_the_review_its_chapters_answer(tmp_path_factory):
    """No leads open the review: what its chapters each achieved is the whole, not the items of one of them
    (「改革…亮点纷呈」 says a word of results too)."""
    answer = asker(tmp_path_factory, "东湖区政府工作报告_2024.txt", CHAPTERS)("东湖区2023年工作回顾总结了哪些方面的成绩？")
    assert all(says(answer, title) for title in ("经济发展量增质优", "创新驱动实现新突破", "改革工作扎实推进"))
