"""Conversations survive a reload and stay in the browser that had them."""
from pathlib import Path

import pytest
from playwright.sync_api import expect

from test_browser import ask, browser, new_page, server, url  # noqa: F401

pytestmark = pytest.mark.slow


def _open_sidebar(page):
    """The sidebar starts closed (slid off to the left); its toggle opens it."""
    page.wait_for_selector("#history", state="attached")
    opened = "() => document.querySelector('#history').getBoundingClientRect().x >= 0"
    if not page.evaluate(opened):
        page.locator("#history").get_by_role("button").first.click()
    page.wait_for_function(opened)


def test_a_conversation_survives_a_reload_and_is_this_browsers_only(browser, url):  # noqa: F811
    page = new_page(browser, url)
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#chat")).to_contain_text("2628件")
    _open_sidebar(page)
    expect(page.locator("#history-list")).to_contain_text("普陀区作出了多少件卫生行政许可？（1问")
    ask(page, "？？")  # refused: the conversation must not store the last answer again
    expect(page.locator("#feedback")).not_to_be_empty()
    expect(page.locator("#history-list")).to_contain_text("普陀区作出了多少件卫生行政许可？（1问")
    page.reload(wait_until="load")
    page.wait_for_selector("#question textarea")
    expect(page.locator("#chat")).to_contain_text("2628件")  # the current conversation is back
    expect(page.locator("#citations")).to_contain_text("普陀区卫生健康委员会")
    _open_sidebar(page)
    expect(page.locator("#history-list")).to_contain_text("普陀区作出了多少件卫生行政许可？")
    with page.expect_download() as download:
        page.click("#history-export")
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "2628件" in exported and "[1] 2024年度上海市普陀区卫生健康委员会法治政府建设情况报告" in exported
    assert "## 1. " in exported and "## 2. " not in exported

    other = new_page(browser, url)
    _open_sidebar(other)
    expect(other.locator("#history-list")).not_to_contain_text("普陀区作出了多少件卫生行政许可？")
    expect(other.locator("#chat")).not_to_contain_text("2628件")
    other.context.close()
    page.context.close()


def _copied(page) -> str:
    """What 复制回答 puts on the clipboard (the payload follows the shown conversation just after it changes)."""
    text = ""
    for _ in range(50):
        page.get_by_role("button", name="复制回答").click()
        text = page.evaluate("navigator.clipboard.readText()")
        if text:
            return text
        page.wait_for_timeout(100)
    return text


def test_opening_another_conversation_moves_the_copy_and_deletion_targets(browser, url):  # noqa: F811
    """After switching conversations, copy gives the opened one's answer, and 确认删除 removes the
    conversation the confirmation named, even when another is open by then."""
    page = new_page(browser, url)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#chat")).to_contain_text("2628件")
    _open_sidebar(page)
    expect(page.locator("#history-list")).to_contain_text("（1问")
    page.click("#history-new")
    expect(page.locator("#chat")).not_to_contain_text("2628件")
    ask(page, "张家港立案查处无证行医案件多少起？")
    expect(page.locator("#chat")).to_contain_text("22起")
    expect(page.locator("#history-list label")).to_have_count(2)

    page.locator("#history-list label", has_text="普陀区作出了多少件卫生行政许可").click()
    expect(page.locator("#chat")).to_contain_text("2628件")
    expect(page.locator("#chat")).not_to_contain_text("22起")
    page.wait_for_function("async () => { await navigator.clipboard.writeText(''); return true; }")
    copied = ""
    for _ in range(30):  # until the copy payload has followed the opened conversation
        copied = _copied(page)
        if "2628件" in copied:
            break
        page.wait_for_timeout(200)
    assert "2628件" in copied and "22起" not in copied

    page.click("#history-delete")
    expect(page.locator("#history-status")).to_contain_text("普陀区作出了多少件卫生行政许可")
    page.locator("#history-list label", has_text="张家港").click()  # another opened before confirming
    expect(page.locator("#chat")).to_contain_text("22起")
    page.click("#history-delete-confirm")
    expect(page.locator("#history-list label")).to_have_count(1)
    expect(page.locator("#history-list")).to_contain_text("张家港")
    expect(page.locator("#chat")).to_contain_text("22起")  # the open one stays open
    with page.expect_download() as download:
        page.click("#history-export")
    assert download.value.suggested_filename == "张家港立案查处无证行医案件多少起？.md"
    page.context.close()
