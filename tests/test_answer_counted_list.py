"""「八大重点工程分别是什么」 counts the list it asks for without 哪: the chapters of a part that are as many as
counted and each name what is counted (「…工程」) answer it, not a paragraph that merely mentions them. On a
district report and a question written for this test."""
import pytest

from conftest import asker

REPORT = """东湖区2016年政府工作报告
一、2015年工作回顾
全年完成投资300亿元。
二、2016年主要工作
（一）强力推进重点项目建设工程
加快总部经济集聚。
（二）强力推进创新驱动示范工程
巩固核心优势。
（三）强力推进交通建设会战工程
缓解出行难。
（四）强力推进城区安全兜底工程
严守安全底线。
为确保上述“四大重点工程”全面落地，我们将在政府系统实施“三转三提”工程：转变作风，提振精神。转变观念，提升能力。转变职能，提高效率。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2016年政府工作报告_2016.txt", REPORT)


def test_a_counted_list_asked_without_na_is_the_chapters_as_many_as_counted(ask):
    titles = [m.title for m in ask("东湖区2016年要全力推进的“四大重点工程”分别是什么？").measures]
    assert titles == ["（一）强力推进重点项目建设工程", "（二）强力推进创新驱动示范工程", "（三）强力推进交通建设会战工程",
                      "（四）强力推进城区安全兜底工程"]


def test_what_is_counted_ends_at_the_verb_after_it():
    from assistant.answer_lists import _counted_noun

    assert _counted_noun("东湖区要从哪八个方面推进振兴发展？") == "方面"
    assert _counted_noun("东湖区的十大改革是哪些？") == "改革"


AREAS = """南湖区2024年政府工作报告
一、2023年工作回顾
全年完成投资300亿元。
二、2024年工作安排
（一）加快建设高品质城区
更加注重均衡协同。完善城区空间规划。重点要加快建设三大重点片区。北站商务区要加快建设一批重点项目，打造国际会客厅。湖畔新城要加快推进公园建设，打造智造中心。古墟小镇要推出文旅消费场景，做旺文旅商圈。
更加注重舒适便利。新建公园5个。
更加注重智慧高效。建设城区数字底座。
"""


@pytest.fixture(scope="module")
def ask_areas(tmp_path_factory):
    return asker(tmp_path_factory, "南湖区2024年政府工作报告_2024.txt", AREAS)


def test_each_of_what_a_sentence_counts_asked_is_the_sentences_after_it(ask_areas):
    """「各个重点片区分别…」 names what 「…三大重点片区。」 counts: the three sentences closing its paragraph
    after it answer, one per area, not the chapter's leads."""
    titles = [m.title for m in ask_areas("南湖区2024年各个重点片区分别准备怎么建设？").measures]
    assert [t[:5] for t in titles] == ["北站商务区", "湖畔新城要", "古墟小镇要"]


CLAUSES = """西湖区2024年政府工作报告
一、2023年工作回顾
全年完成投资300亿元。
二、2024年工作安排
（一）推进城中村综合治理
城中村是城区品质的短板。今后一个时期，着重解决好现有“三个一批”问题，拆除一批违法建筑，改造一批老旧楼栋，整治一批消防隐患。新建口袋公园3个。
（二）提升公共服务水平
新增学位5000个。新建社康中心6家。
"""


@pytest.fixture(scope="module")
def ask_clauses(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", CLAUSES)


def test_the_clauses_after_one_counting_them_answer_a_question_counting_as_many(ask_clauses):
    """「着重解决好现有“三个一批”问题，」 and three clauses closing the sentence: the three asked."""
    titles = [m.title for m in ask_clauses("西湖区2024年推进城中村治理要解决的三类问题分别是什么？").measures]
    assert titles == ["拆除一批违法建筑", "改造一批老旧楼栋", "整治一批消防隐患"]


def test_clauses_after_a_count_are_no_list_for_a_question_counting_nothing(ask_clauses):
    """As many clauses as a clause counts may follow it by chance: a question not counting is not
    answered with them."""
    titles = [m.title for m in ask_clauses("西湖区2024年在城中村治理方面有哪些打算？").measures]
    assert titles != ["拆除一批违法建筑", "改造一批老旧楼栋", "整治一批消防隐患"]


BATTLES = """北湖区2024年政府工作报告
一、2023年工作回顾
我们在打好重点领域攻坚战方面取得扎实进展，推动质量变革、效率变革、动力变革。
二、2024年工作安排
（一）推动高质量发展
做强先进制造业。新增规上工业企业100家。
（二）坚决打好三大攻坚战
要围绕完成年度攻坚任务，明确各方责任，强化协同配合。
推动重大风险防范化解取得明显进展。稳妥处置地方债务风险。
加大精准帮扶力度。新增帮扶项目30个。
推进污染防治取得更大成效。空气优良天数比例达95%。
"""


def test_a_heading_counting_as_the_question_does_answers_with_its_entries(tmp_path_factory):
    """「（二）坚决打好三大攻坚战」 counts as 「哪三大攻坚战」 does and leads three entries after its opening: those
    answer, not three things a sentence on 攻坚战 lists in passing."""
    ask = asker(tmp_path_factory, "北湖区2024年政府工作报告_2024.txt", BATTLES)
    titles = [m.title for m in ask("北湖区2024年要坚决打好哪三大攻坚战？").measures]
    assert titles == ["推动重大风险防范化解取得明显进展。", "加大精准帮扶力度。", "推进污染防治取得更大成效。"]
