

def test_putuo_metadata(putuo):
    meta = putuo.meta
    assert meta.title == "2024年度上海市普陀区卫生健康委员会法治政府建设情况报告"
    assert meta.organization == "上海市普陀区卫生健康委员会"
    assert (meta.region.province, meta.region.city, meta.region.district) == ("上海市", "上海市", "普陀区")
    assert meta.region.code == "310107"  # Shanghai's 普陀区, not Zhoushan's: the text names 上海
    assert (meta.year, meta.doc_number, meta.issue_date) == (2024, "普卫健审监〔2024〕2号", "2024-11-26")
    assert meta.recipient == "区政府"


def test_zhangjiagang_metadata(zjg):
    """The county-level city is named; its province is the one the report itself names."""
    meta = zjg.meta
    assert meta.title == "张家港市卫生健康委员会2020年法治政府建设工作报告"
    assert meta.organization == "张家港市卫生健康委员会"
    assert meta.region.name == "张家港市" and meta.region.province == "江苏省"
    assert (meta.year, meta.doc_number, meta.issue_date) == (2020, "张卫健法制〔2021〕1号", "2020-01-20")


def test_signature_is_not_body_text(putuo):
    assert not putuo.text.rstrip().endswith("2024年11月26日")


def test_organization_after_the_year_in_a_bare_title(tmp_path):
    """A report without 文件头 or signature still names its region when its title leads with the year."""
    from corpus.load import load_report

    path = tmp_path / "minhang-2023.txt"
    path.write_text("2023年度上海市闵行区卫生健康委员会法治政府建设情况报告\n\n2023年，区卫生健康委共收到行政复议12件。\n",
                    encoding="utf-8")
    meta = load_report(path).meta
    assert meta.organization == "上海市闵行区卫生健康委员会"
    assert (meta.region.province, meta.region.district, meta.year) == ("上海市", "闵行区", 2023)


def test_a_heading_naming_a_planned_year_is_the_plan_part_whatever_its_words():
    """「以优异成绩迎接…」 holds the review word 成绩; the year 2022, planned, decides."""
    from corpus.metadata import heading_part

    heading = "二、高质量做好2022年各项工作，以优异成绩迎接新征程"
    assert heading_part(heading, reviews=(2021,), plans=(2022,)) == "plan"
    assert heading_part("一、夯实工作基础，组织部署和保障机制进一步健全", (2020,), (2021,)) is None


def test_the_next_years_head_the_plan_part_and_the_future_alone_does_not():
    """「未来五年工作」 plans; 「拓展未来发展空间」 in a chapter of the review says no part."""
    from corpus.metadata import heading_part

    assert heading_part("未来五年工作", (2015,), (2016,)) == "plan"
    assert heading_part("二、今后五年的总体发展思路") == "plan"
    assert heading_part("四、统筹推进土地整备，深入拓展未来发展空间", (2015,), (2016,)) is None


def test_a_year_measured_from_is_not_the_year_of_a_figure():
    from index.figure_facts import years_spoken

    assert years_spoken("占全市比重高达21.1%，是自2012年分区以来首次突破20%", 2022) == set()
    assert years_spoken("专项债券4.4万亿元，比上年增加5000亿元", 2025) == set()
    assert years_spoken("2021年，新增学位2.3万座", 2022) == {2021}
    assert years_spoken("实现本地生产总值8036亿元，增长3.3%，相较于2020年增长超1500亿元", 2023) == set()
    assert years_spoken("PM2.5均值为23.8微克/立方米，同比下降13%，为2016年来最好水平", 2020) == set()
    assert years_spoken("PM2.5年均浓度降至21微克/立方米，创2008年有监测数据以来最好水平", 2021) == set()
    # a year built on (「在…基础上」): the sentence's figures are not of it
    assert years_spoken("在2016年2.8亿元（每个社区1000万元）投入基础上，再安排专项基金5.6亿元", 2017) == set()


def test_what_was_expected_is_no_plan():
    """「有效应对超预期因素冲击」 looks back: 预期 after 超 or 于 sets no target."""
    from test_extraction import _report
    from index.figure_facts import figure_facts
    from index.figures import report_figures

    report = _report("一、2022年工作回顾", "有效应对超预期因素冲击，实现本地生产总值8036亿元。好于预期，增长3.3%。",
                     "二、2023年工作安排", "预期目标是：本地生产总值增长6%。", year=2023)
    plans = {f.text: figure_facts(f, report).plan for f in report_figures(report)}
    assert plans == {"8036亿元": False, "3.3%": False, "6%": True}


def test_an_aside_before_a_change_leaves_it_a_change():
    """「同比增长（下同）13%」: the aside says the rest are year-on-year too; 13% is a change."""
    from test_extraction import _report
    from index.figure_facts import figure_facts
    from index.figures import report_figures

    report = _report("一、2013年工作回顾", "全年实现地区生产总值372亿元，同比增长（下同）13%；固定资产投资增长16.6%。", year=2014)
    changes = {f.text: figure_facts(f, report).change for f in report_figures(report)}
    assert changes == {"372亿元": False, "13%": True, "16.6%": True}


def test_the_years_of_a_documents_title_are_no_time():
    """A plan's title names its span; the paragraph it opens tells what was done in the year reviewed."""
    from index.figure_facts import years_spoken

    assert years_spoken("出台《东湖区交通三年行动方案（2016-2020年）》，推出七大任务", 2017) == set()


def test_a_government_work_report_delivered_late_in_its_year_reviews_that_year(tmp_path):
    """A new term's report given in October (「2016年10月政府工作报告」) looks back on the term up to
    its own year and plans from the next; one given in January reviews the year before."""
    from corpus.load import load_report

    body = "各位代表：现在，我代表区人民政府，向大会报告工作。\n一、过去五年工作回顾\n五年来，我们砥砺奋进。\n二、今后五年的总体要求\n今后五年，我们将继续前进。\n"
    late = tmp_path / "2016年10月政府工作报告（在东湖区第七届人民代表大会第一次会议上的报告）_2016.txt"
    early = tmp_path / "东湖区2016年政府工作报告_2016.txt"
    late.write_text(body, encoding="utf-8")
    early.write_text(body, encoding="utf-8")
    assert (load_report(late).meta.reviews, load_report(late).meta.plans) == ((2016,), (2017,))
    assert (load_report(early).meta.reviews, load_report(early).meta.plans) == ((2015,), (2016,))
