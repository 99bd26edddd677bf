"""General answer extraction on sentences written for these tests: units no table lists, changes
against levels, two values asked at once, and lists in every enumeration style."""
import pytest

from index.figure_facts import is_change
from index.figures import find_figures, report_figures
from assistant.query import analyze
from corpus.structure import build_structure
from index.tokenize import Tokenizer


@pytest.mark.parametrize("text, expected", [
    ("港口集装箱吞吐量12.5万标箱、增长3%", ["12.5万标箱", "3%"]),
    ("细颗粒物年均浓度降至19微克/立方米以下", ["19微克/立方米以下"]),
    ("新增污水处理能力800吨/日", ["800吨/日"]),
    ("日均开行动车组64列次", ["64列次"]),
    ("新增绿地35公顷", ["35公顷"]),
    ("可吸入颗粒物浓度由48微克每立方米下降到31微克每立方米", ["48微克每立方米", "31微克每立方米"]),
])
def test_any_word_after_a_number_is_its_unit(text, expected):
    assert [s.text for s, *_ in find_figures(text)] == expected


def test_dates_and_plan_names_are_not_figures():
    assert [s.text for s, *_ in find_figures("2025年3月，实施三年行动计划，PM2.5浓度下降")] == []


def _figure(text, value):
    from corpus.models import Report, ReportMeta

    structure = build_structure((text,))
    report = Report(id="t", source="t.txt", meta=ReportMeta(title="t"), text=structure.text,
                    sections=structure.sections, paragraphs=structure.paragraphs, content_hash="t")
    return next(f for f in report_figures(report) if f.text.endswith(value))


@pytest.mark.parametrize("text, value, change", [
    ("全区生产总值达到860亿元，增长6.2%。", "6.2%", True),
    ("全区生产总值达到860亿元，增长6.2%。", "860亿元", False),
    ("考核分值由10分提升至20分。", "20分", False),  # a level reached, not a change
    ("失业率下降0.3个百分点。", "0.3个百分点", True),
    ("今年新增公办学位8200个。", "8200个", False),  # an amount added, not a relative change
    ("税收收入增加35亿元。", "35亿元", False),
    ("全区生产总值增长3.5%，比全市高0.2个百分点。", "0.2个百分点", True),  # a difference from another place
])
def test_change_or_level(text, value, change):
    assert is_change(_figure(text, value)) is change


def _ask(question):
    return analyze(question, [], Tokenizer())


def test_two_values_joined_by_and_are_two_asks():
    query = _ask("新建了多少所小学和多少所幼儿园？")
    assert [p.text for p in query.parts] == ["新建了多少所小学", "多少所幼儿园"]


def test_years_joined_by_and_are_one_ask_answered_per_report():
    assert _ask("2015年和2023年的地区生产总值分别是多少？").parts == ()


def test_a_city_as_a_whole_and_a_district_joined_are_one_ask_answered_per_report():
    assert _ask("2021年深圳全市和南山区的地区生产总值分别是多少？").parts == ()


def test_a_quoted_name_with_a_pause_mark_is_one_ask():
    assert _ask("“双随机、一公开”抽查了多少户？").parts == ()


def test_the_question_says_whether_it_wants_a_change():
    assert _ask("外贸进出口增长了多少？").asks_change
    assert not _ask("外贸进出口总额是多少？").asks_change


def test_words_pointing_at_the_report_itself_are_no_words_to_find():
    """「政府工作报告里说的」, 「报告回顾过去五年时说」 say where the thing is said: a passage need not hold
    报告 or 时说 (a word jieba reads in 「五年时说」)."""
    terms = _ask("2021年10月的政府工作报告回顾过去五年时说，城区综合实力在全国百强区中处在什么位置？").terms
    assert not {"报告", "工作报告", "时说", "政府"} & set(terms) and "百强" in terms
    said = _ask("2024年政府工作报告里说的“信用就医”是一种什么样的就医模式？").terms
    assert "报告" not in said and "信用" in said and "就医" in said
    # a report asked about is a thing to find
    assert any("报告" in t for t in _ask("2023年发布了多少份审计报告？").terms)


def test_how_far_it_moved_either_way_is_a_change_asked():
    """「是增长还是下降，幅度多大」 asks the rate, whichever way it went, not the level."""
    assert _ask("工业增加值是增长还是下降，幅度多大？").asks_change
    assert not _ask("工业增加值规模有多大？").asks_change


