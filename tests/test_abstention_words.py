"""An abstention names the words the nearest passages lack; when they hold every word asked, it says
so instead of naming words as not found that the passages shown plainly hold. On a district report and
questions written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
深化增值税改革，优化税率结构，减轻企业负担。新建学校5所，新增学位6000个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_words_the_passages_hold_are_not_named_as_not_found(ask):
    answer = ask("东湖区2023年深化增值税改革后税率是多少？")
    assert answer.abstained and answer.values == []
    assert "未找到关于" not in answer.text and "提到了问题里的词语" in answer.text


def test_a_word_no_passage_holds_is_named(ask):
    answer = ask("东湖区2023年新建了多少座体育馆？")
    assert answer.abstained and "体育馆" in answer.text and answer.text.startswith("所选报告中未找到关于")
