"""report.html is opened from disk and mailed around: gold questions, answers, report quotes and
tags in it are text, never markup that fetches or runs anything."""
import re

from eval.report import render_html
from eval.run import KS, CitedPassage, EvalRun, ModeSummary, QuestionResult

EVIL = "<img src=http://127.0.0.1:9/x.png><script>window.pwned=1</script>"


def test_every_text_field_of_a_run_is_escaped():
    cited = CitedPassage(marker=1, report_id=f"r{EVIL}", section_path=[EVIL], paragraph=1, start=0, end=5,
                         quote=EVIL, supports=False)
    result = QuestionResult(id=f"q{EVIL}", type="figure", mode=EVIL, question=EVIL, expected=[EVIL],
                            evidence=[], answer=EVIL, abstained=False, values=[], citations=[cited],
                            checks=[(EVIL, False)], abstention_ok=True, tags=[EVIL], passed=False,
                            evidence_ranks=[], recall={k: 0.0 for k in KS}, reciprocal_rank=0.0, ndcg10=0.0,
                            citations_supporting=0, evidence_cited=0, latency_ms=1.0)
    types = {"figure": 0.0, "measure": None, "fact": None, "unanswerable": None}
    summary = ModeSummary(mode=EVIL, questions=1, accuracy=0.0, accuracy_by_type=types,
                          count_by_type={t: int(t == "figure") for t in types}, recall={k: 0.0 for k in KS},
                          mrr=0.0, ndcg10=0.0, citation_precision=None, citation_recall=None, latency_p50_ms=1.0,
                          latency_p95_ms=1.0, accuracy_by_tag={EVIL: (0, 1)})
    page = render_html(EvalRun(gold=EVIL, index=EVIL, encoder=EVIL, summaries=[summary], results=[result],
                               missing_quotes=[(EVIL, EVIL)]))
    assert "<img" not in page and "<script" not in page
    assert page.count("&lt;img src=http://127.0.0.1:9/x.png&gt;") >= 10
    assert set(re.findall(r"<([a-z0-9]+)", page)) <= {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "code", "table", "tr", "th", "td",
        "div", "figure", "figcaption", "svg", "line", "text", "polyline", "circle", "rect", "ul", "li", "br",
        "small", "pre", "ol"}
