"""Measures chosen by what the report's headings say, on a district report written for these tests:
two chapters both use the question's words, only one heading says the question's topic."""
import pytest

from assistant.answer import answer_question, report_hits, route
from assistant.answer_measures import _nearest_heading, answer_measures, outlines
from assistant.citations import Builder
from assistant.query import analyze
from assistant.retrieve import Retriever
from corpus.load import load_report
from index.tokenize import Tokenizer
from conftest import FakeEncoder, build_index

REPORT = """东湖区2023年政府工作报告
各位代表：现在，我代表东湖区人民政府，向大会报告政府工作。
一、2022年工作回顾
2022年，我们推动城区面貌改善和园区改造，各项工作稳步推进。
（一）产业发展提质增效
推动园区改造工作，园区改造改善产业面貌，推动园区改造工作提速。新引进企业120家。
（二）城区面貌持续改善
城区面貌改善，一是推动旧村园区改造；二是新建口袋公园12个；三是整治背街小巷30条。
二、2023年工作安排
（一）城区面貌再上台阶
一是完成道路微改造；二是建设滨河绿道；三是推进城中村综合整治。
（二）营商环境持续优化
一是推行一网通办；二是落实减税降费。
"""


@pytest.fixture(scope="module")
def report_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("headings") / "东湖区2023年政府工作报告_2023.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


QUESTION = "东湖区2022年在城区面貌改善上推动园区改造采取了哪些措施？"


@pytest.fixture(scope="module")
def asked(report_path, tmp_path_factory):
    """QUESTION routed to the report, and its BM25 passages."""
    index = build_index("embedded", [report_path], tmp_path_factory.mktemp("index") / "index", FakeEncoder())
    routed = route(QUESTION, index)
    report = routed.targets[0]
    return routed, report, report_hits(Retriever(index, encoder_factory=FakeEncoder), QUESTION, routed.targets,
                                       mode="bm25", k=8)[report.id]


def test_of_two_chapters_holding_the_words_the_one_headed_by_the_topic_answers(asked):
    """Both chapters hold the question's words and the first ranks higher by BM25 (it repeats
    园区改造); the encoder finds the second's heading nearer the question: its items answer."""
    routed, report, hits = asked
    order = [(h.chunk.section_path or ("",))[-1] for h in hits]
    assert order.index("（一）产业发展提质增效") < order.index("（二）城区面貌持续改善")
    near = {s.path: (0.9 if s.path[-1] == "（二）城区面貌持续改善" else 0.1) for s in report.sections}
    title, measures, _ = answer_measures(routed.query, report, hits, Builder(citations=[]), routed.weights,
                                         lambda text, r: near)
    assert title.startswith("（二）城区面貌持续改善")
    assert not any("新引进企业" in m.title for m in measures)


def test_the_nearest_heading_is_taken_from_the_part_the_question_asks(report_path):
    """With no passage holding the words, the heading the encoder puts nearest answers — among the
    plan part's chapters for a question about plans, even when a review heading is nearer still."""
    report = load_report(report_path)
    query = analyze("东湖区2023年在城区建设上打算怎么做？", [report], Tokenizer())
    near = {s.path: 0.1 for s in report.sections}
    review = next(s for s in report.sections if s.path[-1] == "（二）城区面貌持续改善")
    plan = next(s for s in report.sections if s.path[-1] == "（一）城区面貌再上台阶")
    near[review.path], near[plan.path] = 0.9, 0.6
    title, measures, _ = _nearest_heading(query, report, near, {t: 1.0 for t in query.terms}, Builder(citations=[]))
    assert title.startswith("（一）城区面貌再上台阶")
    assert [m.title.split(" ", 1)[-1] for m in measures] == ["完成道路微改造", "建设滨河绿道", "推进城中村综合整治"]


def test_a_parts_opening_passage_gives_way_to_a_chapter_under_its_own_heading(asked):
    """The review part opens with a passage holding the question's words, under a heading the encoder
    finds nearest (「一、2022年工作回顾」 shares the question's year): it speaks for no topic, so the
    chapter's passage answers, not the list of the part's chapters."""
    routed, report, hits = asked
    assert any(h.chunk.section_path == ("一、2022年工作回顾",) for h in hits[:5])
    near = {s.path: {"一、2022年工作回顾": 0.9, "（二）城区面貌持续改善": 0.5}.get(s.path[-1], 0.1)
            for s in report.sections}
    title, measures, _ = answer_measures(routed.query, report, hits, Builder(citations=[]), routed.weights,
                                         lambda text, r: near)
    assert title.startswith("（二）城区面貌持续改善")


