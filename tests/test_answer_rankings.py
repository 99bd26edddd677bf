"""A ranking, an ordinal or a place asked as a fact: the sentence answering states what is asked
(a place in a list, the ordinal, a province), in its own words; a name the question quotes, the
sentence says whole; a report planning the year asked answers from its plans. On a report written
for these tests."""
import pytest

from conftest import asker, says

REPORT = """海曙区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作回顾
地区生产总值1260亿元，跃居全市第三。
坚持把创新作为第一动力，提升城市综合竞争力。
位居全国“创新百强区”第二，工业增加值增长8%。
荣获第六届全国文明城区称号。
海曙茶叶博览会在云南省举办，签约项目36个。
入选全国“绿色发展百强区”。
二、2021年工作安排
办好首届海曙消费品博览会，建设海曙科学城。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "海曙区政府工作报告_2021.txt", REPORT)


def test_a_ranking_asked_in_other_words_than_the_reports(ask):
    """排 is how the question asks; the report says 跃居."""
    answer = ask("海曙区2020年GDP在全市排第几？")
    assert says(answer, "第三")


COUNTED = """江北区2021年政府工作报告
一、2020年工作回顾
新增国家高新技术企业120家，总数达到860家，数量居全市第二。
二、2021年工作安排
培育更多高新技术企业。
"""


@pytest.mark.parametrize("question", ["江北区2020年国家高新技术企业数量在全市排什么位置？",
                                      "江北区2020年国家高新技术企业数量在全市是什么名次？",
                                      "江北区2020年国家高新技术企业数量在全市取得了怎样的名次？"])
def test_a_place_asked_as_a_position_is_a_ranking(tmp_path_factory, question):
    """「排什么位置」 asks a place in a list as 排第几 does, though the question names a count (数量): a
    fact told in a sentence, not one of the sentence's figures."""
    answer = asker(tmp_path_factory, "江北区政府工作报告_2021.txt", COUNTED)(question)
    assert says(answer, "居全市第二") and not answer.values


def test_an_ordinal_before_a_word_is_no_place_in_a_ranking(ask):
    """「第一动力」 names a thing; the question's words are all in that sentence."""
    assert ask("海曙区2020年城市综合竞争力在全国排名第几？").abstained


def test_a_list_the_question_quotes_must_be_the_one_ranked(ask):
    """The report ranks the district second of another list than the one asked."""
    assert ask("海曙区2020年在全国“工业百强区”中排第几？").abstained


def test_an_ordinal_asked_is_filled_by_the_same_word(ask):
    answer = ask("海曙区2020年荣获第几届全国文明城区称号？")
    assert says(answer, "第六届")


def test_a_province_asked_is_named_by_the_sentence(ask):
    answer = ask("海曙区2020年的茶叶博览会在哪个省份举办？")
    assert says(answer, "云南省")


def test_a_sentence_naming_no_province_does_not_answer_where(ask):
    assert ask("海曙区2021年首届消费品博览会在哪个省份举办？").abstained


def test_a_report_planning_the_year_answers_from_its_plans(ask):
    """No report reviews 2021: the review part of the one planning it tells of 2020."""
    answer = ask("海曙区2021年要建设什么科学城？")
    assert says(answer, "海曙科学城")
    assert ask("海曙区2021年入选了全国什么百强区？").abstained


def test_received_asked_in_everyday_words_and_a_second_place_as_a_place(tmp_path_factory):
    """「拿了第几名」 is how people ask; the report says 荣获…亚军, a place in the competition."""
    report = """江北区2022年政府工作报告
一、2021年工作回顾
江北女排荣获省运会亚军，江北少年足球队获评全省优秀队伍。
二、2022年工作安排
办好全民健身运动会。
"""
    ask = asker(tmp_path_factory, "江北区2022年政府工作报告_2022.txt", report)
    answer = ask("江北区女排2021年在省运会上拿了第几名？")
    assert says(answer, "亚军")


SUPERLATIVE = """湖滨区2021年政府工作报告
一、2020年工作回顾
在全市“金算盘”评选中收获三金两银，获奖数各区最多。全区新建公园5个，数量较上年增加2个。
二、2021年工作安排
办好第二届湖滨读书节。
"""


def test_the_most_of_a_scope_is_a_place_in_its_ranking(tmp_path_factory):
    """「各区最多」 puts the district first of the districts: it answers 排第几 asked of them."""
    ask = asker(tmp_path_factory, "湖滨区政府工作报告_2021.txt", SUPERLATIVE)
    assert says(ask("湖滨区2020年在市“金算盘”评选中获奖数量在各区里排第几？"), "获奖数各区最多")


def test_the_most_of_no_scope_is_no_place(tmp_path_factory):
    """「最大限度」 ranks nothing: a sentence saying only it does not answer a ranking."""
    text = "湖滨区2021年政府工作报告\n一、2020年工作回顾\n最大限度减少疫情对公园建设的影响，全区新建公园5个。\n"
    assert asker(tmp_path_factory, "湖滨区政府工作报告_2021.txt", text)("湖滨区2020年新建公园数量在全市排第几？").abstained


HEAD_OF = """镇海区2022年政府工作报告
一、2021年工作回顾
举办海洋文化节，吸引游客12万人次。
海洋文化节分会场数量连续6年位列全市各区之首。
二、2022年工作安排
办好第八届海洋文化节。
"""


def test_the_head_of_a_list_is_its_first_place(tmp_path_factory):
    """「位列全市各区之首」 states a place (the first) as 「全市第一」 would: the ranking asked is told."""
    answer = asker(tmp_path_factory, "镇海区政府工作报告_2022.txt", HEAD_OF)("镇海区2021年海洋文化节分会场数量在全市各区中排第几？")
    assert says(answer, "位列全市各区之首")
