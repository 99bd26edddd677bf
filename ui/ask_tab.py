"""问答: a chat over the reports, with citation cards, filters, feedback and 「加入评测集」.

Everything that depends on the reports and the server's folders (filter choices, gold files) is
filled when a page loads, after any login, never into the page config itself.
"""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from assistant import library
from assistant.examples import example_questions
from assistant.answer import Answer
from assistant.retrieve import Filters
from index import originals
from index.store import ReportIndex
from eval.report import mode_name

from ui import add_gold
from ui import feedback as feedback_store
from ui import history_panel, messages, pdf_page
from ui.context import AppContext
from ui.live import Follow
from ui.gold_files import GoldFolder
from ui.plain_text import answer_plain, conversation_plain
from ui.question import BROKEN_ZH, EMPTY_ZH, asks_something, is_text
from ui.render import answer_markdown, citation_cards, plain
from ui.source_view import source_html


def filter_choices(index: ReportIndex) -> tuple[list[tuple[str, str]], list[str], list[int]]:
    reports = sorted(index.reports.values(), key=lambda r: r.id)
    regions = sorted({r.meta.region.name for r in reports if r.meta.region.name})
    years = sorted({r.meta.year for r in reports if r.meta.year})
    return [(f"{r.meta.title}（{r.id}）", r.id) for r in reports], regions, years


def respond(ctx: AppContext, text, history, kept, report_ids, region_names, year_values, mode_value, k):
    """One turn: (question box, chat, answers, citation cards, status line). A question that is
    not text, or asks nothing (blanks, punctuation), is refused with a message and changes nothing.
    The previous turn's question (as understood) is what a follow-up is read against."""
    text = (text or "").strip()
    if not is_text(text):
        return gr.update(), history, kept, gr.update(), BROKEN_ZH
    if not asks_something(text):
        return gr.update(), history, kept, gr.update(), EMPTY_ZH
    index, retriever = ctx.snapshot()
    filters = Filters(report_ids=tuple(report_ids or ()), regions=tuple(region_names or ()),
                      years=tuple(int(y) for y in year_values or ()))
    previous = (kept[-1].get("understood") or kept[-1].get("question")) if kept else None
    answer = library.ask(ctx.settings, index, retriever, text, mode=mode_value, filters=filters,
                         hits_per_report=int(k), previous=previous)
    number = len(kept)
    history = [*history, {"role": "user", "content": plain(text)},
               {"role": "assistant", "content": answer_markdown(answer, number)}]
    return "", history, [*kept, answer.model_dump(mode="json")], citation_cards(answer, index.reports, number), ""


def shown_answer(ctx: AppContext, kept: list[dict], message: int) -> tuple[str, list[str]]:
    """The cards and the copy texts of the answer a clicked message belongs to (question or answer)."""
    number = message // 2  # user and assistant messages alternate
    if not 0 <= number < len(kept):
        return gr.skip(), gr.skip()
    answer = Answer.model_validate(kept[number])
    return citation_cards(answer, ctx.index.reports, number), copy_payload(kept, number)


def keep_picked(choices: list, value) -> dict:
    """New choices for a dropdown; what was picked stays picked while it is still a choice."""
    present = {c[1] if isinstance(c, tuple) else c for c in choices}
    picked = value if isinstance(value, list) else [value] if value is not None else []
    return gr.update(choices=choices, value=[v for v in picked if v in present])


def open_source(ctx: AppContext, kept: list[dict], request: str):
    """The source view of the citation ``request`` names ("answer-marker-…"), and its original file."""
    try:
        number, marker = (int(x) for x in (request or "").split("-")[:2])
        answer = Answer.model_validate(kept[number])
    except (ValueError, IndexError):
        return gr.skip(), gr.skip(), gr.skip()
    citation = next((c for c in [*answer.citations, *answer.leads] if c.marker == marker), None)
    index = ctx.index
    report = index.reports.get(citation.report_id) if citation else None
    if report is None:
        return messages.warning("这份报告已从索引中删除，无法查看原文。"), gr.update(visible=False), gr.update(visible=False)
    original = originals.find(ctx.settings.index_dir, report)
    download = (gr.update(value=str(originals.named(original, report.source)), visible=True,
                          label=f"下载原文件（{Path(report.source).name}）")
                if original else gr.update(visible=False))
    note = "" if original else messages.info("这份报告入库时未保存原文件；重新上传后即可下载。")
    page = gr.update(visible=False, value=None)
    if original and original.suffix == ".pdf":
        shown = pdf_page.page_image(original, citation.quote)
        page = (gr.update(visible=True, value=str(shown[0]), label=f"原文第 {shown[1]} 页（引用处已框出）") if shown else
                gr.update(visible=False, value=None))
    return note + source_html(report, citation), download, page


