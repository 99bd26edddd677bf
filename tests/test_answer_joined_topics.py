"""A measure question joining everyday topics (「看病、上学和困难群众保障」), each taken up by a
paragraph of its own in one section: the section the best passages agree on answers, its words
held between them, before any heading merely like the question. On a report written for the test."""
import pytest

from assistant.answer import answer_question
from assistant.retrieve import Retriever
from conftest import FakeEncoder, asker, build_index

REPORT = """东湖区2024年政府工作报告
一、2023年工作回顾
（一）着力稳增长、促转型，经济质量迈上新台阶
经济运行稳中向好。地区生产总值增长6.1%，规模以上工业增加值增长7.2%。
产业结构持续优化。新引进先进制造业项目42个。
（二）着力促共享、惠民生，民生事业取得新进步
医疗服务水平提升。新建社区健康服务中心5家，区人民医院新院区投入使用，医疗卫生机构床位增至3200张。
教育事业蓬勃发展。新建中小学3所，新增公办学位4000个，教育集团增至6个。
兜底民生扎实有力。为困难群众发放救助金1.2亿元，新增养老床位300张。
（三）着力抓安全、保稳定，基层治理取得新进展
安全形势平稳可控。生产安全事故起数下降18%。
社会治理有序推进。建成智慧社区12个，基层保障工作水平提升。
二、2024年工作安排
（一）推动产业升级
培育新兴产业集群。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "东湖区2024年政府工作报告_2024.txt", REPORT)


def test_everyday_topics_joined_get_the_section_taking_each_up(ask):
    titles = [m.title for m in ask("东湖区2023年在看病、上学和困难群众保障方面做了哪些工作？").measures]
    assert titles == ["医疗服务水平提升。", "教育事业蓬勃发展。", "兜底民生扎实有力。"]


def test_everyday_words_for_schooling_and_seeing_a_doctor_find_the_reports_words():
    from assistant.query import apply_synonyms

    assert apply_synonyms("看病难不难？上学远不远？").split()[1:] == ["医疗", "教育"]


@pytest.fixture(scope="module")
def misled(tmp_path_factory):
    """The report indexed, with an encoder that finds 「（三）…基层治理…」 the heading nearest any question."""
    path = tmp_path_factory.mktemp("report") / "东湖区2024年政府工作报告_2024.txt"
    path.write_text(REPORT, encoding="utf-8")
    index = build_index("embedded", [path], tmp_path_factory.mktemp("index") / "index", FakeEncoder())
    retriever = Retriever(index, encoder_factory=FakeEncoder)
    retriever.heading_similarity = lambda question, report: {
        s.path: (1.0 if "基层治理" in s.path[-1] else 0.0) for s in report.sections}
    return index, retriever


def test_the_section_the_passages_agree_on_comes_before_a_heading_like_the_question(misled):
    """An encoder may find 「（三）…基层治理…」 nearest (here it is told to): the three best passages
    stand in （二） and hold the question's words between them, and （二） answers."""
    index, retriever = misled
    answer = answer_question("东湖区2023年在看病、上学和困难群众保障方面做了哪些工作？", index, retriever, mode="bm25")
    assert [m.title for m in answer.measures] == ["医疗服务水平提升。", "教育事业蓬勃发展。", "兜底民生扎实有力。"]


def test_three_of_the_best_five_passages_in_one_section_agree(misled, monkeypatch):
    """The best passage standing elsewhere (here put first by the test) does not undo the agreement
    of the three after it."""
    import assistant.answer as answer_module

    index, retriever = misled
    found = answer_module.report_hits

    def decoy_first(*args, **kwargs):
        out = {report_id: list(hits) for report_id, hits in found(*args, **kwargs).items()}
        for hits in out.values():
            decoy = next(h for h in hits if "基层治理" in h.chunk.section_path[-1])
            hits.remove(decoy)
            hits.insert(0, decoy)
        return out

    monkeypatch.setattr(answer_module, "report_hits", decoy_first)
    answer = answer_question("东湖区2023年在看病、上学和困难群众保障方面做了哪些工作？", index, retriever, mode="bm25")
    assert [m.title for m in answer.measures] == ["医疗服务水平提升。", "教育事业蓬勃发展。", "兜底民生扎实有力。"]



def test_the_everyday_words_for_livelihood_are_searched_as_minsheng():
    """「老百姓生活」 is what the reports call 民生 (the synonym data); the words typed stay."""
    from assistant.query import apply_synonyms

    assert apply_synonyms("在改善老百姓生活方面做了哪些工作？").split() == ["在改善老百姓生活方面做了哪些工作？", "民生"]
