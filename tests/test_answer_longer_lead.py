"""A section's paragraphs each open with a lead sentence, one of them a little longer than the
others (20 characters against 8–12): it is an entry too. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """西岭区2025年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2024年工作回顾
全年地区生产总值增长5%。
二、2025年主要工作
（一）深化重点领域改革，激发发展活力
优化营商环境。推行企业开办一日办结，清理涉企收费事项12项。
深化土地管理制度改革。探索工业用地弹性出让，盘活低效用地800亩。
稳步推动区属国企和村集体股份合作公司改革。出台国企改革方案，推进股份合作公司股权试点。
完善公共服务供给机制。推广集团化办学，建设紧密型医联体。
（二）提升城区品质
新建公园5个，改造老旧小区30个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西岭区2025年政府工作报告_2025.txt", REPORT)


def test_a_longer_lead_among_leads_is_an_entry(ask):
    """Every paragraph of the section is an entry, the 20-character lead in its place among them."""
    titles = [m.title.rstrip("。") for m in ask("西岭区2025年在重点领域改革方面打算怎么做？").measures]
    assert titles == ["优化营商环境", "深化土地管理制度改革", "稳步推动区属国企和村集体股份合作公司改革",
                      "完善公共服务供给机制"]