def test_an_amount_added_counted_in_units_is_not_a_change():
    assert not _ask("通过新建学校增加多少个学位？").asks_change
    assert _ask("学位数量比上年增加了多少？").asks_change


def test_a_fixed_phrase_with_ji_is_not_two_asks():
    assert _ask("全国地级及以上城市细颗粒物平均浓度下降了多少？").parts == ()


def test_a_plan_word_in_a_figure_question_is_not_a_word_to_match():
    query = _ask("今年计划新建绿道多少公里？")
    assert query.asks_plan and "计划" not in query.terms


@pytest.mark.parametrize("body, titles", [
    (("一是加强领导，落实责任。二是完善制度。三是强化考核。",), ["加强领导", "完善制度", "强化考核"]),
    (("一是加强领导，落实责任。", "二是完善制度，堵塞漏洞。", "三是强化考核。"),
     ["加强领导", "完善制度", "强化考核"]),  # one item a paragraph
])
def test_item_lists_inline_and_across_paragraphs(body, titles):
    structure = build_structure(("一、主要工作", *body))
    assert [i.title for p in structure.paragraphs for i in p.items] == titles


def test_unnumbered_part_headings_hold_the_numbered_chapters():
    structure = build_structure(("2022年工作回顾", "一、经济发展", "全年增长5%。", "2023年工作安排", "一、稳增长",
                                 "力争增长6%。"))
    paths = [p.section_path for p in structure.paragraphs]
    assert paths == [("2022年工作回顾", "一、经济发展"), ("2023年工作安排", "一、稳增长")]


@pytest.mark.parametrize("question, intent", [
    ("去年主要做了哪几方面工作？", "measure"),  # 哪几 asks which, not how many
    ("今年要把握好哪些关系？", "measure"),
    ("要抓好的十大工程有哪些？", "measure"),
    ("新建了几所学校？", "figure"),
    ("在全国排第几？", "fact"),
    ("今年要高标准建设哪些特色街区？", "measure"),  # any 哪些 asks for a list
    ("占全市的比重有多高？", "figure"),
    ("港口吞吐量规模多大？", "figure"),
    ("河道规划设计是对标哪条河来做的？", "fact"),  # one named river, as 哪家 asks one body
    ("新校区落户在哪所大学？", "fact"),
    ("“双修”指的是哪两项？", "fact"),  # what a term means, though 哪两 would ask a list
])
def test_what_kind_of_answer_a_question_wants(question, intent):
    assert _ask(question).intent == intent


def test_last_year_is_read_against_the_year_the_question_names():
    """「2024年的报告里，去年…」 asks about 2023, not about the year before every report."""
    query = _ask("南山区2024年的政府工作报告里，去年辖区税收是多少？")
    assert query.years == (2023,) and query.anchor == 2024 and "去年" not in query.terms


def test_a_second_ask_in_how_high_words_is_its_own_part():
    """「是多少？占全市的比重有多高？」 asks two values, the second without 多少."""
    query = _ask("规上工业增加值是多少？占全市的比重有多高？")
    assert [p.text for p in query.parts] == ["规上工业增加值是多少", "占全市的比重有多高"]
    assert query.parts[1].unit == "%"


def test_the_unit_asked_starts_no_word():
    """「多少套棚改住房」: jieba would read 套棚; the unit asked stands apart and 棚改 is the word to find."""
    terms = _ask("东湖区2024年计划开工多少套棚改住房？").terms
    assert "棚改" in terms and "套棚" not in terms


def test_an_intensity_asked_is_a_rate():
    """研发投入强度 is R&D spending as a share of GDP: a percentage, not the amount spent."""
    assert _ask("光华区2023年全社会研发投入强度是多少？").unit == "%"


def test_a_compound_unit_asked_is_a_unit_hint():
    assert _ask("PM2.5年均浓度是多少微克/立方米？").unit == "微克/立方米"
    assert _ask("有多少企业？").unit is None  # a noun after 多少 is what is counted, not a unit


def test_an_everyday_word_is_kept_whole_and_does_not_cut_its_neighbours():
    """Replacing GDP by 生产总值 made jieba cut 「第三产业占…」 as 第 / 三产 / 业占."""
    terms = _ask("第三产业占GDP的比重上升了多少？").terms
    assert "gdp" in terms and "第三产业" in terms and "业占" not in terms


