"""Who (「是谁」, 「哪位」) and which street or community (「哪个街道」) ask for a name: the sentence
answering names a person, or a place ending in the kind asked; a sentence naming neither is no
answer, however many of the question's words it holds. On a report written for these tests."""
import pytest

from conftest import index_asker, reports_index, says

REPORT = """西湖区2018年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2017年工作回顾
西湖运动员在第十三届全运会上勇夺4金2银，金牌数占全市一半。
西湖中学教师王建国当选全国教书育人楷模。
湖滨社区获评全国书香社区。
二、2018年工作安排
计划建成西湖中医院，年内完成选址和设计。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return index_asker(reports_index(tmp_path_factory, [("西湖区政府工作报告_2018.txt", REPORT)]))


@pytest.mark.parametrize("question", [
    "西湖区2017年在第十三届全运会上夺得金牌的运动员是谁？",  # 「西湖运动员…勇夺4金」: no athlete named (jieba tags 西湖 a person)
    "西湖区计划建成的西湖中医院选址在哪个街道？",  # the site is to be chosen: no street named
])
def test_a_sentence_naming_no_one_and_no_place_of_the_kind_does_not_answer(ask, question):
    assert ask(question).abstained


@pytest.mark.parametrize("question, name", [
    ("西湖区2017年哪位教师当选了全国教书育人楷模？", "王建国"),
    ("西湖区2017年哪个社区获评全国书香社区？", "湖滨社区"),
])
def test_the_sentence_naming_the_person_or_place_answers(ask, question, name):
    answer = ask(question)
    assert says(answer, name)
