import dataclasses

import pytest

from corpus.structure import find_items


def test_section_path_of_an_item(putuo):
    """A measure inside a paragraph carries its heading path down to the 二是 item."""
    para = next(p for p in putuo.paragraphs if "全力打击无证行医" in putuo.text[p.start:p.end])
    item = next(i for i in para.items if i.title == "全力打击无证行医")
    path = (*para.section_path, item.path_segment)
    assert path == ("一、2024年主要举措和成效", "（四）有力夯实行业综合监管工作", "二是 全力打击无证行医")


def test_items_are_found_in_sequence_only():
    """「这是」「但是」 are not items; the numbers must run 一是, 二是, 三是."""
    text = "一是加强领导。这是关键。二是制定计划，明确目标。四是不该出现。三是强化考核。"
    items, style = find_items(text)
    assert style == "是"
    assert [i.label for i in items] == ["一是", "二是", "三是"]
    assert [i.title for i in items] == ["加强领导", "制定计划", "强化考核"]


def test_section_offsets_point_at_headings(putuo):
    for section in putuo.sections:
        assert putuo.text[section.start:].startswith(section.path[-1])


def test_heading_with_body_on_one_line_is_split():
    """State Council reports write 「（一）标题。正文…」 on one line."""
    from corpus.structure import build_structure

    s = build_structure(("一、任务", "（一）大力推进产业建设，加快发展。充分发挥创新主导作用。", "推动升级。"))
    assert [sec.path for sec in s.sections][-1] == ("一、任务", "（一）大力推进产业建设，加快发展")
    assert s.text[s.paragraphs[0].start:s.paragraphs[0].end] == "充分发挥创新主导作用。"


def test_a_short_title_closed_by_a_colon_heads_every_paragraph_of_a_run():
    """「24、依法行政：严格遵守…。」: the title before the colon is the heading, whatever the length of the
    sentence after it (else the paragraphs whose first sentence is short were headings and the others not)."""
    from corpus.structure import build_structure

    body = ("四、政府服务",
            "24、依法行政：严格遵守法律法规，提高依法行政水平。",
            "25、作风建设：深入开展群众路线教育实践活动，坚决反对形式主义、官僚主义、享乐主义和奢靡之风，精简会议文件。",
            "26、行政服务：实施商事登记制度改革。")
    s = build_structure(body)
    assert [sec.path[-1] for sec in s.sections if len(sec.path) == 2] == ["24、依法行政", "25、作风建设", "26、行政服务"]
    assert s.text[s.paragraphs[1].start:s.paragraphs[1].end].startswith("深入开展群众路线教育实践活动")


def _titles(text: str) -> list[str]:
    return [i.title for i in find_items(text)[0]]


def test_items_numbered_with_yao():
    """State Council reports enumerate with 一要…二要… as often as with 一是."""
    text = "要把握好以下关系。一要统筹好两个市场，办好自己的事。二要平衡好速度与质量。三要处理好政府与市场的关系。"
    assert _titles(text) == ["统筹好两个市场", "平衡好速度与质量", "处理好政府与市场的关系"]


def test_items_numbered_with_circled_digits():
    """District reports list projects as ①…②…③ inside one paragraph."""
    text = "建设特色街区。①建设滨河夜市街区，完成一期改造。②建设老城文化街区。③建设湖畔休闲街区，引入品牌。"
    assert _titles(text) == ["建设滨河夜市街区", "建设老城文化街区", "建设湖畔休闲街区"]


def test_items_numbered_with_di():
    text = "主要做法有三点。第一，坚持规划引领。第二，强化要素保障，优化服务。第三，压实工作责任。"
    assert _titles(text) == ["坚持规划引领", "强化要素保障", "压实工作责任"]


def test_items_numbered_in_parentheses_inside_a_paragraph():
    text = "推进城市更新。（1）编制专项规划，明确时序。（2）加快旧村改造。"
    assert _titles(text) == ["编制专项规划", "加快旧村改造"]


def test_a_lone_marker_of_a_rare_style_is_not_a_list():
    """「统一要求」 or one stray ① is prose; a worded marker may open a list alone (二是 in the next paragraph)."""
    assert _titles("按照统一要求推进。①号线年内开通。（1）班次加密。") == []
    assert _titles("一要加强领导。") == ["加强领导"]