def test_which_measures_with_no_heading_naming_them_lists_the_passages_section(report_path, tmp_path):
    """「有哪些措施」 whose words only the body holds (新引进企业120家): the section the passage stands in,
    listed sentence by sentence, not the one passage alone."""
    index = build_index("embedded", [report_path], tmp_path / "index", FakeEncoder())
    answer = answer_question("东湖区2022年在引进企业上采取了哪些措施？", index,
                             Retriever(index, encoder_factory=FakeEncoder), mode="bm25")
    assert answer.text.split(" ", 1)[1].startswith("（一）产业发展提质增效")
    assert len(answer.measures) >= 2 and any("新引进企业120家" in m.title for m in answer.measures)


def _passages_hold_nothing(question, report_path):
    """The question analysed against the report, with no passage to answer from: the headings decide."""
    report = load_report(report_path)
    query = analyze(question, [report], Tokenizer())
    return report, query, {t: 1.0 for t in query.terms}


def test_a_parts_heading_answers_no_question_with_a_topic_of_its_own(report_path):
    """「一、2022年工作回顾」 shares the question's year and its 「工作」, so the encoder puts it nearest; the
    question names a topic (城区面貌), which only a chapter inside the part can answer. The encoder is
    asked about the topic in the question's words, without place and year."""
    report, query, weights = _passages_hold_nothing("东湖区2022年在城区面貌方面做了哪些工作？", report_path)
    asked = []

    def near(text, r):
        asked.append(text)
        return {s.path: {"一、2022年工作回顾": 0.9, "（二）城区面貌持续改善": 0.5}.get(s.path[-1], 0.1)
                for s in r.sections}
    title, _, _ = answer_measures(query, report, [], Builder(citations=[]), weights, near)
    assert title.startswith("（二）城区面貌持续改善")
    assert "城区面貌" in asked[0] and "东湖区" not in asked[0] and "2022" not in asked[0]


@pytest.mark.parametrize("question, part, chapters", [
    ("东湖区2022年主要做了哪些工作？", "一、2022年工作回顾", ["（一）产业发展提质增效", "（二）城区面貌持续改善"]),
    ("东湖区2023年重点做好哪几个方面的工作？", "二、2023年工作安排", ["（一）城区面貌再上台阶", "（二）营商环境持续优化"]),
])
def test_a_question_asking_only_what_was_done_or_planned_is_answered_by_the_parts_chapters(
        question, part, chapters, report_path):
    """「主要做了哪些工作」, 「重点做好哪几个方面」 name no topic: the part's chapters are the answer."""
    report, query, weights = _passages_hold_nothing(question, report_path)
    near = lambda text, r: {s.path: {part: 0.9, "（二）城区面貌持续改善": 0.5}.get(s.path[-1], 0.1)  # noqa: E731
                            for s in r.sections}
    title, measures, _ = answer_measures(query, report, [], Builder(citations=[]), weights, near)
    assert title.startswith(part) and [m.title for m in measures] == chapters


UNHEADED_REVIEW = """东湖区2016年政府工作报告
一、经济指标持续向好，产业基础进一步优化
全年地区生产总值增长8%。一是新引进企业120家；二是新建产业园区2个。
二、城市功能进一步完善，城区面貌明显改善
新建口袋公园12个，整治背街小巷30条。
“十三五”发展思路和2016年主要工作任务
一、坚持以城市管理为核心，提升城区面貌
一是完成道路微改造；二是建设滨河绿道；三是推进城中村综合整治。
二、坚持创新驱动，优化营商环境
一是推行一网通办；二是落实减税降费。
"""


def test_chapters_before_the_plan_heading_are_the_review(tmp_path):
    """A report whose review has no heading of its own (its chapters come first, then 「…2016年主要工作
    任务」): a question about plans is not answered from those chapters, however near their headings."""
    path = tmp_path / "东湖区2016年政府工作报告_2016.txt"
    path.write_text(UNHEADED_REVIEW, encoding="utf-8")
    report, query, weights = _passages_hold_nothing("东湖区2016年在城区面貌上打算怎么做？", path)
    near = {s.path: {"二、城市功能进一步完善，城区面貌明显改善": 0.9,
                     "一、坚持以城市管理为核心，提升城区面貌": 0.6}.get(s.path[-1], 0.1) for s in report.sections}
    title, measures, _ = _nearest_heading(query, report, near, weights, Builder(citations=[]))
    assert title.startswith("一、坚持以城市管理为核心")


