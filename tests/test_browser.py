"""The web app in a real browser: Debian's chromium driven by Playwright, the app on a free port.

Waits are on what the page shows (expect(...) retries until its timeout, set long for a loaded
machine), never fixed sleeps.

Screenshots of each view go to test-artifacts/ for people to look at. Without Debian's chromium
(`apt-get install chromium fonts-noto-cjk`) these tests are skipped, and the summary says so;
.ci/run installs it and sets REPORTQA_REQUIRE_BROWSER, so in CI a missing browser is a failure.
"""
import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from assistant import library
from assistant.settings import Settings
from corpus.load import sample_paths
from ui.app import build_app, launch
from ui.context import AppContext
from webapp import fake_context, free_port

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


# Report text that would fetch, run or format something if it were put into the page as markup.
HOSTILE = """2023年度上海市闵行区<b>卫生</b>健康委员会法治政府建设情况报告

2023年，闵行区卫生健康委认真履行法治建设职责。现将有关情况报告如下：
一、主要举措和成效
（一）基本情况<i>斜体</i>
2023年，区卫生健康委共收到行政复议12件<script>window.pwned=1</script><img src=http://127.0.0.1:9/x.png>，其中维持10件，撤销2件。共监督检查3150户次 $$x^2$$ [链接](http://127.0.0.1:9/l)。
"""
TRAP = "http://127.0.0.1:9/"  # nothing listens on port 9: a request there is the page obeying report text


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    settings = Settings(index_dir=tmp_path_factory.mktemp("web") / "index")
    library.ingest_files(settings, sample_paths(), progress=False)
    ctx = AppContext.open(settings)
    app = build_app(ctx)
    port = free_port()
    launch(app, ctx, port=port, block=False)
    yield f"http://127.0.0.1:{port}/", ctx
    app.close()


@pytest.fixture(scope="module")
def url(server):
    return server[0]


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "evil-2023.txt").write_text(HOSTILE, encoding="utf-8")
    with fake_app(folder, (folder / "evil-2023.txt",)) as (url, _):
        yield url


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


def new_page(browser, url: str, width: int = 1366, height: int = 900, **options):
    """A page of ``url`` in a fresh browser context (its own storage), once the app has loaded."""
    options = {"locale": "zh-CN", "accept_downloads": True, **options}
    context = browser.new_context(viewport={"width": width, "height": height}, **options)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    page.goto(url, wait_until="load")
    page.wait_for_selector("#question textarea")
    return page


def serve(ctx):
    """Serve the app of ``ctx`` on a free port: (url, app to close)."""
    app = build_app(ctx)
    port = free_port()
    launch(app, ctx, port=port, block=False)
    return f"http://127.0.0.1:{port}/", app


@contextmanager
def fake_app(folder: Path, extra: tuple[Path, ...] = (), backend: str = "embedded"):
    """The fast app (fake encoder, the seed reports and ``extra``) served from ``folder``: (url, context)."""
    ctx = fake_context(folder / "index", extra, backend)
    url, app = serve(ctx)
    try:
        yield url, ctx
    finally:
        app.close()


def open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


def open_report_filter(page) -> None:
    """The report filter's choices (the filters fold away under 「限定范围」)."""
    if not page.locator("#filter-report input").is_visible():
        page.get_by_text("限定范围（报告、地区、年度）").click()
    page.locator("#filter-report input").click()


def test_ask_shows_the_value_and_a_citation_card(page):
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#chat")).to_contain_text("2628件")
    card = page.locator("#citations details").first
    expect(card).to_contain_text("2024年度上海市普陀区卫生健康委员会法治政府建设情况报告")
    card.locator("summary").click()
    expect(card.locator("mark")).to_contain_text("作出卫生行政许可2628件")
    page.screenshot(path=str(ARTIFACTS / "ask.png"), full_page=True)


def test_the_app_on_milvus_answers_with_a_citation(browser, tmp_path):
    """The same page over a Milvus Lite index: the value and its citation card."""
    with fake_app(tmp_path, backend="milvus") as (url, ctx):
        assert ctx.index.backend == "milvus"
        page = new_page(browser, url)
        ask(page, "普陀区作出了多少件卫生行政许可？")
        expect(page.locator("#chat")).to_contain_text("2628件")
        expect(page.locator("#citations details").first).to_contain_text("法治政府建设情况报告")
        page.context.close()


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
    expect(page.locator("#eval-summary")).to_contain_text("证据召回率（前10段）")
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


def test_report_markup_is_shown_as_text_and_fetches_nothing(browser, hostile_url):
    """An <img> in a report must not make the viewer's browser fetch it, a <script> must show in
    the quote, and Markdown or LaTeX in a report stays as written — in chat, cards, labels, tables."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(hostile_url, wait_until="load")
    ask(page, "闵行区2023年收到多少件行政复议？")
    chat = page.locator("#chat")
    expect(chat).to_contain_text("12件<script>window.pwned=1</script><img src=http://127.0.0.1:9/x.png>")
    card = page.locator("#citations details").first
    expect(card).to_contain_text("2023年度上海市闵行区<b>卫生</b>健康委员会法治政府建设情况报告")
    expect(card).to_contain_text("（一）基本情况<i>斜体</i>")
    card.locator("summary").click()
    expect(card.locator("mark")).to_contain_text("<script>window.pwned=1</script><img src=http://127.0.0.1:9/x.png>")
    ask(page, "闵行区共监督检查多少户次？")
    expect(chat).to_contain_text("3150户次 $$x^2$$ [链接](http://127.0.0.1:9/l)")
    assert chat.locator("img, script, a[href^='http://127.0.0.1:9'], .katex").count() == 0
    page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)
    open_report_filter(page)
    expect(page.get_by_role("option").first).to_contain_text("<b>卫生</b>")
    page.keyboard.press("Escape")
    open_tab(page, "数据")
    expect(page.locator("#figures-table")).to_contain_text("<script>window.pwned=1</script>")
    open_tab(page, "报告")
    expect(page.locator("#reports-table")).to_contain_text("闵行区<b>卫生</b>健康委员会")
    assert page.evaluate("window.pwned") is None
    assert [u for u in requests if u.startswith(TRAP)] == []
    context.close()


def test_add_to_gold_writes_a_named_file_in_the_gold_folder_only(page, server):
    """A name, not a path: the line lands in gold/ beside the index; a duplicate and a path are
    refused with a message; the file can be downloaded."""
    _, ctx = server
    gold = ctx.settings.index_dir.resolve().parent / "gold"
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#chat")).to_contain_text("2628件")
    page.get_by_text("加入评测集", exact=True).click()
    expect(page.locator("#gold-answers textarea")).to_have_value("2628件")
    name = page.locator("#gold-file input")
    status = page.locator("#gold-status")
    name.fill("../escape")
    name.press("Enter")
    page.click("#add-gold")
    expect(status).to_contain_text("只能填写文件名")
    name.fill("browser")
    name.press("Enter")
    page.click("#add-gold")
    expect(status).to_contain_text("已加入 ui-001（数字）到 browser.jsonl")
    page.click("#add-gold")
    expect(status).to_contain_text("已有这个问题")
    page.screenshot(path=str(ARTIFACTS / "add-gold.png"), full_page=True)
    assert sorted(p.name for p in gold.parent.rglob("*.jsonl") if "gold" in p.parts) == ["browser.jsonl"]
    assert not (gold.parent / "escape.jsonl").exists()
    with page.expect_download() as download:
        page.click("#gold-download")
    assert "普陀区作出了多少件卫生行政许可？" in Path(download.value.path()).read_text(encoding="utf-8")
