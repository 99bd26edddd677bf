"""Citations as a staff user follows them: from a marker in the answer to its card (on a phone too,
where the cards sit below the chat), from an earlier answer to its own cards."""
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from corpus.load import sample_paths

from make_fixtures import make_pdf
from test_browser import ARTIFACTS, MINHANG, ask, browser, fake_app, new_page, server, url  # noqa: F401

pytestmark = pytest.mark.slow

IN_VIEW = """(el) => { const r = el.getBoundingClientRect();
  return r.top >= 0 && r.top < window.innerHeight && r.height > 0; }"""


def test_clicking_a_marker_opens_its_card_in_view(browser, url):  # noqa: F811
    page = new_page(browser, url)
    ask(page, "普陀区作出了多少件卫生行政许可？")
    marker = page.locator("#chat a.rq-marker").first
    expect(marker).to_have_text("[1]")
    page.locator("#citations").evaluate("el => window.scrollTo(0, document.body.scrollHeight)")
    marker.click()
    card = page.locator("#cite-0-1")
    expect(card).to_have_attribute("open", "")
    expect(card.locator("mark")).to_contain_text("作出卫生行政许可2628件")
    page.wait_for_function("(el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }",
                           arg=card.element_handle())
    page.context.close()


def test_an_earlier_answer_shows_its_own_cards(browser, url):  # noqa: F811
    page = new_page(browser, url)
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#citations")).to_contain_text("第1个回答")
    ask(page, "张家港立案查处无证行医案件多少起？")
    expect(page.locator("#citations")).to_contain_text("第2个回答")
    expect(page.locator("#citations")).not_to_contain_text("普陀区卫生健康委员会")
    page.locator("#chat [data-testid=bot]").nth(0).click()  # the first answer
    expect(page.locator("#citations")).to_contain_text("第1个回答")
    expect(page.locator("#citations")).to_contain_text("普陀区卫生健康委员会")
    # a marker of the earlier answer reaches its card even while the later answer's cards are shown
    page.locator("#chat [data-testid=bot]").nth(1).click()
    expect(page.locator("#citations")).to_contain_text("第2个回答")
    page.locator("#chat [data-testid=bot]").nth(0).locator("a.rq-marker").first.click()
    expect(page.locator("#cite-0-1")).to_have_attribute("open", "")
    page.context.close()


def test_on_a_phone_the_card_is_reached_from_the_answer(browser, url):  # noqa: F811
    page = new_page(browser, url, width=390, height=844)
    ask(page, "普陀区作出了多少件卫生行政许可？")
    card = page.locator("#cite-0-1")
    expect(card).to_be_attached()
    expect(page.locator("#chat a.rq-marker").first).to_be_visible()  # the answer drawn, the chat at its height
    # below the chat, out of sight (awaited: the answer's text is laid out after its card is attached)
    page.wait_for_function(f"(el) => !({IN_VIEW})(el)", arg=card.element_handle())
    page.locator("#chat a.rq-marker").first.click()
    expect(card).to_have_attribute("open", "")
    page.wait_for_function("(el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }",
                           arg=card.element_handle())
    page.screenshot(path=str(ARTIFACTS / "ask-390.png"))
    page.context.close()


def test_the_source_view_marks_the_span_in_the_whole_report_and_gives_the_original(browser, url):  # noqa: F811
    page = new_page(browser, url)
    ask(page, "普陀区作出了多少件卫生行政许可？")
    card = page.locator("#cite-0-1")
    card.locator("summary").click()
    card.locator("a.rq-open-source").click()
    view = page.locator("#source-view")
    expect(view.locator("#src-span")).to_contain_text("作出卫生行政许可2628件")
    expect(view.locator("nav")).to_contain_text("一、2024年主要举措和成效")
    expect(view.locator(".rq-source-text")).to_contain_text("法院判决驳回原告全部诉讼请求")  # more than the paragraph
    page.wait_for_function("(el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }",
                           arg=view.locator("#src-span").element_handle())
    with page.expect_download() as download:
        page.click("#source-download")
    original = next(p for p in sample_paths() if p.name == "putuo-2024.txt")
    assert download.value.suggested_filename == "putuo-2024.txt"
    assert Path(download.value.path()).read_bytes() == original.read_bytes()
    page.screenshot(path=str(ARTIFACTS / "source-view.png"), full_page=True)
    ask(page, "张家港立案查处无证行医案件多少起？")  # other cards: the view of the old citation closes
    expect(page.locator("#chat")).to_contain_text("22起")
    expect(view.locator(".rq-source")).to_have_count(0)
    expect(page.locator("#source-download")).to_be_hidden()
    page.context.close()


@pytest.fixture(scope="module")
def pdf_url(tmp_path_factory):
    """An app whose index holds a report ingested from PDF (made from a text written for the test)."""
    folder = tmp_path_factory.mktemp("pdf")
    txt = folder / "minhang-2023.txt"
    txt.write_text(MINHANG, encoding="utf-8")
    pdf = make_pdf(txt, folder / "minhang-2023.pdf")
    # As in the default place (~/.local/share/reportqa), the index is neither in the working
    # directory nor in the system's temporary folder, which Gradio serves by default.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("elsewhere")))
        with fake_app(folder, (pdf,)) as (url, _):
            yield url, pdf


def test_a_pdf_citation_shows_its_page_with_the_span_boxed(browser, pdf_url):  # noqa: F811
    page = new_page(browser, pdf_url[0])
    ask(page, "闵行区2023年收到多少件行政复议？")
    expect(page.locator("#chat")).to_contain_text("12件")
    card = page.locator("#cite-0-1")
    card.locator("summary").click()
    card.locator("a.rq-open-source").click()
    image = page.locator("#source-page img")
    expect(image).to_be_visible()
    expect(page.locator("#source-page")).to_contain_text("原文第 1 页")
    assert image.evaluate("img => img.complete && img.naturalWidth > 500")
    with page.expect_download() as download:
        page.click("#source-download")
    assert download.value.suggested_filename == "minhang-2023.pdf"  # its own name, not the kept file's
    assert Path(download.value.path()).read_bytes() == (pdf_url[1]).read_bytes()
    page.screenshot(path=str(ARTIFACTS / "source-pdf.png"), full_page=True)
    page.context.close()
