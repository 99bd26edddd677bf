

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