def test_paragraph_level_list_goes_on_in_its_own_style():
    """「一要…」 closing one paragraph, 「二要…」 and 「三要…」 opening the next ones: one list of three."""
    from corpus.structure import build_structure

    s = build_structure(("一、总体要求", "做好工作要把握好以下关系。一要统筹发展和安全，打牢基础。",
                         "二要平衡稳增长和防风险。", "三要处理好政府和市场的关系。"))
    titles = [i.title for p in s.paragraphs for i in p.items]
    assert titles == ["统筹发展和安全", "平衡稳增长和防风险", "处理好政府和市场的关系"]


def test_a_glossary_closing_the_report_is_its_own_part():
    """「有关名词解释」 (even joined by the PDF's reflow to its first entry) ends the last chapter:
    its 「1.…：…」 entries are definitions, not that chapter's sub-sections."""
    from corpus.structure import build_structure

    structure = build_structure(("二、2025年工作安排", "（一）抓创新", "推进研发。",
                                 "有关名词解释1.PCT国际专利：指专利合作条约申请。", "2.专精特新企业：指中小企业。"))
    tops = [s.path for s in structure.sections if s.level == 0 or len(s.path) == 1]
    assert ("有关名词解释",) in tops
    assert all(s.path[0] != "二、2025年工作安排" or "专利" not in s.path[-1] for s in structure.sections)


def test_a_glossary_joined_to_its_attachment_number_is_its_own_part():
    """「附件1」 and 「名词解释」 joined on one line by the reflow (「附件1名词解释」): still the glossary, not
    more numbered sub-sections of the last chapter (whose own numbering ran to 「58.」)."""
    from corpus.structure import build_structure

    structure = build_structure(("二、2014年工作任务", "（八）建设法治政府", "58.坚持勤政廉政。建立统筹联动机制。",
                                 "附件1名词解释", "1.工业经济效益综合指数：", "是综合衡量工业经济效益的指标。"))
    tops = [s.path for s in structure.sections if len(s.path) == 1]
    assert ("附件1名词解释",) in tops
    assert not any(s.path[0] == "二、2014年工作任务" and "指数" in s.path[-1] for s in structure.sections)


@pytest.mark.parametrize("heading", ["《政府工作报告》有关名词解释", "附件1：《政府工作报告》有关名词解释"])
def test_a_glossary_named_after_the_report_in_book_marks_is_its_own_part(heading):
    """「《政府工作报告》有关名词解释」 (ten characters before 名词解释) heads the glossary too: its 「5.红立方：指…」
    entries are no sub-sections of the last chapter (「（九）持续转职能改作风…」)."""
    from corpus.structure import build_structure

    structure = build_structure(("二、2019年主要工作", "（九）持续转职能改作风", "加强政府系统党的建设。深入学习。",
                                 heading, "1.先租后让：指企业竞买土地承租权。", "2.红立方：指区科技馆、青少年宫。"))
    tops = [s.path for s in structure.sections if len(s.path) == 1]
    assert (heading,) in tops
    assert not any(s.path[0] == "二、2019年主要工作" and "红立方" in s.path[-1] for s in structure.sections)


def test_the_files_a_web_page_links_after_the_report_are_no_sub_sections_of_its_last_chapter():
    """「附件：」 and 「1．附件1 名词解释.docx」 under it (links the page carried) close the last chapter: parts of
    their own, which no measure is read from, not numbered sub-sections of 「（四）持之以恒狠抓作风建设」."""
    from corpus.structure import build_structure, in_notes

    structure = build_structure(("三、加强政府自身建设", "（四）持之以恒狠抓作风建设", "坚决整治形式主义。", "附件：",
                                 "1．附件1 名词解释.docx", "2．附件2 2019年度有关单位获得荣誉情况.docx"))
    assert [s.path for s in structure.sections if s.path[0] == "三、加强政府自身建设"][-1] == (
        "三、加强政府自身建设", "（四）持之以恒狠抓作风建设")
    assert all(in_notes(s.path) for s in structure.sections if "附件" in s.path[0])


def test_the_years_of_a_linked_files_name_say_no_part_of_the_report():
    """「1．附件1 2018年度…完成情况一览表.docx」 names a year beside 完成情况, as a review heading would: it is a
    file, and the 2020 report still looks back on 2019."""
    from corpus.metadata import covered_years
    from corpus.structure import build_structure

    structure = build_structure(("一、2020年工作安排", "（一）推动产业升级", "培育新兴产业集群。", "附件：",
                                 "1．附件1 2018年度民生实事完成情况一览表.docx"))
    assert covered_years("政府工作报告", 2020, tuple(structure.sections))[0] == (2019,)


