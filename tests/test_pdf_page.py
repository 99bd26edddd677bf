"""A citation from a PDF report can show its page with the span boxed: the quote is found among the
page's characters although the report text was cleaned (wrapped lines joined, spaces dropped)."""
from make_fixtures import make_pdf

from ui.pdf_page import find_span, page_image

TEXT = """2023年度嘉兴市南湖区卫生健康局法治政府建设情况报告
一、主要工作
2023年，区卫生健康局坚持依法行政，全年共办理行政许可1234件，开展“双随机、一公开”监督检查560户次，查处无证行医案件9起，没收违法所得3.6万元，有力维护了群众健康权益。
二、存在问题
执法力量不足，基层监督员配备不够。
"""


def _pdf(tmp_path):
    txt = tmp_path / "nanhu-2023.txt"
    txt.write_text(TEXT, encoding="utf-8")
    return make_pdf(txt, tmp_path / "nanhu-2023.pdf")


def test_a_quote_over_a_wrapped_line_is_boxed_line_by_line(tmp_path):
    found = find_span(_pdf(tmp_path), "开展“双随机、一公开”监督检查560户次，查处无证行医案件9起，没收违法所得3.6万元")
    assert found.page == 1 and len(found.boxes) == 2  # the paragraph wraps inside the quote
    (x0, top, x1, bottom), second = found.boxes
    assert x0 < x1 and top < bottom < second[1]


def test_text_not_in_the_pdf_is_not_boxed(tmp_path):
    assert find_span(_pdf(tmp_path), "全年共接待来访群众8888人次") is None


def test_the_page_image_is_made_once(tmp_path):
    pdf = _pdf(tmp_path)
    image, page = page_image(pdf, "查处无证行医案件9起")
    stamp = image.stat().st_mtime_ns
    assert page == 1 and image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert page_image(pdf, "查处无证行医案件9起")[0].stat().st_mtime_ns == stamp


def test_a_quote_on_a_later_page_is_boxed_on_that_page(tmp_path):
    """Pages are tried in the order their plain text suggests; the page found is still the right one."""
    txt = tmp_path / "long.txt"
    filler = "区卫生健康局坚持依法行政，持续推进法治政府建设，不断完善行政执法程序，强化执法监督。\n" * 60
    txt.write_text(TEXT + filler + "三、下一步打算\n全年共接待来访群众8888人次，办结率百分之百。\n", encoding="utf-8")
    pdf = make_pdf(txt, tmp_path / "long.pdf")
    found = find_span(pdf, "全年共接待来访群众8888人次")
    assert found.page > 1 and len(found.boxes) == 1


def test_a_page_opened_before_is_served_without_reading_the_pdf(tmp_path):
    """The original never changes (content-addressed), so the cached image is enough: a long report
    is not scanned again each time 查看原文 is opened."""
    pdf = _pdf(tmp_path)
    image, page = page_image(pdf, "查处无证行医案件9起")
    pdf.write_bytes(b"not a pdf any more")  # reading it now would fail
    assert page_image(pdf, "查处无证行医案件9起") == (image, page)
