"""The 历史对话 sidebar: this browser's conversations (ui/history.py) — open, rename, delete (after a
confirmation), export as Markdown — and the current one, restored when the page is reloaded."""
from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import gradio as gr

from assistant.answer import Answer

from ui import messages
from ui.context import AppContext
from ui.history import Conversations, markdown, new_browser_id, state_secret
from ui.render import answer_markdown, citation_cards, plain


@dataclass(frozen=True)
class Panel:
    store: gr.components.Component  # BrowserState: {"browser": id, "current": conversation id or None}
    save_turn: callable  # save_turn(event): store the event's new answer when it is done
    start_new: callable  # start_new(button): the button starts a new, empty conversation
    load: tuple  # (function, inputs, outputs) for page load


def chat_of(kept: list[dict]) -> list[dict]:
    """The chat messages of stored answers, numbered as when they were asked (their card links)."""
    messages_ = []
    for number, data in enumerate(kept):
        answer = Answer.model_validate(data)
        messages_ += [{"role": "user", "content": plain(answer.question)},
                      {"role": "assistant", "content": answer_markdown(answer, number)}]
    return messages_


_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def export_name(title: str) -> str:
    """The export's file name: the conversation's title, without what a file system refuses."""
    stem = _UNSAFE_IN_NAME.sub("_", title).strip(" ._")[:60]
    return f"{stem or '对话记录'}.md"


def _export_file(title: str, kept: list[dict]) -> str:
    text = markdown(title, kept)
    folder = Path(tempfile.gettempdir()) / "reportqa-conversations" / hashlib.sha1(text.encode()).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / export_name(title)
    path.write_text(text, encoding="utf-8")
    return str(path)


def build(ctx: AppContext, chat, answers, cards, closing: tuple = ((), tuple)) -> Panel:
    """``closing``: (components, function giving their values) that go with other cards shown —
    the source view of an earlier citation closes when a conversation is opened."""
    closed_by, close = closing
    conversations = Conversations.beside(ctx.settings.index_dir)
    store = gr.BrowserState({"browser": None, "current": None}, storage_key="reportqa-conversations",
                            secret=state_secret(ctx.settings.index_dir))
    with gr.Sidebar(label="历史对话", open=False, elem_id="history", position="left"):
        new = gr.Button("＋ 新对话", variant="primary", size="sm", elem_id="history-new")
        listed = gr.Radio([], label="本浏览器的对话（最近的在前）", elem_id="history-list")
        title = gr.Textbox(label="当前对话名称", elem_id="history-title", max_lines=1)
        with gr.Row():
            rename = gr.Button("重命名", size="sm", elem_id="history-rename")
            export = gr.DownloadButton("导出记录（.md）", size="sm", elem_id="history-export", value=None)
        delete = gr.Button("删除此对话…", variant="stop", size="sm", elem_id="history-delete")
        with gr.Row(visible=False) as confirm_row:
            confirm = gr.Button("确认删除", variant="stop", size="sm", elem_id="history-delete-confirm")
            cancel = gr.Button("取消", size="sm", elem_id="history-delete-cancel")
        status = gr.Markdown(elem_id="history-status")

    saved = gr.State(0)  # how many of this tab's answers are stored (per tab: two tabs may share a conversation)
    pending = gr.State(None)  # the conversation 删除此对话… named, until confirmed or cancelled

    def choices(browser):
        return [(f"{c.title}（{c.turns}问 · {datetime.fromtimestamp(c.updated):%m-%d %H:%M}）", c.id)
                for c in conversations.listed(browser)]

    def opened(state, conversation):
        """Everything the page shows for ``conversation`` (None: a new, empty one)."""
        browser = state["browser"]
        kept = conversations.answers(browser, conversation) if conversation else []
        if conversation and not kept and conversations.title(browser, conversation) is None:
            conversation, kept = None, []  # deleted meanwhile (another tab)
        name = conversations.title(browser, conversation) if conversation else ""
        last = Answer.model_validate(kept[-1]) if kept else None
        shown = citation_cards(last, ctx.index.reports, len(kept) - 1) if last else ""
        export_file = _export_file(name, kept) if kept else None
        return ({**state, "current": conversation}, gr.update(choices=choices(browser), value=conversation),
                chat_of(kept), kept, shown, name or "", export_file, len(kept), *close())

    outputs = [store, listed, chat, answers, cards, title, export, saved, *closed_by]

    def on_load(state):
        state = dict(state or {})
        if not state.get("browser"):
            state = {"browser": new_browser_id(), "current": None}
        shown = opened(state, state.get("current"))
        if shown[0]["current"] is None:  # nothing to restore: leave the chat to a question already asked
            return (shown[0], shown[1], gr.skip(), gr.skip(), gr.skip(), shown[5], shown[6],
                    *(gr.skip() for _ in outputs[7:]))
        return shown

    def save_turn(state, kept, count):
        """Store the answers this tab has not stored yet in the current conversation (started by
        the first question). A refused question adds no answer, so nothing is stored twice."""
        if not kept or not (state or {}).get("browser"):
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        browser = state["browser"]
        conversation, count = conversations.save(browser, state.get("current"), kept, count)
        name = conversations.title(browser, conversation)
        return ({**state, "current": conversation}, gr.update(choices=choices(browser), value=conversation),
                name, _export_file(name, kept), count)

    new.click(lambda state: opened(state, None), [store], outputs, show_progress="hidden")
    listed.input(opened, [store, listed], outputs, show_progress="hidden")

    def do_rename(state, text):
        conversation = state.get("current")
        if not conversation:
            return messages.warning("请先提问或打开一个对话。"), gr.skip()
        if not conversations.rename(state["browser"], conversation, text or ""):
            return messages.warning("名称不能为空。"), gr.skip()
        return messages.ok("已重命名。"), gr.update(choices=choices(state["browser"]), value=conversation)

    rename.click(do_rename, [store, title], [status, listed], show_progress="hidden")

    def ask_delete(state):
        conversation = state.get("current")
        if not conversation:
            return messages.warning("当前没有可删除的对话。"), gr.update(visible=False), None
        name = conversations.title(state["browser"], conversation) or ""
        return messages.warning(f"确定删除对话「{name}」？删除后无法恢复。"), gr.update(visible=True), conversation

    delete.click(ask_delete, [store], [status, confirm_row, pending], show_progress="hidden")
    cancel.click(lambda: ("", gr.update(visible=False), None), None, [status, confirm_row, pending],
                 show_progress="hidden")

    def do_delete(state, named):
        """Delete the conversation the question named — not whatever is open now."""
        if named:
            conversations.delete(state["browser"], named)
        shown = opened(state, None) if named == state.get("current") else \
            (gr.skip(), gr.update(choices=choices(state["browser"]), value=state.get("current")),
             *(gr.skip() for _ in outputs[2:]))
        return (messages.ok("已删除。"), gr.update(visible=False), None, *shown)

    confirm.click(do_delete, [store, pending], [status, confirm_row, pending, *outputs], show_progress="hidden")
    return Panel(store,
                 lambda event: event.then(save_turn, [store, answers, saved], [store, listed, title, export, saved],
                                          show_progress="hidden"),
                 lambda button: button.click(lambda state: opened(state, None), [store], outputs, show_progress="hidden"),
                 (on_load, [store], outputs))