SHORT_ENTRIES = """北湖区2019年政府工作报告
一、2018年工作回顾
全区经济运行总体平稳。
二、2019年主要工作任务
（一）聚焦精细化，提升城市管理水平
以创建国家卫生城市为目标，加快形成干净整洁的城区环境。
1.开展街区清洁行动。清理卫生死角。规范户外广告设置。
2.开展街区绿化行动。建成花卉景观大道12条。
3.开展街区灯光行动。完成主干道夜景照明改造。
（二）聚焦获得感，优化公共服务
1.推动学前教育普惠。新增学前学位3000个。
2.提升医疗服务能力。新建社区健康服务中心5家。
"""


def _nearest_in(tmp_path, text: str, cosines: dict[str, float]):
    """_nearest_heading on a report of ``text`` for a question on 市容, each heading's cosine given by its
    title (0.1 for the rest)."""
    path = tmp_path / "北湖区2019年政府工作报告_2019.txt"
    path.write_text(text, encoding="utf-8")
    report = load_report(path)
    query = analyze("北湖区2019年在市容管理上打算搞哪些行动？", [report], Tokenizer())
    near = {s.path: cosines.get(s.path[-1], 0.1) for s in report.sections}
    return _nearest_heading(query, report, near, {t: 1.0 for t in query.terms}, Builder(citations=[]))


CHAPTER_LIST = ["1.开展街区清洁行动", "2.开展街区绿化行动", "3.开展街区灯光行动"]


def test_three_nearest_headings_of_one_sections_short_entries_give_the_section(tmp_path):
    """「1.开展街区清洁行动」 is nearest, but 2. and 3. of the same chapter come next: the question
    asks of what the three share, the chapter's list, not the first entry's sentences."""
    cosines = {"1.开展街区清洁行动": 0.38, "2.开展街区绿化行动": 0.36, "3.开展街区灯光行动": 0.35, "1.推动学前教育普惠": 0.3}
    title, measures, _ = _nearest_in(tmp_path, SHORT_ENTRIES, cosines)
    assert title.startswith("（一）聚焦精细化")
    assert [m.title for m in measures][:3] == CHAPTER_LIST
    cosines.update({"1.推动学前教育普惠": 0.37, "2.提升医疗服务能力": 0.365})
    title, _, _ = _nearest_in(tmp_path, SHORT_ENTRIES, cosines)
    assert title.startswith("1.开展街区清洁行动")


def test_the_nearest_entry_and_one_more_of_its_section_give_the_section(tmp_path):
    """An entry of several paragraphs is as much one of its chapter's list as a short one: with the
    nearest heading and the third nearest its chapter's entries (the second from elsewhere), the
    question asks of the chapter."""
    text = SHORT_ENTRIES.replace("清理卫生死角。规范户外广告设置。", "清理卫生死角。\n规范户外广告设置，整治占道经营。")
    cosines = {"1.开展街区清洁行动": 0.38, "1.推动学前教育普惠": 0.37, "3.开展街区灯光行动": 0.36, "2.开展街区绿化行动": 0.3}
    title, measures, _ = _nearest_in(tmp_path, text, cosines)
    assert title.startswith("（一）聚焦精细化")
    assert [m.title for m in measures][:3] == CHAPTER_LIST


BY_CHANCE = """南湖区2023年政府工作报告
一、2022年工作回顾
（一）民生福祉持续改善
新建学校5所，建设城市书房10个，加强校园安全管理，新增学位8000个。
（二）城区品质迈上新台阶
完成城区规划修编工作，城市设计国际咨询顺利开展。
道路建设提速，新建道路20条。
燃气管网完成改造，燃气安全管理全面加强。
二、2023年工作安排
（一）推进产业升级
一是培育新兴产业；二是优化营商环境。
"""


@pytest.fixture(scope="module")
def chance(tmp_path_factory):
    """「南湖区2022年在城市建设管理方面做了哪些工作」 routed to BY_CHANCE, and its BM25 passages."""
    path = tmp_path_factory.mktemp("chance") / "南湖区2023年政府工作报告_2023.txt"
    path.write_text(BY_CHANCE, encoding="utf-8")
    index = build_index("embedded", [path], tmp_path_factory.mktemp("index") / "index", FakeEncoder())
    question = "南湖区2022年在城市建设管理方面做了哪些工作？"
    routed = route(question, index)
    report = routed.targets[0]
    hits = report_hits(Retriever(index, encoder_factory=FakeEncoder), question, routed.targets, mode="bm25",
                       k=8)[report.id]
    return routed, report, hits


