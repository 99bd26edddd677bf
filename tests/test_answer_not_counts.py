"""Numbers that count nothing: an age says who (「70岁以上户籍老人」), 「是一个」 is the article, and a
count in words names things; none answers 「有多少」. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """北湖区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
为70岁以上户籍老人按月发放高龄津贴。
开展居民健康素养监测，监测对象为15－69岁常住人口，是一个衡量居民健康水平的重要指标。
顺利召开区五届人大一次会议，完善住房市场和住房保障两个体系。
二、2023年工作安排
今年新建社区健康服务中心6家。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "北湖区2023年政府工作报告_2023.txt", REPORT)


def test_an_age_does_not_count_people(ask):
    assert not ask("北湖区2022年户籍人口有多少？").values


def test_an_age_answers_an_age_asked(ask):
    assert [v.text for v in ask("北湖区2022年为多少岁以上的户籍老人发放高龄津贴？").values] == ["70岁以上"]


def test_the_article_is_no_count(ask):
    """「是一个衡量…的指标」 beside 常住人口: no figure of the population."""
    assert not ask("北湖区2022年常住人口有多少？").values


def test_a_count_in_words_answers_ji_not_duoshao(ask):
    """「人大一次会议」 names a session and 「两个体系」 counts what the report names: neither is how
    much; 「几个」 asks such a count."""
    assert not ask("北湖区2022年住房保障体系建设规模有多少？").values
    assert not ask("北湖区2022年人大会议开了多少？").values
    assert [v.text for v in ask("北湖区2022年完善了几个住房体系？").values] == ["两个"]


def test_an_abstention_names_the_words_the_passages_shown_lack(ask):
    """「户籍老人」 is in the nearest passage shown; 三甲医院 is what the report does not say."""
    answer = ask("北湖区2022年户籍老人可去的三甲医院有多少家？")
    assert answer.abstained and answer.text.startswith("所选报告中未找到关于「可去、三甲、医院」")


SPANS = """南湖区2023年政府工作报告
一、2022年工作回顾
拆除违建私宅12栋，阻滞15年的湖滨路得以打通。用3年时间完成老旧小区改造40个。
二、2023年工作安排
新建公园5个。
"""


def test_a_span_of_years_answers_how_many_years(tmp_path_factory):
    """「阻滞15年的湖滨路」: how long, a figure only 「多少年」 asks — and no count of the things beside it."""
    ask = asker(tmp_path_factory, "南湖区2023年政府工作报告_2023.txt", SPANS)
    assert [v.text for v in ask("南湖区2022年打通的湖滨路此前阻滞了多少年？").values] == ["15年"]
    assert [v.text for v in ask("南湖区2022年拆除了多少栋违建私宅？").values] == ["12栋"]
    assert [v.text for v in ask("南湖区2022年完成了多少个老旧小区改造？").values] == ["40个"]
