"""A measure question's time picks the part of the report (打算 → its plans); on a report written
for this test, the review's passages on the topic outrank the plan's in number and in words."""
import pytest

from conftest import asker

REVIEW = "".join(f"依法行政第{n}项工作扎实推进，依法行政培训全面开展，依法行政考核顺利完成。\n" for n in range(1, 13))
REPORT = f"""东湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
2020年工作回顾
一、依法行政水平持续提升
{REVIEW}2021年主要工作
一、建设廉洁高效政府
2021年，我们将围绕以下重点推进政府建设：一是深化依法行政改革，全面梳理权责清单并向社会公开。二是规范行政执法行为，推行执法全过程记录制度。三是强化监督问责，健全政府绩效考核体系。
二、坚持创新驱动，建设科技强区
一是建设科创平台。二是培育创新企业。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2021.txt", REPORT)


def test_plans_asked_for_are_found_below_many_review_passages_on_the_topic(ask):
    answer = ask("东湖区在依法行政方面打算做哪些工作？")
    assert answer.measures and all("2021年主要工作" in c.section_path for c in answer.citations)
    assert "深化依法行政改革" in answer.measures[0].title


OPENING = "".join(f"——以第{n}项追求提升城区建设管理水平，城区建设管理更加精细，城区建设管理成效更好。\n" for n in range(1, 7))
PLAN_REPORT = f"""东湖区2025年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2024年工作回顾
（一）经济稳步增长
全年地区生产总值增长5%。
二、2025年工作安排
{OPENING}（一）推动产业升级
一是建设产业园区。二是引进龙头企业。
（二）坚持建管并重，提升城区环境品质
一是加快交通基础设施建设。新建道路20公里，打通断头路10条。
二是持续完善市政基础设施。改造燃气管道50公里，新建城区公园5个。
三是全面提升城区智慧化管理水平。建成城市运行管理平台。
"""


def test_a_topic_below_a_part_opening_full_of_its_words_is_still_found(tmp_path_factory):
    """A plan part may open with paragraphs that use the question's words more than any topic of it
    (「——以…提升城区…」): the passages under a topic's heading that hold them answer, not the part."""
    ask = asker(tmp_path_factory, "东湖区政府工作报告_2025.txt", PLAN_REPORT)
    answer = ask("东湖区2025年在城区建设管理上有哪些安排？")
    assert answer.measures and all("（二）坚持建管并重，提升城区环境品质" in c.section_path for c in answer.citations)


YEARLY_REVIEW = """东湖区卫生健康委员会2020年法治政府建设工作报告
2020年，全区卫生健康系统深入推进依法行政，法治政府建设取得新成效。
一、夯实工作基础，依法行政机制进一步健全
一是加强组织领导。成立依法行政工作领导小组，统筹推进依法行政工作。二是强化法治考核。制定依法行政考核指标，开展依法行政专项检查。
二、丰富普法形式，普法教育进一步深化
一是抓住关键少数普法学法。组织领导干部专题学法4次。二是创新普法形式。开展普法宣传活动30场。
2021年，我委将围绕依法行政重点工作，进一步加强能力建设：一是持续推进放管服改革；二是继续落实综合执法改革；三是加强重点领域监管。
"""


def test_a_paragraph_known_to_plan_answers_before_a_chapter_that_says_no_part(tmp_path_factory):
    """A yearly review whose chapters say no part (「一、夯实工作基础，…进一步健全」) closes with what it
    will do (「2021年，我委将…：一是…」): asked what is planned, that paragraph answers, not the chapter
    whose heading holds more of the question's words."""
    ask = asker(tmp_path_factory, "东湖区卫生健康委员会2020年法治政府建设工作报告_2020.txt", YEARLY_REVIEW)
    answer = ask("东湖区2021年在依法行政方面打算重点做哪些工作？")
    assert [m.title for m in answer.measures] == ["一是 持续推进放管服改革", "二是 继续落实综合执法改革", "三是 加强重点领域监管"]


def test_a_chapter_numbered_on_after_the_review_is_the_plan(tmp_path):
    """「三、对今年政府工作的建议」 names no part; after 「一、过去五年工作回顾」 in the same numbering it is
    the plan, and an annex numbered anew (「一、本区生产总值」) is not."""
    from assistant.answer_measures import _passage_part
    from corpus.load import load_report

    path = tmp_path / "东湖区2013年政府工作报告_2013.txt"
    path.write_text("东湖区2013年政府工作报告\n一、过去五年工作回顾\n五年来，全区经济实力显著增强。\n"
                    "二、今年经济社会发展的总体要求和主要预期目标\n今年全区生产总值增长8%左右。\n"
                    "三、对今年政府工作的建议\n（一）以保障和改善民生为重点\n千方百计扩大就业。新增就业2万人。\n"
                    "一、本区生产总值\n预计全年生产总值可完成900亿元。\n", encoding="utf-8")
    report = load_report(path)
    part = {p.section_path[0]: _passage_part(report, p.number, p.section_path) for p in report.paragraphs}
    assert part["三、对今年政府工作的建议"] == "plan"
    assert part["一、本区生产总值"] is None


def test_one_numbered_paragraph_among_lead_paragraphs_does_not_list_the_section(tmp_path_factory):
    """「抓好大气治理。…一要…二要…」 beside 「加强水污染防治。…」 and 「推进绿化建设。…」: the leads are
    the section's entries, the 一要/二要 the first lead's own."""
    report = """西湖区2024年政府工作报告
一、2023年工作回顾
全区经济运行稳中向好。
二、2024年工作安排
（一）推动产业升级
培育新兴产业集群，引进先进制造业项目。
（二）持续改善生态环境质量
改善生态环境是群众的期盼，必须标本兼治、久久为功。
抓好大气治理。细颗粒物浓度下降5%。一要整治工地扬尘，落实六个百分之百。二要淘汰高排放车辆，推广新能源公交。
加强水污染防治。完成河道整治10条，新建污水管网80公里。
推进绿化建设。新建公园15个，种植乔木5万株。
"""
    ask = asker(tmp_path_factory, "西湖区2024年政府工作报告_2024.txt", report)
    titles = [m.title for m in ask("西湖区2024年在生态环境质量方面打算怎么做？").measures]
    assert titles[-3:] == ["抓好大气治理。", "加强水污染防治。", "推进绿化建设。"]


def test_a_path_listing_nothing_has_no_entry_to_narrow_to(tmp_path):
    """A path may list no entries of its own (a numbered line read as a heading with nothing under it,
    「47.…」): no entry of it answers (the search for one met an empty list and failed)."""
    from assistant.answer_measures import _narrower
    from assistant.citations import Builder
    from corpus.load import load_report

    path = tmp_path / "东湖区2017年政府工作报告_2017.txt"
    path.write_text("东湖区2017年政府工作报告\n一、2016年工作回顾\n全区经济平稳增长。\n二、2017年主要工作任务\n"
                    "（三）精心抓好城市规划建设\n46.打通断头路12条，开工建设道路19条。\n"
                    "47.启动“新三馆”建设，完善公共文化设施。\n", encoding="utf-8")
    report = load_report(path)
    path = next(s.path for s in report.sections if "新三馆" in s.path[-1])
    assert _narrower(report, path, lambda text: 1.0, 0.0, Builder(citations=[])) is None
