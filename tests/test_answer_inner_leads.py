"""Lead sentences set inside one paragraph: its opening sentence says what the stretch is about and
short sentences inside it name each thing done (「…生态环境质量持续改善。完成了最重的治水任务。…
攻克了最难的治气工作。…」). Those are the answer, not every sentence of the paragraph. On a report
written for these tests."""
import pytest

from conftest import asker

REPORT = """东湖区2021年政府工作报告
一、过去五年工作回顾
五年来，我们坚持科技引领，推动产业升级，创新能力显著增强。新增国家高新技术企业900家。研发投入年均增长15%。
五年来，我们坚守绿色发展理念，打好污染防治攻坚战，生态环境质量持续改善。完成了全区最重的治水任务。新建雨污分流管网300公里，消除黑臭水体12条。攻克了全区最难的治气工作。淘汰老旧车辆5000辆，空气优良天数增至340天。建成了覆盖最广的公园体系。新建公园40座。
五年来，我们坚持以人民为中心，民生福祉持续增进。新增学位3万个，新建社康中心20家，发放补贴2亿元，惠及群众50万人次。
二、今后五年的主要任务
（一）建设科技强区
一是建设科创平台。二是培育创新企业。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2021.txt", REPORT)


def test_the_lead_sentences_inside_the_paragraph_are_its_items(ask):
    answer = ask("东湖区过去五年在生态环境方面做了哪些工作？")
    assert [m.title for m in answer.measures] == ["完成了全区最重的治水任务。", "攻克了全区最难的治气工作。",
                                                   "建成了覆盖最广的公园体系。"]


def test_the_list_is_titled_by_the_paragraph_s_opening(ask):
    """The chapter heading (「过去五年工作回顾」) is every paragraph's: the opening sentence says which."""
    answer = ask("东湖区过去五年在生态环境方面做了哪些工作？")
    assert "生态环境质量持续改善：" in answer.text
