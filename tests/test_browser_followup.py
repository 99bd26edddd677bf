"""A follow-up in a real browser: 「那张家港呢？」 after a 普陀 question is answered for 张家港, and
the answer says how the question was understood. Browser, skip/require logic, helpers and timeouts
are test_browser.py's (imported, not copied); the app is the fast one with the fake encoder."""
import pytest
from playwright.sync_api import expect

from test_browser import TIMEOUT, ask, browser, fake_app  # noqa: F401  (browser: a fixture)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fake_url(tmp_path_factory):
    with fake_app(tmp_path_factory.mktemp("followup")) as (url, _):
        yield url


def test_a_follow_up_is_answered_for_the_other_district(browser, fake_url):  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(fake_url, wait_until="load")
    page.wait_for_selector("#question textarea")
    answers = page.locator("#chat [data-testid='bot']")
    ask(page, "普陀区查处了多少起无证行医案件？")
    expect(answers).to_have_count(1)
    expect(answers.first).to_contain_text("7件")
    ask(page, "那张家港呢？")
    expect(answers).to_have_count(2)
    expect(answers.last).to_contain_text("22起")
    expect(answers.last).to_contain_text("理解为：张家港查处了多少起无证行医案件？")
    expect(answers.first).not_to_contain_text("理解为")
    context.close()
