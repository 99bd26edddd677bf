"""A year asked in no tense is answered by the report reviewing it before the one planning it — unless
the review answers less surely (it tells of another fund, another thing), on reports written for these
tests."""
import pytest

from conftest import reports_asker

PLAN_2023 = """西湖区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
2022年，新开通公交线路5条，新增停车位3000个。
二、2023年工作安排
加大公共安全投入，设立5亿元防汛抢险专项资金，用于排涝设施和应急物资储备。
新建学校6所，新增学位8000个。
"""
REVIEW_2024 = """西湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
设立社区发展专项资金1亿元，支持社区微改造项目120个。
新建学校7所，新增学位9000个。
二、2024年工作安排
新建学校5所。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return reports_asker(tmp_path_factory, [("西湖区2023年政府工作报告_2023.txt", PLAN_2023),
                                            ("西湖区2024年政府工作报告_2024.txt", REVIEW_2024)])


def test_the_plan_answers_when_the_review_tells_of_another_fund(ask):
    """The review's 「社区发展专项资金1亿元」 is a fund, not the one asked: the year's plan sets that one up."""
    answer = ask("西湖区2023年设立的防汛抢险专项资金是多少？")
    assert [v.text for v in answer.values] == ["5亿元"]


def test_the_review_still_answers_what_it_tells_as_surely(ask):
    """What was done (7所), not what was planned (6所), when both say it."""
    answer = ask("西湖区2023年新建学校多少所？")
    assert [v.text for v in answer.values] == ["7所"]


def test_a_figure_asked_as_set_comes_from_the_plan(tmp_path_factory):
    """「把赤字率定为多少」 asks what the year's plan set (拟按3%), not what the review says it came to."""
    plan = """北湖区2023年政府工作报告
一、2022年工作回顾
全区经济运行总体平稳。
二、2023年工作安排
今年财政赤字率拟按3%安排，新建学校6所。
"""
    review = """北湖区2024年政府工作报告
一、2023年工作回顾
2023年财政赤字率为3.2%，新建学校7所。
二、2024年工作安排
新建学校5所。
"""
    ask = reports_asker(tmp_path_factory, [("北湖区2023年政府工作报告_2023.txt", plan),
                                           ("北湖区2024年政府工作报告_2024.txt", review)])
    assert [v.text for v in ask("北湖区2023年把财政赤字率定为多少？").values] == ["3%"]
    assert [v.text for v in ask("北湖区2023年财政赤字率是多少？").values] == ["3.2%"]
