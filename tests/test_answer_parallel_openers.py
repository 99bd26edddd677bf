"""Sentences inside a paragraph that open with clauses in one frame (「大气治理方面，…。水体治理方面，…」)
are that paragraph's items, though nothing numbers them: a measures question on the paragraph's
topic gets them. An opening matched as well by its sibling paragraphs' openings leaves the question
to their section. On sentences and a report written for the test."""
import pytest

from conftest import asker
from corpus.leads import parallel_openers

TEXT = ("统筹推进污染防治。大气治理方面，推进工地扬尘管控，开展柴油货车专项整治。水体治理方面，"
        "完成河道清淤，新建污水管网一批。土壤治理方面，加强建设用地风险管控。")


def spans_said(text: str) -> list[str]:
    return [text[a:b] for a, b in parallel_openers(text, 0, len(text))]


def test_clauses_sharing_a_frame_are_items():
    assert spans_said(TEXT) == ["大气治理方面", "水体治理方面", "土壤治理方面"]


def test_a_frame_may_hold_the_difference_inside():
    """A shared beginning and end (在…上下功夫), what differs between them."""
    text = ("在源头防范上下功夫，排查风险隐患。在及时化解上下功夫，畅通诉求渠道。"
            "在应急处置上下功夫，完善应急预案。")
    assert spans_said(text) == ["在源头防范上下功夫", "在及时化解上下功夫", "在应急处置上下功夫"]


def test_two_alike_are_no_list():
    """Two sentences opening alike may set one thing against another."""
    assert spans_said("大气治理方面，开展专项整治。水体治理方面，完成河道清淤。") == []


def test_the_same_opening_repeated_is_no_item():
    """「同时，」 three times says nothing apart: nothing differs inside the frame."""
    assert spans_said("同时，推进甲项工作。同时，推进乙项工作。同时，推进丙项工作。") == []


def test_sentences_of_no_clause_sharing_a_frame_are_items():
    """Whole sentences may be the frame's items when no clause opens them (从…向…转变), the details
    between them giving figures."""
    text = ("经济发展稳中有进。农业从分散种植向规模经营转变。新增家庭农场30家。"
            "商业从街边零售向商圈集聚转变。建成商圈两个。物流从单一仓储向供应链服务转变。")
    assert spans_said(text) == ["农业从分散种植向规模经营转变", "商业从街边零售向商圈集聚转变",
                                "物流从单一仓储向供应链服务转变"]


def test_a_clause_giving_a_figure_is_no_item():
    assert spans_said("新建学校3所，新增学位一批。新建学校5所，新增床位一批。新建学校7所，完成改造。") == []


REPORT = """西湖区2025年政府工作报告
一、2024年工作回顾
过去一年，全区经济社会保持平稳发展。
二、2025年工作安排
（一）推进城区治理现代化
完善城区规划体系。编制片区详细规划，推动重点片区规划落地。
提升城区治理数字化水平。落实千兆光网部署，新建通信基站一批。落实算力枢纽部署，建设公共算力平台。落实数字孪生部署，上线城区运行指标一批。
建设宜居城区。推进老旧小区改造，新增口袋公园一批。
（二）建设美丽城区
着力提升水体治理能力。强化管网协同，完成雨污分流改造，改善水环境。强化河道协同，开展河湖清淤。强化执法协同，查处偷排行为。
着力提升大气治理能力。开展扬尘专项整治，淘汰老旧车辆。
着力提升土壤治理能力。加强建设用地风险管控。
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return asker(tmp_path_factory, "西湖区2025年政府工作报告_2025.txt", REPORT)


def test_the_paragraph_opening_on_the_topic_lists_its_framed_items(ask):
    answer = ask("西湖区2025年打算如何提升城区治理的数字化水平？")
    titles = [m.title for m in answer.measures]
    assert titles == ["落实千兆光网部署", "落实算力枢纽部署", "落实数字孪生部署"]


def test_an_opening_its_siblings_match_as_well_leaves_the_section(ask):
    """「着力提升水体治理能力。」 holds 提升…治理能力 as its siblings do: the question on 环境治理能力 as
    a whole asks of the section, not of the first paragraph's items."""
    answer = ask("西湖区2025年打算怎样提升环境治理能力？")
    titles = [m.title for m in answer.measures]
    assert {"着力提升水体治理能力。", "着力提升大气治理能力。", "着力提升土壤治理能力。"} <= set(titles)
