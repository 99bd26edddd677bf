"""The web app in a real browser: Debian's chromium driven by Playwright, the app on a free port.

Screenshots of each view go to test-artifacts/ for people to look at. Without Debian's chromium
(`apt-get install chromium fonts-noto-cjk`) these tests are skipped, and the summary says so;
.ci/run installs it and sets REPORTQA_REQUIRE_BROWSER, so in CI a missing browser is a failure.
"""
import os
import socket
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from assistant import library
from assistant.settings import Settings
from corpus.load import sample_paths
from ui.app import build_app, launch
from ui.context import AppContext

pytestmark = pytest.mark.slow
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync"]
TIMEOUT = 60_000
expect.set_options(timeout=TIMEOUT)  # pages can take longer than Playwright's 5 s default here

if not Path(CHROMIUM).exists():
    reason = f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium fonts-noto-cjk)"
    if os.environ.get("REPORTQA_REQUIRE_BROWSER"):
        raise RuntimeError(reason)
    pytest.skip(reason, allow_module_level=True)

MINHANG = """2023年度上海市闵行区卫生健康委员会法治政府建设情况报告

2023年，闵行区卫生健康委认真履行法治建设职责。现将有关情况报告如下：
一、主要举措和成效
（一）基本情况
2023年，区卫生健康委共收到行政复议12件，其中维持10件，撤销2件。共监督检查3150户次。
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    settings = Settings(index_dir=tmp_path_factory.mktemp("web") / "index")
    library.ingest_files(settings, sample_paths(), progress=False)
    app = build_app(AppContext.open(settings))
    port = _free_port()
    launch(app, port=port, block=False)
    yield f"http://127.0.0.1:{port}/"
    app.close()


@pytest.fixture(scope="module")
def browser():
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(url, wait_until="load")
    page.wait_for_selector("#question textarea")
    yield page
    context.close()


def ask(page, question: str) -> None:
    page.fill("#question textarea", question)
    page.click("#ask-btn")


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def test_ask_shows_the_value_and_a_citation_card(page):
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#chat")).to_contain_text("2628件")
    card = page.locator("#citations details").first
    expect(card).to_contain_text("2024年度上海市普陀区卫生健康委员会法治政府建设情况报告")
    card.locator("summary").click()
    expect(card.locator("mark")).to_contain_text("作出卫生行政许可2628件")
    page.screenshot(path=str(ARTIFACTS / "ask.png"), full_page=True)


def test_two_browsers_asking_at_once_get_their_own_answers(browser, url):
    pages = []
    for _ in range(2):
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        p = context.new_page()
        p.set_default_timeout(TIMEOUT)
        p.goto(url, wait_until="load")
        p.wait_for_selector("#question textarea")
        pages.append(p)
    first, second = pages
    first.fill("#question textarea", "普陀区作出了多少件卫生行政许可？")
    second.fill("#question textarea", "张家港立案查处无证行医案件多少起？")
    first.click("#ask-btn")
    second.click("#ask-btn")
    expect(first.locator("#chat")).to_contain_text("2628件")
    expect(second.locator("#chat")).to_contain_text("22起")
    expect(first.locator("#chat")).not_to_contain_text("22起")
    expect(second.locator("#chat")).not_to_contain_text("2628件")
    for p in pages:
        p.context.close()


def test_data_tab_lists_the_permit_figure(page):
    open_tab(page, "数据")
    table = page.locator("#figures-table")
    page.fill("#figure-filter textarea, #figure-filter input", "卫生行政许可")
    page.press("#figure-filter textarea, #figure-filter input", "Enter")
    expect(table).to_contain_text("2628")
    page.screenshot(path=str(ARTIFACTS / "data.png"), full_page=True)


def test_sample_evaluation_shows_the_summary(page):
    open_tab(page, "评测")
    page.click("#eval-btn")
    expect(page.locator("#eval-status")).to_contain_text("评测完成", timeout=180_000)
    expect(page.locator("#eval-summary")).to_contain_text("recall@10")
    expect(page.locator("#eval-charts svg")).to_have_count(2)
    page.screenshot(path=str(ARTIFACTS / "eval.png"), full_page=True)


def test_binary_upload_shows_its_error_and_changes_nothing(page, tmp_path):
    open_tab(page, "报告")
    table = page.locator("#reports-table")
    expect(table).to_contain_text("putuo-2024")
    before = table.inner_text()
    junk = tmp_path / "scan.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    page.set_input_files("#upload input[type=file]", str(junk))
    page.click("#ingest-btn")
    expect(page.locator("#ingest-status")).to_contain_text("未入库 scan.txt")
    assert table.inner_text() == before


def test_uploaded_report_is_listed_and_answerable(page, tmp_path):
    open_tab(page, "报告")
    report = tmp_path / "minhang-2023.txt"
    report.write_text(MINHANG, encoding="utf-8")
    page.set_input_files("#upload input[type=file]", str(report))
    page.click("#ingest-btn")
    expect(page.locator("#ingest-status")).to_contain_text("已入库 minhang-2023")
    expect(page.locator("#reports-table")).to_contain_text("闵行区")
    page.screenshot(path=str(ARTIFACTS / "reports.png"), full_page=True)
    open_tab(page, "问答")
    ask(page, "闵行区2023年收到多少件行政复议？")
    expect(page.locator("#chat")).to_contain_text("12件")
