"""Gradio's own words in Chinese, whatever language the browser asks for.

The app's labels and messages are written in Chinese where they are made. What is left is the text
Gradio's components bring themselves, in two kinds:

- **translated by key**: Gradio looks these up in the locale file of the browser's language. The
  page pins that language to zh-CN (the reports, questions and answers are Chinese whatever the
  browser's language, and an English browser would get 「Drop File Here」 beside Chinese labels),
  and gives the keys Gradio's zh-CN file lacks (the chat's 「Copy message」, the table's filter) as
  custom translations (``gr.I18n``).
- **written into the components**: tooltips and accessible names (「Fullscreen」, 「Copy table data」,
  「Search...」) that Gradio does not translate at all. A small script in the page's head replaces
  them as elements appear. Screen readers read these names, so they are users' text too.

Both lists were taken from Gradio 6.31's frontend (``core-*.js``, the zh-CN locale file, and the
components' markup as rendered in chromium); ``tests/test_browser_chinese.py`` scans the rendered
pages for English, so a Gradio upgrade that brings new words fails a test rather than a user.
"""
from __future__ import annotations

import json

import gradio as gr

# Keys Gradio translates, missing from its zh-CN file (section.key → Chinese).
KEYED = {
    "chatbot.copy_message": "复制消息",
    "chatbot.copied_message": "已复制",
    "chatbot.complete": "完成",
    "chat_interface.new_chat": "新对话",
    "chat_interface.message_placeholder": "输入消息…",
    "chat_interface.conversation": "对话",
    "chat_interface.chatbot": "对话",
    "dataframe.filter": "筛选",
    "dataframe.clear_filter": "清除筛选",
    "common.download_all": "全部下载",
    "common.progress": "进度",
    "status.queue_position": "排队中：第 {position} 位，共 {size} 位",
}

LOCALE = "zh-CN"

# Text written into components (attribute or label value → Chinese); matched whole, after trimming.
WRITTEN = {
    "Search...": "搜索…",
    "Enter text to search the table": "输入文字搜索表格",
    "Copy table data": "复制表格数据",
    "Fullscreen": "全屏",
    "Exit fullscreen": "退出全屏",
    "Exit fullscreen mode": "退出全屏",
    "Table actions": "表格操作",
    "Open cell menu": "打开单元格菜单",
    "Dataframe": "数据表",
    "File upload": "上传文件",
    "Click to upload or drop files": "点击上传或拖放文件",
    "chatbot conversation": "对话",
    "Gradio footer navigation": "页脚导航",
    "Clear": "清除",
    "Remove": "移除",
    "Remove this file": "移除此文件",
    "Download": "下载",
    "Copy": "复制",
    "Copied": "已复制",
    "Copy all messages": "复制全部消息",
    "Like": "赞",
    "Dislike": "踩",
    "Retry": "重试",
    "Undo": "撤销",
    "Edit": "编辑",
    "Loading...": "加载中…",
    "Error": "错误",
    "Close": "关闭",
    "Sort ascending": "升序",
    "Sort descending": "降序",
    "Clear sort": "清除排序",
    "Select all": "全选",
    "Clear all": "全部清除",
    "Remove all": "全部移除",
    "Dropdown": "下拉选择",
    "Clear selection": "清除选择",
    "Expand": "展开",
    "More tabs": "更多标签页",
    "Toggle Sidebar": "展开或收起侧栏",
    "Empty value": "空值",
    "Collapse": "收起",
}
# Accessible names that start with Gradio's words and end with the user's (「user's message: 问」).
WRITTEN_PREFIXES = {"user's message: ": "用户消息：", "bot's message: ": "回答：", "Remove ": "移除 "}

ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


def translations() -> gr.I18n:
    return gr.I18n(**{LOCALE: dict(KEYED)})


_SCRIPT = """<script>
(() => {
  // Gradio chooses its components' language from the browser's; the page is Chinese whatever that
  // is. Its i18n module (already loaded by the page) exports changeLocale.
  const pin = async () => {
    const core = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/assets\/core-[^/]*\.js$/.test(n));
    if (core) (await import(core)).changeLocale?.(%s);
  };
  pin();
  const WHOLE = %s, PREFIX = %s, ATTRS = %s;
  const zh = (value) => {
    if (value == null) return null;
    const key = value.trim();
    if (Object.prototype.hasOwnProperty.call(WHOLE, key)) return WHOLE[key];
    for (const [en, cn] of Object.entries(PREFIX)) if (key.startsWith(en)) return cn + key.slice(en.length);
    return null;
  };
  const fix = (root) => {
    if (root.nodeType === Node.TEXT_NODE) {
      const cn = zh(root.nodeValue);
      if (cn !== null && root.parentElement && !root.parentElement.closest('.prose, .message, textarea')) root.nodeValue = cn;
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    for (const el of [root, ...root.querySelectorAll('*')]) {
      for (const a of ATTRS) { const cn = zh(el.getAttribute(a)); if (cn !== null) el.setAttribute(a, cn); }
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode, cn = zh(node.nodeValue);
      if (cn !== null && !node.parentElement.closest('.prose, .message, textarea')) node.nodeValue = cn;
    }
  };
  const start = () => {
    fix(document.body);
    new MutationObserver((changes) => {
      for (const c of changes) {
        if (c.type === 'attributes') { const cn = zh(c.target.getAttribute(c.attributeName)); if (cn !== null) c.target.setAttribute(c.attributeName, cn); }
        else if (c.type === 'characterData') fix(c.target);
        else c.addedNodes.forEach(fix);
      }
    }).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRS});
  };
  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
</script>"""


def head_script() -> str:
    """The script (for ``launch(head=…)``) that puts Chinese in place of Gradio's fixed English.
    Text inside messages and the question box (report text, what the user typed) is never touched."""
    locale = json.dumps(LOCALE)
    return _SCRIPT % (locale, json.dumps(WRITTEN, ensure_ascii=False), json.dumps(WRITTEN_PREFIXES, ensure_ascii=False),
                      json.dumps(list(ATTRIBUTES)))
