"""Lists a report names itself: a run inside a sentence, a list of clauses after 「主要是：」, a list it
counts before giving it. On a report written for these tests."""
import pytest

from assistant.answer_lists import asked_count
from conftest import asker

REPORT = """鼓楼区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
过去一年，我们出台“稳岗有奖、扩岗有补、见工有礼、留工有住”四大措施，惠及企业3000家。推出“实体大厅、网上大厅、流动大厅”三种行政审批服务模式，办件时间缩短一半。我们着力建设责任政府、法治政府、智慧政府，行政效能持续提升。
全年九大类民生支出80亿元，教育、医疗、交通等支出分别增长9%、8%、7%。
外贸取得新进展。一是稳住传统市场，丝绸、茶叶、瓷器“老三样”出口增长12%；二是开拓新兴市场，新增外贸企业50家；三是培育外贸新业态，跨境电商交易额增长30%。
我们也清醒地看到，发展中还存在一些困难和问题。主要是：产业结构仍需优化，新兴产业规模偏小；公共服务供给不足，优质学位缺口较大；城区治理精细化水平不高，背街小巷环境较差。
二、2024年工作安排
今年，我们将建设东门、西湖、南岸等特色商圈，新增品牌首店100家。
通过实现交通联通、规划融通、要素流通的“三通”目标，融入都市圈发展。
全面开工建设科技博物馆、音乐厅、图书馆等文化设施，年内完成投资20亿元。
区政府将从三个方面推进高质量发展：
（一）做强实体经济
培育先进制造业集群。
（二）提升城区品质
推进城市更新。
（三）增进民生福祉
新增学位5000个。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "鼓楼区政府工作报告_2024.txt", REPORT)


def titles(answer) -> list[str]:
    return [m.title for m in answer.measures]


def test_a_run_named_right_after_it_is_the_list_asked(ask):
    """「…等特色商圈」 names the run before it."""
    assert titles(ask("鼓楼区2024年要建设哪些特色商圈？")) == ["东门", "西湖", "南岸"]


def test_the_words_leading_into_a_run_are_cut_from_its_first_piece_not_its_name(ask):
    """「全面开工建设科技博物馆、音乐厅、图书馆」: the verbs go, 「科技博物馆」 stays whole."""
    found = titles(ask("鼓楼区2024年要开工建设哪些文化设施？"))
    assert found[1:] == ["音乐厅", "图书馆"] and found[0].endswith("科技博物馆")


def test_a_counted_run_in_quotes_answers_a_question_asking_that_count(ask):
    assert titles(ask("鼓楼区2023年出台了哪四大措施？")) == ["稳岗有奖", "扩岗有补", "见工有礼", "留工有住"]


def test_a_count_the_list_does_not_have_is_not_answered_with_it(ask):
    """Five asked, four given: the 四大措施 are not the answer."""
    assert "稳岗有奖" not in titles(ask("鼓楼区2023年出台了哪五大措施？"))


def test_the_clauses_after_a_short_lead_in_are_the_problems_named_before_it(ask):
    """「主要是：」 says what only with the sentence before it: 「…还存在一些困难和问题。」"""
    found = titles(ask("鼓楼区2023年发展中还存在哪些困难和问题？"))
    assert [t[:8] for t in found] == ["产业结构仍需优化", "公共服务供给不足", "城区治理精细化水"]


def test_what_the_question_asks_a_list_of_named_by_the_lead_in_outweighs_words_of_asking(ask):
    """「回顾…时承认还有哪些困难和问题」: 时, 承认, 还有 are how people ask; the lead-in names the
    困难和问题 asked, and that is enough."""
    found = titles(ask("鼓楼区政府回顾2023年工作时承认还有哪些困难和问题？"))
    assert [t[:8] for t in found] == ["产业结构仍需优化", "公共服务供给不足", "城区治理精细化水"]


def test_a_list_counted_before_its_sections_is_those_sections(ask):
    assert titles(ask("鼓楼区2024年要从哪三个方面推进高质量发展？")) == ["（一）做强实体经济", "（二）提升城区品质",
                                                                   "（三）增进民生福祉"]


def test_a_broad_topic_is_not_answered_with_a_run_that_merely_mentions_it(ask):
    """「教育、医疗、交通等支出」 holds 民生 in its sentence but is no list of what was done for it."""
    assert "教育" not in titles(ask("鼓楼区2023年在民生方面做了哪些工作？"))


def test_asking_how_is_not_asking_for_a_run(ask):
    """「如何」 asks what a part of the report says, not for the run a sentence holds."""
    assert titles(ask("鼓楼区2024年如何建设特色商圈？")) != ["东门", "西湖", "南岸"]


def test_a_run_inside_an_items_sentence_answers_when_named_and_counted(ask):
    """The run sits in 「一是…」 of a paragraph of items: the items are not all the lists it gives."""
    answer = ask("鼓楼区2023年出口的“老三样”是指哪三样？")
    assert titles(answer) == ["丝绸", "茶叶", "瓷器"]


@pytest.mark.parametrize("question, expected", [
    ("南城区要从哪八个方面推进振兴发展？", (8, "八个方面")),
    ("北湖区要做强的三大优势产业是哪些？", (3, "三大优势")),
    ("北湖区要打好三大攻坚战，有哪些具体举措？", None),  # the 三大 are not what is listed
    ("北湖区出台了哪些措施？", None),
    ("北湖区要实施哪“六大计划”？", (6, "六大计划")),
    ("北湖区出口的“老三样”是指哪三样？", (3, "三样")),  # whatever word counts it
])
def test_the_count_a_question_asks(question, expected):
    assert asked_count(question) == expected


ACTIONS = """鼓楼区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2015年工作回顾
（一）经济发展新业绩
全区生产总值增长8%。
（二）科技创新新业绩
新增国家高新技术企业120家。建成创新载体15个。
（三）民生事业新业绩
新增学位3000个。
二、2016年工作安排
（一）加快实施“美丽鼓楼”攻坚行动
整治背街小巷100条。
（二）加快实施生态文明建设行动
新建公园10个。
（三）加快实施特色产业提升行动
培育特色企业50家。重点建设三大特色园区。东园要引进龙头企业。西园要完善配套设施。南园要建设人才公寓。当年建成标准厂房20万平方米。
"""


@pytest.fixture(scope="module")
def ask_actions(tmp_path_factory):
    return asker(tmp_path_factory, "鼓楼区2016年政府工作报告_2016.txt", ACTIONS)


def test_sub_sections_each_naming_what_is_asked_are_the_list(ask_actions):
    """「要加快实施哪些行动」: each heading of the plan's chapters is a 「…行动」."""
    assert titles(ask_actions("鼓楼区2016年要加快实施哪些行动？")) == [
        "（一）加快实施“美丽鼓楼”攻坚行动", "（二）加快实施生态文明建设行动", "（三）加快实施特色产业提升行动"]


