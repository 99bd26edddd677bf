"""A measures question about one entry of a section (a paragraph led by its topic sentence) gets
what that entry says, not the section's list of entries; on a report written for the test."""
import pytest

from conftest import asker

REPORT = """西湖区2023年政府工作报告
各位代表：现在，我代表西湖区人民政府，向大会报告政府工作。
一、2023年工作安排
（一）实施产业提升行动，构建现代产业体系
做强两大支柱产业。推动电子信息产业扩能，壮大生物医药产业集群。
做精三大特色产业。发展时尚设计、文化旅游和现代物流。
培育未来产业。布局低空经济，建设氢能示范园。
（二）优化营商环境
一是推行一网通办；二是落实减税降费。
（三）建设美丽城区，提升生态环境质量
加强大气治理。淘汰老旧柴油货车，推广新能源公交。推进水体治理。完成污水管网改造，建设生态河道。守护土壤安全。开展受污染地块修复。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2023年政府工作报告_2023.txt", REPORT)


def test_the_entry_holding_the_question_answers_with_what_it_says(ask):
    answer = ask("西湖区2023年要做强的两大支柱产业是哪些？")
    titles = [m.title for m in answer.measures]
    assert "推动电子信息产业扩能，壮大生物医药产业集群。" in titles
    assert not any("时尚设计" in t or "低空经济" in t for t in titles)


def test_a_question_about_the_whole_section_still_gets_its_entries(ask):
    answer = ask("西湖区2023年在构建现代产业体系方面有哪些安排？")
    titles = [m.title for m in answer.measures]
    assert {"做强两大支柱产业。", "做精三大特色产业。", "培育未来产业。"} <= set(titles)


def test_an_entry_led_inside_a_single_paragraph_answers_up_to_the_next_lead(ask):
    """Some reports set a section's entries as short lead sentences run together in one paragraph;
    the entry asked about is what follows its lead, up to the next one."""
    answer = ask("西湖区2023年推进水体治理要做哪些事？")
    titles = [m.title for m in answer.measures]
    assert "完成污水管网改造，建设生态河道。" in titles
    assert not any("柴油货车" in t or "受污染地块" in t for t in titles)


def test_a_question_asking_of_two_entries_gets_the_section(ask):
    """「支柱产业和未来产业」 are two entries' topics: neither entry alone answers."""
    answer = ask("西湖区2023年在支柱产业和未来产业方面有哪些安排？")
    titles = [m.title for m in answer.measures]
    assert {"做强两大支柱产业。", "培育未来产业。"} <= set(titles)


def test_a_topic_two_entries_hold_gets_the_section(tmp_path_factory):
    """「在城市建设方面」: 「加强城市道路建设」 holds every word asked, but 「加强城市更新…」 holds
    most of them too — the question asks of what they share, the section's entries."""
    report = """南湖区2023年政府工作报告
一、2022年工作回顾
全区经济运行总体平稳。
二、2023年工作安排
（一）推进建设管理，提升城区品质
加强城市道路建设。新建改建道路12条，打通断头路5条。
加强城市更新和土地整备。完成土地整备100公顷。
完善公共服务配套。新建社区公园6个。
（二）优化营商环境
一是推行一网通办；二是落实减税降费。
"""
    ask = asker(tmp_path_factory, "南湖区2023年政府工作报告_2023.txt", report)
    titles = [m.title for m in ask("南湖区2023年在城市建设方面打算怎么做？").measures]
    assert titles == ["加强城市道路建设。", "加强城市更新和土地整备。", "完善公共服务配套。"]


