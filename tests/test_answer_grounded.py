"""Answers routed by place and period, on two small reports written for these tests: a district's
2023 政府工作报告 (reviewing 2022, planning 2023) and the same district's 2024 report."""
import pytest

from assistant.answer import answer_question
from assistant.retrieve import Retriever
from conftest import BACKENDS, FakeEncoder, build_index

REPORT_2023 = """2023年龙岗区政府工作报告
各位代表：
现在，我代表龙岗区人民政府，向大会报告政府工作，请予审议。
一、2022年工作回顾
2022年，全区地区生产总值（GDP）达到5100亿元，增长4.5%。新建超市便民服务点120个。
二、2023年工作安排
2023年主要预期目标是：地区生产总值（GDP）增长6%左右，新增城镇就业2万人。
"""
REPORT_2024 = """2024年龙岗区政府工作报告
各位代表：
现在，我代表龙岗区人民政府，向大会报告政府工作，请予审议。
一、2023年工作回顾
2023年，全区地区生产总值（GDP）达到5400亿元，增长5.1%。
二、2024年工作安排
2024年主要预期目标是：地区生产总值（GDP）增长5.5%左右。
"""


@pytest.fixture(scope="module", params=BACKENDS)
def ask(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("grounded")
    paths = []
    for name, text in (("龙岗区2023年政府工作报告.txt", REPORT_2023), ("龙岗区2024年政府工作报告.txt", REPORT_2024)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    index = build_index(request.param, paths, folder / "index", FakeEncoder())
    retriever = Retriever(index, encoder_factory=FakeEncoder)
    return lambda q: answer_question(q, index, retriever, mode="bm25")


def texts(answer):
    """Values without a lead-in word the figure reader keeps (「达到5100亿元」)."""
    return [v.text.removeprefix("达到") for v in answer.values]


def test_a_year_is_answered_from_the_report_reviewing_it(ask):
    a = ask("龙岗2022年地区生产总值是多少？")
    assert "5100亿元" in texts(a) and {c.year for c in a.citations} == {2023}


def test_latin_terms_match_whatever_their_case(ask):
    assert "5100亿元" in texts(ask("龙岗2022年的gdp是多少？"))


def test_a_real_district_without_a_report_abstains_naming_it(ask):
    a = ask("福田区2022年地区生产总值是多少？")
    assert a.abstained and "福田区" in a.text and not a.values


def test_words_ending_like_places_do_not_refuse_the_question(ask):
    a = ask("龙岗2022年新建了多少个超市便民服务点？")
    assert not a.abstained and "120个" in texts(a)