def _title_given(chance, nearness: dict[str, float]) -> str:
    """The measures answer's title when the encoder puts the headings named at these cosines (others 0.1)."""
    routed, report, hits = chance
    near = {s.path: nearness.get(s.path[-1], 0.1) for s in report.sections}
    return answer_measures(routed.query, report, hits, Builder(citations=[]), routed.weights, lambda text, r: near)[0]


def test_a_heading_far_nearer_than_the_passages_own_answers(chance):
    """The school passage holds 城市, 建设 and 管理 by chance; the other chapter's passages each hold
    one of them. The encoder finds that chapter's heading far nearer the question, and the chapter
    holds the words as well as the school passage does: it answers."""
    assert chance[2][0].chunk.section_path[-1] == "（一）民生福祉持续改善"
    title = _title_given(chance, {"（二）城区品质迈上新台阶": 0.6, "（一）民生福祉持续改善": 0.2})
    assert title.startswith("（二）城区品质迈上新台阶")


def test_a_section_nearer_and_holding_more_of_the_words_answers(chance):
    """The other chapter's heading is only a little nearer (0.35 against 0.3), but its text holds
    more of the question's words than the school passage's chapter does: nearer and fuller, it
    answers; farther, it does not."""
    title = _title_given(chance, {"（二）城区品质迈上新台阶": 0.35, "（一）民生福祉持续改善": 0.3})
    assert title.startswith("（二）城区品质迈上新台阶")
    title = _title_given(chance, {"（二）城区品质迈上新台阶": 0.35, "（一）民生福祉持续改善": 0.4})
    assert not title.startswith("（二）城区品质迈上新台阶")


def test_a_section_whose_outline_the_reports_own_words_put_near_the_question_wins(tmp_path):
    """No passage says 治水 and the encoder puts the transport chapter's heading nearest; in the word
    vectors fitted on the reports 治水 lies by 水污染, which the environment chapter's outline says."""
    import numpy as np

    from index.word_vectors import WordVectors

    path = tmp_path / "东湖区2023年政府工作报告_2023.txt"
    path.write_text("""东湖区2023年政府工作报告
一、2022年工作回顾
全区经济运行总体平稳。
二、2023年工作安排
（一）建设美丽城区
一是推进水污染防治，完成河道整治10条；二是新建口袋公园12个。
（二）完善交通网络
一是建成轨道交通线路2条；二是打通断头路6条。
""", encoding="utf-8")
    report = load_report(path)
    query = analyze("东湖区2023年在治水上打算怎么做？", [report], Tokenizer())
    near = {s.path: (0.5 if s.path[-1] == "（二）完善交通网络" else 0.3) for s in report.sections}
    vectors = WordVectors(words=("地铁", "水污染", "治水", "轨道交通"), weights=np.ones(4, np.float32),
                          vectors=np.array([[0, 1], [1, 0], [1, 0], [0, 1]], np.float32), fitted_on=1)
    tokenizer = Tokenizer()
    words = lambda terms, r: {path: vectors.similarity(terms, tokenizer.tokenize(text))  # noqa: E731
                              for path, text in outlines(r).items()}
    weights = {t: 1.0 for t in query.terms}
    title, _, _ = _nearest_heading(query, report, near, weights, Builder(citations=[]), words=words)
    assert title.startswith("（一）建设美丽城区")
    title, _, _ = _nearest_heading(query, report, near, weights, Builder(citations=[]))
    assert title.startswith("（二）完善交通网络")


def test_of_two_chapters_holding_the_words_the_reports_own_words_can_tell_them_apart(asked):
    """The encoder finds both headings equally near; the word vectors fitted on the reports put the
    second chapter's outline nearer the question (here a stand-in says so): its items answer. Without
    them the second answers too, its heading saying the question's words (城区面貌) where the first's
    says none (HEADING_SAYS); the passage ranked first by BM25 no longer keeps its chapter."""
    routed, report, hits = asked
    near = {s.path: 0.5 for s in report.sections}
    words = lambda terms, r: {path: 1.0 if "旧村" in text else 0.0 for path, text in outlines(r).items()}  # noqa: E731
    title, _, _ = answer_measures(routed.query, report, hits, Builder(citations=[]), routed.weights,
                                  lambda text, r: near, words)
    assert title.startswith("（二）城区面貌持续改善")
    title, _, _ = answer_measures(routed.query, report, hits, Builder(citations=[]), routed.weights,
                                  lambda text, r: near)
    assert title.startswith("（二）城区面貌持续改善")