def test_topics_joined_get_the_section_though_one_entry_holds_most_of_them(tmp_path_factory):
    """「大气、水和土壤污染」 joins three topics: 「强化水、土壤污染防治」 names two of them, but the
    question asks of the section that takes up all three, 大气 in another entry's paragraph."""
    report = """北湖区2023年政府工作报告
一、2022年工作回顾
全区经济运行总体平稳。
二、2023年工作安排
（一）加大生态环境治理力度
坚决打好蓝天保卫战。淘汰燃煤锅炉，加强大气污染监测。
强化水、土壤污染防治。整治黑臭水体，开展土壤污染详查。
推进生态保护和建设。划定生态保护红线。
（二）优化营商环境
一是推行一网通办；二是落实减税降费。
"""
    ask = asker(tmp_path_factory, "北湖区2023年政府工作报告_2023.txt", report)
    titles = [m.title for m in ask("北湖区2023年在治理大气、水和土壤污染方面打算怎么做？").measures]
    assert titles == ["坚决打好蓝天保卫战。", "强化水、土壤污染防治。", "推进生态保护和建设。"]
    one = [m.title for m in ask("北湖区2023年在土壤污染防治方面打算怎么做？").measures]
    assert "整治黑臭水体，开展土壤污染详查。" in one and "坚决打好蓝天保卫战。" not in one


def test_a_numbered_entry_saying_one_thing_gives_its_parents_list(tmp_path_factory):
    """「8.完善城区规划」 holds the words asked but says one sentence: no list of measures. The
    question asks of the chapter that entry stands in, whose entries answer."""
    report = """东湖区2024年政府工作报告
一、2023年工作回顾
全区经济运行总体平稳。
二、2024年工作安排
（一）夯实发展基础，推进城区建设
8.完善城区规划。编制东湖区国土空间分区规划。
9.加快土地开发利用。完成土地整备80公顷，盘活低效用地40公顷。
10.建设交通枢纽城区。推动东湖站综合枢纽开工。
（二）增进民生福祉
11.办好人民满意教育。新增学位5000个。
12.提升医疗服务水平。新建社区健康服务中心3家。
"""
    ask = asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", report)
    titles = [m.title for m in ask("东湖区2024年在城区规划建设上准备做些什么？").measures]
    assert {"8.完善城区规划", "9.加快土地开发利用", "10.建设交通枢纽城区"} <= set(titles)



def test_a_list_question_two_more_entries_answer_gets_the_section(tmp_path):
    """「哪些领域深化改革」 asks for several: 「深化社会事业领域改革」 holds most words, but two more
    entries say 深化…改革 too (half as much), so the section's entries answer, not what the one entry
    says; asked of one thing (「怎么深化…」), that entry answers."""
    from assistant.answer_measures import _narrower
    from assistant.citations import Builder
    from assistant.figure_score import weighted_share
    from corpus.load import load_report
    path = tmp_path / "北湖区2019年政府工作报告_2019.txt"
    path.write_text("""北湖区2019年政府工作报告
一、2018年工作回顾
全区经济运行总体平稳。
二、2019年主要工作
（一）聚焦关键环节，开创改革开放新格局
深化空间供给模式改革。推出重点片区土地整备项目10个。
深化国资国企管理改革。健全国有资产监管制度体系。
深化社会事业领域改革。优化积分入学政策，推广平行志愿。
（二）增进民生福祉
一是新增学位5000个；二是新建社区健康服务中心3家。
""", encoding="utf-8")
    report = load_report(path)
    section = next(s.path for s in report.sections if s.path[-1].startswith("（一）"))
    weights = {"领域": 2.0, "深化": 1.0, "改革": 1.0, "深化改革": 1.0}
    score = lambda text: weighted_share(tuple(weights), weights, text)  # noqa: E731
    assert _narrower(report, section, score, 0.0, Builder(citations=[]), several=True) is None
    title, _, _ = _narrower(report, section, score, 0.0, Builder(citations=[]), several=False)
    assert title.startswith("深化社会事业领域改革：")


def test_asked_how_an_item_and_its_siblings_saying_the_same_give_the_list(tmp_path_factory):
    """「生态环境保护打算怎么做」 asks how a topic is worked on: 「四是…生态环境保护宣传」 holds its
    words best, but its siblings hold most of them too, so the list of them answers, not the one
    item's sentences."""
    report = """龙湖区2014年工作报告
一、2013年工作回顾
全区经济运行总体平稳。
二、2014年工作安排
（一）建设美丽龙湖
一是进一步推进环境保护示范区创建，完成创建规划；二是进一步优化生态环境，新增绿道20公里；三是进一步加强海域环境保护，开展海岸线整治；四是进一步加强生态环境保护宣传，培育生态文化。
（二）增进民生福祉
一是新增学位5000个；二是新建社区健康服务中心3家。
"""
    ask = asker(tmp_path_factory, "龙湖区2014年工作报告_2014.txt", report)
    titles = [m.title for m in ask("龙湖区2014年生态环境保护打算怎么做？").measures]
    assert len(titles) == 4 and titles[0].startswith("一是")


