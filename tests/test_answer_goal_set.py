"""A goal asked (「把…新商圈打造成什么」) is set by a sentence making something beyond the thing asked, not by
one that only makes the thing (「三是高标准打造…新商圈。」). On a district report and a question written for
the test."""
import pytest

from conftest import asker

REPORT = """西湖区2024年政府工作报告
一、2024年工作安排
（五）商圈升级行动。围绕消费中心定位，建设多层次差异化的区域性商圈。一是提升老街商圈。推动老街步行街改造，引进首店品牌20家。二是高标准打造湖滨新商圈。完成片区规划调整，推动空间、产业、公配同步升级，以最优方案打造国际一流的时尚消费中心和创意总部基地。三是培育夜间经济。打造特色夜市5个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", REPORT)


def test_the_sentence_setting_the_goal_answers(ask):
    answer = ask("西湖区2024年计划把湖滨新商圈打造成什么？")
    assert "时尚消费中心" in answer.text


def test_a_sentence_only_making_the_thing_asked_sets_no_goal():
    """「三是高标准打造湖滨新商圈。」 makes the thing asked and says nothing of what; the sentence after it does."""
    from assistant.answer_facts import _sets_goal

    terms = ("计划", "湖滨", "新", "商圈", "打造", "成")
    assert not _sets_goal("三是高标准打造湖滨新商圈。", terms)
    assert _sets_goal("以最优方案打造国际一流的时尚消费中心和创意总部基地。", terms)
