"""Of the passages holding the question's words, the one standing under the heading that says them
(「（一）争当法治政府排头兵…」 for 「在争当法治政府排头兵方面有哪些举措」) comes before one under a short
heading the encoder finds nearer but that lacks the rarest of them (「（二）在争当排头兵方面的举措」); and an
address (「各位代表！」) is no lead of a list. On a district report and a question written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2015年政府工作报告
一、2014年工作回顾
全年完成投资300亿元。
二、2015年主要任务
（一）争当法治政府排头兵，全面推进城区治理体系和治理能力现代化再提升再突破
深化行政决策改革。推行重大决策听证，争当法治政府排头兵的举措落到实处。
（二）在争当排头兵方面的举措
优化政务服务。在法治框架内争当政府服务排头兵，推出便民举措20项。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2015年政府工作报告_2015.txt", REPORT)


def test_the_passage_under_the_heading_saying_the_words_answers(ask):
    answer = ask("东湖区2015年在争当法治政府排头兵方面有哪些举措？")
    assert answer.citations and all(c.section_path[-1].startswith("（一）") for c in answer.citations)


def test_an_address_is_no_lead():
    from corpus.leads import is_lead

    assert not is_lead("各位代表！") and is_lead("争当教育强区排头兵。")
