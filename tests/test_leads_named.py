"""Lead sentences set inside one paragraph are its items; a short sentence giving a figure is a
detail (「建成基站4000个。」), but digits joined to a letter name a thing (「5G」) and leave a lead a
lead. On a report written for the test."""
import pytest

from conftest import asker

REPORT = """南湖区2025年政府工作报告
一、2024年工作回顾
过去一年，全区经济平稳发展，各项事业取得新进展。
二、2025年工作安排
（一）推进产业链现代化
坚持以产业链拓展为抓手，增强产业链韧性，提升产业链水平。培育链主企业。出台支持链主企业的措施，对新认定的企业给予研发补助，推动大中小企业融通发展，形成一批协作配套的产业集群。构建领先的5G产业生态。推进基站建设，实现重点区域连续覆盖，拓展工业互联网、智慧交通等应用场景。建成基站4000个。保障产业发展空间。守住工业用地红线，加大土地整备和城市更新力度，建设一批高标准产业园区。
（二）建设美丽城区
推进河道治理，完成雨污分流改造，改善水环境质量。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "南湖区2025年政府工作报告_2025.txt", REPORT)


def test_a_lead_naming_a_thing_by_letters_and_digits_is_an_item(ask):
    answer = ask("南湖区2025年打算怎样提升产业链水平？")
    titles = [m.title.rstrip("。") for m in answer.measures]
    assert titles == ["培育链主企业", "构建领先的5G产业生态", "保障产业发展空间"]
