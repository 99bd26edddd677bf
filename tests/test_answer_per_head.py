"""A figure per so many people (每万名, 人均) is a ratio: it answers a question asking one, and a total
answers a question asking none. On a district report written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
全年地区生产总值达到860亿元，增长5.1%。
每万名常住人口全科医生数达5.7名，家庭医生签约人数50.7万人。
城乡居民医保财政补助标准提高到人均610元。
新院区投入使用，辖区千人床位数从4.10张增至4.35张、千人医生数从2.80人增至3.05人，新增就业2.6万人。
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


def test_a_ratio_per_thousand_people_may_leave_its_per_unsaid(ask):
    """「千人床位数」 is 每千人 without the 每: a ratio, so it answers 每千人病床数."""
    answer = ask("东湖区2023年每千人床位数提高到多少？")
    assert [v.text for v in answer.values] == ["4.35张"]


def test_a_ratio_before_joined_things_is_asked_of_each(ask):
    answer = ask("东湖区2023年每千人床位数和医生数分别提高到多少？")
    assert [v.text for v in answer.values] == ["4.35张", "3.05人"]


def test_a_count_of_ten_thousands_of_people_is_no_ratio(ask):
    """「2.6万人」 counts people: 万人 after a number says how many, not per how many."""
    answer = ask("东湖区2023年新增就业多少人？")
    assert [v.text for v in answer.values] == ["2.6万人"]


def test_what_each_person_gets_is_asked_either_way(ask):
    """「提高到每人多少元」 asks what each gets: 「人均610元」 says it as a ratio."""
    answer = ask("东湖区2023年城乡居民医保财政补助标准提高到每人多少元？")
    assert [v.text for v in answer.values] == ["610元"]
