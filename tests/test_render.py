"""Report and question text on the page is text: the issue saw an <img> in a report fetched by every
viewer's browser, a <script> vanish from a quote, and Markdown in reports turn into markup."""
import html
import re

from markdown_it import MarkdownIt

from assistant.answer import Answer, Citation, Value
from corpus.load import load_report
from ui.render import answer_markdown, citation_cards, plain

HOSTILE = ("<img src=http://127.0.0.1:9/x.png> **粗** [链接](http://127.0.0.1:9/l) ![图](http://127.0.0.1:9/i.png) "
           "$$x^2$$ www.example.com a_b_c ~~删~~ | a | b | `code` &lt; \\* <script>window.pwned=1</script>\n"
           "1. 列表\n# 标题\n> 引用\n---\n    缩进")
# The chat renders CommonMark with GFM extras and raw HTML allowed (then sanitised): the worst case.
MARKDOWN = MarkdownIt("commonmark", {"breaks": True, "html": True}).enable(["table", "strikethrough"])


def shown(markdown: str) -> tuple[str, set[str]]:
    """What a Markdown string displays: its text, and the tags it makes."""
    rendered = MARKDOWN.render(markdown)
    tags = set(re.findall(r"<([a-z0-9]+)", rendered))
    return html.unescape(re.sub(r"<[^>]+>", "", rendered)), tags


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.strip().split("\n")]


def test_plain_text_displays_exactly_as_written():
    text, tags = shown(plain(HOSTILE))
    assert lines_of(text) == lines_of(HOSTILE)
    assert tags <= {"p", "br"}


def test_answer_text_from_reports_is_text_and_only_the_values_and_markers_are_markup():
    answer = Answer(question="多少件？", intent="figure", notes=["<b>注</b>"],
                    text=f"普陀区：2628件[1]\n\n[1] 「{HOSTILE}」",
                    values=[Value(text="2628件", metric="许可", value=2628, unit="件", qualifier="", normalized=2628,
                                  base_unit="件", report_id="putuo-2024", citation=1)])
    markdown = answer_markdown(answer)
    text, tags = shown(markdown)
    assert "<strong>2628件</strong><sup>[1]</sup>" in markdown
    assert tags <= {"p", "br", "strong", "sup", "em"}
    assert "<script>window.pwned=1</script>" in text and "<img src=http://127.0.0.1:9/x.png>" in text
    assert "<b>注</b>" in text and "$$x^2$$" in text and "[链接](http://127.0.0.1:9/l)" in text


def test_a_value_is_bold_only_right_before_its_marker():
    answer = Answer(question="？", intent="figure", text="共12件，其中12件[1]",
                    values=[Value(text="12件", metric="", value=12, unit="件", qualifier="", normalized=12,
                                  base_unit="件", report_id="r", citation=1)])
    assert answer_markdown(answer) == "共12件，其中<strong>12件</strong><sup>[1]</sup>"


def test_citation_cards_escape_the_report_and_its_labels(tmp_path):
    path = tmp_path / "evil-2023.txt"
    path.write_text("一、主要举措<b>粗</b>\n" + "收到行政复议12件<script>window.pwned=1</script>，"
                    "其中维持10件<img src=http://127.0.0.1:9/x.png>。\n", encoding="utf-8")
    report = load_report(path)
    start = report.text.index("收到")
    end = report.text.index("。", start) + 1
    citation = Citation(marker=1, report_id=report.id, report_title="<i>题</i>", region="<u>区</u>", year=2023,
                        section_path=["<b>粗</b>"], paragraph=1, start=start, end=end,
                        quote=report.text[start:end], highlight_start=start + 6, highlight_end=start + 9)
    cards = citation_cards(Answer(question="？", intent="figure", text="", citations=[citation]),
                           {report.id: report})
    tags = set(re.findall(r"<([a-z0-9]+)", cards))
    assert tags == {"div", "h4", "details", "summary", "b", "p", "mark", "a"}  # a: the card's 「查看原文」
    text = html.unescape(re.sub(r"<[^>]+>", "", cards))
    assert "<script>window.pwned=1</script>" in text and "<img src=http://127.0.0.1:9/x.png>" in text
    assert "<i>题</i>" in text and "<u>区</u>" in text and "<b>粗</b>" in text


def test_each_marker_links_to_its_own_answers_card():
    """Several answers are on the page, each with a [1]: the link and the card id carry the answer's number."""
    citation = Citation(marker=1, report_id="r", report_title="题", region="区", year=2023, section_path=[],
                        paragraph=1, start=0, end=4, quote="共12件")
    answer = Answer(question="？", intent="figure", text="共12件[1]", citations=[citation])
    assert '<a href="#cite-2-1" class="rq-marker">[1]</a>' in answer_markdown(answer, 2)
    assert "id='cite-2-1'" in citation_cards(answer, {}, 2)
    assert "<a" not in answer_markdown(answer)  # no number (the 对比 view): no link to a card that is not there
