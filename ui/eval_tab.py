"""评测: run the sample gold set or an uploaded one; summary, charts, failures, downloads."""
from __future__ import annotations

import tempfile
from pathlib import Path

import gradio as gr

from eval.gold import GoldError, load_gold, sample_gold_path
from eval.report import charts_html, failures_html, mode_name, summary_rows, write_outputs
from eval.run import MODES, run_eval

from ui import add_gold, feedback, messages
from ui.gold_files import GoldFolder
from ui.context import AppContext
from ui.render import plain

SAMPLE_NOTE = "将评测：示例金标集（samples.jsonl）。上传自己的金标集（.jsonl）即改为评测它。"


def _chosen(uploaded) -> str:
    if not uploaded:
        return SAMPLE_NOTE
    return f"将评测：上传的 {plain(Path(uploaded).name)}。移除它即改回示例金标集。"


def gold_problems(exc: GoldError, shown: str, most: int = 20) -> str:
    """A refused gold file, in Chinese: the file and each bad line with what is wrong."""
    lines = [f"{'全文' if n == 0 else f'第 {n} 行'}：{msg}" for n, msg in exc.problems_zh[:most]]
    more = len(exc.problems_zh) - most
    if more > 0:
        lines.append(f"……另有 {more} 处")
    return messages.error("金标集有误，未评测：\n" + "\n".join(f"- {line}" for line in lines), file=shown)


def build(ctx: AppContext) -> None:
    with gr.Row():
        with gr.Column():
            upload = gr.File(label="上传金标集（.jsonl）", file_types=[".jsonl"], elem_id="gold-upload")
            chosen = gr.Markdown(SAMPLE_NOTE, elem_id="gold-chosen")
        mode = gr.Radio([*((mode_name(m), m) for m in MODES), ("全部三种", "all")], value="hybrid", label="检索方式",
                        elem_id="eval-mode")
    run = gr.Button("开始评测", variant="primary", elem_id="eval-btn")
    status = gr.Markdown(elem_id="eval-status", latex_delimiters=[])
    summary = gr.Dataframe(interactive=False, elem_id="eval-summary", label="汇总")
    charts = gr.HTML(elem_id="eval-charts")
    files = gr.File(label="下载结果", file_count="multiple", interactive=False, elem_id="eval-files")
    with gr.Accordion("未通过的问题", open=True):
        failures = gr.HTML(elem_id="eval-failures")

    upload.change(_chosen, [upload], [chosen], show_progress="hidden")

    def evaluate(uploaded, mode_value, progress=gr.Progress()):
        """The file in the upload box when 开始评测 is clicked, else the sample set: read from the
        click's own inputs, so no earlier event has to have run first."""
        path = Path(uploaded) if uploaded else sample_gold_path()
        shown = path.name
        try:
            items = load_gold(path)
        except GoldError as exc:
            return gold_problems(exc, shown), None, "", None, ""
        modes = MODES if mode_value == "all" else (mode_value,)
        index, retriever = ctx.snapshot()
        result = run_eval(items, ctx.settings, index, retriever, modes, gold_name=path.name, progress=False,
                          on_progress=lambda done, total, qid: progress((done, total), desc=f"已评测 {done}/{total}"))
        out = Path(tempfile.mkdtemp(prefix="reportqa-eval-"))
        results_json, report_html = write_outputs(result, out)
        rows = [[name, *values] for name, values in summary_rows(result, chinese=True)]
        headers = ["指标", *(mode_name(s.mode) for s in result.summaries)]
        missing = len(result.missing_quotes)
        note = f"；{missing} 条证据引文未在报告中找到" if missing else ""
        accuracy = "、".join(f"{mode_name(s.mode)} {s.accuracy:.1%}" for s in result.summaries)
        return (messages.ok(f"评测完成：{shown}，{len(items)} 个问题，准确率 {accuracy}{note}。"),
                gr.update(value=rows, headers=headers), charts_html(result), [str(results_json), str(report_html)],
                failures_html(result))

    # One progress bar, on the status line (not one per output).
    run.click(evaluate, [upload, mode], [status, summary, charts, files, failures], show_progress_on=[status])
    feedback_review(ctx)


FEEDBACK_HEADERS = ["时间", "问题", "回答", "原因"]


def feedback_review(ctx: AppContext) -> None:
    """「用户反馈」: the 👎 answers with their reasons; any can become a gold line once its expected
    values are corrected (the same form as 「加入评测集」 in 问答)."""
    path = feedback.path_beside(ctx.settings.index_dir)
    disliked = gr.State([])  # the 👎 answers (as dicts) the form below offers
    with gr.Accordion("用户反馈（👎 的回答）", open=False, elem_id="feedback-review"):
        show = gr.Button("刷新", size="sm", elem_id="feedback-refresh")
        table = gr.Dataframe([], headers=FEEDBACK_HEADERS, interactive=False, wrap=True, elem_id="feedback-table",
                             column_widths=["14%", "26%", "40%", "20%"])
        gold_file, gold_files = add_gold.build(GoldFolder.beside(ctx.settings.index_dir), disliked,
                                               lambda: ctx.index.reports, prefix="review",
                                               title="把一条 👎 回答改成评测题")

    def load():
        votes = [v for v in feedback.votes(path) if not v.liked]
        rows = [[v.time.replace("T", " ")[:16], v.question, v.answer, v.reason] for v in votes]
        return rows, [v.data for v in votes if v.data], gold_files()

    show.click(load, None, [table, disliked, gold_file], show_progress="hidden")