def test_words_of_asking_are_not_words_to_match():
    terms = _ask("打造韧性城区具体要做哪些事？").terms
    assert "韧性" in terms and not {"具体", "做", "事"} & set(terms)


def _report(*paragraphs, year=2021):
    from corpus.models import Report, ReportMeta

    structure = build_structure(paragraphs)
    return Report(id="t", source="t.txt", meta=ReportMeta(title="t", year=year), text=structure.text,
                  sections=structure.sections, paragraphs=structure.paragraphs, content_hash="t")


def _features(report, value, question, years):
    from assistant.figure_score import figure_features

    fig = next(f for f in report_figures(report) if f.text == value)
    query = _ask(question)
    weights = {t: 1.0 for t in query.terms}
    return figure_features(fig, text=query.text, terms=query.terms, weights=weights, asks_change=query.asks_change,
                           asks_plan=query.asks_plan, years=years, report=report, rank=1)


def test_a_year_written_before_a_number_is_that_numbers_year():
    """「由2016年的532亿元跃升至2020年的801亿元」: only 801 is of 2020, and 532 is where it started."""
    report = _report("一、过去五年", "全区产值由2016年的532亿元跃升至2020年的801亿元，年均增长9.5%。")
    later = _features(report, "801亿元", "2020年全区产值是多少？", (2020,))
    earlier = _features(report, "532亿元", "2020年全区产值是多少？", (2020,))
    assert later["year"] == 1.0 and later["start"] == 0.0
    assert earlier["year"] == -1.0 and earlier["start"] == 1.0


@pytest.mark.parametrize("sentence, value, question, part", [
    # a share of the thing asked is not the thing
    ("全区生产总值860亿元，工业增加值占全区生产总值比重提高到35.1%。", "35.1%", "全区生产总值是多少？", 1.0),
    ("全区生产总值860亿元，工业增加值占全区生产总值比重提高到35.1%。", "860亿元", "全区生产总值是多少？", 0.0),
    ("全区生产总值860亿元，工业增加值占全区生产总值比重提高到35.1%。", "35.1%", "工业增加值占全区生产总值的比重是多少？", 0.0),
    # its rate, unless a rate is asked
    ("工业增加值率提高到23.2%。", "23.2%", "工业增加值是多少？", 1.0),
    ("工业增加值率提高到23.2%。", "23.2%", "工业增加值率是百分之多少？", 0.0),
    # a part after 其中 the question does not name
    ("今年拟安排债务限额1.2万亿元，其中市级债务限额8500亿元。", "8500亿元", "今年拟安排债务限额多少？", 1.0),
    ("今年拟安排债务限额1.2万亿元，其中市级债务限额8500亿元。", "8500亿元", "市级债务限额是多少？", 0.0),
])
def test_a_part_or_ratio_of_the_thing_asked_is_marked(sentence, value, question, part):
    report = _report("一、回顾", sentence)
    assert _features(report, value, question, ())["part"] == part


def test_how_much_higher_than_another_is_a_change_asked():
    assert _ask("全区生产总值增速比全市高多少个百分点？").asks_change
    assert not _ask("全区生产总值总量是多少？").asks_change


def test_two_values_asked_together_come_from_one_sentence_when_it_holds_both():
    """The first ask's best-scored figure alone would be the other sentence's; chosen together, the
    pair from one sentence wins because each pick is scored beside the other."""
    from assistant.answer_figures import choose
    from assistant.figure_score import Scorer

    report = _report("一、回顾", "园区完成投资370亿元，增长37.7%。全市投资4078.2亿元，增速达23.6%。")
    figs = {f.text.removeprefix("达"): f for f in report_figures(report)}
    rows = [[(figs["370亿元"], {"clause": 1.0, "year": 0.0}), (figs["4078.2亿元"], {"clause": 0.9, "year": 0.0})],
            [(figs["37.7%"], {"clause": 0.2, "year": 0.0}), (figs["23.6%"], {"clause": 1.0, "year": 0.0})]]
    scorer = Scorer(weights={"clause": 3.0, "same_sentence": 2.0}, bias=-2.0, threshold=0.5)
    chosen, _ = choose(rows, scorer)
    assert [f.text for f in chosen] == ["4078.2亿元", "达23.6%"]


