"""Copying an answer gives text a colleague can paste into a document: no Markdown or HTML, and the
source of every cited passage on its own line."""
from assistant.answer import Answer, Citation
from ui.plain_text import answer_plain, conversation_plain


def _answer() -> Answer:
    cite = Citation(marker=1, report_id="r1", report_title="某区2024年法治政府建设情况报告", region="某区", year=2024,
                    section_path=["一、主要工作", "（二）严格执法"], paragraph=7, start=10, end=30,
                    quote="全年共查处无证行医案件22起。", highlight_start=20, highlight_end=23)
    return Answer(question="某区查处了多少起无证行医案件？", intent="figure", text="某区（2024年）：22起[1]", citations=[cite])


def test_the_answer_keeps_its_marker_and_gains_a_source_line():
    text = answer_plain(_answer())
    assert text.splitlines()[0] == "某区（2024年）：22起[1]"
    assert "[1] 某区2024年法治政府建设情况报告（某区 2024年） · 一、主要工作 › （二）严格执法 · 第7段：“全年共查处无证行医案件22起。”" in text
    assert "<" not in text and "**" not in text


def test_an_abstention_lists_its_leads_as_only_for_reference():
    a = _answer()
    a = a.model_copy(update={"abstained": True, "text": "所选报告中未找到相关内容。", "leads": a.citations, "citations": []})
    assert "最接近的段落（仅供参考）：" in answer_plain(a)


def test_a_conversation_gives_each_question_before_its_answer():
    text = conversation_plain([_answer(), _answer()])
    assert text.count("问：某区查处了多少起无证行医案件？") == 2 and text.index("问：") < text.index("答：")
