"""A measure question joining several topics is answered by the section whose entries take them up
in turn, not by the one entry on the first; verbs joined before one object (「保障和改善民生」) are one
topic. On a report written for these tests."""
import pytest

from conftest import asker

REPORT = """海州区2024年政府工作报告
一、2023年工作回顾
（一）经济运行稳中向好
地区生产总值增长6%。
二、2024年工作安排
（一）全力支持和服务各类市场主体，加快打造一流营商环境
大抓招商引资。落实全员招商体系，开展每月专项招商，举办招商大会30场以上，形成招商引资强大合力。聚焦三大方向实施精准招商，重点引进一批链主企业、行业领军企业。全年新引进企业400家以上，其中优质企业60家以上。大力培育优质市场主体，新增规上企业100家以上。
精细服务企业。建立挂点服务机制，走访企业2000家次，帮助解决诉求500项以上。
优化营商环境。深化商事制度改革，推行涉企事项一网通办。
（二）切实保障和改善民生
扩大优质教育供给，新增学位6000个。提升医疗服务水平，新建社康中心5家。完善养老服务体系，新增养老床位300张。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "海州区2024年政府工作报告_2024.txt", REPORT)


def test_several_topics_get_the_section_taking_each_up(ask):
    titles = [m.title for m in ask("海州区2024年在招商引资和服务企业方面有哪些举措？").measures]
    assert any("招商引资" in t for t in titles) and any("服务企业" in t for t in titles)


def test_one_topic_keeps_its_own_entry(ask):
    titles = [m.title for m in ask("海州区2024年在招商引资方面有哪些举措？").measures]
    assert titles and not any("服务企业" in t for t in titles)


def test_the_citations_of_an_answer_are_its_own(ask):
    """Answered in a trial first, the answer's markers still point at its passages."""
    answer = ask("海州区2024年在招商引资和服务企业方面有哪些举措？")
    assert [c.marker for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert {m.citation for m in answer.measures} <= {c.marker for c in answer.citations}
    for m in answer.measures:
        assert m.title.rstrip("。") in answer.citations[m.citation - 1].quote


ELSEWHERE = """东湖区2024年政府工作报告
一、2023年工作回顾
（一）精细管理，社会大局平安稳定
社会治理扎实推进，深入老百姓身边开展平安社区文体活动120场，社会事业单位安全检查全覆盖，取得新进展。
文明创建深入开展，组织老百姓参与志愿服务活动300场，社会事业和社会风气取得新进展。
（二）民生改善，幸福指数持续提升
民生投入持续加大。一是基础教育提质提速，新增公办学位5000个。二是健康事业持续深化，新建社区健康服务中心6家。三是文体事业蓬勃发展，建成文化广场4个、体育公园2个。
二、2024年工作安排
（一）推动产业升级
培育新兴产业集群。
"""


@pytest.fixture(scope="module")
def ask_elsewhere(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", ELSEWHERE)


def test_the_list_naming_each_topic_answers_wherever_the_search_went(ask_elsewhere):
    """The question's other words (老百姓, 社会事业, 进展) fill another section's passages; the 一是…
    items naming 上学 (as 教育) and 文体 answer. 「这些社会事业」 sums the topics up and is none of them."""
    titles = [m.title for m in ask_elsewhere("东湖区2023年在老百姓上学、看病、文体活动这些社会事业上取得了哪些进展？").measures]
    assert [t.split()[0] for t in titles] == ["一是", "二是", "三是"]


def test_a_common_word_alone_does_not_name_a_topic(ask_elsewhere):
    """「建设」 and 「创建」 hold too little of 「文化建设」 and 「文明创建」 to make a list name them."""
    from assistant.several_topics import _named

    weights = {"文化": 2.5, "建设": 0.6, "文明": 3.0, "创建": 2.9}
    groups = [("文化", "建设"), ("文明", "创建")]
    assert _named(groups, ["加快重点片区开发建设", "弘扬城市文明新风"], weights, "文化建设和文明创建") == {1}


def test_a_short_title_is_read_whole_and_an_abbreviation_through_its_full_form():
    """「狠抓重点项目，加快产业聚集」 names 项目 and 产业 (its second clause too: the title is short);
    「增强社会保障能力」 names 社保."""
    from assistant.several_topics import _named, _said

    weights = {"社保": 5.3, "产业": 1.5, "项目": 1.6}
    titles = [_said("狠抓重点项目，加快产业聚集。全年新开工项目30个"), _said("增强社会保障能力。")]
    assert _named([("社保",), ("产业",), ("项目",)], titles, weights, "社会保障 产业 项目") == {0, 1, 2}


INLINE = """东湖区2024年政府工作报告
一、2023年工作回顾
优——经济发展质量优。地区生产总值增长6%。
强——科技创新实力强。新增国家级高新技术企业100家。
多——民生事业投入多。全年民生支出120亿元。教育优质均衡发展。新建中小学5所，新增学位6000个。医疗卫生建设全面铺开。新建社区健康服务中心8家。文化事业亮点纷呈。建成图书馆分馆12个。
过去一年，老百姓的文化生活和社会事业取得新进展，各方面成绩来之不易。
二、2024年工作安排
（一）推动产业升级
培育新兴产业集群。
"""


@pytest.fixture(scope="module")
def ask_inline(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", INLINE)


def test_lead_sentences_set_inside_a_paragraph_are_a_list_naming_the_topics(ask_inline):
    """「教育…。…医疗卫生…。…文化事业…。」 inside one paragraph take up 上学, 看病 and 文化 in turn."""
    titles = [m.title for m in ask_inline("东湖区2023年在上学、看病、文化生活这些方面取得了哪些成绩？").measures]
    assert titles == ["教育优质均衡发展。", "医疗卫生建设全面铺开。", "文化事业亮点纷呈。"]


ITEMS = """东湖区2024年政府工作报告
一、2023年工作回顾
（一）全面纾困惠企，全力稳定增长
一是经济运行稳中有升，地区生产总值增长6%。二是营商环境持续优化，新增商事主体2万户。
（二）加快环境整治，优化城区面貌
一是市容市貌显著改观。完成市容市貌立面整治工程25项。新建花景大道3条，城市环境更加整洁。市容市貌整治覆盖全部街道。二是生态环境更趋优良。PM2.5浓度降至18微克/立方米。三是品质交通初见成效。新建道路5条。
二、2024年工作安排
（一）推动产业升级
培育新兴产业集群。
"""


def test_an_item_found_for_one_topic_widens_to_the_items_taking_up_each():
    """An item's own sentences answered (「一是 市容市貌显著改观：」 and what it says, 环境 once among
    them) for a question joining 市容市貌 and 环境: the section its items stand in takes each up in an
    item's title, and answers."""
    from corpus.load import load_report
    from index.tokenize import Tokenizer
    from assistant.citations import Builder, Measure
    from assistant.query import analyze
    from assistant.several_topics import widened
    import tempfile, pathlib

    path = pathlib.Path(tempfile.mkdtemp()) / "东湖区2024年政府工作报告_2024.txt"
    path.write_text(ITEMS, encoding="utf-8")
    report = load_report(path)
    para = next(p for p in report.paragraphs if len(p.items) == 3)
    item = para.items[0]
    trial = Builder(citations=[])
    from corpus.chunk import pieces

    said = [Measure(title=report.text[a:b], citation=trial.cite(report, (*para.section_path, item.path_segment),
                                                                para.number, a, b))
            for a, b in pieces(report.text, item.start, item.end, 10_000)]
    found = (f"{item.path_segment}：\n- …", said, 1.0)
    query = analyze("东湖区2023年在市容市貌和城市环境改善上做了哪些工作？", [report], Tokenizer())
    weights = {t: 1.0 for t in query.terms}
    answer = widened(query, report, found, trial, Builder(citations=[]), weights)
    assert [m.title.split()[0] for m in answer[1]] == ["一是", "二是", "三是"]


PROBLEMS = """东湖区2024年政府工作报告
一、2023年工作回顾
（一）经济发展稳中向好
地区生产总值增长6%。新引进企业400家。
（二）城区治理效能提升
持续强化生态治理。完成河道整治12条。
完善社会治理体系。推行城市精细化管理，建成智慧社区12个。
保障人民生命安全。开展安全生产专项整治，生产安全事故下降18%。
在看到成绩的同时，我们也清醒地看到工作中存在不少困难和不足：一是城市管理水平仍需提高，精细化管理还有短板；二是公共安全风险隐患不容忽视，防范化解能力仍需加强；三是优质公共服务供给还需加大力度。
二、2024年工作安排
（一）推动产业升级
培育新兴产业集群。
"""


def test_a_list_of_what_is_lacking_is_no_work_done_though_it_names_each_topic(tmp_path_factory):
    """「一是城市管理水平仍需提高…二是公共安全风险隐患…」 names both topics in its items, but as
    what is still lacking: asked what was done, the section's entries answer."""
    ask = asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", PROBLEMS)
    titles = [m.title for m in ask("东湖区2023年在城市管理和公共安全方面做了哪些工作？").measures]
    assert titles == ["持续强化生态治理。", "完善社会治理体系。", "保障人民生命安全。"]


def test_the_notes_explaining_terms_are_no_section_of_work(tmp_path_factory):
    """The 名词解释 closing a report name 生态环保 and 绿色 in one entry's lines, but explain a term: the
    review's 「绿色低碳成为城市新特质」 answers what was done for the environment."""
    report = """海州区2014年政府工作报告
一、2013年工作回顾
（一）经济保持平稳增长
全区生产总值增长10%，经济发展质量稳步提升。
（二）绿色低碳成为城市新特质
市民绿色福利持续提升。新建改造公园30个，PM2.5浓度下降10%。
节能减排成效显著。万元GDP能耗下降4%。
绿色低碳影响力不断扩大。率先启动碳排放权交易。
二、2014年工作安排
加强水环境综合治理，推动绿色发展，加大生态环保执法力度。
名词解释
1．大数据：指规模巨大的数据集合。
2．两廊
规划提出构建“两廊”区域生态安全网络格局，保障区域生态安全。
“一廊”包括北部沿界自然生态环保廊道、沿江交通绿色廊道；
“二廊”包括西部沿海生态环保廊道、机场交通绿色低碳廊道。
"""
    ask = asker(tmp_path_factory, "海州区2014年政府工作报告_2014.txt", report)
    titles = [m.title for m in ask("海州区2013年在生态环保、绿色低碳发展方面取得了哪些进展？").measures]
    assert any("市民绿色福利持续提升" in t for t in titles)
    assert not any("廊" in t for t in titles)



BODIES = """海州区2022年政府工作报告
一、2021年工作回顾
一是保持经济运行在合理区间，稳住发展基本盘。
全区生产总值增长7%，城镇新增就业3万人。
二是推动城乡区域协调发展，不断优化经济布局。
落实区域协同发展战略，出台新的支持举措。推进以镇街为重要载体的城镇化建设。加强农业生产，对种粮农户发放补贴2亿元。推动乡村振兴，确定16个重点帮扶村。实施农村人居环境整治行动。
三是加强生态环境保护，促进可持续发展。
巩固蓝天、碧水保卫战成果。
"""


def test_an_item_heading_its_own_paragraph_is_answered_with_the_sentences_after_it(tmp_path_factory):
    """「二是推动城乡区域协调发展。」 stands alone, its work in the paragraph after it, a sentence per measure
    (「落实区域协同发展战略…。推进以镇街为重要载体的城镇化建设。加强农业生产…」): when the listing found
    first is the review's outline of items, naming one of the topics asked, those sentences, taking the
    topics up in turn, answer — each one, not only the two that state no figure."""
    from assistant.answer import route
    from assistant.answer_measures import _section_measures
    from assistant.citations import Builder
    from assistant.several_topics import widened
    from conftest import reports_index

    index = reports_index(tmp_path_factory, [("海州区2022年政府工作报告_2022.txt", BODIES)])
    report = next(iter(index.reports.values()))
    routed = route("海州区2021年在区域发展、城镇化和农业农村方面做了哪些工作？", index)
    trial = Builder(citations=[])
    outline = _section_measures(report, ("一、2021年工作回顾",), trial)
    found = widened(routed.query, report, ("一、2021年工作回顾：", outline, 1.0), trial, Builder(citations=[]),
                    routed.weights)
    titles = [m.title for m in found[1]]
    assert titles[0].startswith("落实区域协同发展战略") and len(titles) == 5
    assert "加强农业生产，对种粮农户发放补贴2亿元。" in titles
