"""An amount of 万 or 亿 whose unit the sentence leaves to its noun (「总投资38亿的…工程」). On a district
report and questions written for these tests."""
import pytest

from conftest import asker

REPORT = """西岭区2024年政府工作报告
一、2023年工作回顾
12个子项目、总投资38亿的滨河综合整治工程全面开工。全区注册义工超过12万，新增社区书屋30家。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西岭区2024年政府工作报告_2024.txt", REPORT)


def test_the_amount_asked_is_the_bare_one_not_the_count_before_it(ask):
    """「总投资是多少」 is the 38亿 after 总投资, not the 12个 of the sub-projects before it."""
    assert [v.text for v in ask("西岭区滨河综合整治工程总投资是多少？").values] == ["38亿"]


def test_a_unit_asked_the_bare_amount_does_not_say_takes_none_of_it(ask):
    """「多少人」: 超过12万 says no unit, so it is no answer in 人 (honest abstention or another figure)."""
    assert "超过12万" not in [v.text for v in ask("西岭区注册义工有多少人？").values]
