"""Lists without numbers: a paragraph saying what a stretch is about, then paragraphs that each open
with a short lead sentence, or short lead sentences set inside it; and the numbered list of what is
left to do that closes a review. On a report written for these tests."""
import pytest

from conftest import FakeEncoder, asker, build_index

REPORT = """东湖区2021年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、过去五年工作回顾
五年来，我们坚持创新驱动，科技实力不断增强。
创新平台加快建设。新建实验室12个，引进研发机构8家。
创新企业不断壮大。国家高新技术企业增至1200家。
五年来，我们努力在城市管理上下功夫，强基础、优环境，城区面貌焕然一新。
道路交通持续改善。新建道路30公里，打通断头路15条。
市容环境明显优化。完成背街小巷整治200条。
城市运行安全平稳。整治安全隐患3000处。
五年来，我们坚守绿色发展理念，打好污染防治攻坚战，生态环境质量持续改善。完成了全区最重的治水任务。新建雨污分流管网300公里，消除黑臭水体12条。攻克了全区最难的治气工作。淘汰老旧车辆5000辆，空气优良天数增至340天。建成了覆盖最广的公园体系。新建公园40座。
五年来，我们坚持以人民为中心，民生福祉持续增进。
教育质量稳步提升。新增学位2万个。
医疗服务更加便民。新建社康中心20家。
在肯定成绩的同时，我们也清醒地认识到还存在一些问题。一是创新能力不强；二是公共服务供给不足；三是政府效能有待提高。
二、今后五年的主要任务
（一）建设科技强区
一是建设科创平台。二是培育创新企业。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区政府工作报告_2021.txt", REPORT)


def test_the_lead_paragraphs_after_the_paragraph_naming_the_topic_are_its_items(ask):
    answer = ask("东湖区过去五年在城市管理方面做了哪些工作？")
    assert [m.title for m in answer.measures] == ["道路交通持续改善。", "市容环境明显优化。", "城市运行安全平稳。"]


def test_a_run_ends_where_the_next_topic_begins(ask):
    answer = ask("东湖区过去五年在民生方面做了哪些工作？")
    assert [m.title for m in answer.measures] == ["教育质量稳步提升。", "医疗服务更加便民。"]


def test_the_lead_sentences_inside_the_paragraph_are_its_items(ask):
    """「…生态环境质量持续改善。完成了全区最重的治水任务。…攻克了全区最难的治气工作。…」: the short
    sentences inside the paragraph its opening introduces, not its details (「新建公园40座。」 gives a
    figure)."""
    answer = ask("东湖区过去五年在生态环境方面做了哪些工作？")
    assert [m.title for m in answer.measures] == ["完成了全区最重的治水任务。", "攻克了全区最难的治气工作。",
                                                   "建成了覆盖最广的公园体系。"]
    assert "生态环境质量持续改善：" in answer.text  # titled by the paragraph's opening, not the chapter


def test_a_span_paragraph_whose_leads_say_the_topic_in_their_own_words_answers(ask):
    """「生态环境保护」 is not all said in the paragraph (保护 is not): of the paragraphs opening on the
    five years, the one whose opening and leads hold the words best answers with its leads, not some
    heading of the plan part."""
    answer = ask("东湖区过去五年在生态环境保护方面做了哪些工作？")
    assert [m.title for m in answer.measures] == ["完成了全区最重的治水任务。", "攻克了全区最难的治气工作。",
                                                   "建成了覆盖最广的公园体系。"]


def test_the_closing_list_of_problems_is_not_what_the_review_did(ask):
    """「过去五年做了哪些工作」 names no topic: the review chapter answers, by its paragraphs, not by the
    one numbered paragraph that closes it with what is still lacking."""
    answer = ask("东湖区过去五年主要做了哪些工作？")
    titles = [m.title for m in answer.measures]
    assert titles and not any("创新能力不强" in t or "公共服务供给不足" in t for t in titles)
    assert any(t.startswith("五年来，我们努力在城市管理上下功夫") for t in titles)


def test_two_reports_answering_alike_give_one_answer(tmp_path):
    """A new term's October report and the next January's both plan 2017: when both answer a question
    on one place and year equally well, the one the search ranked first answers, not both."""
    from assistant.answer import answer_question
    from assistant.retrieve import Retriever

    plan = ("2017年主要工作\n（一）提升城市管理水平\n"
            "坚持安全发展不动摇。排查隐患1000处。\n坚持交通先行不停步。新建道路20公里。\n坚持整治违建不手软。拆除违建5万平方米。\n")
    paths = []
    for name in ("2016年10月政府工作报告_2016.txt", "东湖区2017年政府工作报告_2017.txt"):
        path = tmp_path / name
        path.write_text(f"东湖区{name.split('_')[0]}\n各位代表：现在，我代表区人民政府，向大会报告工作。\n{plan}",
                        encoding="utf-8")
        paths.append(path)
    index = build_index("embedded", paths, tmp_path / "index", FakeEncoder())
    answer = answer_question("东湖区2017年在城市管理上打算怎么做？", index, Retriever(index, encoder_factory=FakeEncoder),
                             mode="bm25")
    assert len({c.report_id for c in answer.citations}) == 1
    assert [m.title for m in answer.measures][:3] == ["坚持安全发展不动摇。", "坚持交通先行不停步。", "坚持整治违建不手软。"]


PARAPHRASED = """西湖区2023年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2022年工作回顾
（一）经济平稳运行
全年地区生产总值增长5%，规模以上工业增加值增长6%。
（二）城区品质提升
新建公园12个，改造老旧小区30个。
与此同时，我们始终坚持以人民为中心，以民生的高质量供给满足群众对美好生活的向往。
努力促进幼有善育。新增托育机构15家，普惠托位1200个。
努力促进学有优教。新改扩建学校8所，新增学位9000个。
努力促进弱有众扶。完善社会救助保障体系，发放救助金3000万元。
二、2023年工作安排
（一）推动产业升级
一是建设园区。二是引进企业。
"""


def test_a_run_that_holds_the_question_words_only_as_a_whole_answers(tmp_path_factory):
    """No passage holds enough of 「保障和改善民生」, the run of lead paragraphs opened by 「…以民生的
    高质量供给…」 does (民生 in its opening, 保障 in one of its paragraphs): its leads answer."""
    ask = asker(tmp_path_factory, "西湖区2023年政府工作报告_2023.txt", PARAPHRASED)
    answer = ask("西湖区2022年在保障和改善民生方面做了哪些工作？")
    assert [m.title for m in answer.measures] == ["努力促进幼有善育。", "努力促进学有优教。", "努力促进弱有众扶。"]


ITEMS_GO_ON = """北湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
过去一年，我们主要做了以下工作。
一是稳定经济增长，保持运行在合理区间。
全年地区生产总值增长5.2%，固定资产投资增长8%。
二是调整产业结构，提高发展质量和效益。
巩固和加强农业基础。建成高标准农田2万亩，粮食产量稳定。
加快产业结构调整。服务业增加值占比提高到62%，淘汰落后产能企业40家。
加强基础设施建设。新建道路30公里，轨道交通运营里程达到80公里。
三是保障和改善民生，加快发展社会事业。
新增学位9000个，上调退休人员基本养老金，改革疾病预防控制体系。
二、2024年工作安排
（一）推动产业升级
一是建设园区。二是引进企业。
"""


@pytest.fixture(scope="module")
def ask_items(tmp_path_factory):
    return asker(tmp_path_factory, "北湖区2024年政府工作报告_2024.txt", ITEMS_GO_ON)


def test_an_item_heading_its_paragraph_goes_on_in_the_lead_paragraphs_after_it(ask_items):
    answer = ask_items("北湖区2023年在调整产业结构方面采取了哪些措施？")
    assert [m.title for m in answer.measures] == ["巩固和加强农业基础。", "加快产业结构调整。", "加强基础设施建设。"]
    assert len(answer.citations) == 3  # nothing cited that is not shown


def test_an_item_heading_its_paragraph_goes_on_in_the_paragraph_after_it(ask_items):
    answer = ask_items("北湖区2023年在保障和改善民生方面做了哪些工作？")
    titles = [m.title for m in answer.measures]
    assert titles[0] == "三是保障和改善民生，加快发展社会事业。"
    assert any(t.startswith("新增学位9000个") for t in titles[1:])


SPAN_CLOSED = """西湖区2016年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2015年工作回顾及“十二五”发展成绩
2015年，全区上下攻坚克难，经济社会保持平稳健康发展。
（一）创新驱动亮点纷呈
新增国家级高新技术企业120家，新建创新载体30个。
（二）城区品质加快提升
完成城市更新项目12个，新建公园8座。
过去的一年，区政府扎实推进各项工作，实现了“十二五”圆满收官。“十二五”期间，我们坚持改革创新，推动全区发展迈上新台阶。
——全面深化改革成效显著。在全市率先编制区级权责清单，完成改革项目86项。
——发展质量效益持续提升。高新技术企业总量达569家，是2010年的6.3倍。
——城区面貌明显改善。建成轨道线路3条，新增绿道120公里。
二、2016年工作安排
（一）加快创新发展
新增国家级高新技术企业150家。
"""


@pytest.fixture(scope="module")
def ask_span(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2016年政府工作报告_2016.txt", SPAN_CLOSED)


def test_the_span_a_report_closes_is_told_by_the_run_its_own_paragraph_opens(ask_span):
    """A chapter heading joining the last year with the five years (「2015年工作回顾及“十二五”发展成绩」)
    holds the year's chapters; what the five years brought is the run after the paragraph naming them."""
    answer = ask_span("西湖区“十二五”期间取得了哪些主要成绩？")
    assert [m.title for m in answer.measures] == ["——全面深化改革成效显著。", "——发展质量效益持续提升。",
                                                  "——城区面貌明显改善。"]


