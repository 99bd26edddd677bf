"""「查看原文」 shows the whole report: the cited span marked once (the value inside it), the outline
of its sections, and report text as text."""
from assistant.answer import Citation
from ui.source_view import source_html


def _citation(report, quote: str, value: str) -> Citation:
    start = report.text.index(quote)
    at = report.text.index(value, start)
    return Citation(marker=1, report_id=report.id, report_title=report.meta.title, region="", year=None,
                    section_path=[], paragraph=1, start=start, end=start + len(quote), quote=quote,
                    highlight_start=at, highlight_end=at + len(value))


def test_the_span_is_marked_once_with_its_value_inside(putuo):
    page = source_html(putuo, _citation(putuo, "区卫生健康委共作出卫生行政许可2628件", "2628件"))
    assert page.count("<mark") == 1
    assert "<mark id='src-span'>区卫生健康委共作出卫生行政许可<b class='value'>2628件</b></mark>" in page


def test_the_outline_links_every_section_heading(putuo):
    page = source_html(putuo)
    for i, section in enumerate(putuo.sections):
        assert f"<a href='#src-sec-{i}'>{section.path[-1]}</a>" in page and f"id='src-sec-{i}'" in page
    assert "<mark" not in page


def test_markup_in_a_report_stays_text(putuo):
    from dataclasses import replace
    hostile = replace(putuo, text=putuo.text.replace("行政许可", "<img src=x>行政许可", 1))
    assert "<img" not in source_html(hostile) and "&lt;img src=x&gt;" in source_html(hostile)
