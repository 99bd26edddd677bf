"""A goal asked in the asker's words (「要把…建成什么样的区域」) is answered by the sentence saying one in
the report's (打造成, 建设成为, 定位为): a sentence naming the place with no goal for it (a road finished
there) is no answer, however many words of the question it holds. On a report written for these tests
(which says 建成 and 区域 as often as a real one: no rare words)."""
import pytest

from assistant.answer import route
from conftest import index_asker, reports_index, says

REPORT = """东湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
建成学校3所，新增学位5000个。建成社区公园5个，建成区域医疗中心1家。
建成污水管网30公里，区域水环境明显改善。
二、2024年工作安排
改善滨海片区等重点区域交通，完成滨海片区二层步行连廊前期工作。
高水平推进重点片区开发，率先把滨海片区打造成湾区活力中心。
加快东湖公园二期建设，新增绿道20公里。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return index_asker(reports_index(tmp_path_factory, [("东湖区政府工作报告_2024.txt", REPORT)]))


@pytest.mark.parametrize("question", [
    "东湖区2024年打算把滨海片区建成什么样的区域？",
    "东湖区2024年要把滨海片区打造成什么？",
])
def test_a_goal_asked_in_other_words_is_answered_by_the_sentence_setting_one(ask, question):
    answer = ask(question)
    assert says(answer, "湾区活力中心") and not says(answer, "步行连廊")


def test_a_question_asking_no_goal_is_answered_as_before(ask):
    """Only a goal asked needs its sentence to say one: what is done there is found as ever."""
    assert says(ask("东湖区2024年在滨海片区建设什么步行设施？"), "步行连廊")


def test_da_zao_cheng_asks_da_zao_not_zao_cheng(tmp_path_factory):
    """jieba cuts 「打造成」 as 打 / 造成 (to cause): the question's word is 打造, the goal's verb."""
    index = reports_index(tmp_path_factory, [("东湖区政府工作报告_2024.txt", REPORT)])
    terms = route("东湖区2024年要把滨海片区打造成什么？", index).query.terms
    assert "打造" in terms and not {"造成", "打"} & set(terms)


def test_a_goal_of_the_kind_asked_outweighs_the_kind_named_elsewhere(tmp_path_factory):
    """「把西湖商圈建成什么样的中心」: 「加快西湖商业中心建设，打造更有影响力的区域级商圈」 names a 中心 and sets a
    goal, but of a 商圈; the sentence making the 商圈 a 中心 (「打造成国际消费体验中心」) answers."""
    report = """南湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
社会消费品零售总额增长8%。建成学校3所，建成社区公园5个，建成污水管网30公里。
二、2024年工作安排
西湖商圈要加快西湖商业中心等重点项目建设，打造更有影响力的区域级商圈。
建设一批特色街区，加快把西湖商圈打造成国际消费体验中心。
"""
    ask = index_asker(reports_index(tmp_path_factory, [("南湖区政府工作报告_2024.txt", report)]))
    assert says(ask("南湖区2024年打算把西湖商圈建成什么样的中心？"), "国际消费体验中心")
