"""A figure counted from a time before the year asked (「新区成立以来，累计…」) is a span's, not that
year's; verbs joined before one count (「淘汰和转型了多少家」) ask one figure. On a report written for
these tests."""
import pytest

from assistant.query import analyze
from conftest import asker
from index.tokenize import Tokenizer

REPORT = """东湖新区2024年工作报告
一、2023年工作回顾
产业转型加快。全年淘汰和转型126家落后产能企业，完成计划的102%，释放产业空间近20万平方米。新区成立以来，累计淘汰和转型落后产能企业880家，转移企业12家。
二、2024年工作安排
推动产业升级，培育新兴产业。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖新区2024年工作报告_2024.txt", REPORT)


def test_a_total_since_the_founding_is_no_years_figure(ask):
    assert [v.text for v in ask("东湖新区2023年淘汰和转型了多少家落后产能企业？").values] == ["126家"]


def test_the_total_since_is_what_a_question_on_it_gets(ask):
    assert "880家" in [v.text for v in ask("东湖新区成立以来累计淘汰和转型了多少家落后产能企业？").values]


def test_verbs_joined_before_one_count_ask_one_figure():
    assert analyze("东湖新区2023年淘汰和转型了多少家企业？", [], Tokenizer()).parts == ()
    assert len(analyze("东湖新区2023年新增多少义务教育学位和学前教育学位？", [], Tokenizer()).parts) == 2
    assert len(analyze("东湖新区2023年新建了多少所学校、增加了多少学位？", [], Tokenizer()).parts) == 2