def test_the_last_year_asked_alone_is_still_its_chapters(ask_span):
    answer = ask_span("西湖区2015年取得了哪些主要成绩？")
    assert [m.title for m in answer.measures][:2] == ["（一）创新驱动亮点纷呈", "（二）城区品质加快提升"]


RUN_UNDER_HEADING = """南湖区2016年政府工作报告
一、2015年工作回顾
全年地区生产总值增长8%。
二、今后五年的主要任务
（三）抓好城市规划建设
抢抓区域融合发展的重大契机，高水平提升城市重大基础设施和重点片区建设。
加快构建立体交通体系。强化海陆空铁交通辐射。加大轨道交通建设力度，推进地铁12号线建设。完善区内道路网络，打通断头路20条。
统筹建设市政基础设施。新建污水管网300公里。
推动重点区域建设。加快中心区开发。
"""


def test_a_lead_of_a_run_holding_the_question_as_no_other_does_answers_with_its_paragraph(tmp_path_factory):
    """The run's leads are the section's list; one of them alone names the transport asked about: what
    its paragraph says answers, not the list."""
    ask = asker(tmp_path_factory, "南湖区2016年政府工作报告_2016.txt", RUN_UNDER_HEADING)
    titles = [m.title for m in ask("南湖区今后五年在交通建设上有哪些安排？").measures]
    assert titles[0].startswith("加快构建立体交通体系") and any(t.startswith("加大轨道交通建设力度") for t in titles)
    assert not any(t.startswith("统筹建设市政基础设施") for t in titles)



