"""Output as a denominator and shares: 「万元GDP能耗下降」 is no change of GDP, 「GDP总量不到全市的15%」
no level of GDP, and 「在GDP中占多少」 asks a share. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """北仑区2022年政府工作报告
一、2021年工作回顾
过去一年，地区生产总值从2016年1102亿元增长到2021年1496亿元，但全区GDP总量不到全市的15%，缺乏龙头大企业。
万元GDP能耗下降3.65%，获评省级节水型社会达标区。
实现地区生产总值1496.45亿元、全市第三，下降2.6%。
战略性新兴产业增加值652亿元，占地区生产总值比重43.6%。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "北仑区2022年政府工作报告_2022.txt", REPORT)


def test_an_intensity_per_output_is_no_change_of_the_output(ask):
    assert [v.value for v in ask("北仑区2021年GDP比上年下降了多少？").values] == [2.6]


def test_a_share_is_no_level(ask):
    assert [v.value for v in ask("北仑区2021年GDP是多少？").values] in ([1496.0], [1496.45])


def test_a_share_asked_with_zhan_is_a_share(ask):
    assert [v.value for v in ask("北仑区2021年战略性新兴产业在GDP中占多少？").values] == [43.6]


def test_the_rate_a_level_came_to_answers_asked_what_it_came_to(tmp_path_factory):
    """「综合税负水平降到了多少」 names no rate, but 「由12.5%降至10.2%」 is where the level came to: the rate
    answers. Asked what the level is, with no 降到, a percentage still answers no level (the share above)."""
    report = """北仑区2022年政府工作报告
一、2021年工作回顾
下调部分涉企收费，全区企业综合税负水平由12.5%降至10.2%。新增市场主体2.3万户。
"""
    ask = asker(tmp_path_factory, "北仑区2022年政府工作报告_2022.txt", report)
    assert [v.value for v in ask("北仑区2021年企业综合税负水平降到了多少？").values] == [10.2]


def test_a_level_named_right_before_its_percentage_is_its_value(tmp_path_factory):
    """「居民健康素养水平达到了多少」 names no rate, but 「…，居民健康素养水平38.2%」 gives that very level: the
    words right before the value asked are those right before the figure."""
    report = """北仑区2022年政府工作报告
一、2021年工作回顾
家庭医生签约服务覆盖30.5万人，居民健康素养水平38.2%，高于全省平均水平。
"""
    ask = asker(tmp_path_factory, "北仑区2022年政府工作报告_2022.txt", report)
    assert [v.value for v in ask("北仑区2021年居民健康素养水平达到了多少？").values] == [38.2]
