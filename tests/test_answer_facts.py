"""Facts that are not plain figures: a count written as a word (「七连冠」, 「国家三级博物馆」), a place
in a ranking, one named thing a plan builds. On a report written for these tests."""
import pytest

from conftest import FakeEncoder, asker, says

REPORT = """东湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2020年工作回顾
获广东省双拥模范区七连冠。东湖古村获评国家三级博物馆。
区政府门户网站连续五年荣获全国政府网站绩效评估第一名。
新增商事主体8500家，增幅位居全市第四。
入选全国绿色发展百强区。区行政服务大厅获评“全国政务服务十佳案例”。
区文化馆获得多项荣誉。东湖古村被授予历史文化名村称号。
湖光、湖韵两家企业荣获国家科技进步奖一等奖。1995年3月1日，东湖区正式成立。
湖滨街道居民李明被评为全国最美志愿者。
湖心大桥工程获“鲁班奖”和省优质工程奖。东湖产业基金入选全国政府引导基金50强、湾区直投30强。
二、2021年工作安排
在湖心片区建设“东湖科学城”，打造全省首个数字孪生街区。奋力建成未来之城。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2021.txt", REPORT)


@pytest.mark.parametrize("question, told", [
    ("东湖区2020年获得广东省双拥模范区几连冠？", "七连冠"),
    ("东湖古村获评了几级博物馆？", "国家三级博物馆"),
    ("东湖区政府门户网站连续几年获得全国政府网站绩效评估第一名？", "连续五年"),
])
def test_a_count_written_as_a_word_is_answered_with_its_sentence(ask, question, told):
    answer = ask(question)
    assert says(answer, told)


def test_a_ranking_is_answered_by_the_sentence_stating_the_place(ask):
    answer = ask("东湖区2020年新增商事主体的增幅在全市排第几？")
    assert "第四" in answer.text


def test_a_ranking_no_sentence_states_is_not_answered(ask):
    """The report names the list but no place in it."""
    assert ask("东湖区2020年在全国绿色发展百强区中排第几？").abstained


def test_the_kind_asked_need_not_be_named_by_the_answer(ask):
    """「拿过什么荣誉称号」 asks for a title; the sentence names the title (「全国政务服务十佳案例」)
    without the words 荣誉 or 称号."""
    answer = ask("东湖区2020年行政服务大厅拿过什么荣誉称号？")
    assert says(answer, "十佳案例")


def test_the_words_asking_what_kind_need_not_be_in_the_answer(ask):
    """「一座什么样的城」: 一座 and 什么样 ask; the sentence says 未来之城."""
    answer = ask("东湖区2021年奋力建成一座什么样的城？")
    assert says(answer, "未来之城")


@pytest.mark.parametrize("question, told", [
    ("东湖区2020年哪两家企业拿了国家科技进步奖？", "湖光、湖韵"),
    ("东湖区是哪一天正式成立的？", "1995年3月1日"),
    ("东湖区2020年哪位居民被评为全国最美志愿者？", "李明"),  # 「哪位居民」 asks no ranking (位居)
    ("东湖区2020年入选了哪一项全国百强？", "绿色发展百强区"),  # 「哪一项」: one thing, its sentence
    # honours asked as a list right after the verb: the sentence naming them, not a chapter's work
    ("东湖区的湖心大桥工程2020年获得了哪些奖项？", "获“鲁班奖”和省优质工程奖"),
    ("东湖产业基金2020年入选了哪些榜单？", "全国政府引导基金50强、湾区直投30强"),
])
def test_a_question_asking_which_bodies_or_which_day_is_answered_with_the_sentence(ask, question, told):
    """「哪两家企业」, 「哪一天」 ask named things, not the work of a section: the sentence naming them."""
    answer = ask(question)
    assert answer.intent == "fact" and says(answer, told)


def test_one_thing_a_plan_builds_is_answered_as_a_fact(ask):
    answer = ask("东湖区2021年计划在湖心片区建设什么？")
    assert answer.intent == "fact" and "东湖科学城" in answer.text


@pytest.mark.parametrize("question, intent", [
    ("东湖区2021年计划打造全省首个什么？", "fact"),
    ("东湖区2021年在城市管理方面有什么打算？", "measure"),
    ("东湖区2021年在民生方面打算做些什么？", "measure"),
    ("东湖区下一步的重点是什么？", "measure"),
    ("东湖区2020年获得双拥模范区几连冠？", "fact"),
    ("东湖区2016年要推进的“六大工程”分别是什么？", "measure"),  # several things: their list
    ("东湖区2016年要推进的重点工程是什么？", "fact"),
    ("东湖区2018年在治污、脱贫和防风险这几场硬仗上取得了哪些进展？", "measure"),  # 这几: no count asked
    ("东湖区2018年打了几场硬仗？", "figure"),
    ("东湖区2023年几个重点片区的建设分别有哪些进展？", "measure"),  # 几个: the several a list is asked of
    ("东湖区2023年几个重点片区共完成投资多少？", "figure"),
    ("东湖区2020年哪两家企业拿了科技进步奖？", "fact"),  # bodies named, not a list of work
    ("东湖区是哪一天正式成立的？", "fact"),
    ("东湖区2020年在哪几个方面推进改革？", "measure"),
    ("东湖区2020年入选了哪一项国家级试点？", "fact"),  # one thing named: 哪项, 哪一项
    ("东湖区2020年首次把哪项指标列为预期目标？", "fact"),
    ("东湖区2021年要启动实施哪一个普法规划？", "fact"),  # 哪一个, as 哪个
    ("东湖区成立以来，哪一段海岸被评为全省最美海岸？", "fact"),  # 哪一 + any word: one thing
    ("东湖区2020年在哪一些领域推进了改革？", "measure"),  # 哪一些: several
    ("东湖区2020年在哪几个方面推进了改革？", "measure"),
    ("东湖区2020年推进的“三名工程”指的是哪三项？", "measure"),  # several: their list
    ("东湖区2021年提出了怎样的阶段目标？", "fact"),  # 怎样的 asks what kind, as 什么样的 does
    ("东湖区2021年提出了什么样的阶段目标？", "fact"),
    ("东湖区2021年打算怎样推进城市更新？", "measure"),  # 怎样 + a verb asks how to work
    ("东湖区2021年打算怎么样推进城市更新？", "measure"),
    ("东湖区2020年获得了哪些奖项？", "fact"),  # honours named, told in a sentence
    ("东湖区2020年入选了哪些榜单？", "fact"),
    ("东湖区2016年（获批设立那一年）主要抓了哪些方面的工作？", "measure"),  # 获批 sets the scene
])
def test_what_a_question_asks_for(question, intent):
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    assert analyze(question, [], Tokenizer()).intent == intent


HEADED = """东湖区2024年政府工作报告
一、2023年工作回顾
东湖区连续两年位居全国创新百强区第二。
二、2024年工作安排
（一）聚焦建设综合性科学中心主阵地，打造全球创新创业创意之都
创新决定未来。我们要充分发挥产学研深度融合优势，新建实验室5个。
（二）激发全国创新百强区第二的潜能，扛起科技创新大旗
新增国家高新技术企业200家。
"""


@pytest.fixture(scope="module")
def ask_headed(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2024.txt", HEADED)


def test_a_fact_a_heading_states_is_answered_with_the_heading(ask_headed):
    """「打造全球创新创业创意之都」 is said in a chapter's heading only: no sentence under it names 之都."""
    assert "创新创业创意之都" in ask_headed("东湖区2024年围绕建设综合性科学中心主阵地，提出要打造什么“之都”？").text


