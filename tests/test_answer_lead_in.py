"""A paragraph's lead-in and one of its 一是 items holding the same words of a question: the lead-in
introduces every item, so the items answer; an item alone holding them answers alone. On a report
written for these tests."""
import pytest

from conftest import index_asker, reports_index

REPORT = """东湖区2019年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2018年工作回顾
全年地区生产总值增长7%，新增学位5000个，新建社区健康服务中心6家。
二、2019年主要工作
（一）推动产业升级
引进先进制造业项目30个，新增国家高新技术企业200家。
（二）加强精细化管理，提升城市治理水平。对标先进地区，构建权责清晰、执法规范的城市管理体系，让城区更整洁、更有序。一是细化城市管理的制度规范。修订市容、物业、垃圾分类、共享单车、户外广告、工地围挡等管理办法12项，让各个领域都有章可循。制定街道设计导则和道路配套、广告招牌、交通指引等标准，推动各项标准向街巷延伸、向社区拓展。二是开展城中村环境综合治理。完成120个城中村综合治理，拆除违法建筑和乱搭建35万平方米，新建和改造公厕80座。推进城中村消防、用电和燃气安全改造，整治“三小”场所隐患4000处。三是着力打造安全城区。排查整治各类安全隐患1.2万处，建成应急避难场所20个。开展危险化学品、道路交通和建设工地专项整治，确保不发生较大以上安全事故。
（三）办好民生实事
新增学位6000个，新建社区健康服务中心8家。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return index_asker(reports_index(tmp_path_factory, [("东湖区政府工作报告_2019.txt", REPORT)]))


def test_a_lead_in_holding_the_words_of_its_first_item_answers_with_every_item(ask):
    """「城市管理」 is in the lead-in (「…城市管理体系」) and in 「一是细化城市管理的制度规范」: the three
    items answer, not the first item's sentences."""
    answer = ask("东湖区2019年在城市管理上重点抓哪些？")
    assert [m.title for m in answer.measures] == ["一是 细化城市管理的制度规范", "二是 开展城中村环境综合治理",
                                                  "三是 着力打造安全城区"]


def test_an_item_alone_holding_the_words_answers_alone(ask):
    """「城中村」 is only in 「二是开展城中村环境综合治理」: that item answers, with its own sentences."""
    answer = ask("东湖区2019年在城中村环境整治上打算怎么做？")
    assert [m.title for m in answer.measures][:2] == ["二是开展城中村环境综合治理。",
                                                      "完成120个城中村综合治理，拆除违法建筑和乱搭建35万平方米，新建和改造公厕80座。"]