def _section_titles(*body):
    from assistant.answer_measures import _section_measures
    from assistant.citations import Builder

    report = _report("（三）推进绿色发展", *body)
    return [m.title for m in _section_measures(report, ("（三）推进绿色发展",), Builder(citations=[]))]


def test_lead_sentences_after_a_sections_own_lead_in_are_its_items():
    """One paragraph: a lead-in sentence, then short lead sentences each followed by what they lead."""
    titles = _section_titles("坚持生态优先，推动发展方式全面转型。治理河湖水环境。新建污水管网，完成黑臭水体整治。"
                             "改善城市空气质量。治理工地扬尘，严管机动车尾气。推广绿色建筑、绿色交通。"
                             "新建项目执行绿色标准，既有建筑逐步改造。强化生态保护修复。开展山体公园建设，保护湿地。")
    assert titles == ["治理河湖水环境。", "改善城市空气质量。", "推广绿色建筑、绿色交通。", "强化生态保护修复。"]


def test_in_a_section_of_many_paragraphs_each_first_sentence_is_an_item():
    """Short sentences inside the paragraphs are details there, not the section's items."""
    titles = _section_titles("瞄准高端前端，实施产业提升行动。建设汽车城。打造灯塔工厂。",
                             "突出集聚集约，实施平台提效行动。建设核心区。培育龙头企业。",
                             "注重高质高效，实施项目提速行动。开工新项目。建成新产线。")
    assert titles == ["瞄准高端前端，实施产业提升行动。", "突出集聚集约，实施平台提效行动。", "注重高质高效，实施项目提速行动。"]


def test_a_year_compared_with_is_not_the_year_of_the_figure():
    """「超2019年同期水平」 compares with 2019; the visitors counted are of the year asked."""
    report = _report("一、回顾", "全年接待游客1612万人次，超2019年同期水平。", year=2024)
    assert _features(report, "1612万人次", "2023年接待了多少游客？", (2023,))["year"] >= 0


def test_a_range_of_years_is_one_period_known_by_its_last_year():
    """「2016年至2020年」 is the period a five-year review covers, not two years to compare."""
    assert _ask("2016年至2020年地区生产总值年均增长多少？").years == (2020,)
    assert _ask("2015年和2023年的地区生产总值分别是多少？").years == (2015, 2023)


def test_paragraphs_closing_a_part_are_not_its_last_chapters_items():
    """「同时也要看到…一是…二是…」 after the last chapter of a review speaks for the whole review."""
    from assistant.answer_measures import _section_measures
    from assistant.citations import Builder

    report = _report("一、2023年工作回顾", "（一）经济稳步增长", "全年地区生产总值增长5%，工业投资增长9%。",
                     "（二）城市品质提升", "新建公园12个，改造老旧小区30个。",
                     "（三）民生持续改善", "教育事业快速发展，新增学位8000个。医疗服务更加便捷，新增床位600张。"
                     "社会保障全面加强，发放补贴1亿元。",
                     "同时也要看到，发展中还存在一些问题：一是产业结构不优；二是公共服务有短板。")
    path = ("一、2023年工作回顾", "（三）民生持续改善")
    titles = [m.title for m in _section_measures(report, path, Builder(citations=[]))]
    assert titles == ["教育事业快速发展，新增学位8000个。", "医疗服务更加便捷，新增床位600张。",
                      "社会保障全面加强，发放补贴1亿元。"]


# A plan chapter whose paragraphs each open with an action, worded unlike the questions asked of it.
ACTIONS = ("二、2023年工作安排", "（五）建设美丽城区",
           "开展碧水蓝天守护行动。强化挥发性有机物减排，加强扬尘治理。",
           "开展土壤噪声治理行动。动态更新土壤环境质量一张图，加大重金属企业排查整治。",
           "开展绿色低碳引领行动。推进企业节能技术改造，稳步推进能源结构调整。",
           "（六）建设幸福城区", "新建学校十所，新增学位一万个。")


def _hits(report, *paragraph_numbers):
    from assistant.retrieve import Hit
    from corpus.models import Chunk

    paras = {p.number: p for p in report.paragraphs}
    return [Hit(chunk=Chunk(id=f"c{n}", report_id=report.id, section_path=paras[n].section_path, paragraph=n,
                            start=paras[n].start, end=paras[n].end, text=report.text[paras[n].start:paras[n].end]),
                report=report, score=1.0 / rank, rank=rank) for rank, n in enumerate(paragraph_numbers, start=1)]