def test_a_word_of_the_question_held_by_one_heading_asks_of_that_entry_alone(ask_actions):
    """Every review chapter is a 「…新业绩」, but 科技创新 singles one out: not the whole list."""
    found = titles(ask_actions("鼓楼区2015年在科技创新方面取得了哪些新业绩？"))
    assert "（一）经济发展新业绩" not in found


def test_the_sentences_after_one_counting_them_are_the_list_counted(ask_actions):
    """「重点建设三大特色园区。东园要…。西园要…。南园要…。」: three counted, the three after it."""
    assert titles(ask_actions("鼓楼区2016年要建设的三大特色园区是哪些？")) == [
        "东园要引进龙头企业", "西园要完善配套设施", "南园要建设人才公寓"]


def test_a_quoted_run_whose_entries_share_what_is_asked_is_the_list(ask):
    """「哪几种大厅服务模式」: each of 「实体大厅、网上大厅、流动大厅」 is a 大厅, and the run ends at its quote."""
    assert titles(ask("鼓楼区2023年推出了哪几种大厅服务模式？")) == ["实体大厅", "网上大厅", "流动大厅"]


def test_a_run_ends_where_a_quoted_name_for_it_begins(ask):
    """「…要素流通的“三通”目标」: the run ends before 的“, and 「三通」 names it."""
    assert titles(ask("鼓楼区2024年要实现的“三通”目标是哪三通？")) == ["交通联通", "规划融通", "要素流通"]


def test_what_a_list_is_asked_of_counts_though_the_report_s_title_says_it(ask):
    """「打造了哪几种政府」: 政府 is in 「…政府工作报告」, and still what the run's entries each are."""
    found = titles(ask("鼓楼区2023年着力建设了哪几种政府？"))
    assert found[0].endswith("责任政府") and found[1:] == ["法治政府", "智慧政府"]


def test_a_list_found_in_one_copy_of_a_report_is_cited_in_another(tmp_path):
    """An index reads a report again when an answer needs it: the lists kept from the first copy must
    still give their entries in the next (they were compared by object, and came back empty)."""
    from assistant.answer_lists import report_lists
    from assistant.citations import Builder
    from corpus.load import load_report

    path = tmp_path / "鼓楼区2024年政府工作报告_2024.txt"
    path.write_text("鼓楼区2024年政府工作报告\n一、2023年工作回顾\n我们也要清醒看到存在的问题：一是产业不强；二是配套不足；"
                    "三是治理不精。\n", encoding="utf-8")
    first, second = load_report(path), load_report(path)
    listed = [entry for entry, _, _ in report_lists(first).found if entry.kind == "items"]
    assert first is not second and listed
    assert [m.title for m in listed[0].measures(second, Builder(citations=[]))] == [
        "一是 产业不强", "二是 配套不足", "三是 治理不精"]


