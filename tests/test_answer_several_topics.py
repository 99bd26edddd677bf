"""A measure question joining several topics is answered by the section whose entries take them up
in turn, not by the one entry on the first; verbs joined before one object (「保障和改善民生」) are one
topic. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """海州区2024年政府工作报告
一、2023年工作回顾
（一）经济运行稳中向好
地区生产总值增长6%。
二、2024年工作安排
（一）全力支持和服务各类市场主体，加快打造一流营商环境
大抓招商引资。落实全员招商体系，开展每月专项招商，举办招商大会30场以上，形成招商引资强大合力。聚焦三大方向实施精准招商，重点引进一批链主企业、行业领军企业。全年新引进企业400家以上，其中优质企业60家以上。大力培育优质市场主体，新增规上企业100家以上。
精细服务企业。建立挂点服务机制，走访企业2000家次，帮助解决诉求500项以上。
优化营商环境。深化商事制度改革，推行涉企事项一网通办。
（二）切实保障和改善民生
扩大优质教育供给，新增学位6000个。提升医疗服务水平，新建社康中心5家。完善养老服务体系，新增养老床位300张。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "海州区2024年政府工作报告_2024.txt", REPORT)


def test_several_topics_get_the_section_taking_each_up(ask):
    titles = [m.title for m in ask("海州区2024年在招商引资和服务企业方面有哪些举措？").measures]
    assert any("招商引资" in t for t in titles) and any("服务企业" in t for t in titles)


def test_one_topic_keeps_its_own_entry(ask):
    titles = [m.title for m in ask("海州区2024年在招商引资方面有哪些举措？").measures]
    assert titles and not any("服务企业" in t for t in titles)


def test_the_citations_of_an_answer_are_its_own(ask):
    """Answered in a trial first, the answer's markers still point at its passages."""
    answer = ask("海州区2024年在招商引资和服务企业方面有哪些举措？")
    assert [c.marker for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert {m.citation for m in answer.measures} <= {c.marker for c in answer.citations}
    for m in answer.measures:
        assert m.title.rstrip("。") in answer.citations[m.citation - 1].quote
