"""A question's word that is another of its words and one character more (「全国性」 of 全国,
「消费类」 of 消费) asks no more than the shorter: a sentence saying the shorter answers. On a report
written for the test, which says the longer words elsewhere (else the question's longer word, held by
no passage, would be dropped before any sentence is read)."""
import pytest

from conftest import asker

REPORT = """东湖区2023年政府工作报告
一、2022年工作回顾
区图书馆获评“全国文明单位”，接待读者80万人次。
承办全国性学术会议3场，举办读书活动120场。
引进消费类企业30家，商圈客流增长12%。
二、2023年工作安排
培育新兴产业集群。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2023年政府工作报告_2023.txt", REPORT)


def test_a_sentence_saying_the_shorter_word_answers(ask):
    answer = ask("东湖区2022年获评了什么全国性称号？")
    assert not answer.abstained and "全国文明单位" in answer.text


def test_the_shorter_word_alone_does_not_answer_what_else_is_asked(ask):
    """The sentence saying 全国 must still say the rest: no sentence tells of a 全国性 award of the 商圈."""
    assert ask("东湖区2022年商圈获评了什么全国性奖项？").abstained
