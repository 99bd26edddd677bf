"""A quoted name that counts what it stands for (「“三山”」, 「“三个到底”」), asked which they are, asks
its members: the notes' entry on it answers, read to its full stop — its members run on past 「；」. A
quoted name counting nothing, asked what, is asked of the body. On a report written for the test."""
import pytest

from conftest import asker

REPORT = """东湖区2023年政府工作报告
一、2022年工作回顾
构建“三山”“两湖”生态格局，新增绿道20公里。
推广“三个到底”工作法，化解劳资纠纷120宗。
打造“星光夜市”，新增夜间消费场景12个。
二、2023年工作安排
培育新兴产业集群。
名词解释
1.“三山”“两湖”：“三山”指青龙山、白虎山、玄武山；“两湖”指东湖、西湖。
2.“三个到底”工作法：即坚持领导包案，将纠纷一抓到底；建立应急机制，将局面稳控到底；行政司法联动，将欠薪打击到底。
3.星光夜市：指区商务局牵头打造的夜间消费街区。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2023年政府工作报告_2023.txt", REPORT)


def test_a_counted_name_asked_which_is_answered_by_its_notes_entry(ask):
    answer = ask("东湖区2022年构建的生态格局里，“三山”是哪三座山？")
    assert "青龙山、白虎山、玄武山" in answer.text


def test_the_entry_is_read_past_its_semicolons_to_its_full_stop(ask):
    answer = ask("东湖区2022年推广的“三个到底”工作法具体有哪些做法？")
    assert "坚持领导包案" in answer.text and "行政司法联动" in answer.text


def test_a_counted_name_asked_which_of_something_else_is_answered_from_the_body(ask):
    """「化解了哪类纠纷」 asks what the method was used on, not what it stands for."""
    answer = ask("东湖区2022年推广“三个到底”工作法化解了哪类纠纷？")
    assert "劳资纠纷120宗" in answer.text and "领导包案" not in answer.text


def test_a_name_counting_nothing_asked_what_is_answered_from_the_body(ask):
    """「“星光夜市”新增了什么」 asks what was done, not what the name means."""
    answer = ask("东湖区2022年打造“星光夜市”新增了什么？")
    assert "夜间消费场景" in answer.text and "商务局" not in answer.text