INTRODUCED = """南湖区2025年政府工作报告
一、2024年工作回顾
全年地区生产总值增长6%。
二、2025年工作安排
（一）实施产业升级行动
2.实施特色产业攀登计划
升级擦亮丝绸、旅游、康养特色产业，推动特色产业向优而进。
打造享誉世界的“丝绸之都”。强化平台赋能。建设丝绸交易中心。强化品牌赋能。举办国际丝绸节。
打造具有引领力的旅游服务高地。新增精品酒店5家。
打造高品质的康养集聚区。引进康养机构10家。
"""


def test_an_introduction_naming_every_entry_in_passing_does_not_keep_the_question_on_the_section(tmp_path):
    """「升级擦亮丝绸、旅游、康养特色产业」 opens the section naming each entry's topic: that it holds
    产业 too says nothing of the one entry (「打造享誉世界的“丝绸之都”」) the question is about."""
    from assistant.answer_measures import _narrower
    from assistant.citations import Builder
    from assistant.figure_score import weighted_share
    from corpus.load import load_report

    path = tmp_path / "南湖区2025年政府工作报告_2025.txt"
    path.write_text(INTRODUCED, encoding="utf-8")
    report = load_report(path)
    section = next(s.path for s in report.sections if s.path[-1].startswith("2.实施特色产业"))
    weights = {"丝绸": 1.0, "产业": 1.5, "享誉": 1.0, "世界": 1.0, "丝绸之都": 1.5}
    score = lambda text: weighted_share(tuple(weights), weights, text)  # noqa: E731
    title, measures, _ = _narrower(report, section, score, 0.4, Builder(citations=[]), several=True)
    assert title.startswith("打造享誉世界") and "强化平台赋能。" in [m.title for m in measures]


