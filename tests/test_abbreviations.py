"""Reports shorten what askers spell out (国高企业 for 国家高新技术企业) and spell out what askers shorten
(人民防空 for 人防): a fact's sentence saying the other form still holds the question's words, while a
short form that is only a run of first characters of unrelated words holds nothing. Sentences and a
report written for the test."""
import pytest

from assistant.abbreviations import short_forms, spelled_out, with_short_words
from conftest import asker

TERMS = ("国家", "高新", "技术", "高新技术", "企业", "总数", "全市")
QUESTION = "江宁区2016年国家高新技术企业总数在全市排第几？"


def test_a_phrases_short_forms_keep_each_words_first_character():
    assert short_forms(("国家", "高新技术", "企业")) == ("国高企业", "国高企")


def test_a_short_form_is_spelled_out_as_the_question_says_it():
    said = spelled_out(QUESTION, TERMS, "新增国高企业120家，总数900家，居全市第三。")
    assert "国家高新技术企业120家" in said


def test_a_sentence_saying_the_phrase_whole_is_left_as_it_is():
    sentence = "国家高新技术企业总数900家，国高企业占比过半。"
    assert spelled_out(QUESTION, TERMS, sentence) == sentence


def test_two_characters_are_no_short_form_of_a_phrase():
    """「国企」 is a word of its own, not 国家…企业 shortened."""
    assert spelled_out(QUESTION, TERMS, "区属国企完成重组。") == "区属国企完成重组。"


def test_the_askers_short_word_is_held_by_the_phrase_it_shortens():
    assert "人防" in with_short_words(("人防", "工作"), "获评“江苏省人民防空先进城市”。")


def test_a_short_word_no_dictionary_holds_is_read_as_one_the_reports_use():
    """「抗疫」 is newer than jieba's dictionary: read as a word only where the indexed reports use it."""
    sentence = "获评“江苏省抗击疫情先进集体”。"
    assert "抗疫" not in with_short_words(("抗疫",), sentence)
    assert "抗疫" in with_short_words(("抗疫",), sentence, used=frozenset({"抗疫"}))


def test_first_characters_of_words_not_in_a_row_say_no_short_word():
    assert "人防" not in with_short_words(("人防", "工作"), "人民群众积极参与消防演练。")


REPORT = """江宁区2017年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2016年工作回顾
创新能力持续增强。新增国高企业120家，总数900家，居全市第三。
城市安全保障有力。全年无重大突发事件发生，获评“江苏省人民防空先进城市”。
卫生健康体系不断完善。区疾控中心获评“江苏省抗击疫情先进集体”。
二、2017年工作安排
培育新兴产业集群。常态化做好抗疫工作。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "江宁区2017年政府工作报告_2017.txt", REPORT)


def test_a_ranking_said_of_the_short_form_answers_the_full_one(ask):
    answer = ask(QUESTION)
    assert not answer.abstained and "居全市第三" in answer.text


def test_an_honour_said_in_full_answers_the_short_word(ask):
    answer = ask("江宁区2016年在人防工作上获评了什么称号？")
    assert not answer.abstained and "人民防空先进城市" in answer.text


def test_a_short_word_the_reports_use_is_held_by_the_phrase_it_shortens(ask):
    answer = ask("江宁区2016年在抗疫方面获评了什么称号？")
    assert not answer.abstained and "抗击疫情先进集体" in answer.text
