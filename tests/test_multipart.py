"""A question of several parts, some asking figures and some measures, is answered part by part
(assistant/multipart.py) with citations numbered across the parts. Questions written for these tests."""
import re

import pytest

from assistant import library
from assistant.citations import Answer, Citation, Measure, Value
from assistant.multipart import Part, combine, in_context, parts_of
from webapp import fake_context

LONG = ("我在整理区里卫生健康领域法治建设的材料，想了解普陀区2024年的几方面情况。"
        "1. 普陀区2024年一共作出了多少件卫生行政许可？"
        "2. 在打击无证行医方面采取了哪些措施；"
        "3. 无证医美处罚案件有几件？")


def test_sentences_that_ask_are_parts_and_the_others_their_context():
    """The opening sentence asks nothing: it is the first part's context; list numbers are dropped."""
    assert parts_of(LONG + "以上请注明出处，谢谢。") == [
        Part("普陀区2024年一共作出了多少件卫生行政许可？", "我在整理区里卫生健康领域法治建设的材料，想了解普陀区2024年的几方面情况。"),
        Part("在打击无证行医方面采取了哪些措施；"),
        Part("无证医美处罚案件有几件？"),
    ]


def test_a_part_naming_no_place_is_asked_of_the_place_before_it(putuo, zjg):
    parts = [Part("查处了多少起案件？", "我想了解张家港市2020年的情况。"), Part("采取了哪些措施？"), Part("普陀区有几件？")]
    assert in_context(parts, [putuo, zjg]) == ["张家港市2020年查处了多少起案件？", "张家港市2020年采取了哪些措施？",
                                               "普陀区2020年有几件？"]


def test_a_part_comparing_places_is_asked_of_all_reports(putuo, zjg):
    """「两地各自…」 after a part about one place is not asked of that place only."""
    assert in_context([Part("普陀区查处了多少起案件？"), Part("两地各自存在哪些不足？")], [putuo, zjg])[1] == "两地各自存在哪些不足？"


def _cited(marker: int, value: str) -> Citation:
    return Citation(marker=marker, report_id="r", report_title="t", region="某区", year=2023, section_path=[],
                    paragraph=1, start=marker, end=marker + 1, quote=value)


def test_combined_markers_are_numbered_across_parts():
    """The second part's [1] becomes [3] after the first part's two citations, in text and records."""
    first = Answer(question="a", intent="figure", text="甲10件[1]，乙5件[2]", citations=[_cited(1, "10件"), _cited(2, "5件")],
                   values=[Value(text="10件", metric="甲", value=10, unit="件", qualifier="", normalized=10,
                                 base_unit="件", report_id="r", citation=2)])
    second = Answer(question="b", intent="measure", text="- 措施一[1]", citations=[_cited(1, "措施一")],
                    measures=[Measure(title="措施一", citation=1)])
    both = combine("a？b？", [("a？", first), ("b？", second)])
    assert both.text == "（1）a？\n甲10件[1]，乙5件[2]\n\n（2）b？\n- 措施一[3]"
    assert [c.marker for c in both.citations] == [1, 2, 3]
    assert (both.values[0].citation, both.measures[0].citation, both.intent) == (2, 3, "mixed")


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    return fake_context(tmp_path_factory.mktemp("multipart") / "index")


def test_a_long_question_is_answered_part_by_part(ctx):
    """Each part gets its section and its own citations: the permit count, the measures against
    unlicensed practice, the 无证医美 count; every marker in the text names a citation quoting it."""
    index, retriever = ctx.snapshot()
    answer = library.ask(ctx.settings, index, retriever, LONG)
    assert not answer.abstained and len(LONG) > 80
    sections = answer.text.split("\n\n（")
    assert [s.split("）", 1)[0].lstrip("（") for s in sections] == ["1", "2", "3"]
    assert [v.text for v in answer.values] == ["2628件", "4件"]
    assert any("无证行医" in m.title for m in answer.measures)
    markers = sorted({int(m) for m in re.findall(r"\[(\d+)\]", answer.text)})
    assert markers == [c.marker for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    for v in answer.values:
        assert v.text in answer.citations[v.citation - 1].quote


def test_a_question_of_figure_parts_is_still_read_whole(ctx):
    """「…多少件？其中…多少件？」: the figure answerer reads such parts together, no sections."""
    index, retriever = ctx.snapshot()
    answer = library.ask(ctx.settings, index, retriever, "普陀区作出了多少件卫生行政许可？其中公共卫生许可多少件？")
    assert "（1）" not in answer.text and [v.text for v in answer.values] == ["2628件", "817件"]


def test_the_change_of_a_thing_not_found_is_not_found_either(tmp_path):
    """「…多少？比上年增长多少？」 asked of a thing the report does not hold: the second part names nothing
    of its own and must not be answered with whatever growth rate the report gives."""
    from assistant.answer import answer_question
    from assistant.multipart import answer_in_parts
    from assistant.retrieve import Retriever
    from conftest import FakeEncoder, build_index

    path = tmp_path / "东湖区2025年政府工作报告_2025.txt"
    path.write_text("东湖区2025年政府工作报告\n各位代表：现在，我代表区人民政府，向大会报告工作。\n一、2024年工作回顾\n"
                    "全年社会消费品零售总额1360亿元，比上年增长7.1%。\n", encoding="utf-8")
    index = build_index("embedded", [path], tmp_path / "index", FakeEncoder())
    retriever = Retriever(index, encoder_factory=FakeEncoder)
    answer = answer_in_parts("东湖区2024年固定资产投资完成多少？比上年增长多少？", list(index.reports.values()),
                             index.tokenizer, lambda q: answer_question(q, index, retriever, mode="bm25"))
    assert answer.abstained and not answer.values
