"""A 👎 asks why, right under the chat; the 评测 tab lists the 👎 answers with their reasons, and one
becomes a gold line after its expected value is corrected."""
import pytest
from playwright.sync_api import expect

from test_browser import ask, browser, new_page, open_tab, fake_app  # noqa: F401

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app_ctx(tmp_path_factory):
    with fake_app(tmp_path_factory.mktemp("feedback")) as served:
        yield served


def test_a_thumbs_down_with_its_reason_becomes_a_gold_line(browser, app_ctx):  # noqa: F811
    url, ctx = app_ctx
    page = new_page(browser, url)
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#chat")).to_contain_text("2628件")
    page.locator("#chat [data-testid=bot]").first.hover()
    page.locator("#chat").get_by_role("button", name="踩").first.click()
    reason = page.locator("#feedback-reason-text textarea")
    expect(reason).to_be_visible()
    reason.fill("应同时给出公共卫生许可的件数")
    page.click("#feedback-reason-send")
    expect(page.locator("#feedback")).to_contain_text("已记录原因")

    open_tab(page, "评测")
    page.get_by_text("用户反馈（👎 的回答）").click()
    page.click("#feedback-refresh")
    table = page.locator("#feedback-table")
    expect(table).to_contain_text("普陀区作出了多少件卫生行政许可？")
    expect(table).to_contain_text("应同时给出公共卫生许可的件数")
    page.get_by_text("把一条 👎 回答改成评测题").click()
    page.locator("#review-answer input").click()
    page.get_by_role("option").first.click()
    expected = page.locator("#review-answers textarea")
    expect(expected).to_have_value("2628件")
    expected.fill("2628件\n817件")
    name = page.locator("#review-file input")
    name.fill("reviewed")
    name.press("Enter")
    page.click("#add-review")
    expect(page.locator("#review-status")).to_contain_text("到 reviewed.jsonl")
    gold = (ctx.settings.index_dir.parent / "gold" / "reviewed.jsonl").read_text(encoding="utf-8")
    assert "817件" in gold and "普陀区作出了多少件卫生行政许可？" in gold
    page.context.close()