def test_a_years_main_work_line_opens_the_plan_part():
    """「2018年主要工作」 heads the plan part as 「2018年工作安排」 does: the numbered chapters after it are its own."""
    from corpus.structure import build_structure

    body = ("2017年工作回顾", "（一）经济平稳增长", "全年完成投资100亿元。", "2018年主要工作", "（一）推动产业升级", "一是建设园区；二是引进企业。")
    parts = [s.path for s in build_structure(body).sections if s.level == 0]
    assert parts == [("2017年工作回顾",), ("2018年主要工作",)]


def test_a_years_work_plan_line_opens_the_plan_part():
    """「“十三五”规划的主要思路及2016年工作计划」 opens the plan part: the chapters after it are not the review's."""
    from corpus.structure import build_structure

    body = ("“十二五”时期发展情况及2015年工作回顾", "1.经济保持增长", "全年完成投资100亿元。",
            "“十三五”规划的主要思路及2016年工作计划", "“十三五”时期，世情将继续发生深刻变化。", "（一）推动产业升级",
            "一是建设园区；二是引进企业。")
    parts = [s.path for s in build_structure(body).sections if s.level == 0]
    assert parts == [("“十二五”时期发展情况及2015年工作回顾",), ("“十三五”规划的主要思路及2016年工作计划",)]


def test_the_next_five_years_work_line_opens_the_plan_part():
    """「未来五年工作」 after 「过去五年工作回顾」: the chapters after it are the plan's, not the review's."""
    from corpus.structure import build_structure

    body = ("过去五年工作回顾", "五年来，全区经济实力显著增强。", "未来五年工作", "今后五年区政府着力做好以下工作：",
            "一、深入落实创新驱动", "加快建设科创平台。")
    parts = [s.path for s in build_structure(body).sections if s.level == 0]
    assert parts == [("过去五年工作回顾",), ("未来五年工作",)]


def test_a_sentence_over_a_numbering_that_starts_again_heads_its_numbers():
    """「五年来，我们坚持…。」 then 「1.…」「2.…」, then another such sentence and 「1.…」 again: each sentence
    heads the numbers after it, one level above them, so the numbers are grouped as the report groups them."""
    from corpus.structure import build_structure

    body = ("“十二五”时期发展情况及2015年工作回顾", "五年来，我们坚持创新驱动，现代产业体系逐步形成。",
            "1.产业加快转型升级。累计淘汰落后产能企业300家。", "2.创新驱动显著增强。高新技术企业达到100家。",
            "五年来，我们坚持发展为民，群众获得感不断提升。", "1.社会事业加快发展。新建学校12所。",
            "2.社会保障逐步完善。新增养老床位500张。")
    sections = build_structure(body).sections
    groups = [s.path[-1] for s in sections if s.level == 2]
    assert groups == ["五年来，我们坚持创新驱动，现代产业体系逐步形成", "五年来，我们坚持发展为民，群众获得感不断提升"]
    under = [s.path[-1] for s in sections if s.level == 3 and s.path[1] == groups[1]]
    assert under == ["1.社会事业加快发展", "2.社会保障逐步完善"]


def test_a_numbering_that_runs_on_makes_no_heading_of_the_sentence_before_it():
    from corpus.structure import build_structure

    body = ("2015年工作回顾", "五年来，我们坚持创新驱动，现代产业体系逐步形成。",
            "1.产业加快转型升级。累计淘汰落后产能企业300家。", "2.创新驱动显著增强。高新技术企业达到100家。",
            "3.社会事业加快发展。新建学校12所。")
    assert [s.level for s in build_structure(body).sections] == [0, 3, 3, 3]


def test_a_paragraph_is_found_by_its_number_however_numbered(putuo):
    """Paragraphs are numbered 1, 2, … and found at their place; a report numbered otherwise
    (a gap left by an edit) still gives the paragraph of that number."""
    assert all(putuo.paragraph(p.number) is p for p in putuo.paragraphs)
    gapped = dataclasses.replace(putuo, paragraphs=tuple(dataclasses.replace(p, number=p.number + (p.number > 3))
                                                          for p in putuo.paragraphs))
    assert gapped.paragraph(5) == gapped.paragraphs[3] and gapped.paragraph(4) is None
