"""A word of the question that no passage holds and that names nothing — an adverb (「GDP大概多少」), a
verb with its particle (「签了」), a measure word (「那场」) — says how the asker puts it, not what of: it
is no word a passage must hold. A noun no passage holds stays. On a report written for these tests."""
import pytest

from assistant.answer import route
from conftest import index_asker, reports_index, says

REPORT = """东湖区2024年政府工作报告
各位代表：现在，我代表东湖区人民政府，向大会报告政府工作。
一、2023年工作回顾
2023年，全区地区生产总值达800亿元左右，增长6%左右。推进城市更新项目12个。
东湖街道获评“全国示范性老年友好型社区”。实际使用外资3亿美元，增长10%。
上市企业总数达24家，居全省县（区）第三。
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return reports_index(tmp_path_factory, [("东湖区2024年政府工作报告_2024.txt", REPORT)])


def test_an_adverb_no_passage_holds_is_no_word_to_find(index):
    query = route("东湖区2023年GDP大概多少？比上年增长多少？", index).query
    assert "大概" not in query.terms
    assert all("大概" not in part.terms for part in query.parts) and len(query.parts) == 2


def test_a_word_jieba_calls_an_adverb_that_passages_hold_stays(index):
    """jieba tags 更新 an adverb; the report holds it (城市更新): it names the topic."""
    assert "更新" in route("东湖区2023年推进了多少个城市更新项目？", index).query.terms


def test_a_verb_or_measure_word_no_passage_holds_is_no_word_to_find(index):
    terms = route("东湖区2023年签了几个城市更新项目？那场更新推进了多少个？", index).query.terms
    assert "签了" not in terms and "那场" not in terms and "城市更新" in terms


def test_a_noun_no_passage_holds_stays(index):
    """The report says nothing of 销量: the question keeps the word, and cannot be answered from it."""
    assert "销量" in route("东湖区2023年新能源汽车销量是多少？", index).query.terms


def test_a_word_no_passage_holds_made_of_a_word_they_hold_is_no_word_to_find(index):
    """全国性 is how the asker puts 全国: no passage says 全国性, and the word it holds stands for it."""
    terms = route("东湖区2023年有哪个社区获评了全国性称号？", index).query.terms
    assert "全国性" not in terms and "全国" in terms
    assert says(index_asker(index)("东湖区2023年有哪个社区获评了全国性称号？"), "东湖街道")


def test_a_word_no_passage_holds_holding_no_word_they_hold_stays(index):
    """No passage says 汽车 either: 汽车销量 is a thing the report may not speak of, and stays."""
    terms = route("东湖区2023年新能源汽车销量是多少？", index).query.terms
    assert "汽车销量" in terms and "销量" in terms


def test_a_thing_and_a_localizer_no_passage_holds_is_the_thing(index):
    """「县里」 is said as 县 (「全省县（区）第三」): the localizer says where, not what."""
    terms = route("东湖区2023年上市企业总数在全省县里排第几？", index).query.terms
    assert "县里" not in terms and "上市" in terms
    assert says(index_asker(index)("东湖区2023年上市企业总数在全省县里排第几？"), "第三")