def test_the_big_of_a_count_is_no_noun_asked():
    """「哪几大行动」: 大 belongs to the count (几大, 八大); a list is asked of 行动 alone."""
    from assistant.answer_lists import asked_nouns

    assert asked_nouns("南湖区2018年重点实施哪几大行动？", ["重点", "实施", "大", "行动"]) == ["行动"]


TOWNS = """鼓楼区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、今后五年的主要任务
（一）建设文化强区
传承弘扬传统文化。办好非遗展演，建设非遗展示中心。
打造“三镇一园”文化旅游名片。以城市更新为重点，建设滨江风情小镇；围绕古村、古道，打造以生态旅游为特色的山水文化小镇；依托老街，打造美食文化小镇；修缮书院、古庙，打造孝德文化园。
全面实施文化惠民工程。建成50个社区阅读中心。
"""


def test_the_lead_sentence_before_a_semicolon_list_names_it(tmp_path_factory):
    """「打造“三镇一园”文化旅游名片。」 heads the clauses after it (「…滨江风情小镇；…山水文化小镇；…」):
    a question naming it is answered with those clauses, not with its section's leads."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2021.txt", TOWNS)
    found = titles(ask("鼓楼区今后五年要打造的“三镇一园”包括哪些？"))
    assert len(found) == 4 and found[0].endswith("滨江风情小镇") and found[3].endswith("孝德文化园")


HOMES = """鼓楼区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、今后五年的主要任务
“十四五”时期，全区将着力打造生态环境更优的“美丽家园”、发展动能更强的“活力家园”、民生保障更实的“幸福家园”，努力建设现代化城区。
二、2021年工作安排
新建学校5所。
"""


def test_a_run_whose_pieces_each_name_themselves_in_quotes_keeps_the_last_name(tmp_path_factory):
    """「…的“美丽家园”、…的“活力家园”、…的“幸福家园”」: the last piece's quotes are its own name, not a
    name for the whole run that ends it (as 「…流动大厅”三种…模式」 would)."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2021.txt", HOMES)
    assert titles(ask("鼓楼区“十四五”时期要着力打造哪几种“家园”？"))[-1] == "幸福家园"


VENUES = """鼓楼区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
文化事业繁荣发展，举办文化惠民活动300场，建成社区文化中心12个。
二、2024年工作安排
繁荣文化事业。深入实施文化惠民工程，开工建设区美术馆新馆、体育中心、青少年宫、非遗展示馆等场馆，加快建设市民公园、滨河绿道，举办文化活动200场。
推进文旅融合。打造文化街区3条，培育文化企业50家。
"""


def test_a_run_named_after_it_by_the_noun_asked_is_the_list(tmp_path_factory):
    """「…等场馆」 names the run for 「开工建设哪些文化场馆」 by 场馆 alone: the noun asked, rarer than the
    question's other words (文化 is said everywhere), though not most of their weight."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2024.txt", VENUES)
    found = titles(ask("鼓楼区2024年要开工建设哪些文化场馆？"))
    assert found[1:] == ["体育中心", "青少年宫", "非遗展示馆"] and found[0].endswith("区美术馆新馆")


STREETS = """鼓楼区2017年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2016年工作回顾
（五）城市管理治理成效显著
基层治理扎实推进。新增社会组织120家。顺利完成街道行政区划调整，设立东华、西山、南岭3个街道。开展城中村综合整治，建成示范村16个。
二、2017年工作安排
深化街道体制改革，推进街道综合执法。加强街道社区网格化管理。
"""


def test_a_run_closing_on_a_count_of_the_noun_asked_is_the_list(tmp_path_factory):
    """「设立东华、西山、南岭3个街道」 for 「新设了哪几个街道」: 街道 is said throughout a district's report, so the
    noun asked is commoner than the question's other words — but the run closes on a count of it."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2017.txt", STREETS)
    assert titles(ask("鼓楼区2016年街道行政区划调整时新设了哪几个街道？")) == ["东华", "西山", "南岭"]

PRESSURES = """鼓楼区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
一年来，全区经济发展面临需求收缩、供给冲击、预期转弱三重压力。我们迎难而上，全年新增市场主体1万户。
二、2023年工作安排
持续打好治气、治水、治土三大攻坚战，完成污染防治年度任务。
"""


