"""What a report says is still lacking is one list, introduced as such in the report's own words; the
question may call it 短板 or 做得不够好 where the report says 问题 or 挑战. A question asking for work on a
problem is no question for that list. On a report written for the test."""
import pytest

from assistant.problems import asks_problems
from conftest import asker

REPORT = """江宁区2018年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2017年工作回顾
（一）推动经济平稳较快增长
地区生产总值增长百分之九。围绕“补短板、强弱项”，重点开展了以下工作：一是新建学校五所；二是改造老旧小区十个。
（二）增进民生福祉
新建社区健康服务中心十家。
在总结成绩的同时，我们也清醒地认识到，全区发展还存在不少问题、面临诸多挑战。一是产业结构还不够优；二是城区功能品质有待提升；三是公共服务供给还不均衡。
二、2018年工作安排
（一）推动产业升级
着力解决以下突出问题：一是厂房空置率偏高；二是企业融资成本偏高。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "江宁区2018年政府工作报告_2018.txt", REPORT)


@pytest.mark.parametrize("question", ["江宁区2017年的工作还有哪些地方做得不够好？",
                                      "江宁区2017年的发展还有哪些短板和薄弱环节？"])
def test_shortcomings_in_other_words_are_the_reports_list_of_problems(ask, question):
    titles = [m.title for m in ask(question).measures]
    assert [t.split(" ")[-1] for t in titles] == ["产业结构还不够优", "城区功能品质有待提升", "公共服务供给还不均衡"]


def test_work_on_a_problem_is_not_asking_for_problems():
    assert asks_problems("江宁区2017年还存在哪些问题？")
    assert not asks_problems("江宁区2017年在补齐民生短板方面做了哪些工作？")
    assert not asks_problems("江宁区2018年打算重点解决哪些问题？")
    assert asks_problems("江宁区还有哪些问题没解决好？")
    assert asks_problems("江宁区2017年发展中还有哪些难题？")  # 难题: hard problems, shortcomings too
    assert not asks_problems("江宁区2022年重点抓哪几个老大难问题？")  # work on them, planned
    assert not asks_problems("江宁区2022年着力推进哪些难点问题？")


PLAIN_LEAD = """江北区2022年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2021年工作回顾
新建学校五所，改造老旧小区十个。
各位代表！前进的道路并不平坦，我们清醒认识到：一是产业转型动能不足；二是城市品质有待提升；三是公共安全形势依然严峻。
二、2022年工作安排
（一）推动产业升级
引进先进制造业项目30个。
"""


def test_a_list_whose_entries_say_what_is_lacking_is_the_list_of_problems(tmp_path_factory):
    """「我们清醒认识到：」 names no problem; its entries do (动能不足, 有待提升): that is the list asked."""
    ask = asker(tmp_path_factory, "江北区2022年政府工作报告_2022.txt", PLAIN_LEAD)
    titles = [m.title for m in ask("江北区2021年发展中还存在哪些问题和不足？").measures]
    assert [t.split(" ")[-1] for t in titles] == ["产业转型动能不足", "城市品质有待提升", "公共安全形势依然严峻"]


CLAUSES = """江东区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
针对长期存在的审批多、监管弱问题，我们持续深化放管服改革。审批事项削减44%，办理时限压缩一半。
我们清醒认识到，发展不平衡不充分的一些突出问题尚未解决。产业转型动力还不够足，创新能力还不够强，公共服务还有短板。我们一定尽心竭力做好工作。
二、2023年工作安排
（一）推动产业升级
引进先进制造业项目30个。
"""


def test_the_clauses_after_a_sentence_saying_what_is_lacking_are_the_problems(tmp_path_factory):
    """No list marks the problems: the sentence after 「…突出问题尚未解决。」 names them clause by clause;
    「针对…问题，我们持续深化…改革。」 is followed by what was done, not by what is lacking."""
    ask = asker(tmp_path_factory, "江东区2023年政府工作报告_2023.txt", CLAUSES)
    titles = [m.title for m in ask("江东区2022年发展中还存在哪些突出问题？").measures]
    assert titles[:3] == ["产业转型动力还不够足", "创新能力还不够强", "公共服务还有短板"]


FIELDS = """江南区2014年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2013年工作回顾
全年新增市场主体8000户，增长12%。
成绩来之不易，但与群众的期盼相比，还有不少差距。在产业方面，服务业比重偏低，结构需进一步优化。在城市建设方面，公共配套水平不高。在民生方面，优质学位供给不足。我们将以有力措施加以解决。
二、2014年工作安排
推动产业转型升级。
"""


def test_sentences_naming_a_field_each_after_a_gap_said_are_the_problems(tmp_path_factory):
    """「…还有不少差距。」 says what still is (还有) lacking, and the sentences after it open in one frame
    (「在产业方面，…。在城市建设方面，…」): each such sentence is a problem, whole; the closing promise is none."""
    ask = asker(tmp_path_factory, "江南区2014年政府工作报告_2014.txt", FIELDS)
    titles = [m.title for m in ask("江南区回顾2013年工作时，承认还存在哪些差距和不足？").measures]
    assert titles == ["在产业方面，服务业比重偏低，结构需进一步优化", "在城市建设方面，公共配套水平不高",
                      "在民生方面，优质学位供给不足"]
