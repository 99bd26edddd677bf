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
    items = find_items(text)
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