def test_a_count_naming_the_run_right_after_its_last_piece_ends_it(tmp_path_factory):
    """「…、预期转弱三重压力」: the count of as many as the run holds names it, though no 等 comes between —
    the last piece is 预期转弱, and the name (三重压力) tells the run asked for."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2023.txt", PRESSURES)
    assert titles(ask("鼓楼区2022年面临的“三重压力”指哪些？"))[1:] == ["供给冲击", "预期转弱"]
    assert titles(ask("鼓楼区2023年要打好哪些攻坚战？")) == ["治气", "治水", "治土"]


CLEAN_UPS = """鼓楼区2015年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2014年工作回顾
全年完成投资300亿元。
二、2015年主要任务
优化三大增量。扩大有效投资，新增产业空间50万平方米。
强化三大整治。整治水环境，推进河道综合整治；完成80个小区排水管网改造。整治噪声污染，深入推进“静音社区？美丽鼓楼”行动，解决广场噪声投诉。整治交通拥堵，持续开展拥堵点治理。
"""


def test_the_sentences_after_a_count_answer_a_question_asking_with_the_word_they_open_with(tmp_path_factory):
    """「强化三大整治。整治水环境，…。整治噪声污染，…。整治交通拥堵，…」 for 「打算重点整治哪些问题」: no count
    asked, but 整治, the word counted, is the one each sentence opens with (a ？ inside quotes, 「“静音社区？
    美丽鼓楼”」, a dot the PDF lost, ends no sentence)."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2015.txt", CLEAN_UPS)
    found = titles(ask("鼓楼区2015年打算重点整治哪些城市环境和秩序问题？"))
    assert [t[:5] for t in found] == ["整治水环境", "整治噪声污", "整治交通拥"]


LED = """鼓楼区2022年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2021年工作回顾
全年完成投资300亿元。
二、2022年重点工作
——坚定全面构建高质量发展体制机制。这是一个系统工程，我们要以改革创新为主要抓手。注重整体推进，以综合改革试点为契机，实现高效运转；注重重点发力，以营商环境改善为主攻方向，提升发展活力；注重筑牢底线，强化安全发展意识，有效应对风险挑战。
——坚定建设美丽城区。新建公园10个。
"""


def test_a_paragraphs_lead_names_the_parallel_semicolon_list_inside_it(tmp_path_factory):
    """「——坚定全面构建高质量发展体制机制。…注重整体推进，…；注重重点发力，…；注重筑牢底线，…」: the clauses,
    each opening alike, are what the lead sentence heads; a question in the lead's words gets them."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2022.txt", LED)
    found = titles(ask("鼓楼区2022年要全面构建高质量发展体制机制，具体要注重哪些方面？"))
    assert [t[:6] for t in found] == ["注重整体推进", "注重重点发力", "注重筑牢底线"]


def test_a_runs_title_is_its_clause_up_to_its_name(ask):
    """The title shown over an inline run is the clause naming it (「…要素流通的“三通”目标」), not the
    clause after it, nor a cut through a word."""
    answer = ask("鼓楼区2024年说的“三通”目标具体指哪三通？")
    assert answer.text.splitlines()[0].rstrip("：").endswith("要素流通的“三通”目标")
    assert "交通联通、规划融通、要素流通" in answer.text.splitlines()[0]


CLUSTERS = """鼓楼区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
全年完成投资300亿元。
二、2024年工作安排
加快构建现代化产业体系，重点发展新一代信息技术、高端装备制造与智能制造、生物医药与健康、绿色低碳与节能环保共4大战略性新兴产业集群，培育一批专精特新企业。
"""


def test_a_run_counted_with_gong_and_a_long_name_ends_before_the_count(tmp_path_factory):
    """「…、绿色低碳与节能环保共4大战略性新兴产业集群」: 共 says the count, and the name after it runs past
    six characters; the run holds as many pieces as it counts, so 与 inside a piece joins no two."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2024.txt", CLUSTERS)
    answer = ask("鼓楼区2024年要重点发展哪些战略性新兴产业集群？")
    assert titles(answer)[1:] == ["高端装备制造与智能制造", "生物医药与健康", "绿色低碳与节能环保"]


def test_a_title_cut_inside_a_run_starts_at_a_whole_piece(tmp_path_factory):
    """The title keeps the last TITLE_MOST characters; cut inside a piece (「…能制造、」) it starts at the
    next whole one."""
    ask = asker(tmp_path_factory, "鼓楼区政府工作报告_2024.txt", CLUSTERS)
    title = ask("鼓楼区2024年要重点发展哪些战略性新兴产业集群？").text.splitlines()[0]
    assert title.split(" ", 1)[-1].startswith("生物医药与健康、")
