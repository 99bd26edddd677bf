"""A count and one character quoted together (「哪“三城”」) name what each entry of the list asked ends
in: the run of three 「…城」 answers, before a run holding more of the question's other words. On a
report written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2022年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2021年工作回顾
全年地区生产总值增长8%，全区上下围绕“三城”目标团结奋斗。
二、2022年工作安排
（一）加快建设现代产业体系
推动先进制造业集群发展，新增规模以上工业企业100家。
（二）提升城区品质
新建公园10个，改造老旧小区20个。
区委提出，要加快建设东湖，奠定东湖身居湾区之心、引领湾区之先、挺立湾区之巅的坚实基础。
各位代表，让我们奋力打造先进制造城、滨海活力城、民生幸福城，为东湖发展而努力奋斗！
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2022年政府工作报告_2022.txt", REPORT)


def test_a_quoted_count_of_one_character_names_the_list(ask):
    """The three 「…城」, not the three 「湾区之…」 of the sentence saying 提出, 加快 and 建设."""
    titles = [m.title for m in ask("东湖区2022年提出要加快建设哪“三城”？").measures]
    assert len(titles) == 3 and all(t.endswith(name) for t, name in zip(titles, ["先进制造城", "滨海活力城", "民生幸福城"]))
