"""An honour asked in the asker's words (「评上了什么等级」, 「拿到了哪个称号」) is answered by the sentence
saying one in the report's (获评, 荣获, 被授予): the asking verb is no word to find, and a sentence
saying no honour is no answer. So is a name asked (「叫什么名字」). On a report written for these
tests."""
import pytest

from assistant.answer import route
from assistant.citations import coverage
from assistant.figure_score import held_whole
from conftest import index_asker, reports_index, says

REPORT = """东湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
区图书馆新增藏书20万册，开放时间延长至晚上十点。区图书馆获评国家一级图书馆。
湖心社区获评全国首个国际暗夜社区。新建区博物馆1座，馆藏文物3000件。
东湖公园完成提升改造，游客量增长30%。成功抗击超强台风“海燕”，实现零伤亡。
东湖湿地被省林业局批准为省级重要湿地保护示范区，新建观鸟屋2座。
深入开展“碧空”行动，空气质量优良天数比例达98%，连续五年全市第一；PM2.5年均浓度下降10%，获评“全国清新空气示范区”称号。
二、2024年工作安排
推进东湖公园二期建设。
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return reports_index(tmp_path_factory, [("东湖区政府工作报告_2024.txt", REPORT)])


@pytest.fixture(scope="module")
def ask(index):
    return index_asker(index)


@pytest.mark.parametrize("question, told", [
    ("东湖区图书馆2023年评上了什么等级？", "国家一级图书馆"),
    ("东湖区湖心社区2023年拿到了什么国际称号？", "国际暗夜社区"),
    # 批成 asked, 批准为 said: the designation a body grants
    ("东湖区东湖湿地2023年被省林业局批成了什么示范区？", "省级重要湿地保护示范区"),
])
def test_an_honour_asked_in_other_words_is_answered(ask, question, told):
    answer = ask(question)
    assert says(answer, told)


def test_how_well_the_asker_says_the_work_went_is_no_word_to_find(ask, index):
    """「做得好」 (a verb, 得 and its complement) praises the work: no passage need say it."""
    question = "东湖区湖心社区2023年因为夜空保护工作做得好拿到了什么国际称号？"
    assert "做得好" not in route(question, index).query.terms
    assert says(ask(question), "国际暗夜社区")


def test_what_the_honour_was_won_for_may_stand_in_the_sentence_before(ask):
    """The clause before 「；」 says what went well (空气质量); the one after, the honour it won."""
    answer = ask("东湖区2023年因为空气质量好获评了什么称号？")
    assert says(answer, "全国清新空气示范区")


def test_a_sentence_saying_no_honour_does_not_answer_one(ask):
    """The report says what the museum holds, not any honour it won."""
    assert ask("东湖区博物馆2023年评上了什么等级？").abstained


def test_a_name_asked_in_other_words_is_answered(ask):
    answer = ask("东湖区2023年抗击的那场超强台风叫什么名字？")
    assert says(answer, "海燕")


def test_how_a_name_is_asked_is_no_word_to_find(index):
    terms = route("东湖区2023年抗击的那场超强台风叫什么名字？", index).query.terms
    assert "台风" in terms and not {"叫", "名字", "那场"} & set(terms)


REWARD = """西湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
建立生态环境监督奖励机制，鼓励市民举报污染，共同保护生态环境。完成河道整治5条。
二、2024年工作安排
推进西湖公园二期建设。
"""


def test_a_reward_or_subsidy_is_no_honour(tmp_path_factory):
    """「奖励机制」 rewards informers: no honour won, so the question on one is not answered with it."""
    ask = index_asker(reports_index(tmp_path_factory, [("西湖区政府工作报告_2024.txt", REWARD)]))
    assert ask("西湖区2023年在生态环境方面拿到了什么称号？").abstained


def test_an_honour_said_with_rong_ying_answers(tmp_path_factory):
    """「荣膺」 says an honour received as 荣获 does: the sentence saying it answers 「获得了什么荣誉称号」."""
    text = """西湖区2023年政府工作报告
