"""Answers on the sample corpus with the real default encoder, as `reportqa ask` gives them."""
import pytest

from assistant import library
from assistant.answer import answer_question
from conftest import BACKENDS, backend_settings
from corpus.load import sample_paths

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", params=BACKENDS)
def ask(request, tmp_path_factory):
    settings = backend_settings(request.param, tmp_path_factory.mktemp("idx") / "index")
    library.ingest_files(settings, sample_paths(), progress=False)
    index = library.load_index(settings)
    retriever = library.retriever_for(index, settings)

    def asking(question):
        return answer_question(question, index, retriever)

    asking.index, asking.retriever = index, retriever
    return asking


def values(answer):
    return [(v.report_id, v.text) for v in answer.values]


def test_two_figures_from_one_sentence(ask):
    a = ask("普陀区对卫生违法行为立案处罚了多少件，其中罚款多少件？")
    assert values(a) == [("putuo-2024", "262件"), ("putuo-2024", "216件")]
    assert all("立案处罚262件，其中警告46件，罚款216件" in c.quote for c in a.citations)


def test_two_questions_in_one(ask):
    a = ask("张家港2020年一共查处了多少起案件？罚没款是多少？")
    assert values(a) == [("zhangjiagang-2020", "78起"), ("zhangjiagang-2020", "64.3万元")]
    assert a.values[1].normalized == 643000.0


def test_one_answer_per_district(ask):
    a = ask("两地分别查处了多少起无证行医案件？")
    assert values(a) == [("zhangjiagang-2020", "22起"), ("putuo-2024", "7件")]
    assert a.text.splitlines()[0].startswith("张家港市（2020年）：") and "普陀区（2024年）" in a.text


def test_measures_of_the_matching_item_with_everyday_wording(ask):
    """无照行医 is the reports' 无证行医."""
    a = ask("普陀区是怎么整治无照行医的？")
    assert not a.abstained and "二是 全力打击无证行医" in a.text
    assert {tuple(c.section_path)[-1] for c in a.citations} == {"二是 全力打击无证行医"}
    assert any("出动监督员237人次" in m.title for m in a.measures)


def test_shortcomings_list_the_subsections(ask):
    a = ask("普陀区存在的不足有哪些？")
    assert [m.title for m in a.measures] == ["（一）优化营商环境举措较为单一", "（二）法治工作与业务工作的融合度不够"]


@pytest.mark.parametrize("question", ["闵行区2023年收到多少件行政复议？", "普陀区卫健委2024年的财政预算是多少？",
                                      "张家港2020年疫苗接种率是多少？", "普陀区有多少家三甲医院？"])
def test_unsupported_questions_abstain_without_numbers(ask, question):
    a = ask(question)
    assert a.abstained and a.values == [] and a.text.startswith("所选报告中未找到")


def test_figure_answer_cites_the_exact_span(ask):
    a = ask("2024年1-10月普陀区作出多少件卫生行政许可？")
    assert values(a) == [("putuo-2024", "2628件")]
    c = a.citations[0]
    assert c.quote[c.highlight_start - c.start:c.highlight_end - c.start] == "2628件"
    assert c.section_path == ["一、2024年主要举措和成效", "（一）基本情况"] and c.paragraph == 2


def test_a_number_before_a_title_does_not_count_what_the_title_names(ask):
    """「三宗“苏州市卫生健康行政许可优秀案卷”」 is three case files, not a count of permits."""
    a = ask("张家港2020年的卫生行政许可一共多少件？")
    assert a.abstained and a.values == []


def test_a_from_value_does_not_answer_where_it_went(ask):
    """「分值由10分提升至20分」: asked what it was raised to, the answer is 20分."""
    assert values(ask("普陀区法治建设考核的分值提升到了多少分？")) == [("putuo-2024", "20分")]


def test_year_the_report_speaks_of_is_not_a_report_filter(ask):
    """「2025年主要安排」 lives in the 2024 report: the year is a word to match, not a missing report."""
    a = ask("普陀区2025年有哪些主要安排？")
    assert not a.abstained and "提升行业综合监管能力" in a.text


@pytest.mark.parametrize("question, allowed", [
    ("张家港的执法平板花了多少钱？", set()),  # the report counts tablets, it does not price them
    ("普陀区查处了多少家地下诊所？", {"11户", "7件"}),
    ("张家港2020年有多少起上访？", {"20件"}),
    ("普陀区在教育上花了多少钱？", set()),
])
def test_everyday_wordings_get_the_right_value_or_an_honest_abstention(ask, question, allowed):
    """No fine for 「花了多少钱」, no phrase of one report for 「地下诊所」: right, or no number."""
    a = ask(question)
    assert (a.abstained and not a.values) or {v.text for v in a.values} <= allowed and a.values


def test_a_question_comparing_nothing_is_answered_from_the_reports_ranked_first(ask):
    """With more reports than the shortlist, a question naming no place is answered from the
    reports one search ranks first (not from every report in turn); a question asking 两地分别
    still reaches every report."""
    from assistant import answer as answering

    index, retriever = ask.index, ask.retriever
    question = "卫生行政许可一共作出多少件？"
    first = retriever.search(question, k=1)[0].chunk.report_id
    kept = answering.shortlist(retriever, question, list(index.reports.values()), mode="hybrid", size=1)
    assert [r.id for r in kept] == [first]
    assert {v.report_id for v in answer_question(question, index, retriever, shortlist_size=1).values} == {first}
    both = answer_question("两地分别查处了多少起无证行医案件？", index, retriever, shortlist_size=1)
    assert {v.report_id for v in both.values} == {"zhangjiagang-2020", "putuo-2024"}


def test_a_question_over_more_reports_than_are_listed_says_so(ask, monkeypatch):
    """A question answered report by report (分别) over more reports than an answer lists is
    answered from those ranked first, and says how many it left out, rather than answering each
    (a province named at thousands of district reports)."""
    from assistant import answer as answering

    monkeypatch.setattr(answering, "LISTED_MOST", 1)
    a = answer_question("两地分别查处了多少起无证行医案件？", ask.index, ask.retriever)
    assert len({v.report_id for v in a.values}) == 1
    assert any("2份报告" in n and "1份" in n for n in a.notes)


def test_a_shortlist_whose_words_no_passage_holds_is_filled_by_meaning(ask):
    """A question none of whose words any passage holds still reaches reports (by the encoder), so
    its abstention can show the nearest passages."""
    from assistant import answer as answering

    kept = answering.shortlist(ask.retriever, "Qwxyz Plokj", list(ask.index.reports.values()), mode="hybrid", size=1)
    assert len(kept) == 1
