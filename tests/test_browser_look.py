"""How the app reads for a staff user: Chinese throughout (whatever the browser's language), text
readable in dark mode, a copied answer that pastes as plain text with its sources.

The English scan reads what a user sees or hears: visible text, tooltips (title), placeholders and
accessible names (aria-label) on every tab. Report text and what the user typed are left out (a
report may well say GDP), and so are the names of file formats.
"""
import pytest
from playwright.sync_api import expect

from eval.gold import sample_gold_path

from test_browser import ARTIFACTS, ask, browser, new_page, open_tab, server, url  # noqa: F401

pytestmark = pytest.mark.slow

# Names, not words: formats the upload accepts and the program's own name.
ALLOWED = {"TXT", "TEXT", "MD", "MARKDOWN", "DOCX", "PDF", "HTML", "HTM", "CSV", "JSONL", "MB", "reportqa"}

ENGLISH = """(allowed) => {
  // Words of letters only: a token with a digit, a dot or an underscore is an id or a file name (putuo-2024, samples.jsonl).
  const words = (s) => s.split(/[^A-Za-z0-9_.'\-]+/).filter((w) => /^[A-Za-z][A-Za-z'-]*[A-Za-z]$/.test(w) && !allowed.includes(w));
  const userText = (el) => el.closest('.message, .citations, #citations, textarea, input, table, .rq-source, svg, style, script');
  const seen = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!el || userText(el) || !seen(el)) continue;
    const w = words(walker.currentNode.nodeValue);
    if (w.length) found.push('text: ' + walker.currentNode.nodeValue.trim());
  }
  for (const el of document.querySelectorAll('[title], [placeholder], [aria-label], [alt]')) {
    if (el.closest('.message, #citations')) continue;
    for (const a of ['title', 'placeholder', 'aria-label', 'alt']) {
      const v = el.getAttribute(a);
      if (v && words(v).length) found.push(a + ': ' + v);
    }
  }
  return [...new Set(found)];
}"""

CONTRAST = """(el) => {
  const rgba = (s) => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  let bg = null;
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0.5) { bg = c; break; }
  }
  bg = bg || [255, 255, 255, 1];
  const fg = rgba(getComputedStyle(el).color);
  const lum = (c) => { const [r, g, b] = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def test_no_english_on_any_tab_in_an_english_browser(browser, url):  # noqa: F811
    page = new_page(browser, url, locale="en-US")
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#chat")).to_contain_text("2628件")
    def english():
        """English on the page now, kept only if still there a moment later: a progress line
        Gradio shows for an instant under load is not text a user reads."""
        first = page.evaluate(ENGLISH, sorted(ALLOWED))
        if not first:
            return first
        page.wait_for_timeout(1000)
        return [w for w in page.evaluate(ENGLISH, sorted(ALLOWED)) if w in first]

    found = {"问答": english()}
    for tab in ("数据", "评测", "报告"):
        open_tab(page, tab)
        page.wait_for_timeout(300)  # let the tab's components mount before reading them
        if tab == "评测":  # an uploaded file brings its own controls (「Remove this file」)
            page.set_input_files("#gold-upload input[type=file]", str(sample_gold_path()))
            expect(page.locator("#gold-chosen")).to_contain_text("samples.jsonl")
        found[tab] = english()
    page.context.close()
    found = {tab: words for tab, words in found.items() if words}
    assert not found, "\n".join(f"{tab}: {w}" for tab, words in found.items() for w in words)


def test_citation_text_is_readable_in_dark_mode(browser, url):  # noqa: F811
    page = new_page(browser, url, color_scheme="dark")
    ask(page, "普陀区作出了多少件卫生行政许可？")
    card = page.locator("#citations details").first
    card.locator("summary").click()
    for selector in ("summary", ".context", "mark", ".where"):
        ratio = card.locator(selector).first.evaluate(CONTRAST)
        assert ratio >= 4.5, f"{selector}: contrast {ratio:.2f}:1"
    page.screenshot(path=str(ARTIFACTS / "ask-dark.png"), full_page=True)
    page.context.close()


def test_copying_an_answer_gives_plain_text_with_its_source(browser, url):  # noqa: F811
    page = new_page(browser, url)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rstrip("/"))
    ask(page, "普陀区作出了多少件卫生行政许可？")
    expect(page.locator("#chat")).to_contain_text("2628件")
    text = ""
    for _ in range(100):  # the plain text is made just after the answer shows: click until it is there
        page.get_by_role("button", name="复制回答").click()
        text = page.evaluate("navigator.clipboard.readText()")
        if text:
            break
        page.wait_for_timeout(100)
    page.context.close()
    assert "2628件[1]" in text and "<" not in text and "**" not in text
    assert "来源：\n[1] 2024年度上海市普陀区卫生健康委员会法治政府建设情况报告" in text
