"""「发送了多少旅客」: what 多少 counts, when no unit follows it, is named where the figure is, and tells
the figure from another one of the same sentence (「22班次」 of the trains, 「269.5万人次」 of the
passengers). On a district report and a question written for this test."""
import pytest

from assistant.answer_figures import counted_noun
from conftest import asker

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
城际铁路东湖站开通运营，城际铁路30班次在东湖站停靠，全年发送旅客185.2万人次，接待游客420万人次。
全年新改扩建中小学6所、幼儿园15所，新增公办学位1.2万座、学前教育学位3600座。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_the_thing_counted_picks_the_figure_it_names(ask):
    assert [v.text for v in ask("东湖区2023年城际铁路在东湖站发送了多少旅客？").values] == ["185.2万人次"]


def test_only_a_noun_after_duoshao_is_a_thing_counted():
    assert counted_noun("接待了多少游客？") == "游客"
    assert counted_noun("赤字规模按多少安排？") is None  # a verb
    assert counted_noun("新增多少亿元？") is None  # a unit


def test_the_thing_counted_is_the_last_of_the_nouns_after_duoshao(ask):
    """「多少中小学幼儿园学位」 counts 学位: 中小学 and 幼儿园 say which, and are counted in 所 nearby."""
    assert counted_noun("新增了多少中小学幼儿园学位？") == "学位"
    assert [v.text for v in ask("东湖区2023年新增了多少中小学幼儿园学位？").values] == ["1.2万座"]


def test_each_asked_at_the_end_counts_the_noun_before_it(ask):
    """「…和幼儿园学位各多少」: nothing follows 多少, so 学位 before it is what is counted — the
    幼儿园 counted in 所 are not the places asked."""
    assert counted_noun("幼儿园学位各多少？") == "学位"
    assert counted_noun("供应目标各是多少套？") is None  # a unit follows
    answer = ask("东湖区2023年新增公办学位和幼儿园学位各多少？")
    assert [v.text for v in answer.values] == ["1.2万座", "3600座"]
