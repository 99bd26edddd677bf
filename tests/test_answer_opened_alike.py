"""Paragraphs opening with one whole clause (「——做好今年的工作，必须…。」 three times) are a list, each entry
named by what follows the shared words; a question saying that clause asks for it. On a report written for
these tests."""
import pytest

from conftest import asker

REPORT = """南川区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作回顾
一年来，全区经济平稳增长，地区生产总值增长6%。
过去三年，我们完成了城市更新项目30个，新增学位1.2万个。
过去三年，我们引进重点企业40家，培育专精特新企业60家。
过去三年，我们新建公园20座，治理黑臭水体15条。
二、2021年工作安排
今年是建区十周年，我们要接续奋斗、再创佳绩。
——做好今年的工作，必须坚持创新引领，把科技创新摆在发展全局的核心位置。
——做好今年的工作，必须深化改革开放，用足用好改革试点的政策红利。
——做好今年的工作，必须增进民生福祉，把财力更多投向教育、医疗和养老。
（一）推动产业升级
新建产业园区3个，新增规上工业企业80家。
（二）改善城区环境
新建口袋公园10个，完成老旧小区改造20个，做到应改尽改。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "南川区2021年政府工作报告_2021.txt", REPORT)


def test_question_saying_the_shared_clause_takes_the_paragraphs(ask):
    """「做好今年的工作必须做到哪几点」 says the clause the three dash paragraphs open with."""
    titles = [m.title for m in ask("南川区2021年提出做好今年的工作必须做到哪几点？").measures]
    assert titles == ["坚持创新引领", "深化改革开放", "增进民生福祉"]



SUBJECT_REPORT = """北湾区2022年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2021年工作回顾
一年来，全区经济平稳增长，地区生产总值增长5%。
二、今后五年的目标任务
站在新的起点上，我们必须认清形势、把握机遇。
新起点新航程，我们更加需要稳住心神、把握大势。当前，北湾正处在转型发展的关键时期，机遇与挑战并存。
新起点新航程，我们更加需要迎难而上、真抓实干。制约北湾发展的主要因素是空间不足，必须加快土地整备。
新起点新航程，我们更加需要勇立潮头、争创一流。我们要对标最高最好最优，在比学赶超中实现跨越。
（一）推动产业升级
新建产业园区3个，新增规上工业企业80家。
"""


@pytest.fixture(scope="module")
def ask_subject(tmp_path_factory):
    return asker(tmp_path_factory, "北湾区2022年政府工作报告_2022.txt", SUBJECT_REPORT)


def test_subject_and_verbs_after_the_clause_are_shared_words(ask_subject):
    """「我们更加需要」 after the shared clause leads into each entry (a pronoun, an adverb, a verb): the
    paragraphs are still one list, each entry named by what follows it."""
    titles = [m.title for m in ask_subject("北湾区在新起点新航程上更加需要做到哪几点？").measures]
    assert titles == ["稳住心神、把握大势", "迎难而上、真抓实干", "勇立潮头、争创一流"]