def test_the_section_the_best_passages_agree_on_answers_without_the_questions_words():
    """Asked in other words than the report's, the three best passages all in one chapter: its items."""
    from assistant.answer_measures import _agreed_section
    from assistant.citations import Builder

    report = _report(*ACTIONS)
    query = _ask("2023年在生态环境保护方面要做哪些事？")
    weights = {t: 1.0 for t in query.terms}
    found = _agreed_section(query, report, _hits(report, 1, 2, 3), weights, Builder(citations=[]))
    assert found and [m.title for m in found[1]] == ["开展碧水蓝天守护行动。", "开展土壤噪声治理行动。", "开展绿色低碳引领行动。"]
    assert _agreed_section(query, report, _hits(report, 1, 4, 2), weights, Builder(citations=[])) is None


def test_a_question_naming_no_place_is_not_answered_from_a_section_without_its_words():
    """Asked of every report, some report would have a section the best passages agree on: only a
    question that names its place (one report or a few) gets the section its passages agree on."""
    from dataclasses import replace

    from assistant.answer_measures import answer_measures
    from assistant.citations import Builder

    report = _report(*ACTIONS)
    query = _ask("2023年在生态环境保护方面要做哪些事？")
    weights = {t: 1.0 for t in query.terms}
    hits = _hits(report, 1, 2, 3)
    assert answer_measures(query, report, hits, Builder(citations=[]), weights) is None
    named = replace(query, report_ids=(report.id,))
    assert answer_measures(named, report, hits, Builder(citations=[]), weights) is not None


def test_output_as_a_denominator_is_not_the_output():
    """「万元GDP能耗下降3.65%」 holds GDP only as what energy is measured per: a question on GDP's
    change finds 下降 there, not GDP; one asking the intensity finds both."""
    report = _report("一、2021年工作回顾", "万元GDP能耗下降3.65%，获评省级节水型社会达标区。")
    assert _features(report, "3.65%", "GDP比上年下降了多少？", ())["clause"] == pytest.approx(1 / 3)
    assert _features(report, "3.65%", "万元GDP能耗下降了多少？", ())["clause"] == 1.0


def test_a_share_is_no_answer_to_a_question_asking_a_level():
    """「GDP总量不到全市的15%」 is no GDP; asked as a share (「占多少」) it is one."""
    from assistant.answer_figures import figure_candidates
    from assistant.retrieve import Hit
    from corpus.models import Chunk

    report = _report("一、2021年工作回顾", "全区GDP总量不到全市的15%，地区生产总值1496亿元。")
    para = report.paragraphs[-1]
    chunk = Chunk(id="c", report_id="t", section_path=para.section_path, paragraph=para.number,
                  start=para.start, end=para.end, text=report.text[para.start:para.end])
    hits = [Hit(chunk=chunk, report=report, score=1.0, rank=1)]

    def values(question):
        query = _ask(question)
        rows = figure_candidates(query, report, hits, {t: 1.0 for t in query.terms})
        return [fig.text for fig, _ in rows[0]]

    assert values("全区GDP是多少？") == ["1496亿元"]
    assert "15%" in values("全区GDP总量占全市多少？")


@pytest.mark.parametrize("metric, over_years", [
    ("2015年PM2.5年均浓度降至", False),  # the mean over 2015: that year's value
    ("五年年均增长", True),
    ("2016年至2020年年均增长", True),
    ("“十三五”期间年均增长", True),
    ("2019年以来年均增长", True),
])
def test_a_mean_after_one_year_written_is_that_years(metric, over_years):
    from index.figure_facts import _over_years

    assert _over_years(metric) is over_years


def test_a_figure_after_a_word_after_latin_letters_is_read():
    """「GDP达到2641亿元」: 达到 stands between GDP and the number; 「PM2.5」 is a name."""
    from index.figures import find_figures

    text = "“十二五”期末，GDP达到2641亿元，年均增长11.0%。PM2.5浓度持续下降。"
    assert [spot.text for spot, *_ in find_figures(text)] == ["达到2641亿元", "11.0%"]
