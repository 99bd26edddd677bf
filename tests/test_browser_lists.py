"""Every browser shows the reports as they are now: an upload in one browser, or an ingest from
the command line, reaches the others' lists without a reload; deleting asks first; the CSV and the
evaluation act on what the user chose.

These tests change the index, so they have an app of their own (fake encoder, seed reports).
"""
import csv
import json

import pytest
from playwright.sync_api import expect

from assistant import library
from test_browser import MINHANG, browser, new_page, open_report_filter, open_tab, fake_app  # noqa: F401
from ui.data_tab import figure_rows, filter_rows

pytestmark = pytest.mark.slow

ANJI = """2022年安吉县卫生健康局法治政府建设情况报告

2022年，安吉县卫生健康局坚持依法行政。现将有关情况报告如下：
一、主要工作
全年共办理行政许可586件，开展“双随机”抽查130户次。
"""


@pytest.fixture(scope="module")
def app_ctx(tmp_path_factory):
    with fake_app(tmp_path_factory.mktemp("lists")) as served:
        yield served


def _report_choices(page) -> str:
    open_report_filter(page)
    text = page.locator("[role=listbox]").inner_text()
    page.keyboard.press("Escape")
    return text


def test_an_upload_in_one_browser_reaches_the_lists_of_another(browser, app_ctx, tmp_path):  # noqa: F811
    url, _ = app_ctx
    watcher, uploader = new_page(browser, url), new_page(browser, url)
    open_tab(watcher, "数据")
    expect(watcher.locator("#figures-table")).to_contain_text("putuo-2024")
    report = tmp_path / "minhang-2023.txt"
    report.write_text(MINHANG, encoding="utf-8")
    open_tab(uploader, "报告")
    uploader.set_input_files("#upload input[type=file]", str(report))
    uploader.click("#ingest-btn")
    expect(uploader.locator("#ingest-status")).to_contain_text("已入库 minhang-2023")
    # the other browser, never reloaded: its figure table, then its report filter and deletion list
    expect(watcher.locator("#figures-table")).to_contain_text("minhang-2023")
    open_tab(watcher, "问答")
    assert "minhang-2023" in _report_choices(watcher)
    open_tab(watcher, "报告")
    expect(watcher.locator("#reports-table")).to_contain_text("闵行区")
    watcher.locator("#remove-id input").click()
    expect(watcher.locator("[role=listbox]")).to_contain_text("minhang-2023")
    for page in (watcher, uploader):
        page.context.close()


def test_a_report_ingested_outside_the_app_appears_without_a_reload(browser, app_ctx, tmp_path):  # noqa: F811
    """As `reportqa ingest` does from another process: the library writes the index folder."""
    url, ctx = app_ctx
    page = new_page(browser, url)
    open_tab(page, "报告")
    expect(page.locator("#reports-table")).to_contain_text("putuo-2024")
    report = tmp_path / "anji-2022.txt"
    report.write_text(ANJI, encoding="utf-8")
    library.ingest_files(ctx.settings, [report], progress=False, encoder=ctx.encoder)
    expect(page.locator("#reports-table")).to_contain_text("安吉县")
    page.context.close()


def test_deleting_asks_first_and_names_the_report(browser, app_ctx, tmp_path):  # noqa: F811
    url, ctx = app_ctx
    report = tmp_path / "delete-me-2022.txt"
    report.write_text(ANJI.replace("安吉县", "德清县"), encoding="utf-8")
    library.ingest_files(ctx.settings, [report], progress=False, encoder=ctx.encoder)
    page = new_page(browser, url)
    open_tab(page, "报告")
    expect(page.locator("#remove-id input")).to_have_value("")  # nothing is picked for deletion
    page.click("#remove-btn")
    expect(page.locator("#ingest-status")).to_contain_text("请先在列表中选择要删除的报告")
    page.locator("#remove-id input").click()
    page.locator("[role=option]", has_text="delete-me-2022").click()
    page.click("#remove-btn")
    question = page.locator("#remove-question")
    expect(question).to_contain_text("确定删除")
    expect(question).to_contain_text("德清县")
    expect(question).to_contain_text("delete-me-2022")
    page.click("#remove-cancel-btn")
    expect(page.locator("#ingest-status")).to_contain_text("已取消")
    assert "delete-me-2022" in ctx.index.reports
    page.click("#remove-btn")
    page.click("#remove-confirm-btn")
    expect(page.locator("#ingest-status")).to_contain_text("已删除")
    assert "delete-me-2022" not in ctx.index.reports
    expect(page.locator("#reports-table")).not_to_contain_text("delete-me-2022")
    page.context.close()


def test_the_first_csv_click_downloads_the_filtered_rows(browser, app_ctx):  # noqa: F811
    url, ctx = app_ctx
    count = len(filter_rows(figure_rows(ctx.index), needle="卫生行政许可"))
    page = new_page(browser, url)
    open_tab(page, "数据")
    page.locator("#figure-filter textarea, #figure-filter input").first.press_sequentially("卫生行政许可")
    expect(page.locator("#figure-count")).to_have_text(f"共 {count} 条")  # typed as a user types: live
    with page.expect_download() as download:
        page.click("#figures-csv")
    rows = list(csv.reader(open(download.value.path(), encoding="utf-8-sig", newline="")))
    assert len(rows) - 1 == count >= 1
    assert all("卫生行政许可" in "".join(row) for row in rows[1:])
    page.context.close()


def test_the_uploaded_gold_file_is_the_one_evaluated(browser, app_ctx, tmp_path):  # noqa: F811
    url, _ = app_ctx
    gold = tmp_path / "mine.jsonl"
    lines = [{"id": "m-1", "type": "figure", "question": "普陀区作出了多少件卫生行政许可？", "answers": ["2628件"]},
             {"id": "m-2", "type": "unanswerable", "question": "普陀区有多少座机场？"}]
    gold.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    page = new_page(browser, url)
    open_tab(page, "评测")
    page.set_input_files("#gold-upload input[type=file]", str(gold))
    page.click("#eval-btn")  # at once: what runs is the file in the box, not a choice made after the upload
    status = page.locator("#eval-status")
    expect(status).to_contain_text("评测完成", timeout=120_000)
    expect(status).to_contain_text("mine.jsonl，2 个问题")
    page.context.close()


def test_a_bad_gold_file_is_refused_in_chinese_naming_each_line(browser, app_ctx, tmp_path):  # noqa: F811
    url, _ = app_ctx
    gold = tmp_path / "broken.jsonl"
    gold.write_text('{"id": "a", "type": "figure", "question": "某区有多少？"}\n{"id": "b", "type": "number", '
                    '"question": "？"}\n{"id": \n', encoding="utf-8")
    page = new_page(browser, url)
    open_tab(page, "评测")
    page.set_input_files("#gold-upload input[type=file]", str(gold))
    expect(page.locator("#gold-chosen")).to_contain_text("broken.jsonl")
    page.click("#eval-btn")
    status = page.locator("#eval-status .rq-error")
    expect(status).to_contain_text("broken.jsonl")
    expect(status).to_contain_text("第 2 行：type：只能是")
    expect(status).to_contain_text("第 3 行：不是有效的 JSON")
    assert "must be" not in status.inner_text() and "line" not in status.inner_text()
    page.context.close()