def closed_source():
    return "", gr.update(visible=False, value=None), gr.update(visible=False, value=None)


def _closing(other_cards: bool) -> tuple:
    """The source view's outputs when an event may show other cards: closed if it did."""
    return closed_source() if other_cards else (gr.skip(),) * 3


_COPY_JS = "(texts) => {{ if (texts && texts[{i}]) navigator.clipboard.writeText(texts[{i}]); }}"


def copy_payload(kept: list[dict], shown: int | None = None) -> list[str]:
    """What the two copy buttons put on the clipboard: the shown answer (the latest unless one was
    picked) and the whole conversation, each as plain text with its sources."""
    answers = [Answer.model_validate(a) for a in kept]
    if not answers:
        return ["", ""]
    one = answers[shown if shown is not None and 0 <= shown < len(answers) else -1]
    return [answer_plain(one), conversation_plain(answers)]


def build(ctx: AppContext) -> dict:
    """The tab; returns ``follows`` (its components that show the reports, ui/live.py) and
    ``loads``: (function, inputs, outputs) for the app to run when a page loads."""
    answers = gr.State([])  # one Answer (as a dict) per assistant message, in this browser only
    with gr.Row():
        with gr.Column(scale=3):
            # Report text arrives escaped (ui/render.py); no LaTeX, no custom tags, and the sanitiser on.
            # Gradio's own copy buttons give the raw message (Markdown, <sup>); these give plain text with
            # a source line per citation (ui/plain_text.py). No "share": nothing leaves this machine.
            copy_one = gr.Button("复制回答", size="sm", elem_id="copy-answer", render=False)
            copy_all = gr.Button("复制全部对话", size="sm", elem_id="copy-all", render=False)
            chat = gr.Chatbot(label="对话", elem_id="chat", height=460, feedback_options=("Like", "Dislike"),
                              buttons=[copy_one, copy_all],
                              latex_delimiters=[], allow_tags=False, sanitize_html=True)
            feedback = gr.Markdown(elem_id="feedback", latex_delimiters=[])
            last_vote = gr.State(None)
            with gr.Group(visible=False, elem_id="feedback-reason") as reason_box:
                reason = gr.Textbox(label="哪里不对？（可选，帮助改进）", lines=2, elem_id="feedback-reason-text")
                with gr.Row():
                    send_reason = gr.Button("提交原因", size="sm", elem_id="feedback-reason-send")
                    skip_reason = gr.Button("不填了", size="sm", elem_id="feedback-reason-skip")
            with gr.Row():
                question = gr.Textbox(label="问题", show_label=False, placeholder="输入问题，例如：某区某年某项指标是多少？采取了哪些措施？",
                                      elem_id="question", scale=5, lines=1, max_lines=3)
                ask = gr.Button("提问", variant="primary", elem_id="ask-btn", scale=1)
            examples = gr.Dataset(components=[question], samples=[], label="示例问题（取自已入库的报告）",
                                  elem_id="examples", samples_per_page=6)
            clear = gr.Button("新对话", size="sm", elem_id="new-chat")
            copy_texts = gr.JSON(visible=False)  # [the shown answer, the whole conversation] as plain text
        with gr.Column(scale=2):
            with gr.Accordion("限定范围（报告、地区、年度）", open=False, elem_id="filters"):
                reports = gr.Dropdown([], multiselect=True, label="报告", elem_id="filter-report")
                with gr.Row():
                    regions = gr.Dropdown([], multiselect=True, label="地区", elem_id="filter-region")
                    years = gr.Dropdown([], multiselect=True, label="年度", elem_id="filter-year")
            cards = gr.HTML(elem_id="citations")
            # 「查看原文」 in a card writes "answer-marker-time" here (ui/citation_script.py).
            source_request = gr.Textbox(elem_id="source-request", elem_classes=["rq-hidden"], show_label=False,
                                        label="原文请求", container=False)
            source_view = gr.HTML(elem_id="source-view")
            source_page = gr.Image(visible=False, elem_id="source-page", interactive=False, type="filepath",
                                   label="原文页面", buttons=["download", "fullscreen"])  # no "share"
            source_file = gr.DownloadButton("下载原文件", visible=False, elem_id="source-download", size="sm")
            with gr.Accordion("高级", open=False):
                mode = gr.Radio([(mode_name(m), m) for m in ("hybrid", "bm25", "dense")], value=ctx.settings.mode,
                                label="检索方式")
                top_k = gr.Slider(1, 30, value=8, step=1, label="每份报告取段落数")
            gold_file, gold_files = add_gold.build(GoldFolder.beside(ctx.settings.index_dir), answers,
                                                   lambda: ctx.index.reports)

    inputs = [question, chat, answers, reports, regions, years, mode, top_k]
    # Whatever shows other cards (a new answer, an earlier one clicked, a conversation opened) also
    # closes the source view of a citation no longer on screen — in the same event, so a view
    # opened just after cannot be closed by it.
    source = [source_view, source_file, source_page]
    outputs = [question, chat, answers, cards, feedback, *source]
    examples.click(lambda sample: sample[0] if sample else "", [examples], [question], show_progress="hidden")
    panel = history_panel.build(ctx, chat, answers, cards, closing=(source, closed_source))
    panel.start_new(clear)
    def ask_and_close(*values):
        shown = respond(ctx, *values)
        return (*shown, *_closing(isinstance(shown[3], str)))  # new cards shown

    for event in (ask.click, question.submit):
        panel.save_turn(event(ask_and_close, inputs, outputs))
    # Whatever changes the conversation (a question, opening or reloading one, 新对话) changes what the
    # copy buttons give.
    answers.change(copy_payload, [answers], [copy_texts], show_progress="hidden")

    def on_select(kept, data: gr.SelectData):
        position = data.index if isinstance(data.index, int) else data.index[0]
        shown = shown_answer(ctx, kept, position)
        return (*shown, *_closing(isinstance(shown[0], str)))

    chat.select(on_select, [answers], [cards, copy_texts, *source], show_progress="hidden")
    source_request.change(lambda kept, request: open_source(ctx, kept, request), [answers, source_request],
                          [source_view, source_file, source_page], show_progress="hidden")
    copy_one.click(None, [copy_texts], None, js=_COPY_JS.format(i=0))
    copy_all.click(None, [copy_texts], None, js=_COPY_JS.format(i=1))

    feedback_file = feedback_store.path_beside(ctx.settings.index_dir)

    def on_like(kept, data: gr.LikeData):
        """Record the vote; a 👎 asks (optionally) why, right under the chat."""
        position = data.index if isinstance(data.index, int) else data.index[0]
        number = position // 2  # user and assistant messages alternate
        if number >= len(kept) or data.liked is None:
            return "", None, gr.update(visible=False)
        vote_id = feedback_store.vote(feedback_file, kept[number], bool(data.liked))
        said = messages.ok(f"已记录{'👍' if data.liked else '👎'}：{kept[number]['question']}")
        return said, vote_id, gr.update(visible=not data.liked)

    def on_reason(vote_id, reason):
        if not vote_id or not (reason or "").strip():
            return messages.warning("请先写下原因，或直接关闭。"), gr.skip(), gr.skip()
        feedback_store.give_reason(feedback_file, vote_id, reason)
        return messages.ok("已记录原因，谢谢。"), gr.update(visible=False), ""

    chat.like(on_like, [answers], [feedback, last_vote, reason_box], show_progress="hidden")
    send_reason.click(on_reason, [last_vote, reason], [feedback, reason_box, reason], show_progress="hidden")
    skip_reason.click(lambda: (gr.update(visible=False), ""), None, [reason_box, reason], show_progress="hidden")

    def example_samples(index):
        return gr.update(samples=[[q] for q in example_questions(index) or ["各报告中存在哪些不足和问题？"]])

    follows = [Follow(component, lambda index, value, n=n: keep_picked(filter_choices(index)[n], value), (component,))
               for n, component in enumerate((reports, regions, years))]
    follows.append(Follow(examples, example_samples))
    return {"follows": follows, "loads": [(gold_files, [], [gold_file]), panel.load]}
