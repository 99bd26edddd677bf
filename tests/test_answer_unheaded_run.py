"""A run of leads with no heading of its own — a government's own work set out after the last chapter's
entries (「为确保上述工作落到实处，我们将在政府系统实施…」 and 「转变作风，提振精神。」…) — answers a question
nearer its opening than any chapter's heading, though no passage holds most of the question's words; so do
the lead sentences inside a paragraph (「一年来，我们全力防范风险…。公共安全形势整体平稳。…」). On reports
written for these tests."""
import pytest

from assistant.answer import route
from assistant.answer_measures import OPENER_MARGIN, _nearest_opener
from assistant.citations import Builder
from conftest import index_asker, reports_index, says

REPORT = """东湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
过去一年，全区地区生产总值增长6%，新增就业2万人。
二、2024年主要工作
（一）推进交通建设会战工程，缓解交通拥堵
加快地铁建设。推进地铁5号线建设，新增里程10公里。
完善路网结构。打通断头路8条，新建人行天桥5座。
优化公交服务。新增公交线路12条，更新新能源公交车200辆。
（二）推进城区安全兜底工程，提升保障水平
严守安全监管底线。落实企业主体责任，开展重点行业专项督导。
紧扣隐患整治主线。整治危险边坡20处，改造危房危楼30栋。
筑牢公共安全防线。推进应急指挥系统建设，提升突发事件处置能力。
为确保上述工作全面落地、取得实效，我们将在政府系统实施“三转三提”工程，让群众办事更便捷，打造人民群众满意的政府。
转变作风，提振精神。严管严治，整治不作为、慢作为现象，让每一位干部用脚步丈量民情。
转变观念，提升能力。打破不合时宜的思维定势，提高干部专业素养。
转变职能，提高效率。创新一窗式行政审批模式，做到审批事项更少、服务效率更高。
各位代表，让我们团结一心，为建设美好东湖而努力奋斗！
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return index_asker(reports_index(tmp_path_factory, [("东湖区政府工作报告_2024.txt", REPORT)]))


def test_an_unheaded_run_nearer_than_any_heading_answers(ask):
    answer = ask("东湖区2024年在改进机关作风和政府办事效率上有什么打算？")
    assert all(says(answer, lead) for lead in ("转变作风", "转变观念", "转变职能"))
    assert not says(answer, "严守安全监管底线")


INNER = """西湖区2024年政府工作报告
各位代表：现在，我代表区人民政府，向大会报告工作。
一、2023年工作回顾
（一）推进交通建设会战工程，缓解交通拥堵
建成地铁5号线，新增里程10公里。打通断头路8条，新建人行天桥5座。
（二）推进城区环境提升工程，改善人居环境
新建公园12个，改造绿道30公里。整治河道5条，水质稳定达标。
一年来，我们全力防范风险，在高效统筹中保持社会大局和谐稳定。公共安全形势整体平稳。刑事警情下降16%，全年未发生较大事故。基层治理能力明显提升。建成区级民意速办平台，成立区级综合调解院。法治社会建设有序推进。建成家庭法治教育实践基地，开展普法活动300场。
二、2024年主要工作
推进地铁6号线建设。
"""



@pytest.fixture(scope="module")
def inner(tmp_path_factory):
    index = reports_index(tmp_path_factory, [("西湖区政府工作报告_2024.txt", INNER)])
    return index, next(iter(index.reports.values()))


def _nearest(index, report, question, opening_likeness):
    """The rule alone, the encoder's likeness given: every heading 0.2, the paragraph's opening as said."""
    query = route(question, index).query
    para = next(p for p in report.paragraphs if "一年来" in report.text[p.start:p.end])
    headings = {s.path: 0.2 for s in report.sections}
    openers = (lambda text, r: {para.number: opening_likeness}, lambda terms, text: 0.0)
    return _nearest_opener(query, report, headings, openers, question, Builder(citations=[]))


def test_a_paragraph_of_inner_leads_nearer_than_any_heading_answers(inner):
    """Its own lead sentences answer, though it has no heading."""
    found = _nearest(*inner, "西湖区2023年在平安稳定方面取得了哪些成效？", 0.2 + OPENER_MARGIN + 0.05)
    titles = [m.title for m in found[1]]
    assert {"公共安全形势整体平稳。", "基层治理能力明显提升。", "法治社会建设有序推进。"} <= set(titles)
    assert not any("一年来" in t for t in titles)


def test_a_paragraph_not_nearer_by_the_margin_leaves_the_question_to_the_headings(inner):
    assert _nearest(*inner, "西湖区2023年在平安稳定方面取得了哪些成效？", 0.2 + OPENER_MARGIN - 0.05) is None


def test_topics_joined_are_not_asked_of_one_paragraphs_leads(inner):
    """「治安、调解和普法」: three topics, asked of a section holding them all."""
    assert _nearest(*inner, "西湖区2023年在治安、调解和普法方面取得了哪些成效？", 0.9) is None
