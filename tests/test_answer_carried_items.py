"""Measures whose list is not where the words are: an item carried on by the lead paragraphs after
it, a question naming no topic but how much (「主要取得了哪些成绩」), and a field named in passing as
an example. On reports written for these tests."""
import pytest

from assistant.answer import route
from assistant.answer_measures import topic_terms
from conftest import asker, index_asker, reports_index

REPORT = """南湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
五年来，我们团结奋斗，各项事业取得新进展。
一是坚持稳增长，经济实力明显增强。地区生产总值年均增长7%，财政收入稳步增加。
二是坚持实施科教强区战略，发展后劲持续增强。
优先发展教育事业。新建学校24所，新增学位3万个。
大力推动自主创新。新增国家高新技术企业600家。
扎实做好人才工作。引进各类人才5万名。
三是坚持改善民生，群众生活水平不断提高。城镇登记失业率控制在3%以内。
二、今后五年的主要任务
（一）推进基层治理
推动城市建设、市场监管、环境保护、交通管理等领域执法事项下沉街道。建立网格化管理体系。
（二）打好污染防治攻坚战
全面整治黑臭水体。完成截污管网建设300公里。
持续改善空气质量。淘汰高污染车辆5000辆。
加强土壤污染防治。修复受污染地块10块。
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return reports_index(tmp_path_factory, [("南湖区政府工作报告_2021.txt", REPORT)])


@pytest.fixture(scope="module")
def ask(index):
    return index_asker(index)


def test_the_leads_carrying_an_item_on_name_its_topics(ask):
    """「二是坚持实施科教强区战略」 says neither 教育 nor 人才; the leads after it do, and are its items."""
    answer = ask("南湖区过去五年在教育和人才方面做了哪些工作？")
    assert [m.title for m in answer.measures] == ["优先发展教育事业。", "大力推动自主创新。", "扎实做好人才工作。"]


def test_a_lead_carrying_an_item_on_answers_with_the_item(ask):
    """The best passage is one lead (「扎实做好人才工作。」) under the item: the item's leads answer, not
    the chapter's three items."""
    answer = ask("南湖区过去五年在人才和自主创新上做了哪些工作？")
    assert [m.title for m in answer.measures] == ["优先发展教育事业。", "大力推动自主创新。", "扎实做好人才工作。"]


OVERVIEW = """北湖区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2015年工作回顾
（一）经济发展成绩单
全年地区生产总值增长8%。
（二）城区建设成绩单
新建道路20公里。
（三）政府建设成绩单
办理人大代表建议200件，各项工作都取得了新成绩。
二、2016年工作安排
（一）稳增长
力争地区生产总值增长7%。
"""


def test_a_field_named_in_passing_does_not_make_a_passage_about_it(ask):
    """「城市建设、市场监管、环境保护、交通管理等领域」 names 环境保护 as one example among fields; the
    chapter on pollution, whose heading and leads say 污染防治, answers a question on it."""
    answer = ask("南湖区今后五年在环境保护和污染防治方面有哪些安排？")
    assert [m.title for m in answer.measures][:3] == ["全面整治黑臭水体。", "持续改善空气质量。", "加强土壤污染防治。"]


FIVE_YEARS = """西湖区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
五年来，全区上下团结一心，经济社会发展取得了显著成绩。
经济实力大幅提升。地区生产总值、工业增加值、税收、财政收入等主要经济指标实现翻番。
城市品质明显提高。新建道路120公里。
社会治理成效显著。刑事警情下降30%。
二、未来五年工作
（一）建设创新强区
新增国家高新技术企业1000家。
"""


def test_main_next_to_the_asking_names_no_list(tmp_path_factory):
    """「取得了哪些主要成绩」: 主要 says how much is asked, so 「…等主要经济指标」 is no list it names;
    the review's lead paragraphs answer."""
    ask = asker(tmp_path_factory, "西湖区政府工作报告_2016.txt", FIVE_YEARS)
    titles = [m.title for m in ask("西湖区过去五年取得了哪些主要成绩？").measures]
    assert ["经济实力大幅提升。", "城市品质明显提高。", "社会治理成效显著。"] == [t for t in titles if "。" == t[-1:]
                                                                    and not t.startswith("五年来")]


def test_a_question_naming_no_topic_gets_the_reviews_chapters(tmp_path_factory):
    """「主要取得了哪些成绩」 asks for the year's work as a whole: the review's chapters, not the one
    chapter whose passage happens to hold 成绩."""
    ask = asker(tmp_path_factory, "北湖区政府工作报告_2016.txt", OVERVIEW)
    answer = ask("北湖区2015年主要取得了哪些成绩？")
    assert len(answer.measures) == 3
    assert [m.title for m in answer.measures][0].endswith("经济发展成绩单")


def test_a_localizer_of_one_character_is_no_word_to_find(index):
    """「这五年里」: 里 says where in time; the report holds 里 nowhere as a word of a topic."""
    assert "里" not in route("南湖区这五年里在教育方面做了哪些工作？", index).query.terms


def test_the_pieces_of_a_split_plan_word_are_no_topic():
    """jieba cuts 下一步 into 下 and 一步 in 「…方面的下一步重点」: both say when, as 下一步 does."""
    terms = ("提升", "城市", "品质", "下", "一步", "重点")
    assert topic_terms(terms, "在提升城市品质方面的下一步重点是什么？") == ("提升", "城市", "品质", "重点")


def test_an_abstention_names_the_topic_not_the_asking(ask):
    """「取得了哪些成效」 says when and asks; what the report lacks is the topic."""
    answer = ask("南湖区过去五年在航天产业方面取得了哪些成效？")
    assert answer.abstained and "航天" in answer.text and "成效" not in answer.text.split("。")[0]


MIXED = """东湖区2019年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2018年工作回顾
一是稳住经济增长，地区生产总值增长6.5%。
二是加强社会治理，保持社会和谐稳定。面对各种突发事件，我们依法依规、科学应对。
去年，我区先后遭遇两次强台风和一次特大暴雨，部分街道出现严重内涝。我们建立街道社区联动的防灾应急机制，及时转移群众3000人。
加强安全生产监管。严肃查处安全事故，事故起数下降12%。
推进矛盾纠纷多元化解，建成调解工作室40个，化解纠纷2100宗。
强化社会治安防控。刑事警情下降15%。
深化信访制度改革，办结信访事项1800件，按期办结率99%。
二、2019年工作安排
（一）稳增长
力争地区生产总值增长6%。
"""


def test_an_item_carried_on_by_some_leads_lists_all_its_sentences(tmp_path_factory):
    """Of the five paragraphs carrying 「二是加强社会治理」 on, two open with leads (「加强安全生产
    监管。」): leads among prose name no list; the item's sentences, every paragraph's, answer."""
    ask = asker(tmp_path_factory, "东湖区政府工作报告_2019.txt", MIXED)
    text = " ".join(m.title for m in ask("东湖区2018年在社会治理、维护稳定方面做了哪些工作？").measures)
    assert all(said in text for said in ("防灾应急机制", "加强安全生产监管", "矛盾纠纷多元化解", "强化社会治安防控",
                                         "深化信访制度改革"))