DASHED = """西湖区2021年工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、“十三五”发展成就和2020年工作回顾
“十三五”时期是全区发展极不平凡的五年，我们团结奋斗，完成了各项目标任务。
——五年来，我们始终守住生态优势，持续推进河湖治理和山林修复，城区环境更加宜居。新建公园20座。
——五年来，我们始终抓住创新动力，深入推进科技创新和重点领域改革，经济发展更加强劲。新增高新技术企业300家。
——五年来，我们始终坚持民生为先，持续补齐教育医疗短板，群众生活更加幸福。新增学位1万个。
2020年是“十三五”收官之年，我们着重抓了三个方面工作。
（一）稳住经济基本盘
地区生产总值增长3%。
二、2021年工作安排
（一）建设生态城区
新建公园5座。
"""


def test_paragraphs_opening_with_a_dash_are_the_entries_of_a_list(tmp_path_factory):
    """「——五年来，我们始终守住生态优势，…。」: the dash marks an entry however long its first sentence,
    so the five years' run is the paragraphs it marks, not the last year's sections."""
    ask = asker(tmp_path_factory, "西湖区2021年工作报告_2021.txt", DASHED)
    answer = ask("西湖区“十三五”时期主要做了哪些工作？")
    titles = [m.title for m in answer.measures]
    assert len(titles) == 3 and all(t.startswith("——五年来，我们始终") for t in titles)


YEAR_LEADS = """北湖区2024年政府工作报告
一、2023年工作回顾
一年来，我们坚持拓展增量，经济发展实现新提升。全年地区生产总值增长6%。
一年来，我们坚持优质均衡，民生福祉厚植新优势。教育资源均衡配置。新组建教育集团3个。医疗改革深入推进。新建社康中心5家。文化活动丰富多彩。举办文化活动200场。
二、2024年工作安排
（一）建设教育强区
新增学位3000个。
"""


def test_new_progress_asked_is_no_word_to_find(tmp_path_factory):
    """「取得了哪些新进展」 says when, as 进展 does: the paragraph on 民生福祉 answers with its leads, though
    no passage says 新进展."""
    ask = asker(tmp_path_factory, "北湖区2024年政府工作报告_2024.txt", YEAR_LEADS)
    answer = ask("北湖区2023年在民生福祉方面取得了哪些新进展？")
    assert [m.title for m in answer.measures] == ["教育资源均衡配置。", "医疗改革深入推进。", "文化活动丰富多彩。"]


GROUPS = """北湖区政府工作报告（2021年10月）
一、过去五年工作回顾
过去五年，全区坚定沿着正确方向奋勇前进，综合实力连续四年居全国前列。各项事业取得新进展。
过去五年，我们坚定不移走创新发展之路，城区发展更高质量。本地生产总值超过6500亿元。
经济结构更优。二三产比例调整至30:70。
经济活力更强。新增商事主体20万户。
过去五年，我们坚定不移统筹发展和安全，城区发展更为安全。成功应对多轮疫情冲击。
生产安全见效果。整治重大安全隐患100处。
社会安全出成果。网贷平台从173家压降至17家。
二、今后五年的主要任务
建设科技强区。
"""


def test_a_paragraph_opening_as_the_runs_opening_does_opens_the_next_run(tmp_path):
    """「过去五年，我们…」 paragraphs each open a group of leads (the PDF glued each group's heading to
    its opening): a run ends at the next such paragraph, though it says more than one sentence; the
    part's own opening (「过去五年，全区…」) opens none."""
    from corpus.leads import led_run
    from corpus.load import load_report

    path = tmp_path / "北湖区政府工作报告（2021年10月）_2021.txt"
    path.write_text(GROUPS, encoding="utf-8")
    report = load_report(path)
    opening = lambda words: next(p for p in report.paragraphs if report.text.startswith(words, p.start))  # noqa: E731
    first = lambda p: report.text[p.start:p.start + 6]  # noqa: E731
    assert [first(p) for p in led_run(report, opening("过去五年，我们坚定不移走"))] == ["经济结构更优", "经济活力更强"]
    assert [first(p) for p in led_run(report, opening("过去五年，我们坚定不移统"))] == ["生产安全见效", "社会安全出成"]
    assert led_run(report, opening("过去五年，全区")) == []
