"""The evaluator's verdict on answers built for the test: an answer that lists other reports'
numbers beside the right one is not a right answer."""
from assistant.answer import Answer, Citation
from corpus.models import Region, Report, ReportMeta
from eval.gold import Evidence, GoldItem
from eval.run import QuoteFinder, judge


def report(rid, year, text):
    meta = ReportMeta(title=rid, region=Region(province="广东省", city="深圳市", district="南山区"), year=year)
    return Report(id=rid, source=f"{rid}.txt", meta=meta, text=text, sections=(), paragraphs=(), content_hash=rid)


A = report("ns-2024", 2024, "辖区税收2101亿元，增长8.4%。")
B = report("ns-2016", 2016, "辖区税收718亿元，增长10%。")
ITEM = GoldItem(id="t", type="figure", question="南山区2023年辖区税收是多少？", answers=["2101亿元"],
                evidence=[Evidence(report="ns-2024", quote="辖区税收2101亿元")])


def cite(marker, r):
    return Citation(marker=marker, report_id=r.id, report_title=r.id, region="南山区", year=r.meta.year,
                    section_path=[], paragraph=1, start=0, end=len(r.text) - 1, quote=r.text[:-1])


def verdict(text, citations):
    answer = Answer(question=ITEM.question, intent="figure", text=text, citations=citations)
    return judge(ITEM, "bm25", answer, [], QuoteFinder([A, B]), 1.0)


def test_the_right_value_from_the_evidence_report_passes():
    assert verdict("南山区（2024年）：辖区税收2101亿元[1]", [cite(1, A)]).passed


def test_listing_another_years_value_beside_it_fails():
    result = verdict("南山区（2016年）：辖区税收718亿元[1]\n南山区（2024年）：辖区税收2101亿元[2]", [cite(1, B), cite(2, A)])
    assert not result.passed and result.extra_reports == ["ns-2016"]
