from corpus.clean import clean_document, normalize_punctuation, remove_spaces


def test_number_split_by_page_break_is_rejoined(putuo):
    """「497」 ends one page and 「件」 starts the next: the figure must read 497件 again."""
    assert "办理独生子女证业务497件，审核发放特别扶助金27050人次" in putuo.text


def test_word_split_by_page_break_is_rejoined(putuo):
    """「进」+「一步加强」 is one word broken by a page break."""
    assert "区卫生健康委与区市场监管局联合，进一步加强对我区医疗美容机构" in putuo.text
    assert "进\n" not in putuo.text


def test_spaces_around_numbers_are_removed(zjg):
    assert "2020年共查处案件78起，罚没款64.3万元" in zjg.text


def test_spaces_between_latin_words_stay():
    assert remove_spaces("使用 AI 技术 and Open Data 平台") == "使用 AI 技术 and Open Data 平台"
    assert remove_spaces("共 2 家 医院") == "共2家医院"


def test_half_width_heading_brackets_become_full_width(putuo):
    """「(四) 有力夯实…」 in the PDF text is the same heading level as 「（一）」."""
    assert "（四）有力夯实行业综合监管工作" in putuo.text
    assert normalize_punctuation("推动传染病监测预警向一线前移,提高") == "推动传染病监测预警向一线前移，提高"
    assert normalize_punctuation("版本1,000元 and a,b") == "版本1,000元 and a,b"


def test_markdown_residue_and_duplicated_quote_are_repaired(zjg):
    """「**二是全面开展“不**」+「“见面审批”工作。」 was one bold item title."""
    assert "**" not in zjg.text
    assert "二是全面开展“不见面审批”工作。实施不见面审批357家" in zjg.text


def test_page_furniture_leaves_the_body():
    doc = clean_document("某某局文件\n\n区政府：\n\n正文第一段。\n\n- 2 -\n\n（此件主动公开）\n\n抄送：市政府\n\n共印 4 份")
    assert doc.body == ("正文第一段。",)
    kinds = {kind for kind, _ in doc.furniture}
    assert kinds == {"page", "disclosure", "cc", "copies"}


def test_furniture_facts_reach_the_metadata(zjg):
    extra = dict(zjg.meta.extra)
    assert extra["copies"] == "共印4份"
    assert extra["disclosure"] == "（此件主动公开）"
    assert "抄送" not in zjg.text and "共印" not in zjg.text


def test_an_unnumbered_part_heading_is_not_joined_to_the_paragraph_after_it():
    """A heading line has no full stop, like a fragment a page break left; 「2017年工作回顾」 joined to
    「2017年，我区…」 would hide the part it opens (and 「2018年主要工作」 the plan part)."""
    from corpus.clean import join_fragments

    lines = ["2017年工作回顾", "2017年，全区上下攻坚克难，", "各项事业稳步发展。", "2018年主要工作", "今年要抓好三件事。"]
    assert join_fragments(lines) == ["2017年工作回顾", "2017年，全区上下攻坚克难，各项事业稳步发展。", "2018年主要工作",
                                     "今年要抓好三件事。"]


def test_a_lead_in_ending_in_a_colon_after_the_opening_is_body_not_salutation():
    """Only a colon-closed line before any real text greets (「各位代表：」); one after it
    (「区政府将从三个方面推进：」) must not turn the body above it into front matter."""
    doc = clean_document("南湖区2024年政府工作报告\n各位代表：现在，我代表区人民政府，向大会报告工作。\n"
                         "过去一年，经济平稳增长。\n区政府将从三个方面推进：\n（一）做强实体经济\n")
    assert doc.body[0].startswith("各位代表：现在")
    assert "区政府将从三个方面推进：" in doc.body