一、2022年工作回顾
新建消防站2座，更新消防车12辆。区消防救援大队荣膺“全国优秀消防救援队伍”。
二、2023年工作安排
新建消防站1座。
"""
    ask = index_asker(reports_index(tmp_path_factory, [("西湖区政府工作报告_2023.txt", text)]))
    answer = ask("西湖区消防救援大队在2022年获得了什么荣誉称号？")
    assert says(answer, "全国优秀消防救援队伍")



@pytest.mark.parametrize("text, held", [
    ("获评2023年度全国魅力城区，新建公园8座", True),  # its words in order in one clause
    ("城区面貌焕然一新，年度任务全面完成", False),  # in two clauses, the other way round
    ("推进城区更新的年度计划", False),  # in one clause, the other way round
])
def test_a_word_kept_whole_is_held_when_one_clause_says_its_words_in_order(text, held):
    """jieba keeps 「年度城区」 whole in a question; a sentence says 「2023年度全国魅力城区」. A fact's
    sentence holds it when one clause says 年度 then 城区, not when they stand apart."""
    terms = ("年度城区", "年度", "城区")
    assert held_whole(text, "年度城区", terms) is held
    assert (coverage(terms, {t: 1.0 for t in terms}, text, apart=True) == 1.0) is held


@pytest.mark.parametrize("text, held", [
    ("虚拟电厂可调节能力达20万千瓦", True),  # 达 alone, a verb, for 达到
    ("辖区经济较为发达", False),  # 达 inside 发达 says no 达到
])
def test_a_verb_of_two_characters_is_held_when_the_sentence_says_one_of_them_alone(text, held):
    assert held_whole(text, "达到", ("达到",)) is held


def test_a_fact_asked_with_a_verb_the_report_writes_shorter_is_answered(tmp_path_factory):
    """The report writes 获 where the asker says 获得: the sentence holds the question's words."""
    text = ("东湖区2024年政府工作报告\n一、2023年工作回顾\n南湖街道获国家卫生街道称号，新建社区公园3个。\n"
            "北湖街道完成老旧小区改造12个。\n")
    ask = index_asker(reports_index(tmp_path_factory, [("东湖区政府工作报告_2024.txt", text)]))
    assert says(ask("东湖区2023年哪个街道获得了国家卫生街道称号？"), "南湖街道获国家卫生街道称号")


def test_the_kind_of_honour_named_far_after_which_need_not_be_said(tmp_path_factory):
    """「哪项法治方面的全国性荣誉称号」 names the kind (荣誉称号) eight characters after 哪项; the sentence
    stating the honour (「获“全国法治创建先进区”」) need not say 称号, as no honour is said without one."""
    text = """西湖区2023年政府工作报告
一、2022年工作回顾
深化法治政府建设，行政复议纠错率下降5%。网络问政拉近政民距离。获“全国法治创建先进区”。
二、2023年工作安排
新建消防站1座。
"""
    ask = index_asker(reports_index(tmp_path_factory, [("西湖区政府工作报告_2023.txt", text)]))
    assert says(ask("西湖区2022年获得了哪项法治方面的全国性荣誉称号？"), "全国法治创建先进区")


def test_the_asking_verb_in_any_aspect(tmp_path_factory):
    """「拿过什么国际奖项」 asks an honour as 「拿到了」 does: the sentence saying one answers, not the one that
    only holds the words (「50公里环城绿道」)."""
    ask = index_asker(reports_index(tmp_path_factory, [("西湖区政府工作报告_2021.txt", """西湖区2021年政府工作报告
一、过去五年工作回顾
建成北站绿廊、50公里环城绿道，公园数增长48%，全面建成“公园之城”，实现了国际化城区建设的历史性跨越。
市容市貌焕然一新，环城绿道荣获国际风景园林协会杰出奖，“阳台”段获评十佳健身步道。
二、今后五年工作安排
推进公园建设。
""")]))
    assert says(ask("西湖区那条50公里长的环城绿道拿过什么国际奖项？"), "国际风景园林协会杰出奖")
