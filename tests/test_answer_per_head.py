"""A figure per so many people (每万名, 人均) is a ratio: it answers a question asking one, and a total
answers a question asking none. On a district report written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
全年地区生产总值达到860亿元，增长5.1%。
每万名常住人口全科医生数达5.7名，家庭医生签约人数50.7万人。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_a_ratio_per_ten_thousand_people_is_no_count_of_people(ask):
    answer = ask("东湖区2023年末常住人口有多少万人？")
    assert answer.abstained and not answer.values


def test_a_total_is_no_figure_per_head(ask):
    answer = ask("东湖区2023年人均地区生产总值是多少？")
    assert answer.abstained and not answer.values


def test_a_ratio_asked_is_answered_by_the_ratio(ask):
    answer = ask("东湖区2023年每万名常住人口有多少名全科医生？")
    assert [v.value for v in answer.values] == [5.7]
