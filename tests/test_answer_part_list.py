"""A question naming a topic is not answered with the list of a whole part's chapters because the part's
passages are all it finds (「在提高老百姓生活水平方面做了哪些工作」, the words in no heading): the part's
heading says when, not what, so the answer is an honest 「未找到」; the part's list answers a question
naming no topic. On a report written for the test."""
import pytest

from conftest import asker

REPORT = """江宁区2018年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2017年工作回顾
一是着力深化改革开放。商事登记改革持续深化，新设企业一万家。
二是注重调整经济结构。高新技术产业产值增长百分之十二。
三是切实保障和改善民生。民生支出增长百分之九，新增就业岗位两万个。
四是改进社会治理方式。建成网格化管理平台。
二、2018年工作安排
（一）推动产业升级
培育新兴产业集群。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "江宁区2018年政府工作报告_2018.txt", REPORT)


def test_a_topic_no_part_of_the_review_names_is_not_answered_with_the_parts_chapters(ask):
    assert ask("江宁区2017年在提高老百姓生活水平方面做了哪些工作？").abstained


def test_a_question_naming_no_topic_gets_the_parts_chapters(ask):
    titles = [m.title for m in ask("江宁区2017年主要做了哪些工作？").measures]
    assert [t[:2] for t in titles] == ["一是", "二是", "三是", "四是"]


def test_work_asked_in_another_verb_and_measure_word_names_no_topic_either(ask):
    """「主要抓了哪几块工作」 asks what 「主要做了哪些工作」 asks: 抓 and 几块 name nothing to find."""
    titles = [m.title for m in ask("江宁区2017年主要抓了哪几块工作？").measures]
    assert [t[:2] for t in titles] == ["一是", "二是", "三是", "四是"]


def test_achievements_asked_with_no_topic_get_the_reviews_chapters(ask):
    """「取得了哪些主要成绩」 asks what the review part sets out, as 「主要做了哪些工作」 does."""
    titles = [m.title for m in ask("江宁区2017年取得了哪些主要成绩？").measures]
    assert [t[:2] for t in titles] == ["一是", "二是", "三是", "四是"]


def test_a_numbered_paragraph_too_long_for_a_heading_is_listed_with_the_numbered_sections(tmp_path_factory):
    """「30.实施食品安全放心工程，…」 runs past a heading's length, so the structure reads it as a
    paragraph of 「29.…」; listed, it is the entry between 29 and 31."""
    long_first = ("30.实施食品安全放心工程，食品抽检量由每千人4.5批次提升至每千人5.0批次，抽检合格率提升到98%，"
                  "全区未发生重大食品安全事故。")
    report = f"""东湖区2017年政府工作报告
一、2016年工作回顾
（一）稳增长
全区地区生产总值增长8%。
（二）保平安
28.完善安全生产监管体系。压实企业主体责任。
29.开展消防安全专项行动。排查建筑1.2万栋。
{long_first}
31.强力推进禁毒工作。破获毒品案件120宗。
二、2017年工作安排
（一）推动产业升级
培育新兴产业集群。
"""
    ask = asker(tmp_path_factory, "东湖区2017年政府工作报告_2017.txt", report)
    titles = [m.title for m in ask("东湖区2016年在保平安方面做了哪些工作？").measures]
    assert [t[:3] for t in titles] == ["28.", "29.", "30.", "31."]


TWO_PLAN_PARTS = """江宁区2025年政府工作报告
一、2024年工作回顾
（一）经济平稳增长
地区生产总值增长5%。
二、2025年经济社会发展总体要求
（一）坚持稳中求进
保持经济平稳运行。
（二）坚持改革创新
深化重点领域改革。
三、2025年政府工作任务
（一）扩大国内需求
提振消费，扩大投资。
（二）发展新质生产力
培育新兴产业。
（三）保障和改善民生
新增学位5000个。
"""


def test_of_two_parts_of_the_year_the_one_whose_heading_holds_the_words_answers(tmp_path_factory):
    """「政府工作任务主要有哪些方面」: both plan chapters name 2025, the one headed 「政府工作任务」 is asked."""
    ask = asker(tmp_path_factory, "江宁区2025年政府工作报告_2025.txt", TWO_PLAN_PARTS)
    answer = ask("江宁区2025年政府工作任务主要有哪些方面？")
    assert [m.title for m in answer.measures] == ["（一）扩大国内需求", "（二）发展新质生产力", "（三）保障和改善民生"]


SPAN_PART = """江宁区2021年政府工作报告
一、2020年工作回顾
（一）经济平稳增长
地区生产总值增长3%。
二、“十四五”发展的基本思路
“十四五”时期，我们要保持战略定力，奋力开创新局面。
一是坚定推进创新驱动。建设科创平台，培育创新企业。
二是全面深化改革。推进重点领域改革。
三是持续扩大开放。深化区域合作。
三、2021年主要工作
（一）培育发展新动能
新增高新技术企业100家。
（二）提升城区品质
新建公园5座。
"""


def test_a_span_asked_is_answered_by_the_part_on_that_span(tmp_path_factory):
    """「“十四五”期间…重点抓好哪几个方面」: the chapter naming 十四五, not the year's plan chapter."""
    ask = asker(tmp_path_factory, "江宁区2021年政府工作报告_2021.txt", SPAN_PART)
    answer = ask("江宁区“十四五”期间政府工作要重点抓好哪几个方面？")
    assert [m.title.split(" ")[-1] for m in answer.measures] == ["坚定推进创新驱动", "全面深化改革", "持续扩大开放"]