def test_a_section_s_introduction_is_no_entry_to_narrow_to(tmp_path_factory):
    """「城市更新事关东湖未来。…」 opens 「（三）突出更新…」 restating its heading, which no entry after it
    does: a question on 城市更新 asks of the section's entries, not of its introduction's sentences."""
    report = """东湖区2014年政府工作报告
一、2013年工作回顾
全区经济运行总体平稳。
二、2014年工作安排
（三）突出更新，增强东湖发展驱动力
城市更新事关东湖未来。坚持“只建精品、不留遗憾”的理念，求创新、见实效。
坚持制度先行。强化产业规划和项目规划同步推进，完善更新政策。
加快滚动开发。开工建设10个项目，完成投资39亿元。
完善功能配套。建成道路5条，新增停车位2000个。
"""
    ask = asker(tmp_path_factory, "东湖区2014年政府工作报告_2014.txt", report)
    titles = [m.title for m in ask("东湖区2014年城市更新打算怎么推进？").measures]
    assert {"坚持制度先行。", "加快滚动开发。", "完善功能配套。"} <= set(titles)


def test_an_introduction_naming_every_entry_in_passing_does_not_keep_one_entry_from_answering(tmp_path_factory):
    """「擦亮珠宝、旅游、医美特色产业，促集聚发展。」 opens the section naming each entry's topic: a question on
    医美 asks of the one entry on it, though the introduction holds 医美 too."""
    report = """东湖区2025年政府工作报告
一、2024年工作回顾
全区经济运行总体平稳。
打造标准厂房20万平方米。
打造人才公寓500套。
打造科技园区2个。
打造商贸街区，新增首店30家。
打造文化片区，新增文化场馆2个。
打造物流枢纽，新增物流企业8家。
二、2025年工作安排
（一）实施产业升级行动
2.实施特色产业“登峰计划”。擦亮珠宝、旅游、医美特色产业，促集聚发展。
打造享誉世界的珠宝之都。强化平台赋能，完善珠宝玉石贸易平台功能。
打造具有引领力的旅游服务高地。大力引进旅游平台企业，净增规上旅游企业10家以上。
打造高显示度的医美集聚区。突出集聚，在春风路沿线集聚医疗美容机构。突出品牌，推动区人民医院建设医美中心。
"""
    ask = asker(tmp_path_factory, "东湖区2025年政府工作报告_2025.txt", report)
    text = ask("东湖区2025年打算怎样打造医美集聚区？").text
    assert "春风路" in text and "珠宝玉石" not in text


def test_a_question_repeating_the_sections_phrase_gets_the_section(tmp_path_factory):
    """「改善城区环境」 repeats 「城区环境」 of the section's heading word for word: the question was put
    from that heading, and 「安全发展环境有效改善」, holding 环境 and 改善 apart, is one entry of it."""
    report = """东湖区2023年政府工作报告
一、2022年工作回顾
（一）经济运行稳中有进
全区生产总值增长5.1%。
（二）多措并举打造美丽东湖，城区环境呈现新形象
水环境质量持续好转。新建雨污分流管网80公里，完成120个小区正本清源改造。
大气环境质量更加优良。淘汰老旧柴油货车900辆，新增新能源公交200辆。
市容环境品质日趋向好。新改建公厕60座，升级改造垃圾转运站9座。
安全发展环境有效改善。整治城中村用电隐患3000处，完成内涝点治理12处。
二、2023年工作安排
持续推进治水提质。
"""
    ask = asker(tmp_path_factory, "东湖区2023年政府工作报告_2023.txt", report)
    titles = [m.title for m in ask("东湖区2022年在改善城区环境方面做了哪些工作？").measures]
    assert titles == ["水环境质量持续好转。", "大气环境质量更加优良。", "市容环境品质日趋向好。", "安全发展环境有效改善。"]
