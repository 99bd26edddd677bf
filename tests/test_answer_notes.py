"""The notes closing a report (名词解释) explain its terms: a sentence of one answers with the term its
entry stands under. On a report written for the test."""
import pytest

from conftest import index_asker, reports_index, says

REPORT = """北湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作回顾
设立涉外法律服务中心，服务企业1200家。推动传统产业转型升级。
二、2021年工作安排
培育新兴产业集群。
名词解释
1.海岸法律查明中心：全国首家查明外国法的机构，提供法律查明、商事调解等综合性法律服务。
2.“2+1”产业：2大支柱产业为金融业、商贸业，1个特色产业为黄金珠宝产业。
3.安全生产“平安十无”：指滨海街道为守牢城区安全底线提出的工作目标，包括无火灾、无溺水等十项。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return index_asker(reports_index(tmp_path_factory, [("北湖区政府工作报告_2021.txt", REPORT)]))


def test_a_thing_explained_in_the_notes_is_named_by_the_term_its_entry_stands_under(ask):
    """The entry's sentence says what the centre is; its name is the term the entry explains."""
    answer = ask("北湖区那家全国首家查明外国法的机构叫什么？")
    assert says(answer, "海岸法律查明中心")


def test_a_quoted_name_the_entry_stands_under_is_said_by_its_sentence(ask):
    """「“平安十无”」 is the term of the entry, not a word of its sentence: the sentence naming the
    street that set the goal answers the question quoting the term."""
    answer = ask("安全生产“平安十无”是哪个街道提出的工作目标？")
    assert says(answer, "滨海街道")



ATTACHED = """南湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作回顾
新建学校5所。
二、2021年工作安排
办好民生实事。
1.附件1
建成全国首家社区科学馆，面向居民免费开放。
"""


def test_an_attachment_is_no_term_explained(tmp_path_factory):
    """A sentence under 「1.附件1」 stands in an attachment, not under a term it explains: no 「附件1：」."""
    ask = index_asker(reports_index(tmp_path_factory, [("南湖区政府工作报告_2021.txt", ATTACHED)]))
    answer = ask("南湖区建成的全国首家社区科学馆叫什么？")
    assert not answer.abstained and "附件1：" not in answer.text
