"""A name the question quotes (「“幸福社区”工程」) is what the figure asked belongs to: a figure of a
paragraph that does not say the name counts another thing, however many words it shares. On a
report written for these tests."""
import pytest

from conftest import asker, says

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
河湖治理和美丽社区建设加快，居民幸福感提升，全年共实施社区建设项目30个。
“幸福社区”工程稳步推进，全年共实施建设项目18个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_a_figure_is_taken_from_the_paragraph_saying_the_quoted_name(ask):
    answer = ask("东湖区2023年“幸福社区”工程共有多少个建设项目？")
    assert says(answer, "18个") and "30个" not in answer.text


def test_a_quoted_name_no_paragraph_says_gets_no_figure(ask):
    """No paragraph says “美丽河湖”: the figures of the report count other things."""
    answer = ask("东湖区2023年“美丽河湖”工程共有多少个建设项目？")
    assert answer.abstained and "30个" not in answer.text
