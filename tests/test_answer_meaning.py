"""What a term stands for (「“新城建”是什么的简称」, 「这个ESI指的是什么」) is what the report's notes (名词解释)
say under that term's entry, not the body sentence using the term. On a report written for these
tests."""
import pytest

from conftest import asker

REPORT = """东湖区2023年政府工作报告
一、2022年工作回顾
全年新增国家高新技术企业120家。南昌大学有15个学科进入ESI前1%。
二、2023年工作安排
推动“新城建”对接“新基建”，全面布局5G通信、光纤网络等新一代基础设施。
支持“两高”企业技改，引导产业向低碳方向转型。
推广“信用就医”，新增签约医疗机构20家。
加快“两园”空间转型升级，推进产业片区更新。
深入推进教育“三名”工程，组建社区防疫“三人小组”。
名词解释
1.新城建：即“新型城市基础设施建设”的简称，指以信息网络应用为基础的城市基础设施。
2.ESI：基本科学指标数据库，是评价高校学术水平的重要工具。
3.“两高”企业：指的是“高耗能、高污染”企业。
4.信用就医：“先诊疗后付费”的就医模式。患者就诊结束后再一并支付。
5.两园（P3，P9）：指生物医药产业园、数字经济产业园
6.三人小组：由社区网格员、社康医生、社区民警组成。
7.“三名”工程：指“名校长、名师、名班主任”培养工程。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2023年政府工作报告_2023.txt", REPORT)


@pytest.mark.parametrize("question, meaning", [
    ("东湖区2023年要推动的“新城建”是什么的简称？", "新型城市基础设施建设"),
    ("东湖区2023年说的“两高”企业指的是什么企业？", "高耗能、高污染"),
    ("东湖区2023年说的“两高”具体指的是哪两高？", "高耗能、高污染"),  # 哪两 asks no list here
    ("东湖区2022年有15个学科进入ESI前1%，这个ESI指的是什么？", "基本科学指标数据库"),
    # the entry's heading (「4.信用就医」) is the term, not what it is
    ("东湖区2023年推广的“信用就医”是一种什么样的就医模式？", "先诊疗后付费"),
    # an entry with its pages and its meaning on one short line: the term heads it, the meaning follows
    ("东湖区2023年说的“两园”指的是哪两个园？", "生物医药产业园、数字经济产业园"),
    # a counted name's members asked as what it is made of, or with a verb before 哪
    ("东湖区2023年组建的社区防疫“三人小组”由哪些人组成？", "社区网格员、社康医生、社区民警"),
    ("东湖区2023年要推进的教育“三名”工程，指的是培养哪三类人？", "名校长、名师、名班主任"),
])
def test_the_notes_entry_on_the_term_answers(ask, question, meaning):
    answer = ask(question)
    assert meaning in answer.text and not answer.abstained


def test_a_question_asking_no_meaning_is_answered_from_the_body(ask):
    """「打算推动什么对接“新基建”」 asks what the report says it will do, not a term's meaning."""
    answer = ask("东湖区2023年打算推动什么对接“新基建”？")
    assert "全面布局5G通信" in answer.text


def test_a_report_paired_with_two_years_answers_once(ask):
    """「东湖区2023年报告说2022年南昌大学…」 reads two places (东湖区, and its city 南昌市 inside 「南昌大学」)
    each with a year; both pairs lead to the district's one report, which answers once, not a line per
    pair."""
    answer = ask("东湖区2023年报告说2022年南昌大学有15个学科进入ESI前1%，这个ESI指的是什么？")
    assert answer.text.count("基本科学指标数据库") == 1


def test_a_notes_entry_opening_its_own_paragraph_answers(tmp_path_factory):
    """Entries written 「[2].双精准：精准扶贫、精准脱贫。」, each a paragraph of the notes with no heading of
    its own: the term before the colon is the entry's."""
    report = """东湖区2016年政府工作报告
一、奋斗目标和振兴举措
落实“双精准”[2]要求，做好对口帮扶各项工作。推进“三名工程”[1]建设。
名词解释：
[1].三名工程：名医、名院、名诊所。
[2].双精准：精准扶贫、精准脱贫。
"""
    ask = asker(tmp_path_factory, "东湖区2016年政府工作报告_2016.txt", report)
    answer = ask("东湖区2016年讲的对口帮扶“双精准”，具体指的是哪两个精准？")
    assert "精准扶贫、精准脱贫" in answer.text and "名医" not in answer.text


def test_a_term_asked_as_a_list_is_answered_by_its_notes_entry(tmp_path_factory):
    """「“三名工程”指的是哪三项」 asks a list (哪三), as 「“老三样”是指哪三样」 does of a report with no notes
    on it; where the notes explain the term, their entry answers."""
    report = """东湖区2016年政府工作报告
一、奋斗目标和振兴举措
推进“三名工程”[1]建设，引进名医20名。
名词解释：
[1].三名工程：名医、名院、名诊所。
"""
    ask = asker(tmp_path_factory, "东湖区2016年政府工作报告_2016.txt", report)
    answer = ask("东湖区2016年说的“三名工程”指的是哪三项？")
    assert answer.intent == "measure" and "名医、名院、名诊所" in answer.text


def test_a_counted_term_asked_of_each_member_is_answered_by_the_work(tmp_path_factory):
    """「对“三大片区”分别有什么安排」 asks what is done for each, not which they are: the plan's items
    for them answer, not the notes' entry naming them."""
    report = """东湖区2016年政府工作报告
一、2016年工作安排
（一）推进“三大片区”开发建设
1.加快推动滨湖新城建设。完成路网规划，启动首批安置房。
2.深入推进科技园发展。引进研发机构10家。
3.大力推进空港物流区建设。建成冷链仓储中心。
名词解释：
[1].三大片区：即滨湖新城、科技园和空港物流区。
"""
    ask = asker(tmp_path_factory, "东湖区2016年政府工作报告_2016.txt", report)
    answer = ask("东湖区2016年对“三大片区”建设分别有什么安排？")
    assert "加快推动滨湖新城建设" in answer.text and "大力推进空港物流区建设" in answer.text
    assert "即滨湖新城" not in answer.text
    # asked which they are, the notes answer
    assert "即滨湖新城、科技园和空港物流区" in ask("东湖区2016年说的“三大片区”是哪三个？").text
