"""「准备做些什么」 and 「打算怎么做」 ask for what a section lists, as 「有哪些」 does: when no heading names the topic, the
section of the passage holding it answers with its entries. On a report written for the test."""
import pytest

from conftest import asker

REPORT = """北湖区2020年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作安排
（一）坚持人与自然和谐共生，建设可持续发展先锋城区
打好蓝天保卫战。淘汰老旧柴油货车，推广新能源公交车。
打好碧水攻坚战。完成污水管网改造，建设生态河道。
打好净土持久战。实施最严格的环境保护制度，开展受污染地块修复。
（二）提升城区品质
推进城市更新。完成旧村改造三个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "北湖区2020年政府工作报告_2020.txt", REPORT)


def test_what_is_planned_for_a_topic_no_heading_names_is_its_sections_list(ask):
    titles = [m.title for m in ask("北湖区2020年在生态环境保护上准备做些什么？").measures]
    assert titles[:3] == ["打好蓝天保卫战。", "打好碧水攻坚战。", "打好净土持久战。"]


def test_how_it_is_planned_is_the_sections_list_too(ask):
    """Read by staff as 「有哪些安排」: the section's entries, not the one passage holding the words."""
    titles = [m.title for m in ask("北湖区2020年在生态环境保护上打算怎么做？").measures]
    assert titles[:3] == ["打好蓝天保卫战。", "打好碧水攻坚战。", "打好净土持久战。"]