def test_a_sentence_stating_the_fact_comes_before_a_heading_naming_it(ask_headed):
    """The review's sentence and the plan's heading both hold 全国创新百强区第二: the sentence states it."""
    text = ask_headed("东湖区2023年在全国创新百强区排名第几？").text
    assert "连续两年位居全国创新百强区第二" in text and "潜能" not in text


def test_a_year_naming_the_report_does_not_confine_it_to_its_plan(tmp_path_factory):
    """「2021年政府工作报告里说」 names the report, whose review tells of 2020: the year says which report,
    not that the fact is 2021's (which would leave only the plan part to answer)."""
    ask = asker(tmp_path_factory, "东湖区2021年政府工作报告_2021.txt", REPORT)
    answer = ask("东湖区2021年政府工作报告里说，东湖古村被授予了什么称号？")
    assert says(answer, "历史文化名村")


def test_an_honour_topped_is_an_honour_won(tmp_path_factory):
    """「荣登…榜首」 says an honour as 获评 does: 「获得了什么认可」 is answered by it."""
    report = """东湖区2022年政府工作报告
一、2021年工作回顾
新增病床800张。社区健康服务“东湖模式”荣登2021年全国基层卫生创新案例榜首。
"""
    ask = asker(tmp_path_factory, "东湖区2022年政府工作报告_2022.txt", report)
    assert says(ask("东湖区的社区健康服务“东湖模式”在2021年获得了什么认可？"), "全国基层卫生创新案例榜首")


def test_the_verb_asking_an_honour_is_no_word_to_find_before_which_is_read():
    """「获得了哪项…」: the honour verb is read with the 哪 after it, before 哪项 is taken as asking one thing."""
    from assistant.query import analyze
    from index.tokenize import Tokenizer

    assert "获得" not in analyze("东湖区2020年获得了哪项法治方面的荣誉？", [], Tokenizer()).terms


def test_a_paragraphs_lead_sentence_names_the_topic_of_its_sentences(tmp_path_factory):
    """「大力鼓励外商投资。」 opens the paragraph; 「持续打造“投资东湖”品牌。」 three sentences on says the brand
    but not 外商: the lead names what each sentence after it is about."""
    report = """东湖区2024年政府工作报告
一、2023年工作回顾
全年地区生产总值增长6%。
二、2024年工作安排
大力鼓励外商投资。推动服务业扩大开放试点，支持企业参与产业链上下游配套。加强企业服务保障，加快标志性项目落地。持续打造“投资东湖”品牌。
加快发展数字经济。新增数据中心机架2000个。
"""
    ask = asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", report)
    assert says(ask("东湖区2024年为吸引外商投资要持续打造什么品牌？"), "投资东湖")
