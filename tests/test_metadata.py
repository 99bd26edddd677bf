from corpus.models import Region


def test_putuo_metadata(putuo):
    meta = putuo.meta
    assert meta.title == "2024年度上海市普陀区卫生健康委员会法治政府建设情况报告"
    assert meta.organization == "上海市普陀区卫生健康委员会"
    assert meta.region == Region(province="上海市", city="上海市", district="普陀区")
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
