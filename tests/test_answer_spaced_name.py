"""A name the question quotes with a space inside (「“平安联动 智慧守护”」), as the PDF printed it: the
reports' text is read without spaces between Chinese words, so the name is matched the same way. On a
report written for these tests."""
import pytest

from conftest import asker

REPORT = """东坪区2025年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2024年工作回顾
社会治理创新取得新进展。“平安联动 智慧守护”工作法作为全市唯一案例，入选全国社会治理创新优秀案例。建成社区治理中心12个。
“智慧守护”平台上线运行，全年处置事件3万件。
二、2025年工作安排
深化平安建设，完善网格化管理。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东坪区2025年政府工作报告_2025.txt", REPORT)


def test_a_quoted_name_with_a_space_is_found_in_the_report(ask):
    """The sentence saying the name answers, not a refusal for want of the spaced name."""
    answer = ask("东坪区的“平安联动 智慧守护”工作法2024年入选了什么案例？")
    assert not answer.abstained and "全国社会治理创新优秀案例" in answer.text
